#include "fakerestapi.h"

#include "fakecounters.h"
#include "fakerenderer.h"
#include "fakesecondarylimiter.h"
#include "fakestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace FakeGitHub {

namespace {

using Endpoint = Route::Endpoint;

const QStringList packageTypes = {QStringLiteral("npm"),      QStringLiteral("maven"),
                                  QStringLiteral("rubygems"), QStringLiteral("docker"),
                                  QStringLiteral("nuget"),    QStringLiteral("container")};
const QString readPackages = QStringLiteral("read:packages");
const QString writePackages = QStringLiteral("write:packages");
const QString deletePackages = QStringLiteral("delete:packages");
const QString packageNotFound = QStringLiteral("Package not found.");
constexpr qint64 restoreWindowDays = 30;
constexpr qint64 downloadLimit = 5000;

bool isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

bool isPackageEndpoint(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::ListPackages:
    case Endpoint::Package:
    case Endpoint::RestorePackage:
    case Endpoint::ListVersions:
    case Endpoint::Version:
    case Endpoint::RestoreVersion:
    case Endpoint::DockerConflicts:
        return true;
    default:
        return false;
    }
}

// Strong comparison after dropping W/, as GitHub does for GET.
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*")
            return true;
    }
    return false;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

RestApi::RestApi(Store &store, Counters &counters, SecondaryLimiter &limiter)
    : m_store(store)
    , m_counters(counters)
    , m_limiter(limiter)
{}

QString RestApi::origin(const HttpRequest &request)
{
    return (request.overTls ? QStringLiteral("https://") : QStringLiteral("http://")) +
           QString::fromLatin1(request.header("host"));
}

HttpResponse RestApi::json(int status, const QJsonValue &value)
{
    HttpResponse response;
    response.status = status;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse RestApi::error(int status, const QString &message, const QString &documentationUrl)
{
    return json(status, QJsonObject{{QStringLiteral("message"), message},
                                    {QStringLiteral("documentation_url"), documentationUrl},
                                    {QStringLiteral("status"), QString::number(status)}});
}

HttpResponse RestApi::secondaryLimitError(const QByteArray &method, int status, std::optional<int> retryAfter)
{
    const QString message =
        isRead(method)
            ? QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes "
                             "before you try again.")
            : QStringLiteral("You have exceeded a secondary rate limit and have been temporarily "
                             "blocked from content creation. Please retry your request again later.");
    HttpResponse response = error(status, message,
                                  QStringLiteral("https://docs.github.com/rest/using-the-rest-api/"
                                                 "rate-limits-for-the-rest-api#about-secondary-rate-limits"));
    if (retryAfter)
        response.setHeader("Retry-After", QByteArray::number(*retryAfter));
    return response;
}

HttpResponse RestApi::handle(const HttpRequest &request, const Route &route, int concurrentRequests)
{
    Call call{request, route, origin(request), tokenOf(request), QString()};
    if (!call.token && !request.header("authorization").isEmpty())
        return finish(call, error(401, QStringLiteral("Bad credentials")));
    if (request.header("user-agent").isEmpty()) {
        return finish(call,
                      error(403, QStringLiteral("Request forbidden by administrative rules. Please make "
                                                "sure your request has a User-Agent header")));
    }
    const QByteArray apiVersion = request.header("x-github-api-version");
    if (!apiVersion.isEmpty() && apiVersion != "2022-11-28" && apiVersion != "2026-03-10") {
        return finish(call, error(400, QStringLiteral("The '%1' API version is not supported.")
                                           .arg(QString::fromLatin1(apiVersion))));
    }
    if (!m_limiter.admit(request.method, route.key, concurrentRequests)) {
        ++m_counters.secondaryRejections;
        return finish(call, secondaryLimitError(request.method, m_limiter.status(), m_limiter.retryAfter()));
    }
    if (route.endpoint != Endpoint::RateLimit && bucket(call).used >= limitOf(call)) {
        const QString who = call.token
                                ? QStringLiteral("user ID %1").arg(m_store.account(call.token->login)->id)
                                : QStringLiteral("127.0.0.1");
        return finish(call, error(403, QStringLiteral("API rate limit exceeded for %1.").arg(who),
                                  QStringLiteral("https://docs.github.com/rest/using-the-rest-api/"
                                                 "rate-limits-for-the-rest-api#about-primary-rate-limits")));
    }
    return finish(call, dispatch(call));
}

