#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Packhouse {

// Everything GitHubClient needs to send one request; the client adds the common headers.
struct RequestSpec
{
    enum class Auth : quint8
    {
        ApiToken,      // Authorization: Bearer <PAT>, only to the API and registry origins
        RegistryBasic, // Basic login:PAT, for the registry's token exchange
        Bearer,        // a registry token in `bearerToken`
        None,
    };

    // The API and the registry are separate services with separate limits (api.github.com and ghcr.io): each
    // has its own concurrency budget, so manifests load while a listing's pages do.
    enum class Service : quint8
    {
        Api,
        Registry,
    };

    QByteArray verb = QByteArrayLiteral("GET");
    Service service = Service::Api;
    QUrl url;
    Auth auth = Auth::ApiToken;
    QByteArray bearerToken;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool useCache = true; // GETs only: send If-None-Match and serve 304s from the cache

    bool isIdempotent() const { return verb == "GET" || verb == "HEAD"; }
};

} // namespace Packhouse
