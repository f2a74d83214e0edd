#pragma once

#include "apijob.h"
#include "clientoptions.h"
#include "namespaceref.h"
#include "packagetype.h"
#include "ratelimit.h"
#include "scopes.h"
#include "serverconfig.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace Packhouse {

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

class ResponseCache;

// The one way Packhouse talks HTTP to GitHub and its registry: common headers, the token only to the
// configured origins over HTTPS (or loopback), bounded concurrency, retries with backoff, Retry-After,
// ETag caching, rate-limit and scope tracking, errors typed with GitHub's message.
class GitHubClient : public QObject
{
    Q_OBJECT

public:
    enum class VersionState : quint8
    {
        Active,
        Deleted
    };

    GitHubClient(QNetworkAccessManager *network, const ServerConfig &server,
                 const ClientOptions &options = {}, QObject *parent = nullptr);
    ~GitHubClient() override;

    const ServerConfig &server() const { return m_server; }
    const ClientOptions &options() const { return m_options; }
    void setOptions(const ClientOptions &options) { m_options = options; }

    // The token lives here only while signed in; it is never logged.
    void setToken(const QString &token);
    void clearToken();
    bool hasToken() const { return !m_token.isEmpty(); }
    TokenKind tokenKind() const;
    // The login the token belongs to, once known: used for registry auth and to key the cache.
    void setLogin(const QString &login) { m_login = login; }
    QString login() const { return m_login; }
    void setCache(ResponseCache *cache) { m_cache = cache; } // not owned
    // Offline (GitHub could not be reached; `reason` says why) nothing goes on the wire: a GET the cache can
    // answer gets its copy at once, marked stale with `reason`, and any other request fails with it. Empty
    // `reason`: online again.
    void setOffline(const QString &reason) { m_offlineReason = reason; }
    bool isOffline() const { return !m_offlineReason.isEmpty(); }

    Scopes scopes() const { return m_scopes; }
    bool scopesKnown() const { return m_scopesKnown; }
    RateLimit rateLimit() const { return m_rateLimit; }
    int requestsInFlight() const { return int(m_running.size()); }
    int peakRequestsInFlight() const { return m_peakInFlight; }

    ApiJob *request(const RequestSpec &spec);
    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    ApiJob *getUrl(const QUrl &url);
    // The cached answer for a GET, if any, to show at once while the refresh runs.
    std::optional<ApiResponse> cachedResponse(const QUrl &url) const;
    QString cacheAccount() const; // the cache's key for this host and login

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    static QString packagePath(const NamespaceRef &owner, PackageType type, const QString &packageName);
    static QUrlQuery pageQuery(int page, int perPage);

    ApiJob *fetchAuthenticatedUser();
    ApiJob *fetchAccount(const NamespaceRef &owner);
    ApiJob *fetchOrganizations(int page = 1);
    // The organization with that id, first in a one-item list (GET /organizations?since=id-1): the only
    // documented way from the ids of X-GitHub-SSO: partial-results to names. The caller checks the id.
    ApiJob *fetchOrganizationById(qint64 id);
    ApiJob *fetchRateLimit();
    ApiJob *listPackages(const NamespaceRef &owner, PackageType type, int page = 1, int perPage = 100);
    ApiJob *getPackage(const NamespaceRef &owner, PackageType type, const QString &name);
    ApiJob *listVersions(const NamespaceRef &owner, PackageType type, const QString &name, VersionState state,
                         int page = 1, int perPage = 100);
    ApiJob *getVersion(const NamespaceRef &owner, PackageType type, const QString &name, qint64 versionId);
    ApiJob *deleteVersion(const NamespaceRef &owner, PackageType type, const QString &name, qint64 versionId);
    ApiJob *restoreVersion(const NamespaceRef &owner, PackageType type, const QString &name,
                           qint64 versionId);
    ApiJob *deletePackage(const NamespaceRef &owner, PackageType type, const QString &name);
    ApiJob *restorePackage(const NamespaceRef &owner, PackageType type, const QString &name);

Q_SIGNALS:
    void rateLimitChanged(const Packhouse::RateLimit &rateLimit);
    void scopesChanged(const Packhouse::Scopes &scopes);
    // An organization asked for SAML SSO authorization of the token.
    void ssoRequired(const QUrl &authorizationUrl);
    // A request waits before its next attempt (backoff or Retry-After).
    void waiting(std::chrono::milliseconds delay, const QString &reason);
    void requestsInFlightChanged(int count);

private:
    friend class ApiJob;
    void enqueue(ApiJob *job);
    void startNext();
    // The first queued job whose service has a free slot, taken off the queue; null when none may start.
    ApiJob *takeStartable();
    void send(ApiJob *job);
    void answerOffline(ApiJob *job);
    void onReplyFinished(ApiJob *job, QNetworkReply *reply);
    void retryLater(ApiJob *job, std::chrono::milliseconds delay, const QString &reason);
    void finish(ApiJob *job, ApiResponse response);
    void release(ApiJob *job);
    void abortJob(ApiJob *job);
    QStringList missingScopesFor(const QNetworkReply &reply) const;
    Scopes scopesOf(const QNetworkReply &reply) const;
    ApiError errorFor(QNetworkReply *reply, int status, const QByteArray &body) const;
    void noteHeaders(QNetworkReply *reply, ApiResponse &response);

    QNetworkAccessManager *m_network; // not owned
    ServerConfig m_server;
    ClientOptions m_options;
    ResponseCache *m_cache = nullptr; // not owned
    QString m_token;
    QString m_login;
    QString m_offlineReason; // empty while online
    Scopes m_scopes;
    bool m_scopesKnown = false;
    RateLimit m_rateLimit;
    QList<QPointer<ApiJob>> m_queue;
    QList<ApiJob *> m_running;
    int m_peakInFlight = 0;
};

} // namespace Packhouse
