#pragma once

#include <QString>

// The demo scenario's tokens (see tests/fakegithub/README.md).
namespace DemoTokens {
inline QString full()
{
    return QStringLiteral("ghp_packhouseDemoFullAccessToken00000000");
}
inline QString readOnly()
{
    return QStringLiteral("ghp_packhouseDemoReadOnlyToken0000000000");
}
// A GitHub App user token: no X-OAuth-Scopes; may change the packages of acme/web and acme/ui-kit only.
inline QString appUser()
{
    return QStringLiteral("ghu_packhouseDemoAppUserToken000000000000");
}
inline QString fineGrained()
{
    return QStringLiteral("github_pat_packhouseDemoFineGrained0000000000000000");
}
} // namespace DemoTokens
