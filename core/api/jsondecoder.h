#pragma once

#include "account.h"
#include "package.h"
#include "packageversion.h"
#include "ratelimit.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

// Strict decoding of GitHub's JSON answers: a missing required field or a wrong JSON type is an
// ApiError::Kind::Decode whose `field` names the JSON path (`[3].version_count`,
// `metadata.container.tags[2]`).
namespace Packhouse::JsonDecoder {

// Bounds that keep a hostile or broken answer from exhausting memory.
inline constexpr qsizetype maxListItems = 100'000;
inline constexpr qsizetype maxTagsPerVersion = 10'000;
// Objects and arrays in one body: Qt's parsed document takes up to ~170 bytes for each.
inline constexpr qsizetype maxContainers = 1'000'000;

// `path` prefixes every field named in an error, e.g. "[3]" for the fourth item of a list.
Result<Package> package(const QJsonValue &value, const QString &path = {});
Result<QList<Package>> packages(const QByteArray &body);
Result<PackageVersion> version(const QJsonValue &value, const QString &path = {});
Result<QList<PackageVersion>> versions(const QByteArray &body);

// GET /user, /users/{name} or /orgs/{org}. Without a "type" field an account whose "url" contains
// "/orgs/" is an organization; otherwise "type" is required.
Result<Account> account(const QByteArray &body);
// As above, but an absent "type" means `fallbackType` (GET /orgs/{org} answers may lack it).
Result<Account> account(const QByteArray &body, Account::Type fallbackType);
// GET /user/orgs: organization-simple objects.
Result<QList<Account>> organizations(const QByteArray &body);
// GET /rate_limit: the `resources.core` budget.
Result<RateLimit> rateLimit(const QByteArray &body);

// The "message" of a GitHub error body, or the messages of a registry's {"errors": [{"code", "message"}]}
// (OCI distribution spec), or an empty string when the body is neither.
QString errorMessage(const QByteArray &body);

} // namespace Packhouse::JsonDecoder
