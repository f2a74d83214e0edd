#pragma once

#include <QDateTime>

#include <chrono>
#include <deque>

namespace Packhouse {

// GitHub's documented limits on mutations (FACTS.md, secondary rate limits): about 80 content-creating
// requests a minute and 500 an hour, and at least a second between mutations as best practice.
struct PacingLimits
{
    std::chrono::milliseconds interval{1000};
    int perMinute = 80;
    int perHour = 500;
    std::chrono::milliseconds minute{60'000};
    std::chrono::milliseconds hour{3'600'000};

    // The shipped limits with every duration scaled so that the gap between mutations is `interval`: tests
    // and benchmarks run the same pacing faster, against a fake whose windows shrink by the same factor.
    static PacingLimits withInterval(std::chrono::milliseconds interval);
    // The shipped limits `factor` times faster.
    static PacingLimits spedUp(double factor);
    // How much faster than the shipped pacing these limits run (1 for the shipped ones).
    double speedUp() const;
};

// When the next mutation may start under PacingLimits, given when the earlier ones started (this run's and,
// from the journal, earlier runs' of the last hour).
class MutationBudget
{
public:
    explicit MutationBudget(const PacingLimits &limits = {});

    const PacingLimits &limits() const { return m_limits; }
    // A mutation started at `time`; times come in order.
    void record(const QDateTime &time);
    void clear() { m_starts.clear(); }
    // The newest start was refused by a rate limit: it created nothing, so it does not count.
    void forgetNewest()
    {
        if (!m_starts.empty())
            m_starts.pop_back();
    }

    // The earliest time at or after `now` the next mutation may start.
    QDateTime nextStart(const QDateTime &now) const;
    // How many more may start before the hour's budget is spent (each still a second apart).
    int leftThisHour(const QDateTime &now) const;
    // When the hourly window frees its next slot; invalid while there are slots left.
    QDateTime hourlyRefillAt(const QDateTime &now) const;
    // When the last of `count` more mutations would start, each as early as the limits allow.
    QDateTime lastStartOf(int count, const QDateTime &now) const;

private:
    // The start `back` places before the newest (1 = the newest); invalid when there are fewer.
    QDateTime startBefore(qsizetype back) const;

    PacingLimits m_limits;
    std::deque<QDateTime> m_starts; // the newest perHour starts, oldest first
};

} // namespace Packhouse