HttpResponse RestApi::decorate(const HttpRequest &request, const Route &route, HttpResponse response,
                               const QString &acceptedScopes)
{
    Call call{request, route, origin(request), tokenOf(request), acceptedScopes};
    return finish(call, std::move(response));
}

const AccessToken *RestApi::tokenOf(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    if (space <= 0 || (scheme != "bearer" && scheme != "token"))
        return nullptr;
    return m_store.token(QString::fromLatin1(authorization.mid(space + 1).trimmed()));
}

QDateTime RestApi::serverTime() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockSkewSeconds);
}

RestApi::Bucket &RestApi::bucket(const Call &call)
{
    Bucket &b = m_buckets[call.token ? call.token->login : QString()];
    const qint64 now = serverTime().toSecsSinceEpoch();
    if (b.resetEpoch <= now)
        b = Bucket{now + 3600, 0};
    return b;
}

int RestApi::limitOf(const Call &call) const
{
    return call.token ? m_store.primaryLimit() : 60;
}

void RestApi::addRateLimitHeaders(const Call &call, HttpResponse &response)
{
    const Bucket &b = bucket(call);
    const int limit = limitOf(call);
    response.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(std::max(0, limit - b.used)));
    response.setHeader("X-RateLimit-Reset", QByteArray::number(b.resetEpoch));
    response.setHeader("X-RateLimit-Used", QByteArray::number(b.used));
    response.setHeader("X-RateLimit-Resource", "core");
}

HttpResponse RestApi::finish(Call &call, HttpResponse response)
{
    const HttpRequest &request = call.request;
    if (call.token && call.token->reportsScopes) {
        response.setHeader("X-OAuth-Scopes", call.token->scopes.join(QStringLiteral(", ")).toLatin1());
        response.setHeader("X-Accepted-OAuth-Scopes", call.acceptedScopes.toLatin1());
    }
    if (isRead(request.method) && response.status == 200) {
        const QByteArray etag =
            '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex() + '"';
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
        response.setHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP");
        const QByteArray ifNoneMatch = request.header("if-none-match");
        if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
            response.status = 304;
            response.body.clear();
            response.headers.removeIf(
                [](const QPair<QByteArray, QByteArray> &h) { return h.first == "Content-Type"; });
            ++m_counters.notModified;
        }
    }
    // Primary quota: every answer but 304s and /rate_limit; authenticated ones are what tests count.
    if (response.status != 304 && call.route.endpoint != Endpoint::RateLimit) {
        ++bucket(call).used;
        if (call.token)
            ++m_counters.quotaSpent;
    }
    addRateLimitHeaders(call, response);
    response.setHeader("X-GitHub-Media-Type", "github.v3; format=json");
    response.setHeader("X-GitHub-Api-Version-Selected", "2022-11-28");
    response.setHeader("X-GitHub-Request-Id",
                       QByteArray::number(++m_requestId, 16).toUpper().rightJustified(8, '0'));
    response.setHeader("Date", httpDate(serverTime()));
    response.setHeader("Server", "github.com");
    response.bodyOmitted = request.method == "HEAD";
    logMutation(call, response);
    return response;
}

