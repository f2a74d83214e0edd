#pragma once

#include <QJsonObject>
#include <QString>

namespace FakeGitHub {

// The built-in "demo" scenario: a small company's account, generated deterministically in code
// (names and contents are documented in tests/fakegithub/README.md; other suites rely on them).
class DemoScenario
{
public:
    static const QJsonObject &scenario();

    static QString fullAccessToken() { return QStringLiteral("ghp_packhouseDemoFullAccessToken00000000"); }
    static QString readOnlyToken() { return QStringLiteral("ghp_packhouseDemoReadOnlyToken0000000000"); }
    static QString fineGrainedToken()
    {
        return QStringLiteral("github_pat_packhouseDemoFineGrained0000000000000000");
    }
    // A GitHub App user token: reports no scopes, may change the packages of acme/web and acme/ui-kit only.
    static QString appUserToken() { return QStringLiteral("ghu_packhouseDemoAppUserToken000000000000"); }
    // One line per token with its scopes, for --help.
    static QString tokenSummary();
};

} // namespace FakeGitHub
