#include "serverconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Packhouse {

namespace {

ApiError insecure(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::InsecureUrl;
    error.message = message;
    return error;
}

} // namespace

const QUrl &ServerConfig::gitHubDotComApiUrl()
{
    static const QUrl url(QStringLiteral("https://api.github.com"));
    return url;
}

bool ServerConfig::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerConfig::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

Result<ServerConfig> ServerConfig::fromApiUrl(const QUrl &apiUrl)
{
    if (!apiUrl.isValid() || apiUrl.host().isEmpty())
        return insecure(tr("%1 is not a valid API URL.").arg(apiUrl.toDisplayString()));
    const QString scheme = apiUrl.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && isLoopback(apiUrl)))
        return insecure(tr("Refusing %1: the token is only ever sent over HTTPS (plain HTTP is allowed for "
                           "this computer's loopback address only).")
                            .arg(apiUrl.toDisplayString()));

    ServerConfig config;
    config.m_apiUrl = apiUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString host = apiUrl.host().toLower();
    if (host == u"api.github.com") {
        config.m_hostKind = HostKind::GitHubDotCom;
        config.m_webUrl = QUrl(QStringLiteral("https://github.com"));
        config.m_registryUrl = QUrl(QStringLiteral("https://ghcr.io"));
    } else if (isLoopback(apiUrl)) {
        // A local test double serves the API, the web pages and the registry on one origin.
        config.m_hostKind = HostKind::GitHubDotCom;
        config.m_webUrl = config.m_apiUrl.adjusted(QUrl::RemovePath);
        config.m_registryUrl = config.m_webUrl;
    } else {
        config.m_hostKind = HostKind::EnterpriseServer;
        config.m_webUrl = config.m_apiUrl.adjusted(QUrl::RemovePath);
        QUrl registry = config.m_webUrl;
        registry.setHost(QStringLiteral("containers.") + host);
        config.m_registryUrl = registry;
    }
    return config;
}

Result<ServerConfig> ServerConfig::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"github.com", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"https://github.com", Qt::CaseInsensitive) == 0)
        return fromApiUrl(gitHubDotComApiUrl());
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!trimmed.contains(u"://"))
        url.setScheme(QStringLiteral("https"));
    if (url.host().compare(u"api.github.com", Qt::CaseInsensitive) != 0 && !isLoopback(url)
        && (url.path().isEmpty() || url.path() == u"/"))
        url.setPath(QStringLiteral("/api/v3"));
    return fromApiUrl(url);
}

QString ServerConfig::hostKey() const
{
    if (m_webUrl.port() > 0)
        return m_webUrl.host() + u':' + QString::number(m_webUrl.port());
    return m_webUrl.host();
}

bool ServerConfig::mayReceiveToken(const QUrl &url) const
{
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopback(url)))
        return false;
    return isSameOrigin(url, m_apiUrl) || isSameOrigin(url, m_registryUrl);
}

QUrl ServerConfig::apiEndpoint(const QString &path) const
{
    QUrl url = m_apiUrl;
    url.setPath(m_apiUrl.path() + path, QUrl::TolerantMode);
    return url;
}

} // namespace Packhouse
