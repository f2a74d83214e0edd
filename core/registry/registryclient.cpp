#include "registryclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

namespace Packhouse {

RegistryClient::RegistryClient(GitHubClient *client, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheDirectory(cacheDirectory)
{}

QString RegistryClient::repositoryOf(const QString &owner, const QString &packageName)
{
    // Registry repository names are lower case; package names may hold '/'.
    return (owner + u'/' + packageName).toLower();
}

std::optional<OciManifest> RegistryClient::cachedManifest(const QString &digest) const
{
    if (const auto it = m_manifests.constFind(digest); it != m_manifests.cend())
        return *it;
    if (auto manifest = loadFromDisk(digest)) {
        m_manifests.insert(digest, *manifest);
        return manifest;
    }
    return std::nullopt;
}

void RegistryClient::fetchManifest(const QString &owner, const QString &packageName, const QString &digest)
{
    if (const auto manifest = cachedManifest(digest)) {
        QMetaObject::invokeMethod(
            this, [this, digest, manifest = *manifest] { Q_EMIT manifestReady(digest, manifest); },
            Qt::QueuedConnection);
        return;
    }
    if (m_inFlight.contains(digest))
        return;
    m_inFlight.insert(digest);
    const QString repository = repositoryOf(owner, packageName);
    if (m_tokens.contains(repository)) {
        requestManifest(repository, digest, true);
        return;
    }
    auto &waiting = m_waitingForToken[repository];
    waiting.append(digest);
    if (waiting.size() == 1)
        requestToken(repository);
}

void RegistryClient::requestToken(const QString &repository)
{
    QUrl url = m_client->server().registryUrl();
    url.setPath(QStringLiteral("/token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:%1:pull").arg(repository));
    query.addQueryItem(QStringLiteral("service"), m_client->server().registryUrl().host());
    url.setQuery(query);

    RequestSpec spec;
    spec.url = url;
    spec.auth = RequestSpec::Auth::RegistryBasic;
    spec.useCache = false;
    ApiJob *job = m_client->request(spec);
    connect(job, &ApiJob::finished, this, [this, repository](const ApiResponse &response) {
        const QList<QString> digests = m_waitingForToken.take(repository);
        QByteArray token;
        if (response.ok())
            token = QJsonDocument::fromJson(response.body).object().value(u"token").toString().toUtf8();
        if (token.isEmpty()) {
            ApiError error = response.error.value_or(
                ApiError::decode(QStringLiteral("token"), tr("the registry issued no token")));
            for (const QString &digest : digests) {
                m_inFlight.remove(digest);
                Q_EMIT manifestFailed(digest, error);
            }
            return;
        }
        m_tokens.insert(repository, token);
        for (const QString &digest : digests)
            requestManifest(repository, digest, !m_retriedWithNewToken.contains(digest));
    });
}

void RegistryClient::requestManifest(const QString &repository, const QString &digest, bool retryWithNewToken)
{
    QUrl url = m_client->server().registryUrl();
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest));
    RequestSpec spec;
    spec.url = url;
    spec.auth = RequestSpec::Auth::Bearer;
    spec.bearerToken = m_tokens.value(repository);
    spec.useCache = false; // cached by digest here instead
    spec.headers.append({QByteArrayLiteral("Accept"), OciManifest::acceptHeader()});
    ++m_networkFetches;
    ApiJob *job = m_client->request(spec);
    connect(job, &ApiJob::finished, this,
            [this, repository, digest, retryWithNewToken](const ApiResponse &response) {
                onManifest(repository, digest, retryWithNewToken, response);
            });
}

void RegistryClient::onManifest(const QString &repository, const QString &digest, bool retryWithNewToken,
                                const ApiResponse &response)
{
    if (!response.ok() && response.error->kind == ApiError::Kind::BadCredentials && retryWithNewToken) {
        // Pull tokens expire: get a fresh one once.
        m_tokens.remove(repository);
        m_retriedWithNewToken.insert(digest);
        auto &waiting = m_waitingForToken[repository];
        waiting.append(digest);
        if (waiting.size() == 1)
            requestToken(repository);
        return;
    }
    m_inFlight.remove(digest);
    m_retriedWithNewToken.remove(digest);
    if (!response.ok()) {
        Q_EMIT manifestFailed(digest, *response.error);
        return;
    }
    auto manifest = OciManifest::decode(response.body, digest, response.contentType);
    if (!manifest.ok()) {
        Q_EMIT manifestFailed(digest, manifest.error());
        return;
    }
    m_manifests.insert(digest, manifest.value());
    saveToDisk(digest, response.contentType, response.body);
    Q_EMIT manifestReady(digest, manifest.value());
}

QString RegistryClient::diskPath(const QString &digest) const
{
    QString safe = digest;
    safe.replace(u':', u'-');
    safe.replace(u'/', u'_');
    return m_cacheDirectory + u'/' + safe;
}

std::optional<OciManifest> RegistryClient::loadFromDisk(const QString &digest) const
{
    if (m_cacheDirectory.isEmpty())
        return std::nullopt;
    QFile file(diskPath(digest));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray contentType = file.readLine().trimmed();
    const QByteArray body = file.readAll();
    auto manifest = OciManifest::decode(body, digest, contentType);
    if (!manifest.ok())
        return std::nullopt;
    return manifest.value();
}

void RegistryClient::saveToDisk(const QString &digest, const QByteArray &contentType,
                                const QByteArray &body) const
{
    if (m_cacheDirectory.isEmpty())
        return;
    QDir().mkpath(m_cacheDirectory);
    QSaveFile file(diskPath(digest));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(contentType + '\n');
    file.write(body);
    file.commit();
}

} // namespace Packhouse
