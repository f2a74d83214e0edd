#include "githubclient.h"

#include "jsondecoder.h"
#include "responsecache.h"
#include "retryafter.h"
#include "ssoheader.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace std::chrono;

namespace Packhouse {

Q_LOGGING_CATEGORY(lcNetwork, "packhouse.network", QtInfoMsg)

namespace {

constexpr int maxRedirects = 5;

QByteArray userAgent()
{
    return QByteArrayLiteral("Packhouse/" PACKHOUSE_VERSION " (Qt " QT_VERSION_STR ")");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Redacts query strings from URLs in logs: they may carry opaque authorization requests.
QString forLog(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

} // namespace

ApiJob::ApiJob(GitHubClient *client, RequestSpec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
{}

void ApiJob::abort()
{
    if (!m_finished)
        m_client->abortJob(this);
}

GitHubClient::GitHubClient(QNetworkAccessManager *network, const ServerConfig &server,
                           const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
    , m_options(options)
{}

GitHubClient::~GitHubClient()
{
    for (ApiJob *job : std::as_const(m_running)) {
        if (job->m_reply)
            job->m_reply->abort();
    }
}

void GitHubClient::setToken(const QString &token)
{
    m_token = token;
    m_scopes = {};
    m_scopesKnown = false;
}

void GitHubClient::clearToken()
{
    // Overwrite before release so the token does not linger in freed memory.
    m_token.fill(u'\0');
    m_token.clear();
    m_login.clear();
    m_scopes = {};
    m_scopesKnown = false;
}

TokenKind GitHubClient::tokenKind() const
{
    return tokenKindOf(m_token);
}

QUrl GitHubClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server.apiEndpoint(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString GitHubClient::packagePath(const NamespaceRef &owner, PackageType type, const QString &packageName)
{
    // Names may hold '/', which must travel as %2F inside one path segment.
    return owner.apiPathPrefix() + QStringLiteral("/packages/") + packageTypeToApi(type) + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(packageName));
}

QUrlQuery GitHubClient::pageQuery(int page, int perPage)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    return query;
}

ApiJob *GitHubClient::request(const RequestSpec &spec)
{
    auto *job = new ApiJob(this, spec);
    enqueue(job);
    return job;
}

ApiJob *GitHubClient::get(const QString &path, const QUrlQuery &query)
{
    return getUrl(endpoint(path, query));
}

ApiJob *GitHubClient::getUrl(const QUrl &url)
{
    RequestSpec spec;
    spec.url = url;
    return request(spec);
}

QString GitHubClient::cacheAccount() const
{
    return m_server.hostKey() + u'/' + m_login;
}

std::optional<ApiResponse> GitHubClient::cachedResponse(const QUrl &url) const
{
    if (!m_cache || m_login.isEmpty())
        return std::nullopt;
    const auto entry = m_cache->lookup(cacheAccount(), url);
    if (!entry)
        return std::nullopt;
    ApiResponse response;
    response.url = url;
    response.httpStatus = 200;
    response.body = entry->body;
    response.etag = entry->etag;
    response.contentType = entry->contentType;
    response.links = LinkHeader::parse(entry->link);
    response.fromCache = true;
    response.cachedAt = entry->confirmedAt;
    return response;
}

ApiJob *GitHubClient::fetchAuthenticatedUser()
{
    RequestSpec spec;
    spec.url = endpoint(QStringLiteral("/user"));
    spec.useCache = false; // sign-in must see the token's current scopes
    return request(spec);
}

ApiJob *GitHubClient::fetchAccount(const NamespaceRef &owner)
{
    return get(owner.apiPathPrefix());
}

ApiJob *GitHubClient::fetchOrganizations(int page)
{
    return get(QStringLiteral("/user/orgs"), pageQuery(page, 100));
}

ApiJob *GitHubClient::fetchOrganizationById(qint64 id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(id - 1));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    return get(QStringLiteral("/organizations"), query);
}

ApiJob *GitHubClient::fetchRateLimit()
{
    RequestSpec spec;
    spec.url = endpoint(QStringLiteral("/rate_limit"));
    spec.useCache = false;
    return request(spec);
}

ApiJob *GitHubClient::listPackages(const NamespaceRef &owner, PackageType type, int page, int perPage)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("package_type"), packageTypeToApi(type));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    return get(owner.apiPathPrefix() + QStringLiteral("/packages"), query);
}

ApiJob *GitHubClient::getPackage(const NamespaceRef &owner, PackageType type, const QString &name)
{
    return get(packagePath(owner, type, name));
}

ApiJob *GitHubClient::listVersions(const NamespaceRef &owner, PackageType type, const QString &name,
                                   VersionState state, int page, int perPage)
{
    QUrlQuery query = pageQuery(page, perPage);
    query.addQueryItem(QStringLiteral("state"),
                       state == VersionState::Active ? QStringLiteral("active") : QStringLiteral("deleted"));
    return get(packagePath(owner, type, name) + QStringLiteral("/versions"), query);
}

ApiJob *GitHubClient::getVersion(const NamespaceRef &owner, PackageType type, const QString &name,
                                 qint64 versionId)
{
    return get(packagePath(owner, type, name) + QStringLiteral("/versions/") + QString::number(versionId));
}

namespace {

RequestSpec mutation(const QByteArray &verb, const QUrl &url)
{
    RequestSpec spec;
    spec.verb = verb;
    spec.url = url;
    spec.useCache = false;
    return spec;
}

} // namespace

ApiJob *GitHubClient::deleteVersion(const NamespaceRef &owner, PackageType type, const QString &name,
                                    qint64 versionId)
{
    return request(mutation("DELETE", endpoint(packagePath(owner, type, name) + QStringLiteral("/versions/") +
                                               QString::number(versionId))));
}

ApiJob *GitHubClient::restoreVersion(const NamespaceRef &owner, PackageType type, const QString &name,
                                     qint64 versionId)
{
    return request(mutation("POST", endpoint(packagePath(owner, type, name) + QStringLiteral("/versions/") +
                                             QString::number(versionId) + QStringLiteral("/restore"))));
}

ApiJob *GitHubClient::deletePackage(const NamespaceRef &owner, PackageType type, const QString &name)
{
    return request(mutation("DELETE", endpoint(packagePath(owner, type, name))));
}

ApiJob *GitHubClient::restorePackage(const NamespaceRef &owner, PackageType type, const QString &name)
{
    return request(mutation("POST", endpoint(packagePath(owner, type, name) + QStringLiteral("/restore"))));
}

void GitHubClient::enqueue(ApiJob *job)
{
    m_queue.append(job);
    // Always asynchronous: the caller connects to finished() after this returns.
    QMetaObject::invokeMethod(this, &GitHubClient::startNext, Qt::QueuedConnection);
}

ApiJob *GitHubClient::takeStartable()
{
    const auto runningIn = [this](RequestSpec::Service service) {
        return std::count_if(m_running.cbegin(), m_running.cend(),
                             [service](const ApiJob *job) { return job->m_spec.service == service; });
    };
    const bool apiFree = runningIn(RequestSpec::Service::Api) < m_options.maxConcurrentRequests;
    const bool registryFree =
        runningIn(RequestSpec::Service::Registry) < m_options.maxConcurrentRegistryRequests;
    if (!apiFree && !registryFree)
        return nullptr;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        ApiJob *job = m_queue.at(i);
        if (!job || job->m_finished) {
            m_queue.removeAt(i--);
            continue;
        }
        if (job->m_spec.service == RequestSpec::Service::Api ? apiFree : registryFree) {
            m_queue.removeAt(i);
            return job;
        }
    }
    return nullptr;
}

