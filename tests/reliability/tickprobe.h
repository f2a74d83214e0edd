#pragma once

#include <QElapsedTimer>
#include <QTimer>

// Measures how responsive the event loop stays: a timer ticks every 50 ms, and the longest gap between two
// ticks is what a user would have felt as a frozen window.
class TickProbe
{
public:
    TickProbe()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_maxGapMs = qMax(m_maxGapMs, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_timer.start();
    }

    qint64 maxGapMs() const { return qMax(m_maxGapMs, m_sinceTick.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};
