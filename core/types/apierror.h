#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Packhouse {

// A failure the user can act on, carrying GitHub's own message where there was one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::ApiError)

public:
    enum class Kind : quint8
    {
        Network,            // connection refused, DNS, TLS, dropped connection
        Timeout,            // no progress within the transfer timeout
        InsecureUrl,        // plain HTTP to a non-loopback host, or a token bound for another origin
        BadCredentials,     // 401
        FineGrainedToken,   // github_pat_… tokens cannot use GitHub Packages
        MissingScope,       // 403 naming the scope the token lacks
        NotPermitted,       // 403 to a token that reports no scopes (App, Actions): GitHub's refusal decides
        SsoRequired,        // 403 with X-GitHub-SSO: required; url=…
        SecondaryRateLimit, // 403/429 from the secondary limits
        PrimaryRateLimit,   // 403/429 with X-RateLimit-Remaining: 0
        NotFound,           // 404; for org packages often "not an admin"
        LastVersion,        // 400: the last (tagged) version must be deleted with its package
        TooManyDownloads,   // 400: public versions over 5,000 downloads cannot be deleted
        BadRequest,         // any other 4xx
        ServerError,        // 5xx
        Decode,             // the answer was not the JSON the API promises; `field` names what was wrong
        Incomplete,         // a listing stopped part way; nothing may act on it
        Stale,              // the network failed and cached pages stood in: browsable, not fresh
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message; // GitHub's message or a description of the failure
    QString field;   // for Decode: the JSON path that was missing or of the wrong type
    QUrl documentationUrl;
    QUrl ssoAuthorizationUrl; // for SsoRequired
    QString organization;     // for NotFound on an organization's routes: SAML SSO may hide it
    QStringList missingScopes;
    std::chrono::milliseconds retryAfter{0};
    // For rate limits: the server said when to come back (Retry-After, x-ratelimit-reset), so no backoff.
    bool retryAfterFromServer = false;
    // For rate limits: how many tries the limit refused before Packhouse gave up (0 while it still waits).
    int triesBeforeGivingUp = 0;
    // For 401: the WWW-Authenticate challenge, which tells a registry client where to get a token.
    QByteArray authenticationChallenge;
    QDateTime dataTime; // for Stale: when GitHub last confirmed the oldest cached page shown
    // For Network and Timeout: no answer came at all (no route, DNS, refused, timed out, dropped), as opposed
    // to a certificate Packhouse cannot trust or an answer it refused: the case for working offline.
    bool unreachable = false;

    // A sentence for people, saying what happened and what to do.
    QString userMessage() const;
    bool isRetryable() const;

    static ApiError decode(const QString &field, const QString &problem);
    static ApiError cancelled();
    static ApiError stale(const QString &reason, const QDateTime &dataTime);
};

QString apiErrorKindName(ApiError::Kind kind);

} // namespace Packhouse
