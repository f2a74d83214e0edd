#include "namespaceref.h"

#include <QUrl>

namespace Packhouse {

QString NamespaceRef::apiPathPrefix() const
{
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(login));
    switch (kind) {
    case Kind::AuthenticatedUser:
        return QStringLiteral("/user");
    case Kind::User:
        return QStringLiteral("/users/") + encoded;
    case Kind::Organization:
        return QStringLiteral("/orgs/") + encoded;
    }
    return {};
}

QString NamespaceRef::webOwnerSegment() const
{
    return isOrganization() ? QStringLiteral("orgs") : QStringLiteral("users");
}

} // namespace Packhouse
