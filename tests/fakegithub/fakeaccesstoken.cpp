#include "fakeaccesstoken.h"

namespace FakeGitHub {

bool AccessToken::hasScope(const QString &scope) const
{
    if (scopes.contains(scope))
        return true;
    if (scope == QStringLiteral("read:packages"))
        return scopes.contains(QStringLiteral("write:packages"));
    if (scope == QStringLiteral("read:org"))
        return scopes.contains(QStringLiteral("write:org")) || scopes.contains(QStringLiteral("admin:org"));
    return false;
}

} // namespace FakeGitHub
