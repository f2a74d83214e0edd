#pragma once

#include <QByteArrayView>
#include <QList>
#include <QUrl>

#include <optional>

namespace Packhouse {

// GitHub's `X-GitHub-SSO` header: `required; url=https://github.com/orgs/acme/sso?authorization_request=…` on
// a 403 for an org that enforces SAML, or `partial-results; organizations=21955855,20582480` on a 200 that
// left out those organizations.
struct SsoHeader
{
    bool required = false;
    QUrl authorizationUrl;                // for `required`; empty unless an http(s) URL was given
    QList<qint64> partialOrganizationIds; // for `partial-results`

    // nullopt for an empty header or an unknown kind.
    static std::optional<SsoHeader> parse(QByteArrayView header);

    friend bool operator==(const SsoHeader &, const SsoHeader &) = default;
};

} // namespace Packhouse
