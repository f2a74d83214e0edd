#pragma once

#include "apierror.h"
#include "linkheader.h"
#include "ratelimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace Packhouse {

// What one request came to: a 2xx body (possibly served from the ETag cache) or an error.
struct ApiResponse
{
    QUrl url;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;
    LinkHeader links;
    RateLimit rateLimit;
    bool fromCache = false; // a 304 answered it, or the network failed and a cached copy stands in
    bool stale = false;     // the cached copy stands in for a failed request
    QDateTime cachedAt;     // for a cached copy: when GitHub last confirmed it
    QString staleReason;    // for a stale copy: why the request failed
    // X-GitHub-SSO: partial-results: the organizations (ids) left out until the token is authorized
    QList<qint64> ssoLeftOutOrganizationIds;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace Packhouse
