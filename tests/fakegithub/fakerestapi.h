#pragma once

#include "fakehttprequest.h"
#include "fakehttpresponse.h"
#include "fakeroute.h"

#include <QHash>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace FakeGitHub {

class Renderer;
class SecondaryLimiter;
class Store;
struct AccessToken;
struct Account;
struct Counters;
struct Package;

// GitHub's REST API for packages: authentication, scopes, SSO, rate limits, ETags, paging and the
// delete/restore rules, on top of the Store.
class RestApi
{
public:
    RestApi(Store &store, Counters &counters, SecondaryLimiter &limiter);

    HttpResponse handle(const HttpRequest &request, const Route &route, int concurrentRequests);
    // Dresses an answer the server made up (an injected fault) in the headers of any other REST answer.
    // The headers every REST answer carries; `acceptedScopes` is what X-Accepted-OAuth-Scopes lists.
    HttpResponse decorate(const HttpRequest &request, const Route &route, HttpResponse response,
                          const QString &acceptedScopes = {});
    void resetQuota() { m_buckets.clear(); }
    // How far the server's clock (its Date header and the x-ratelimit-reset it hands out) is off real time.
    void setClockSkew(qint64 seconds) { m_clockSkewSeconds = seconds; }

    static QString origin(const HttpRequest &request);
    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse
    error(int status, const QString &message,
          const QString &documentationUrl = QStringLiteral("https://docs.github.com/rest"));
    // GitHub's answer when a secondary rate limit trips (also used for injected 403/429 faults).
    static HttpResponse secondaryLimitError(const QByteArray &method, int status,
                                            std::optional<int> retryAfter);

private:
    struct Bucket
    {
        qint64 resetEpoch = 0;
        int used = 0;
    };
    // Everything one request's handlers need.
    struct Call
    {
        const HttpRequest &request;
        const Route &route;
        QString origin;
        const AccessToken *token = nullptr;
        QString acceptedScopes;
    };
    // The namespace a package request addresses, with what the caller may do there.
    struct Namespace
    {
        const Account *account = nullptr;
        bool seesPrivate = false;
        bool isAdmin = false;
    };

    const AccessToken *tokenOf(const HttpRequest &request) const;
    HttpResponse dispatch(Call &call);
    HttpResponse finish(Call &call, HttpResponse response);
    QDateTime serverTime() const;
    Bucket &bucket(const Call &call);
    int limitOf(const Call &call) const;
    void addRateLimitHeaders(const Call &call, HttpResponse &response);
    void logMutation(const Call &call, const HttpResponse &response);

    std::optional<HttpResponse> checkPackageAccess(Call &call, const QString &packageType, Namespace &ns);
    std::optional<HttpResponse> parsePaging(const Call &call, int &page, int &perPage,
                                            bool limitResults) const;
    HttpResponse pagedArray(const Call &call, int page, int perPage, qsizetype total,
                            const std::function<QJsonValue(qsizetype)> &item) const;

    HttpResponse listPackages(Call &call, const Renderer &renderer);
    HttpResponse packageRequest(Call &call, const Renderer &renderer);
    HttpResponse restorePackage(Call &call, const Namespace &ns);
    HttpResponse deletePackage(Package &package);
    HttpResponse listVersions(Call &call, const Renderer &renderer, Package &package);
    HttpResponse versionRequest(Call &call, const Renderer &renderer, Package &package, const Namespace &ns);
    HttpResponse rateLimit(const Call &call);
    HttpResponse allOrganizations(const Call &call, const Renderer &renderer) const;

    Store &m_store;                   // not owned
    Counters &m_counters;             // not owned
    SecondaryLimiter &m_limiter;      // not owned
    QHash<QString, Bucket> m_buckets; // primary limit per user login ("" = anonymous)
    int m_requestId = 0;
    qint64 m_clockSkewSeconds = 0;
};

} // namespace FakeGitHub
