#include "fakesecondarylimiter.h"

#include <QString>

namespace FakeGitHub {

SecondaryLimiter::SecondaryLimiter()
{
    m_clock.start();
}

void SecondaryLimiter::resetToDefaults()
{
    *this = SecondaryLimiter();
}

bool SecondaryLimiter::configure(const QJsonObject &limits, QString *error)
{
    const int status = limits.value(QStringLiteral("status")).toInt(m_status);
    if (status != 403 && status != 429) {
        if (error)
            *error = QStringLiteral("status must be 403 or 429");
        return false;
    }
    m_status = status;
    m_pointsPerMinute = limits.value(QStringLiteral("points_per_minute")).toInt(m_pointsPerMinute);
    m_maxConcurrent = limits.value(QStringLiteral("max_concurrent")).toInt(m_maxConcurrent);
    if (limits.contains(QStringLiteral("retry_after"))) {
        const QJsonValue retryAfter = limits.value(QStringLiteral("retry_after"));
        m_retryAfter = retryAfter.isNull() ? std::nullopt : std::optional<int>(retryAfter.toInt());
    }
    return true;
}

bool SecondaryLimiter::admit(const QByteArray &method, int concurrentRequests)
{
    if (concurrentRequests > m_maxConcurrent)
        return false;
    const qint64 now = m_clock.elapsed();
    m_spent.removeIf([now](const QPair<qint64, int> &entry) { return now - entry.first >= 60'000; });
    int used = 0;
    for (const auto &entry : std::as_const(m_spent))
        used += entry.second;
    const int points = method == "GET" || method == "HEAD" ? 1 : 5;
    if (used + points > m_pointsPerMinute)
        return false;
    m_spent.append({now, points});
    return true;
}

} // namespace FakeGitHub