void GitHubClient::startNext()
{
    // One at a time: sending may finish a job at once, and its listeners may change the queue.
    while (ApiJob *job = takeStartable()) {
        m_running.append(job);
        m_peakInFlight = qMax(m_peakInFlight, int(m_running.size()));
        Q_EMIT requestsInFlightChanged(int(m_running.size()));
        send(job);
    }
}

void GitHubClient::send(ApiJob *job)
{
    const RequestSpec &spec = job->m_spec;
    const QUrl &url = spec.url;
    if (!(url.scheme() == u"https" || (url.scheme() == u"http" && ServerConfig::isLoopback(url)))) {
        ApiResponse response;
        response.url = url;
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.message =
            tr("Refusing to contact %1: only HTTPS is allowed (plain HTTP only to this computer).")
                .arg(forLog(url));
        response.error = error;
        finish(job, response);
        return;
    }

    if (isOffline()) {
        answerOffline(job);
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 multiplexes on its own; over HTTP/1.1 pipelining lets more than six GETs be in flight.
    if (spec.isIdempotent())
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);

    // The token goes only to the API and registry origins, over HTTPS or loopback.
    if (m_server.mayReceiveToken(url) && !m_token.isEmpty()) {
        switch (spec.auth) {
        case RequestSpec::Auth::ApiToken:
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
            break;
        case RequestSpec::Auth::RegistryBasic:
            request.setRawHeader("Authorization", "Basic " + (m_login + u':' + m_token).toUtf8().toBase64());
            break;
        case RequestSpec::Auth::Bearer:
            request.setRawHeader("Authorization", "Bearer " + spec.bearerToken);
            break;
        case RequestSpec::Auth::None:
            break;
        }
    }

    if (spec.verb == "GET" && spec.useCache) {
        if (const auto cached = cachedResponse(url); cached && !cached->etag.isEmpty())
            request.setRawHeader("If-None-Match", cached->etag);
    }

    ++job->m_attempt;
    qCDebug(lcNetwork) << spec.verb << forLog(url) << "attempt" << job->m_attempt;
    QNetworkReply *reply =
        spec.verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, spec.verb);
    job->m_reply = reply;
    job->m_tooLarge = false;
    connect(reply, &QNetworkReply::downloadProgress, job, [this, job, reply](qint64 received, qint64 total) {
        if (received > m_options.maxBodyBytes || total > m_options.maxBodyBytes) {
            job->m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, job, [this, job, reply] { onReplyFinished(job, reply); });
}

void GitHubClient::answerOffline(ApiJob *job)
{
    const RequestSpec &spec = job->m_spec;
    if (auto cached = spec.isIdempotent() && spec.useCache ? cachedResponse(spec.url) : std::nullopt) {
        cached->stale = true;
        cached->staleReason = m_offlineReason;
        finish(job, *cached);
        return;
    }
    ApiResponse response;
    response.url = spec.url;
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.unreachable = true;
    error.message = m_offlineReason;
    response.error = error;
    finish(job, response);
}

// Classic and OAuth app tokens list their scopes, even none; App and Actions tokens send no header, or an
// empty one (FACTS.md): theirs are unreported.
Scopes GitHubClient::scopesOf(const QNetworkReply &reply) const
{
    const TokenKind kind = tokenKind();
    const bool listsScopes =
        kind == TokenKind::Classic || kind == TokenKind::OAuthApp || kind == TokenKind::Unknown;
    const QByteArray header = reply.rawHeader("X-OAuth-Scopes");
    if (!reply.hasRawHeader("X-OAuth-Scopes") || (header.trimmed().isEmpty() && !listsScopes))
        return Scopes::unreported();
    return Scopes::parse(header);
}

void GitHubClient::noteHeaders(QNetworkReply *reply, ApiResponse &response)
{
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader("Content-Type");
    response.etag = reply->rawHeader("ETag");
    response.links = LinkHeader::parse(reply->rawHeader("Link"));
    response.rateLimit = RateLimit::fromReply(*reply);
    if (const auto sso = SsoHeader::parse(reply->rawHeader("X-GitHub-SSO")); sso && !sso->required)
        response.ssoLeftOutOrganizationIds = sso->partialOrganizationIds;
    if (response.rateLimit.isKnown() && response.rateLimit != m_rateLimit) {
        m_rateLimit = response.rateLimit;
        Q_EMIT rateLimitChanged(m_rateLimit);
    }
    // Every REST answer to a classic token lists its scopes; registry answers on the same origin (GHES, the
    // fake) list none. So a missing header means "unreported" only on the sign-in check, GET /user.
    const auto answeredUserCheck = [&] {
        return response.httpStatus >= 200 && response.httpStatus < 400 &&
               reply->url().matches(endpoint(QStringLiteral("/user")), QUrl::RemoveQuery);
    };
    if (m_server.mayReceiveToken(response.url) &&
        (reply->hasRawHeader("X-OAuth-Scopes") || answeredUserCheck())) {
        const Scopes scopes = scopesOf(*reply);
        if (!m_scopesKnown || scopes != m_scopes) {
            m_scopes = scopes;
            m_scopesKnown = true;
            Q_EMIT scopesChanged(m_scopes);
        }
    }
}

void GitHubClient::onReplyFinished(ApiJob *job, QNetworkReply *reply)
{
    reply->deleteLater();
    job->m_reply = nullptr;
    if (job->m_finished)
        return;

    ApiResponse response;
    response.url = job->m_spec.url;
    noteHeaders(reply, response);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = response.httpStatus;
    const bool idempotent = job->m_spec.isIdempotent();
    const bool mayRetry = idempotent && job->m_attempt <= m_options.maxRetries;

    if (job->m_tooLarge) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        //: %1 is a size: "64 MB".
        error.message = tr("the answer was larger than %1 and was refused")
                            .arg(QLocale().formattedDataSize(m_options.maxBodyBytes, 0,
                                                             QLocale::DataSizeTraditionalFormat));
        response.error = error;
        finish(job, response);
        return;
    }

    // Qt hands over a body cut short by a dropped connection as if it were whole.
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = status != 0 && declaredLength.isValid() &&
                          body.size() < declaredLength.toLongLong() &&
                          !reply->hasRawHeader("Content-Encoding");
    if (status == 0 || cutShort) {
        ApiError error;
        error.kind = reply->error() == QNetworkReply::OperationCanceledError ? ApiError::Kind::Timeout
                                                                             : ApiError::Kind::Network;
        error.message =
            cutShort ? tr("the connection closed before the whole answer arrived") : reply->errorString();
        error.unreachable = reply->error() != QNetworkReply::SslHandshakeFailedError;
        // An untrusted certificate stays untrusted: asking again would only delay the error.
        if (mayRetry && reply->error() != QNetworkReply::SslHandshakeFailedError) {
            retryLater(job, milliseconds(0), error.message);
            return;
        }
        if (auto cached = idempotent && job->m_spec.useCache ? cachedResponse(response.url) : std::nullopt) {
            cached->stale = true;
            cached->staleReason = error.message;
            finish(job, *cached);
            return;
        }
        response.error = error;
        finish(job, response);
        return;
    }

    if (isRedirect(status)) {
        const QUrl target = response.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (++job->m_redirects > maxRedirects || !target.isValid()) {
            ApiError error;
            error.kind = ApiError::Kind::Network;
            error.httpStatus = status;
            error.message = tr("too many redirects");
            response.error = error;
            finish(job, response);
            return;
        }
        // A redirect to another origin never carries our credentials.
        if (!ServerConfig::isSameOrigin(target, job->m_spec.url) || !m_server.mayReceiveToken(target))
            job->m_spec.auth = RequestSpec::Auth::None;
        if (status == 303)
            job->m_spec.verb = "GET";
        job->m_spec.url = target;
        --job->m_attempt;
        send(job);
        return;
    }

    if (status == 304) {
        if (auto cached = cachedResponse(response.url)) {
            cached->rateLimit = response.rateLimit;
            cached->ssoLeftOutOrganizationIds = response.ssoLeftOutOrganizationIds;
            // The copy is current as of now: its age, shown when it stands in offline, counts from here.
            cached->cachedAt = QDateTime::currentDateTimeUtc();
            m_cache->confirm(cacheAccount(), response.url, cached->cachedAt);
            finish(job, *cached);
            return;
        }
    }

    if (status >= 200 && status < 300) {
        response.body = body;
        if (job->m_spec.verb == "GET" && job->m_spec.useCache && m_cache && !m_login.isEmpty() &&
            !response.etag.isEmpty()) {
            m_cache->store(cacheAccount(), response.url,
                           {response.etag, body, reply->rawHeader("Link"), response.contentType,
                            QDateTime::currentDateTimeUtc()});
        }
        finish(job, response);
        return;
    }

    ApiError error = errorFor(reply, status, body);
    if (mayRetry && error.kind == ApiError::Kind::ServerError) {
        retryLater(job, milliseconds(0), error.message);
        return;
    }
    if (error.kind == ApiError::Kind::SecondaryRateLimit && idempotent) {
        // Without Retry-After: a minute, then twice as long each time, for a bounded number of tries.
        const int retry = job->m_attempt - 1;
        if (error.retryAfterFromServer ? mayRetry : retry < m_options.maxSecondaryLimitRetries) {
            retryLater(job,
                       error.retryAfterFromServer ? error.retryAfter : m_options.secondaryLimitBackoff(retry),
                       error.message);
            return;
        }
        error.triesBeforeGivingUp = job->m_attempt;
    }
    if (error.kind == ApiError::Kind::SsoRequired)
        Q_EMIT ssoRequired(error.ssoAuthorizationUrl);
    response.body = body;
    response.error = error;
    finish(job, response);
}

