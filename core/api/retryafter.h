#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Packhouse {

// The longest wait a `Retry-After` header can impose: anything beyond is a broken or hostile server.
inline constexpr std::chrono::seconds maxRetryAfter{3600};

// Reads `Retry-After` as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to
// `now`. A date in the past means 0 s; values above maxRetryAfter are clamped; negative numbers and garbage
// give nullopt.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView header, const QDateTime &now);

// Reads an HTTP-date (the `Date` header: IMF-fixdate, RFC 850 or asctime) as UTC; nullopt for anything else.
std::optional<QDateTime> parseHttpDate(QByteArrayView header);

} // namespace Packhouse