void RestApi::logMutation(const Call &call, const HttpResponse &response)
{
    const Route &route = call.route;
    if (isRead(call.request.method) || !isPackageEndpoint(route.endpoint))
        return;
    bool numeric = false;
    const qint64 versionId = route.versionId.toLongLong(&numeric);
    m_counters.mutations.append(QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(call.request.method)},
        {QStringLiteral("path"), QString::fromLatin1(call.request.rawPath)},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("namespace"), route.owner.isEmpty() && call.token ? call.token->login : route.owner},
        {QStringLiteral("package_type"), route.packageType},
        {QStringLiteral("package"), route.packageName},
        {QStringLiteral("version_id"), numeric ? QJsonValue(versionId) : QJsonValue(QJsonValue::Null)},
    });
}

HttpResponse RestApi::dispatch(Call &call)
{
    const Renderer renderer(m_store, call.origin);
    const Route &route = call.route;
    const auto requiresAuthentication = [] { return error(401, QStringLiteral("Requires authentication")); };
    if (!call.request.body.trimmed().isEmpty() && !isRead(call.request.method)) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(call.request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return error(400, QStringLiteral("Problems parsing JSON"));
    }
    switch (route.endpoint) {
    case Endpoint::AuthenticatedUser:
        if (!call.token)
            return requiresAuthentication();
        return json(200, renderer.privateUser(*m_store.account(call.token->login)));
    case Endpoint::UserOrganizations: {
        if (!call.token)
            return requiresAuthentication();
        call.acceptedScopes = QStringLiteral("admin:org, read:org, repo, user, write:org");
        int page = 1;
        int perPage = 30;
        if (auto failure = parsePaging(call, page, perPage, false))
            return *failure;
        QList<const Account *> orgs = m_store.organizationsOf(call.token->login);
        // GitHub leaves out the SAML organizations the token is not authorized for, and says which by id.
        QByteArrayList leftOut;
        orgs.removeIf([&](const Account *org) {
            const bool hidden =
                org->ssoLeftOutOfLists && !m_store.isSsoAuthorized(org->login, call.token->secret);
            if (hidden)
                leftOut.append(QByteArray::number(org->id));
            return hidden;
        });
        HttpResponse response = pagedArray(call, page, perPage, orgs.size(), [&](qsizetype i) {
            return renderer.organizationSimple(*orgs.at(i));
        });
        if (!leftOut.isEmpty())
            response.setHeader("X-GitHub-SSO", "partial-results; organizations=" + leftOut.join(','));
        return response;
    }
    case Endpoint::AllOrganizations:
        return allOrganizations(call, renderer);
    case Endpoint::Organization: {
        const Account *org = m_store.account(route.owner);
        if (!org || !org->organization)
            return error(404, QStringLiteral("Not Found"));
        return json(200, renderer.organizationFull(*org));
    }
    case Endpoint::UserByName: {
        const Account *account = m_store.account(route.owner);
        if (!account)
            return error(404, QStringLiteral("Not Found"));
        return json(200, renderer.publicUser(*account));
    }
    case Endpoint::RateLimit:
        return rateLimit(call);
    case Endpoint::DockerConflicts: {
        Namespace ns;
        if (auto failure = checkPackageAccess(call, QString(), ns))
            return *failure;
        return json(200, QJsonArray());
    }
    case Endpoint::ListPackages:
        return listPackages(call, renderer);
    case Endpoint::Package:
    case Endpoint::RestorePackage:
    case Endpoint::ListVersions:
    case Endpoint::Version:
    case Endpoint::RestoreVersion:
        return packageRequest(call, renderer);
    default:
        return error(404, QStringLiteral("Not Found"));
    }
}

