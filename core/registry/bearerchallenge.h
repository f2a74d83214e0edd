#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <optional>

namespace Packhouse {

// A registry's `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` challenge (the OCI distribution
// token flow): where to ask for a pull token. ghcr.io's realm is https://ghcr.io/token; GHES registries and
// mirrors name others.
struct BearerChallenge
{
    QUrl realm; // an http(s) URL
    QString service;
    QString scope;

    // nullopt unless the scheme is Bearer and the realm an absolute http(s) URL.
    static std::optional<BearerChallenge> parse(QByteArrayView header);
    // The realm asked for `scope` at this service, keeping any query the realm has.
    QUrl tokenUrl(const QString &scope) const;

    friend bool operator==(const BearerChallenge &, const BearerChallenge &) = default;
};

} // namespace Packhouse
