#pragma once

#include <QString>
#include <QStringList>

namespace FakeGitHub {

// A token of the scenario: a classic PAT (with OAuth scopes), a fine-grained PAT (refused by the package
// endpoints), or a GitHub App user token (ghu_: no X-OAuth-Scopes header; it may change only the packages of
// its `repositories`, and is refused elsewhere with "Resource not accessible by integration").
struct AccessToken
{
    QString secret;
    QString login;
    QStringList scopes;
    bool fineGrained = false;
    bool reportsScopes = true;
    QStringList repositories; // App tokens: "owner/name" of the repositories whose packages it may change

    // write:packages implies read:packages, as GitHub's clients assume (FACTS.md).
    bool hasScope(const QString &scope) const;
};

} // namespace FakeGitHub