std::optional<HttpResponse> RestApi::checkPackageAccess(Call &call, const QString &packageType, Namespace &ns)
{
    const QByteArray &method = call.request.method;
    const bool restore =
        call.route.endpoint == Endpoint::RestorePackage || call.route.endpoint == Endpoint::RestoreVersion;
    QStringList required{readPackages};
    QString action = QStringLiteral("read packages");
    if (method == "DELETE") {
        required.append(deletePackages);
        action = QStringLiteral("delete packages");
    } else if (restore) {
        required.append(writePackages);
        action = QStringLiteral("restore packages");
    }
    // Repository-scoped registries (Maven/Gradle on github.com) also need repo to change anything.
    if (!isRead(method) && packageType == QStringLiteral("maven"))
        required.append(QStringLiteral("repo"));
    call.acceptedScopes = required.join(QStringLiteral(", "));
    if (!call.token)
        return error(401, QStringLiteral("Requires authentication"));
    if (call.token->fineGrained) {
        return error(403, QStringLiteral("Resource not accessible by personal access token. GitHub Packages "
                                         "supports only personal access tokens (classic)."));
    }
    for (const QString &scope : std::as_const(required)) {
        if (!call.token->hasScope(scope))
            return error(403, QStringLiteral("You need at least %1 scope to %2.").arg(scope, action));
    }
    const QString login = call.token->login;
    const Route &route = call.route;
    ns.account = m_store.account(route.namespaceKind == QStringLiteral("user") ? login : route.owner);
    const bool wantOrg = route.namespaceKind == QStringLiteral("orgs");
    if (!ns.account || ns.account->organization != wantOrg)
        return error(404, QStringLiteral("Not Found"));
    if (wantOrg && ns.account->ssoProtected &&
        !m_store.isSsoAuthorized(ns.account->login, call.token->secret)) {
        if (ns.account->ssoAnswersNotFound)
            return error(404, QStringLiteral("Not Found"));
        HttpResponse response = error(403,
                                      QStringLiteral("Resource protected by organization SAML enforcement. "
                                                     "You must grant your personal token access to this "
                                                     "organization."),
                                      QStringLiteral("https://docs.github.com"));
        const QByteArray request = QCryptographicHash::hash((ns.account->login + call.token->secret).toUtf8(),
                                                            QCryptographicHash::Sha1)
                                       .toHex();
        response.setHeader("X-GitHub-SSO", "required; url=" + call.origin.toLatin1() + "/orgs/" +
                                               ns.account->login.toLatin1() +
                                               "/sso?authorization_request=" + request);
        return response;
    }
    ns.seesPrivate =
        wantOrg ? ns.account->isMember(login) : ns.account->login.compare(login, Qt::CaseInsensitive) == 0;
    ns.isAdmin = wantOrg ? ns.account->isAdmin(login) : ns.seesPrivate;
    return std::nullopt;
}

// GET /organizations?since=ID: every organization with a larger id, in id order (public data, no SSO).
HttpResponse RestApi::allOrganizations(const Call &call, const Renderer &renderer) const
{
    const QUrlQuery query = call.request.query();
    bool ok = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since"))
                             ? query.queryItemValue(QStringLiteral("since")).toLongLong(&ok)
                             : 0;
    int page = 1;
    int perPage = 30;
    if (!ok)
        return error(400, QStringLiteral("Invalid value for parameter 'since'"));
    if (auto failure = parsePaging(call, page, perPage, false))
        return *failure;
    QList<const Account *> orgs;
    for (const Account &account : m_store.accounts()) {
        if (account.organization && account.id > since)
            orgs.append(&account);
    }
    std::sort(orgs.begin(), orgs.end(), [](const Account *a, const Account *b) { return a->id < b->id; });
    QJsonArray array;
    for (qsizetype i = 0; i < std::min<qsizetype>(orgs.size(), perPage); ++i)
        array.append(renderer.organizationSimple(*orgs.at(i)));
    return json(200, array);
}

