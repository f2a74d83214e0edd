#include "ratelimit.h"

#include <QNetworkReply>

namespace Packhouse {

RateLimit RateLimit::fromReply(const QNetworkReply &reply)
{
    RateLimit rate;
    bool ok = false;
    if (const int value = reply.rawHeader("X-RateLimit-Limit").toInt(&ok); ok)
        rate.limit = value;
    if (const int value = reply.rawHeader("X-RateLimit-Remaining").toInt(&ok); ok)
        rate.remaining = value;
    if (const int value = reply.rawHeader("X-RateLimit-Used").toInt(&ok); ok)
        rate.used = value;
    if (const qint64 value = reply.rawHeader("X-RateLimit-Reset").toLongLong(&ok); ok)
        rate.reset = QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
    rate.resource = QString::fromLatin1(reply.rawHeader("X-RateLimit-Resource"));
    return rate;
}

} // namespace Packhouse
