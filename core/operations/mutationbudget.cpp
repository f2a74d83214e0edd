#include "mutationbudget.h"

using namespace std::chrono;

namespace Packhouse {

PacingLimits PacingLimits::withInterval(milliseconds interval)
{
    // An interval of 0 runs without any wait: an infinite speed-up.
    return spedUp(double(PacingLimits().interval.count()) / double(interval.count()));
}

PacingLimits PacingLimits::spedUp(double factor)
{
    PacingLimits limits;
    const auto scaled = [factor](milliseconds duration) {
        return milliseconds(qint64(double(duration.count()) / factor));
    };
    limits.interval = scaled(limits.interval);
    limits.minute = scaled(limits.minute);
    limits.hour = scaled(limits.hour);
    return limits;
}

double PacingLimits::speedUp() const
{
    return hour.count() > 0 ? double(PacingLimits().hour.count()) / double(hour.count()) : 0;
}

MutationBudget::MutationBudget(const PacingLimits &limits)
    : m_limits(limits)
{}

void MutationBudget::record(const QDateTime &time)
{
    m_starts.push_back(time);
    // Only the newest perHour starts can hold the next one back.
    while (qsizetype(m_starts.size()) > qMax(m_limits.perHour, m_limits.perMinute))
        m_starts.pop_front();
}

QDateTime MutationBudget::startBefore(qsizetype back) const
{
    return back >= 1 && back <= qsizetype(m_starts.size()) ? m_starts.at(m_starts.size() - back)
                                                           : QDateTime();
}

QDateTime MutationBudget::nextStart(const QDateTime &now) const
{
    // A window of length W allows N starts: the next may go once the N-th newest start is W old.
    QDateTime next = now;
    const auto notBefore = [&next](const QDateTime &start, milliseconds after) {
        if (start.isValid())
            next = qMax(next, start.addMSecs(after.count()));
    };
    notBefore(startBefore(1), m_limits.interval);
    notBefore(startBefore(m_limits.perMinute), m_limits.minute);
    notBefore(startBefore(m_limits.perHour), m_limits.hour);
    return next;
}

int MutationBudget::leftThisHour(const QDateTime &now) const
{
    const QDateTime windowStart = now.addMSecs(-m_limits.hour.count());
    const auto inWindow =
        std::count_if(m_starts.cbegin(), m_starts.cend(),
                      [&windowStart](const QDateTime &start) { return start > windowStart; });
    return qMax(0, m_limits.perHour - int(inWindow));
}

QDateTime MutationBudget::hourlyRefillAt(const QDateTime &now) const
{
    if (leftThisHour(now) > 0)
        return {};
    return startBefore(m_limits.perHour).addMSecs(m_limits.hour.count());
}

QDateTime MutationBudget::lastStartOf(int count, const QDateTime &now) const
{
    // Past an hour's worth the pattern repeats: whole hours of perHour starts a gap apart. Simulating only
    // that much keeps the ETA of a 10,000-item run cheap enough to recompute after each item.
    const int simulated = qMin(count, m_limits.perHour + m_limits.perMinute);
    MutationBudget future = *this;
    QDateTime start = now;
    for (int i = 0; i < simulated; ++i) {
        start = future.nextStart(start);
        future.record(start);
    }
    const int rest = count - simulated;
    if (rest <= 0 || m_limits.perHour <= 0)
        return start;
    return start.addMSecs(qint64(rest / m_limits.perHour) * m_limits.hour.count() +
                          qint64(rest % m_limits.perHour) * m_limits.interval.count());
}

} // namespace Packhouse