std::optional<HttpResponse> RestApi::parsePaging(const Call &call, int &page, int &perPage,
                                                 bool limitResults) const
{
    const QUrlQuery query = call.request.query();
    const auto number = [&query](const QString &key, int fallback, bool &ok) {
        ok = true;
        if (!query.hasQueryItem(key))
            return fallback;
        const int value = query.queryItemValue(key).toInt(&ok);
        ok = ok && value >= 1;
        return value;
    };
    bool ok = true;
    page = number(QStringLiteral("page"), 1, ok);
    if (!ok) {
        return error(400, QStringLiteral("Invalid value for parameter 'page': %1")
                              .arg(query.queryItemValue(QStringLiteral("page"))));
    }
    perPage = std::min(number(QStringLiteral("per_page"), 30, ok), 100);
    if (!ok) {
        return error(400, QStringLiteral("Invalid value for parameter 'per_page': %1")
                              .arg(query.queryItemValue(QStringLiteral("per_page"))));
    }
    if (limitResults && qint64(page) * perPage > 10000) {
        return error(400, QStringLiteral(
                              "The value of `per_page` multiplied by `page` cannot be greater than 10000."));
    }
    return std::nullopt;
}

HttpResponse RestApi::pagedArray(const Call &call, int page, int perPage, qsizetype total,
                                 const std::function<QJsonValue(qsizetype)> &item) const
{
    QJsonArray array;
    const qsizetype first = qsizetype(page - 1) * perPage;
    for (qsizetype i = first; i < std::min(total, first + perPage); ++i)
        array.append(item(i));
    HttpResponse response = json(200, array);
    const int lastPage = int(std::max<qsizetype>(1, (total + perPage - 1) / perPage));
    if (lastPage == 1 && page == 1)
        return response;
    const auto pageUrl = [&call](int number) {
        QUrlQuery query = call.request.query();
        const bool present = query.hasQueryItem(QStringLiteral("page"));
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (key == QStringLiteral("page"))
                value = QString::number(number);
        }
        if (!present)
            items.append({QStringLiteral("page"), QString::number(number)});
        query.setQueryItems(items);
        return call.origin + QString::fromLatin1(call.request.rawPath) + u'?' +
               query.toString(QUrl::FullyEncoded);
    };
    QStringList links;
    if (page > 1)
        links.append(u'<' + pageUrl(std::min(page - 1, lastPage)) + QStringLiteral(">; rel=\"prev\""));
    if (page < lastPage) {
        links.append(u'<' + pageUrl(page + 1) + QStringLiteral(">; rel=\"next\""));
        links.append(u'<' + pageUrl(lastPage) + QStringLiteral(">; rel=\"last\""));
    }
    if (page > 1)
        links.append(u'<' + pageUrl(1) + QStringLiteral(">; rel=\"first\""));
    response.setHeader("Link", links.join(QStringLiteral(", ")).toLatin1());
    return response;
}

HttpResponse RestApi::listPackages(Call &call, const Renderer &renderer)
{
    const QUrlQuery query = call.request.query();
    const QString type = query.queryItemValue(QStringLiteral("package_type"));
    Namespace ns;
    if (auto failure = checkPackageAccess(call, type, ns))
        return *failure;
    if (!query.hasQueryItem(QStringLiteral("package_type")))
        return error(422, QStringLiteral("Invalid request.\n\n\"package_type\" wasn't supplied."));
    if (!packageTypes.contains(type))
        return error(422,
                     QStringLiteral("Invalid request.\n\n\"%1\" is not a valid package_type.").arg(type));
    QString visibility = query.queryItemValue(QStringLiteral("visibility"));
    if (!visibility.isEmpty() && visibility != QStringLiteral("public") &&
        visibility != QStringLiteral("private") && visibility != QStringLiteral("internal"))
        return error(422,
                     QStringLiteral("Invalid request.\n\n\"%1\" is not a valid visibility.").arg(visibility));
    if (visibility == QStringLiteral("internal")) // only meaningful on GHEC; elsewhere a synonym of private
        visibility = QStringLiteral("private");
    int page = 1;
    int perPage = 30;
    if (auto failure = parsePaging(call, page, perPage, true))
        return *failure;
    QList<const Package *> packages;
    for (const Package &package : m_store.packages()) {
        if (package.isDeleted() || package.type != type ||
            package.owner.compare(ns.account->login, Qt::CaseInsensitive) != 0)
            continue;
        if ((package.visibility != QStringLiteral("public") && !ns.seesPrivate) ||
            (!visibility.isEmpty() && package.visibility != visibility))
            continue;
        packages.append(&package);
    }
    return pagedArray(call, page, perPage, packages.size(),
                      [&](qsizetype i) { return renderer.package(*packages.at(i)); });
}

