#include "fakeregistryapi.h"

#include "fakecounters.h"
#include "fakerestapi.h"
#include "fakestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace FakeGitHub {

namespace {

const QByteArray ociIndex = QByteArrayLiteral("application/vnd.oci.image.index.v1+json");

HttpResponse registryError(int status, const QString &code, const QString &message)
{
    return RestApi::json(status,
                         QJsonObject{{QStringLiteral("errors"),
                                      QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                             {QStringLiteral("message"), message}}}}});
}

// "owner/name" with the owner lower-cased: registry paths are case-insensitive in the namespace.
QString normalized(const QString &repository)
{
    const qsizetype slash = repository.indexOf(u'/');
    return slash < 0 ? repository : repository.left(slash).toLower() + repository.mid(slash);
}

QList<QByteArray> acceptedTypes(const QByteArray &accept)
{
    QList<QByteArray> types;
    for (const QByteArray &part : accept.split(','))
        types.append(part.split(';').constFirst().trimmed().toLower());
    return types;
}

} // namespace

RegistryApi::RegistryApi(Store &store, Counters &counters)
    : m_store(store)
    , m_counters(counters)
{}

void RegistryApi::reset()
{
    m_tokens.clear();
    m_tokenPath = QByteArrayLiteral("/token");
}

HttpResponse RegistryApi::handle(const HttpRequest &request, const Route &route)
{
    HttpResponse response;
    switch (route.endpoint) {
    case Route::Endpoint::RegistryToken:
        response = issueToken(request);
        break;
    case Route::Endpoint::RegistryBase:
        response = m_tokens.contains(QString::fromLatin1(request.header("authorization").mid(7)))
                       ? RestApi::json(200, QJsonObject())
                       : unauthorized(request, QString());
        break;
    default:
        response = manifest(request, route);
        break;
    }
    response.setHeader("Docker-Distribution-API-Version", "registry/2.0");
    response.bodyOmitted = request.method == "HEAD";
    return response;
}

Package *RegistryApi::containerPackage(const QString &repository) const
{
    const qsizetype slash = repository.indexOf(u'/');
    if (slash <= 0)
        return nullptr;
    return m_store.activePackage(repository.left(slash), QStringLiteral("container"),
                                 repository.mid(slash + 1));
}

HttpResponse RegistryApi::unauthorized(const HttpRequest &request, const QString &repository) const
{
    HttpResponse response =
        registryError(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("authentication required"));
    const QByteArray host = request.header("host");
    QByteArray challenge =
        "Bearer realm=\"" + RestApi::origin(request).toLatin1() + m_tokenPath + "\",service=\"" + host + '"';
    if (!repository.isEmpty())
        challenge += ",scope=\"repository:" + repository.toUtf8() + ":pull\"";
    response.setHeader("WWW-Authenticate", challenge);
    return response;
}

HttpResponse RegistryApi::issueToken(const HttpRequest &request)
{
    const QString scope = request.query().queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    const qsizetype actionsStart = scope.lastIndexOf(u':');
    if (!scope.startsWith(QStringLiteral("repository:")) || actionsStart <= 11)
        return registryError(400, QStringLiteral("UNSUPPORTED"), QStringLiteral("invalid scope"));
    const QString repository = scope.mid(11, actionsStart - 11);
    const QStringList actions = scope.mid(actionsStart + 1).split(u',');
    const Package *package = containerPackage(repository);

    const QByteArray authorization = request.header("authorization");
    const AccessToken *token = nullptr;
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
        token = m_store.token(QString::fromLatin1(credentials.mid(credentials.indexOf(':') + 1)));
        // App and Actions tokens carry no scopes, yet pull what their user may see (GITHUB_TOKEN in CI).
        if (!token || token->fineGrained ||
            (token->reportsScopes && !token->hasScope(QStringLiteral("read:packages"))))
            return registryError(401, QStringLiteral("UNAUTHORIZED"),
                                 QStringLiteral("authentication required"));
    }
    const bool isPublic = package && package->visibility == QStringLiteral("public");
    bool allowed = isPublic;
    if (token && package) {
        const Account *owner = m_store.account(package->owner);
        allowed =
            allowed || (owner->organization ? owner->isMember(token->login)
                                            : owner->login.compare(token->login, Qt::CaseInsensitive) == 0);
    }
    if (!token && !isPublic)
        return registryError(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("authentication required"));
    if (!allowed || actions != QStringList{QStringLiteral("pull")})
        return registryError(403, QStringLiteral("DENIED"),
                             QStringLiteral("requested access to the resource is denied"));
    const QString issued =
        QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(++m_issued) + repository.toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(issued, normalized(repository));
    return RestApi::json(200,
                         QJsonObject{{QStringLiteral("token"), issued},
                                     {QStringLiteral("access_token"), issued},
                                     {QStringLiteral("expires_in"), 300},
                                     {QStringLiteral("issued_at"), m_store.now().toString(Qt::ISODate)}});
}

HttpResponse RegistryApi::manifest(const HttpRequest &request, const Route &route)
{
    const QByteArray authorization = request.header("authorization");
    const QString bearer = authorization.toLower().startsWith("bearer ")
                               ? QString::fromLatin1(authorization.mid(7).trimmed())
                               : QString();
    if (m_tokens.value(bearer) != normalized(route.repository))
        return unauthorized(request, route.repository);
    if (request.method != "GET" && request.method != "HEAD")
        return registryError(405, QStringLiteral("UNSUPPORTED"),
                             QStringLiteral("The operation is unsupported."));
    Package *package = containerPackage(route.repository);
    if (!package)
        return registryError(404, QStringLiteral("NAME_UNKNOWN"),
                             QStringLiteral("repository name not known to registry"));
    const bool byDigest = route.reference.startsWith(QStringLiteral("sha256:"));
    PackageVersion *found = nullptr;
    for (PackageVersion &version : package->versions) {
        if (!version.isDeleted() && !version.manifest.isEmpty() &&
            (byDigest ? version.name == route.reference : version.tags.contains(route.reference))) {
            found = &version;
            break;
        }
    }
    if (!found)
        return registryError(404, QStringLiteral("MANIFEST_UNKNOWN"), QStringLiteral("manifest unknown"));
    const QByteArray mediaType = found->mediaType.toLatin1();
    if (mediaType == ociIndex && !acceptedTypes(request.header("accept")).contains(ociIndex)) {
        return registryError(
            404, QStringLiteral("MANIFEST_UNKNOWN"),
            QStringLiteral("OCI index found, but Accept header does not support OCI indexes"));
    }
    if (request.method == "GET") {
        ++m_counters.manifestDownloads;
        ++found->downloads;
    }
    HttpResponse response;
    response.body = found->manifest;
    response.setHeader("Content-Type", mediaType);
    response.setHeader("Docker-Content-Digest", found->name.toLatin1());
    response.setHeader("ETag", '"' + found->name.toLatin1() + '"');
    return response;
}

} // namespace FakeGitHub
