#include "apierror.h"

#include <QCoreApplication>
#include <QLocale>

namespace Packhouse {

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::Network:
        text = tr("Could not reach the server: %1").arg(message);
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::InsecureUrl:
        text = message;
        break;
    case Kind::BadCredentials:
        text = tr("GitHub did not accept the token (%1). Sign in again with a valid token.").arg(message);
        break;
    case Kind::FineGrainedToken:
        text = tr("Fine-grained personal access tokens cannot use GitHub Packages. "
                  "Create a classic token with the read:packages scope.");
        break;
    case Kind::MissingScope:
        // Short: it is shown in narrow panes too.
        text = missingScopes.size() == 1
                   ? tr("The token needs the %1 scope.").arg(missingScopes.constFirst())
                   : tr("The token needs the scopes %1.").arg(missingScopes.join(QStringLiteral(", ")));
        break;
    case Kind::NotPermitted:
        text = tr("GitHub refused this token here (%1). GitHub App and Actions tokens may only manage the "
                  "packages "
                  "of the repositories they were given.")
                   .arg(message);
        break;
    case Kind::SsoRequired:
        text = tr("This organization uses SAML single sign-on: authorize the token for it, then retry.");
        break;
    case Kind::SecondaryRateLimit:
        text =
            triesBeforeGivingUp > 0
                ? tr("GitHub's secondary rate limit refused %n tries; stopped. Try again in a few minutes.",
                     nullptr, triesBeforeGivingUp)
                : tr("GitHub's secondary rate limit was hit.");
        break;
    case Kind::PrimaryRateLimit:
        text =
            triesBeforeGivingUp > 0
                ? tr("The hourly API budget stayed spent over %n tries; stopped. Try again after it resets.",
                     nullptr, triesBeforeGivingUp)
                : tr("The hourly API budget is spent; it resets later.");
        break;
    case Kind::NotFound:
        text = organization.isEmpty()
                   ? tr("Not found, or you are not an admin of this package (%1).").arg(message)
                   : tr("Not found, or you are not an admin of this package (%1). If %2 uses SAML single "
                        "sign-on, the token may need authorizing for it.")
                         .arg(message, organization);
        break;
    case Kind::LastVersion:
        text = tr("This is the last version of the package: delete the package instead.");
        break;
    case Kind::TooManyDownloads:
        text =
            tr("Public versions with more than 5,000 downloads cannot be deleted; contact GitHub support.");
        break;
    case Kind::BadRequest:
    case Kind::ServerError:
        text = tr("GitHub answered %1: %2").arg(httpStatus).arg(message);
        break;
    case Kind::Decode:
        text = tr("Unexpected answer from the server: %1 (%2)").arg(message, field);
        break;
    case Kind::Incomplete:
        text = tr("The listing is incomplete: %1").arg(message);
        break;
    case Kind::Stale:
        text = tr("GitHub could not be reached (%1): showing the copy from %2. Nothing can be deleted until "
                  "it is reloaded.")
                   .arg(message, dataTime.isValid()
                                     ? QLocale().toString(dataTime.toLocalTime(), QLocale::ShortFormat)
                                     : tr("an unknown time"));
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    }
    return text;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::SecondaryRateLimit:
    case Kind::Incomplete:
    case Kind::Stale:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::decode(const QString &field, const QString &problem)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.field = field;
    error.message = problem;
    return error;
}

ApiError ApiError::stale(const QString &reason, const QDateTime &dataTime)
{
    ApiError error;
    error.kind = Kind::Stale;
    error.message = reason;
    error.dataTime = dataTime;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = QStringLiteral("cancelled");
    return error;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case ApiError::Kind::BadCredentials:
        return QStringLiteral("BadCredentials");
    case ApiError::Kind::FineGrainedToken:
        return QStringLiteral("FineGrainedToken");
    case ApiError::Kind::MissingScope:
        return QStringLiteral("MissingScope");
    case ApiError::Kind::NotPermitted:
        return QStringLiteral("NotPermitted");
    case ApiError::Kind::SsoRequired:
        return QStringLiteral("SsoRequired");
    case ApiError::Kind::SecondaryRateLimit:
        return QStringLiteral("SecondaryRateLimit");
    case ApiError::Kind::PrimaryRateLimit:
        return QStringLiteral("PrimaryRateLimit");
    case ApiError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case ApiError::Kind::LastVersion:
        return QStringLiteral("LastVersion");
    case ApiError::Kind::TooManyDownloads:
        return QStringLiteral("TooManyDownloads");
    case ApiError::Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiError::Kind::ServerError:
        return QStringLiteral("ServerError");
    case ApiError::Kind::Decode:
        return QStringLiteral("Decode");
    case ApiError::Kind::Incomplete:
        return QStringLiteral("Incomplete");
    case ApiError::Kind::Stale:
        return QStringLiteral("Stale");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace Packhouse
