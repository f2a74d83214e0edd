#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace FakeGitHub {

// GitHub's secondary rate limits, together as documented (FACTS.md): a points budget per endpoint over a
// rolling minute (GET/HEAD 1 point, mutations 5), about 80 content-creating requests (mutations) a minute and
// 500 an hour, and a cap on concurrent requests. `time_scale` divides every window, so that benchmarks run an
// hour of pacing in a minute against a client paced by the same factor.
class SecondaryLimiter
{
public:
    SecondaryLimiter();

    // Keys as in POST /_control/secondary; absent keys keep their value.
    bool configure(const QJsonObject &limits, QString *error);
    void resetToDefaults();
    void clearHistory();

    // Charges the request unless it is over a limit; false = reject it. `endpoint` is the route's template.
    bool admit(const QByteArray &method, const QString &endpoint, int concurrentRequests);

    int status() const { return m_status; }
    std::optional<int> retryAfter() const { return m_retryAfter; }

private:
    qint64 window(qint64 unscaledMs) const { return qint64(double(unscaledMs) / m_timeScale); }

    int m_pointsPerMinute = 900;
    int m_contentPerMinute = 80;
    int m_contentPerHour = 500;
    int m_maxConcurrent = 100;
    double m_timeScale = 1;
    int m_status = 403;
    std::optional<int> m_retryAfter = 60;
    QElapsedTimer m_clock;
    QHash<QString, QList<QPair<qint64, int>>> m_spent; // per endpoint: (elapsed ms, points)
    QList<qint64> m_mutations;                         // elapsed ms of each admitted mutation
};

} // namespace FakeGitHub
