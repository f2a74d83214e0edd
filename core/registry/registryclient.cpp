#include "registryclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Packhouse {

RegistryClient::RegistryClient(GitHubClient *client, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheDirectory(cacheDirectory)
{
    // The fast path: ghcr.io's token endpoint is known, so its first manifest needs no round trip to /v2/.
    const QUrl registry = m_client->server().registryUrl();
    if (registry.host() == u"ghcr.io") {
        QUrl realm = registry;
        realm.setPath(QStringLiteral("/token"));
        m_challenge = BearerChallenge{realm, registry.host(), QString()};
    }
}

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

void RegistryClient::probeChallenge()
{
    if (m_probing)
        return;
    m_probing = true;
    QUrl url = m_client->server().registryUrl();
    url.setPath(QStringLiteral("/v2/"));
    RequestSpec spec;
    spec.service = RequestSpec::Service::Registry;
    spec.url = url;
    spec.auth = RequestSpec::Auth::None;
    spec.useCache = false;
    ApiJob *job = m_client->request(spec);
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &response) {
        m_probing = false;
        const QStringList repositories = m_waitingForToken.keys();
        if (response.ok()) {
            // An open registry: manifests go without a token.
            for (const QString &repository : repositories) {
                m_tokens.insert(repository, QByteArray());
                for (const QString &digest : m_waitingForToken.take(repository))
                    requestManifest(repository, digest, false);
            }
            return;
        }
        m_challenge = BearerChallenge::parse(response.error->authenticationChallenge);
        if (!m_challenge) {
            const ApiError error =
                response.error->kind == ApiError::Kind::BadCredentials
                    ? ApiError::decode(QStringLiteral("WWW-Authenticate"),
                                       tr("the registry asked for authentication without a Bearer realm"))
                    : *response.error;
            for (const QString &repository : repositories)
                failWaiting(repository, error);
            return;
        }
        for (const QString &repository : repositories)
            requestToken(repository);
    });
}

void RegistryClient::failWaiting(const QString &repository, const ApiError &error)
{
    for (const QString &digest : m_waitingForToken.take(repository)) {
        m_inFlight.remove(digest);
        m_retriedWithNewToken.remove(digest);
        Q_EMIT manifestFailed(digest, error);
    }
}

void RegistryClient::requestToken(const QString &repository)
{
    if (!m_challenge) {
        probeChallenge();
        return;
    }
    // The token goes only to the API's and the registry's origins: a realm elsewhere is asked anonymously.
    RequestSpec spec;
    spec.service = RequestSpec::Service::Registry;
    spec.url = m_challenge->tokenUrl(QStringLiteral("repository:%1:pull").arg(repository));
    spec.auth = RequestSpec::Auth::RegistryBasic;
    spec.useCache = false;
    ApiJob *job = m_client->request(spec);
    connect(job, &ApiJob::finished, this, [this, repository](const ApiResponse &response) {
        QByteArray token;
        if (response.ok()) {
            // The distribution spec names it "token"; some registries send only the OAuth "access_token".
            const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
            token = answer.value(u"token").toString(answer.value(u"access_token").toString()).toUtf8();
        }
        if (token.isEmpty()) {
            failWaiting(repository, response.error.value_or(ApiError::decode(
                                        QStringLiteral("token"), tr("the registry issued no token"))));
            return;
        }
        m_tokens.insert(repository, token);
        const QList<QString> digests = m_waitingForToken.take(repository);
        for (const QString &digest : digests)
            requestManifest(repository, digest, !m_retriedWithNewToken.contains(digest));
    });
}

void RegistryClient::requestManifest(const QString &repository, const QString &digest, bool retryWithNewToken)
{
    QUrl url = m_client->server().registryUrl();
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest));
    RequestSpec spec;
    spec.service = RequestSpec::Service::Registry;
    spec.url = url;
    spec.bearerToken = m_tokens.value(repository);
    spec.auth = spec.bearerToken.isEmpty() ? RequestSpec::Auth::None : RequestSpec::Auth::Bearer;
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
        // Pull tokens expire, and a registry may want them from elsewhere than assumed: get a fresh one once,
        // where the challenge says.
        if (auto challenge = BearerChallenge::parse(response.error->authenticationChallenge))
            m_challenge = challenge;
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