// The scopes a refused request lacked. X-Accepted-OAuth-Scopes lists alternatives, any one of which would do:
// when the token has none, the narrowest is named. When it has one, a package request may still need more (a
// DELETE needs delete:packages besides read:packages): the rule table says which.
QStringList GitHubClient::missingScopesFor(const QNetworkReply &reply) const
{
    if (!m_scopes.isReported())
        return {};
    const QStringList alternatives = Scopes::parse(reply.rawHeader("X-Accepted-OAuth-Scopes")).granted();
    const bool oneGranted = std::any_of(alternatives.cbegin(), alternatives.cend(),
                                        [this](const QString &scope) { return m_scopes.has(scope); });
    if (!alternatives.isEmpty() && !oneGranted)
        return {Scopes::narrowestOf(alternatives)};
    // /…/packages/TYPE/NAME…: DELETE deletes, POST …/restore restores, anything else reads.
    const QStringList segments = reply.request().url().path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(QStringLiteral("packages"));
    const auto type =
        at >= 0 && at + 1 < segments.size() ? packageTypeFromApi(segments.at(at + 1)) : std::nullopt;
    if (!type)
        return {};
    const PackageAction action = reply.operation() == QNetworkAccessManager::DeleteOperation
                                     ? PackageAction::Delete
                                 : segments.constLast() == u"restore" ? PackageAction::Restore
                                                                      : PackageAction::Browse;
    return m_scopes.missingFor(action, *type, m_server.hostKind());
}

