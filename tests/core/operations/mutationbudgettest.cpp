// MutationBudget: GitHub's documented limits on mutations (a second apart, 80 a minute, 500 an hour).
#include "mutationbudget.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Packhouse;
using namespace std::chrono_literals;

namespace {

const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-06T14:00:00Z"), Qt::ISODate);

QDateTime at(qint64 seconds)
{
    return start.addSecs(seconds);
}

} // namespace

TEST(MutationBudget, MutationsAreASecondApart)
{
    MutationBudget budget;
    EXPECT_EQ(budget.nextStart(at(0)), at(0));
    budget.record(at(0));
    EXPECT_EQ(budget.nextStart(at(0)), at(1));
    EXPECT_EQ(budget.nextStart(at(5)), at(5));
}

TEST(MutationBudget, NoMoreThanEightyAMinute)
{
    PacingLimits limits;
    limits.interval = 0ms; // only the minute's budget holds them back
    MutationBudget budget(limits);
    for (int i = 0; i < 80; ++i)
        budget.record(at(0).addMSecs(i));
    EXPECT_EQ(budget.nextStart(at(1)), at(60));
}

TEST(MutationBudget, FiveHundredAnHourThenItWaitsForTheHour)
{
    MutationBudget budget;
    EXPECT_EQ(budget.leftThisHour(at(0)), 500);
    EXPECT_FALSE(budget.hourlyRefillAt(at(0)).isValid());
    for (int i = 0; i < 500; ++i)
        budget.record(at(i));
    EXPECT_EQ(budget.leftThisHour(at(500)), 0);
    EXPECT_EQ(budget.hourlyRefillAt(at(500)), at(3600));
    EXPECT_EQ(budget.nextStart(at(500)), at(3600));
    // An hour after the first, one slot each second again.
    EXPECT_EQ(budget.leftThisHour(at(3600)), 1);
}

TEST(MutationBudget, TheLastStartOfALongRunCountsTheHourlyBudget)
{
    MutationBudget budget;
    // 1,000 deletes: 500 a second apart, then the rest from the next hour on.
    EXPECT_EQ(budget.lastStartOf(1000, at(0)), at(3600 + 499));
    // Mutations of earlier runs count.
    for (int i = 0; i < 400; ++i)
        budget.record(at(-1000 + i));
    EXPECT_EQ(budget.lastStartOf(100, at(0)), at(99));
    EXPECT_EQ(budget.lastStartOf(101, at(0)), at(-1000 + 3600));
}

TEST(PacingLimits, ScaledPacingKeepsTheProportions)
{
    const PacingLimits fast = PacingLimits::withInterval(10ms);
    EXPECT_EQ(fast.interval, 10ms);
    EXPECT_EQ(fast.minute, 600ms);
    EXPECT_EQ(fast.hour, 36'000ms);
    EXPECT_EQ(fast.perHour, 500);
    EXPECT_DOUBLE_EQ(fast.speedUp(), 100);
    EXPECT_DOUBLE_EQ(PacingLimits().speedUp(), 1);
}
