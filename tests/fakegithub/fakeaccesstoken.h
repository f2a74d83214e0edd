#pragma once

#include <QString>
#include <QStringList>

namespace FakeGitHub {

// A personal access token of the scenario: classic (with OAuth scopes) or fine-grained (no scopes).
struct AccessToken
{
    QString secret;
    QString login;
    QStringList scopes;
    bool fineGrained = false;

    // write:packages implies read:packages, as GitHub's clients assume (FACTS.md).
    bool hasScope(const QString &scope) const;
};

} // namespace FakeGitHub