ApiError GitHubClient::errorFor(QNetworkReply *reply, int status, const QByteArray &body) const
{
    ApiError error;
    error.httpStatus = status;
    error.message = JsonDecoder::errorMessage(body);
    if (error.message.isEmpty())
        error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    // Waits are measured on the server's clock: the local one may be off by minutes or hours.
    const QDateTime serverNow =
        parseHttpDate(reply->rawHeader("Date")).value_or(QDateTime::currentDateTimeUtc());
    const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), serverNow);
    const QString lowered = error.message.toLower();

    if (status == 401) {
        error.kind = ApiError::Kind::BadCredentials;
        error.authenticationChallenge = reply->rawHeader("WWW-Authenticate");
    } else if (status == 403 || status == 429) {
        const auto sso = SsoHeader::parse(reply->rawHeader("X-GitHub-SSO"));
        const QStringList missing = missingScopesFor(*reply);
        if (sso && sso->required) {
            error.kind = ApiError::Kind::SsoRequired;
            error.ssoAuthorizationUrl = sso->authorizationUrl;
        } else if (reply->rawHeader("X-RateLimit-Remaining") == "0") {
            error.kind = ApiError::Kind::PrimaryRateLimit;
            const auto reset = RateLimit::fromReply(*reply).reset;
            error.retryAfter = seconds(qMax<qint64>(0, serverNow.secsTo(reset)));
            error.retryAfterFromServer = reset.isValid();
        } else if (status == 429 || retryAfter || lowered.contains(u"secondary rate") ||
                   lowered.contains(u"abuse")) {
            error.kind = ApiError::Kind::SecondaryRateLimit;
            error.retryAfter =
                retryAfter ? duration_cast<milliseconds>(*retryAfter) : m_options.secondaryLimitBackoff(0);
            error.retryAfterFromServer = retryAfter.has_value();
        } else if (tokenKind() == TokenKind::FineGrained) {
            error.kind = ApiError::Kind::FineGrainedToken;
        } else if (!m_scopes.isReported()) {
            error.kind = ApiError::Kind::NotPermitted;
        } else if (!missing.isEmpty() || lowered.contains(u"scope")) {
            error.kind = ApiError::Kind::MissingScope;
            error.missingScopes = missing;
        } else {
            error.kind = ApiError::Kind::BadRequest;
        }
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
        // A SAML organization may answer 404, not 403, to a token not authorized for it (FACTS.md).
        const QUrl url = reply->request().url();
        const QString apiRoot = m_server.apiUrl().path();
        if (ServerConfig::isSameOrigin(url, m_server.apiUrl()) && url.path().startsWith(apiRoot)) {
            const QStringList segments = url.path().mid(apiRoot.size()).split(u'/', Qt::SkipEmptyParts);
            if (segments.size() >= 2 && segments.first() == u"orgs")
                error.organization = segments.at(1);
        }
    } else if (status == 400 || status == 422) {
        if (lowered.contains(u"last tagged version") || lowered.contains(u"last version"))
            error.kind = ApiError::Kind::LastVersion;
        else if (lowered.contains(u"5000 downloads") || lowered.contains(u"5,000 downloads"))
            error.kind = ApiError::Kind::TooManyDownloads;
        else
            error.kind = ApiError::Kind::BadRequest;
    } else if (status >= 500) {
        error.kind = ApiError::Kind::ServerError;
    } else {
        error.kind = ApiError::Kind::BadRequest;
    }
    return error;
}