HttpResponse RestApi::packageRequest(Call &call, const Renderer &renderer)
{
    const Route &route = call.route;
    Namespace ns;
    if (auto failure = checkPackageAccess(call, route.packageType, ns))
        return *failure;
    if (!packageTypes.contains(route.packageType))
        return error(404, QStringLiteral("Not Found"));
    if (route.endpoint == Endpoint::RestorePackage)
        return restorePackage(call, ns);
    Package *package = m_store.activePackage(ns.account->login, route.packageType, route.packageName);
    if (!package || (package->visibility != QStringLiteral("public") && !ns.seesPrivate))
        return error(404, packageNotFound);
    const bool mutation = !isRead(call.request.method);
    // Without admin rights GitHub hides the package rather than saying "forbidden".
    if (mutation && !ns.isAdmin)
        return error(404, packageNotFound);
    if (mutation && !call.token->reportsScopes &&
        !call.token->repositories.contains(package->owner + u'/' + package->repository, Qt::CaseInsensitive))
        return error(403, QStringLiteral("Resource not accessible by integration"));
    switch (route.endpoint) {
    case Endpoint::Package:
        return mutation ? deletePackage(*package) : json(200, renderer.package(*package));
    case Endpoint::ListVersions:
        return listVersions(call, renderer, *package);
    default:
        return versionRequest(call, renderer, *package, ns);
    }
}

