#pragma once

#include <QDateTime>
#include <QString>

class QNetworkReply;

namespace Packhouse {

// The primary rate-limit budget as the X-RateLimit-* headers report it.
struct RateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset;
    QString resource;

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    static RateLimit fromReply(const QNetworkReply &reply);

    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

} // namespace Packhouse
