#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace FakeGitHub {

// GitHub's secondary rate limits: a points budget over a rolling minute and a cap on concurrent requests.
class SecondaryLimiter
{
public:
    SecondaryLimiter();

    // Keys as in POST /_control/secondary; absent keys keep their value.
    bool configure(const QJsonObject &limits, QString *error);
    void resetToDefaults();
    void clearHistory() { m_spent.clear(); }

    // Charges the request (GET/HEAD 1 point, mutations 5) unless it is over a limit; false = reject it.
    bool admit(const QByteArray &method, int concurrentRequests);

    int status() const { return m_status; }
    std::optional<int> retryAfter() const { return m_retryAfter; }

private:
    int m_pointsPerMinute = 900;
    int m_maxConcurrent = 100;
    int m_status = 403;
    std::optional<int> m_retryAfter = 60;
    QElapsedTimer m_clock;
    QList<QPair<qint64, int>> m_spent; // (elapsed ms, points)
};

} // namespace FakeGitHub