HttpResponse RestApi::deletePackage(Package &package)
{
    const bool popular = std::any_of(package.versions.cbegin(), package.versions.cend(),
                                     [](const PackageVersion &v) { return v.downloads > downloadLimit; });
    if (package.visibility == QStringLiteral("public") && popular) {
        return error(400,
                     QStringLiteral("Publicly visible package versions with more than 5000 downloads cannot "
                                    "be deleted. Contact GitHub support for further assistance."));
    }
    package.deletedAt = m_store.now();
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse RestApi::restorePackage(Call &call, const Namespace &ns)
{
    const Route &route = call.route;
    Package *package = m_store.deletedPackage(ns.account->login, route.packageType, route.packageName);
    if (!package || !ns.isAdmin)
        return error(404, packageNotFound);
    if (package->deletedAt.daysTo(m_store.now()) > restoreWindowDays)
        return error(404, packageNotFound); // purged after 30 days
    if (m_store.activePackage(ns.account->login, route.packageType, route.packageName)) {
        return error(400,
                     QStringLiteral("A package with this name already exists in this namespace. Delete it "
                                    "before restoring the deleted one."));
    }
    package->deletedAt = QDateTime();
    package->updatedAt = m_store.now();
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse RestApi::listVersions(Call &call, const Renderer &renderer, Package &package)
{
    const QUrlQuery query = call.request.query();
    const QString state = query.hasQueryItem(QStringLiteral("state"))
                              ? query.queryItemValue(QStringLiteral("state"))
                              : QStringLiteral("active");
    if (state != QStringLiteral("active") && state != QStringLiteral("deleted"))
        return error(422, QStringLiteral("Invalid request.\n\n\"%1\" is not a valid state.").arg(state));
    int page = 1;
    int perPage = 30;
    if (auto failure = parsePaging(call, page, perPage, false))
        return *failure;
    const bool deleted = state == QStringLiteral("deleted");
    QList<const PackageVersion *> versions; // already newest first
    for (const PackageVersion &version : std::as_const(package.versions)) {
        if (version.isDeleted() == deleted)
            versions.append(&version);
    }
    return pagedArray(call, page, perPage, versions.size(),
                      [&](qsizetype i) { return renderer.version(package, *versions.at(i)); });
}

HttpResponse RestApi::versionRequest(Call &call, const Renderer &renderer, Package &package,
                                     const Namespace &ns)
{
    bool numeric = false;
    const qint64 id = call.route.versionId.toLongLong(&numeric);
    PackageVersion *version = numeric ? package.version(id) : nullptr;
    if (!version)
        return error(404, QStringLiteral("Not Found"));
    HttpResponse noContent;
    noContent.status = 204;
    const QDateTime now = m_store.now();
    if (call.route.endpoint == Endpoint::RestoreVersion) {
        if (!ns.isAdmin || !version->isDeleted())
            return error(404, QStringLiteral("Not Found"));
        if (version->deletedAt.daysTo(now) > restoreWindowDays) {
            return error(
                400, QStringLiteral("Package version cannot be restored: it was deleted more than %1 days "
                                    "ago.")
                         .arg(restoreWindowDays));
        }
        const bool reused = std::any_of(package.versions.cbegin(), package.versions.cend(),
                                        [version](const PackageVersion &other) {
                                            return !other.isDeleted() && other.name == version->name;
                                        });
        if (reused) {
            return error(400, QStringLiteral("A package version named %1 already exists. Delete it before "
                                             "restoring the deleted one.")
                                  .arg(version->name));
        }
        version->deletedAt = QDateTime();
        version->updatedAt = now;
        package.updatedAt = now;
        return noContent;
    }
    if (isRead(call.request.method))
        return json(200, renderer.version(package, *version));
    if (version->isDeleted())
        return error(404, QStringLiteral("Not Found"));
    if (package.visibility == QStringLiteral("public") && version->downloads > downloadLimit) {
        return error(400,
                     QStringLiteral("Publicly visible package versions with more than 5000 downloads cannot "
                                    "be deleted. Contact GitHub support for further assistance."));
    }
    // Containers: only the last *tagged* version is protected; untagged manifests delete freely.
    if (package.type == QStringLiteral("container")) {
        const bool lastTagged =
            !version->tags.isEmpty() && std::none_of(package.versions.cbegin(), package.versions.cend(),
                                                     [version](const PackageVersion &other) {
                                                         return &other != version && !other.isDeleted() &&
                                                                !other.tags.isEmpty();
                                                     });
        if (lastTagged) {
            return error(400,
                         QStringLiteral("You cannot delete the last tagged version of a package. You must "
                                        "delete the package instead."));
        }
    } else if (package.activeVersionCount() == 1) {
        return error(400,
                     QStringLiteral("You cannot delete the last version of a package. You must delete the "
                                    "package instead."));
    }
    version->deletedAt = now;
    package.updatedAt = now;
    return noContent;
}

HttpResponse RestApi::rateLimit(const Call &call)
{
    const Bucket &b = bucket(call);
    const int limit = limitOf(call);
    const QJsonObject core{{QStringLiteral("limit"), limit},
                           {QStringLiteral("used"), b.used},
                           {QStringLiteral("remaining"), std::max(0, limit - b.used)},
                           {QStringLiteral("reset"), b.resetEpoch}};
    const auto unused = [&b](int otherLimit) {
        return QJsonObject{{QStringLiteral("limit"), otherLimit},
                           {QStringLiteral("used"), 0},
                           {QStringLiteral("remaining"), otherLimit},
                           {QStringLiteral("reset"), b.resetEpoch}};
    };
    const QJsonObject resources{{QStringLiteral("core"), core},
                                {QStringLiteral("search"), unused(30)},
                                {QStringLiteral("graphql"), unused(5000)},
                                {QStringLiteral("integration_manifest"), unused(5000)},
                                {QStringLiteral("code_search"), unused(10)}};
    return json(200, QJsonObject{{QStringLiteral("resources"), resources}, {QStringLiteral("rate"), core}});
}

} // namespace FakeGitHub
