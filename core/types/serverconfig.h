#pragma once

#include "result.h"
#include "scopes.h"

#include <QCoreApplication>
#include <QUrl>

namespace Packhouse {

// The GitHub a session talks to: github.com, a GHES host (https://HOST/api/v3) or a local test server.
class ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::ServerConfig)

public:
    static const QUrl &gitHubDotComApiUrl();

    // Validates `apiUrl`: HTTPS, or plain HTTP to a loopback address only.
    static Result<ServerConfig> fromApiUrl(const QUrl &apiUrl);
    // Accepts what a person types: "github.com", "ghe.example.com", "https://ghe.example.com/api/v3", a loopback URL.
    static Result<ServerConfig> fromUserInput(const QString &text);

    QUrl apiUrl() const { return m_apiUrl; }
    QUrl webUrl() const { return m_webUrl; }
    QUrl registryUrl() const { return m_registryUrl; }
    HostKind hostKind() const { return m_hostKind; }
    // The key settings, cache and keychain entries use for this server ("github.com", "ghe.example.com:8443").
    QString hostKey() const;

    // The token may be sent to `url`: same origin as the API or the registry.
    bool mayReceiveToken(const QUrl &url) const;
    // Joins the API root and `path` ("/user/packages"), keeping the GHES "/api/v3" prefix.
    QUrl apiEndpoint(const QString &path) const;

    static bool isLoopback(const QUrl &url);
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    friend bool operator==(const ServerConfig &, const ServerConfig &) = default;

private:
    QUrl m_apiUrl;
    QUrl m_webUrl;
    QUrl m_registryUrl;
    HostKind m_hostKind = HostKind::GitHubDotCom;
};

} // namespace Packhouse
