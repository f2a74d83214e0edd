#pragma once

#include "fakehttprequest.h"
#include "fakehttpresponse.h"
#include "fakeroute.h"

#include <QHash>

namespace FakeGitHub {

class Store;
struct Counters;
struct Package;

// A minimal OCI distribution registry (ghcr.io's read side) over the container packages of the Store:
// token exchange, manifest GET/HEAD with Accept negotiation, 405 on writes.
class RegistryApi
{
public:
    RegistryApi(Store &store, Counters &counters);

    HttpResponse handle(const HttpRequest &request, const Route &route);
    void reset();
    // Where the token endpoint is, as the 401 challenge's realm names it: /token on ghcr.io, elsewhere on
    // other registries. Requests to any other path, /token included, are then unknown routes.
    void setTokenPath(const QByteArray &path) { m_tokenPath = path; }
    QByteArray tokenPath() const { return m_tokenPath; }

private:
    HttpResponse issueToken(const HttpRequest &request);
    HttpResponse manifest(const HttpRequest &request, const Route &route);
    HttpResponse unauthorized(const HttpRequest &request, const QString &repository) const;
    Package *containerPackage(const QString &repository) const;

    Store &m_store;                   // not owned
    Counters &m_counters;             // not owned
    QHash<QString, QString> m_tokens; // registry token → "owner/name" it may pull (owner lower-case)
    int m_issued = 0;
    QByteArray m_tokenPath = QByteArrayLiteral("/token");
};

} // namespace FakeGitHub
