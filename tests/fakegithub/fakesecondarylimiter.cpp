#include "fakesecondarylimiter.h"

namespace FakeGitHub {

SecondaryLimiter::SecondaryLimiter()
{
    m_clock.start();
}

void SecondaryLimiter::resetToDefaults()
{
    *this = SecondaryLimiter();
}

void SecondaryLimiter::clearHistory()
{
    m_spent.clear();
    m_mutations.clear();
}

bool SecondaryLimiter::configure(const QJsonObject &limits, QString *error)
{
    const int status = limits.value(QStringLiteral("status")).toInt(m_status);
    const double timeScale = limits.value(QStringLiteral("time_scale")).toDouble(m_timeScale);
    if ((status != 403 && status != 429) || timeScale <= 0) {
        if (error)
            *error = QStringLiteral("status must be 403 or 429, time_scale positive");
        return false;
    }
    m_status = status;
    m_timeScale = timeScale;
    m_pointsPerMinute = limits.value(QStringLiteral("points_per_minute")).toInt(m_pointsPerMinute);
    m_contentPerMinute = limits.value(QStringLiteral("content_per_minute")).toInt(m_contentPerMinute);
    m_contentPerHour = limits.value(QStringLiteral("content_per_hour")).toInt(m_contentPerHour);
    m_maxConcurrent = limits.value(QStringLiteral("max_concurrent")).toInt(m_maxConcurrent);
    if (limits.contains(QStringLiteral("retry_after"))) {
        const QJsonValue retryAfter = limits.value(QStringLiteral("retry_after"));
        m_retryAfter = retryAfter.isNull() ? std::nullopt : std::optional<int>(retryAfter.toInt());
    }
    return true;
}

bool SecondaryLimiter::admit(const QByteArray &method, const QString &endpoint, int concurrentRequests)
{
    if (concurrentRequests > m_maxConcurrent)
        return false;
    const qint64 now = m_clock.elapsed();
    const qint64 minute = window(60'000);
    const qint64 hour = window(3'600'000);
    QList<QPair<qint64, int>> &spent = m_spent[endpoint];
    spent.removeIf([&](const QPair<qint64, int> &entry) { return now - entry.first >= minute; });
    int used = 0;
    for (const auto &entry : std::as_const(spent))
        used += entry.second;
    const bool mutation = method != "GET" && method != "HEAD";
    const int points = mutation ? 5 : 1;
    if (used + points > m_pointsPerMinute)
        return false;
    if (mutation) {
        m_mutations.removeIf([&](qint64 time) { return now - time >= hour; });
        const auto inLastMinute = std::count_if(m_mutations.cbegin(), m_mutations.cend(),
                                                [&](qint64 time) { return now - time < minute; });
        if (inLastMinute >= m_contentPerMinute || m_mutations.size() >= m_contentPerHour)
            return false;
        m_mutations.append(now);
    }
    spent.append({now, points});
    return true;
}

} // namespace FakeGitHub