void GitHubClient::retryLater(ApiJob *job, milliseconds delay, const QString &reason)
{
    if (delay == milliseconds(0)) {
        // Exponential backoff with full jitter: base × 2^(attempt-1) plus up to one base.
        const qint64 base = m_options.retryBaseDelay.count();
        delay = milliseconds(base * (qint64(1) << qMin(job->m_attempt - 1, 10)) +
                             QRandomGenerator::global()->bounded(qMax<qint64>(1, base)));
    }
    delay = qMin(delay, m_options.maxRetryAfterWait);
    qCInfo(lcNetwork) << "retrying" << forLog(job->m_spec.url) << "in" << delay.count() << "ms:" << reason;
    Q_EMIT waiting(delay, reason);
    release(job); // a waiting request does not hold a concurrency slot
    if (!job->m_waitTimer) {
        job->m_waitTimer = new QTimer(job);
        job->m_waitTimer->setSingleShot(true);
        connect(job->m_waitTimer, &QTimer::timeout, this, [this, job] {
            m_queue.prepend(job);
            startNext();
        });
    }
    job->m_waitTimer->start(delay);
}

void GitHubClient::release(ApiJob *job)
{
    if (m_running.removeOne(job)) {
        Q_EMIT requestsInFlightChanged(int(m_running.size()));
        QMetaObject::invokeMethod(this, &GitHubClient::startNext, Qt::QueuedConnection);
    }
}

void GitHubClient::finish(ApiJob *job, ApiResponse response)
{
    if (job->m_finished)
        return;
    job->m_finished = true;
    if (job->m_waitTimer)
        job->m_waitTimer->stop();
    if (response.error)
        qCInfo(lcNetwork) << job->m_spec.verb << forLog(response.url)
                          << "failed:" << apiErrorKindName(response.error->kind)
                          << response.error->httpStatus;
    job->m_response = std::move(response);
    release(job);
    Q_EMIT job->finished(job->m_response);
    job->deleteLater();
}

void GitHubClient::abortJob(ApiJob *job)
{
    m_queue.removeAll(job);
    ApiResponse response;
    response.url = job->m_spec.url;
    response.error = ApiError::cancelled();
    QPointer<QNetworkReply> reply = job->m_reply;
    finish(job, response);
    if (reply)
        reply->abort();
}

} // namespace Packhouse
