// RetentionPolicy: which versions a retention rule selects, as data over the demo's acme/web tree and an npm
// package.
#include "retentionpolicy.h"
#include "demoimages.h"
#include "imagetree.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::UnorderedElementsAreArray;

namespace {

struct RuleCase
{
    const char *name;
    RetentionRule rule;
    QList<qint64> expected;
};

std::string caseName(const ::testing::TestParamInfo<RuleCase> &testCase)
{
    return testCase.param.name;
}

void PrintTo(const RuleCase &rule, std::ostream *os)
{
    *os << rule.name;
}

// The demo images are created 10 h (orphans), 100 h (1.2.0), 200 h (1.3.0) and 300 h (1.4.0) after this.
const QDateTime epoch(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

RetentionRule keepNewest(int n)
{
    RetentionRule rule;
    rule.keepNewest = n;
    return rule;
}

RetentionRule pattern(const char *expression, int keep = 0)
{
    RetentionRule rule;
    rule.tagPattern = QString::fromLatin1(expression);
    rule.keepNewest = keep;
    return rule;
}

RetentionRule untagged(int keep = 0)
{
    RetentionRule rule;
    rule.untaggedOnly = true;
    rule.keepNewest = keep;
    return rule;
}

RetentionRule olderThan(int days, int keep = 0)
{
    RetentionRule rule;
    rule.olderThanDays = days;
    rule.keepNewest = keep;
    return rule;
}

using namespace Demo;

class ContainerRetention : public ::testing::TestWithParam<RuleCase>
{};

TEST_P(ContainerRetention, SelectsExactlyTheseVersions)
{
    const Web web;
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);
    ASSERT_TRUE(tree.isComplete());
    const QDateTime now = epoch.addSecs(250 * 3600);

    const QSet<qint64> selected = RetentionPolicy::select(GetParam().rule, web.versions, &tree, now, true);

    EXPECT_THAT(sorted(selected), UnorderedElementsAreArray(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    DemoWeb, ContainerRetention,
    ::testing::Values(
        RuleCase{"EmptyRuleSelectsNothing", RetentionRule{}, {}},
        // Children of 1.3.0 and 1.2.0 go with them; the arm64 manifest 1.4.0 shares with 1.3.0 stays.
        RuleCase{"KeepNewestOne",
                 keepNewest(1),
                 {OrphanOld, OrphanNew, Index120, Amd64120, Arm64120, Att120, Index130, Amd64130, Att130}},
        RuleCase{"KeepNewestMoreThanThereAre", keepNewest(10), {}},
        RuleCase{"UntaggedOnlyTakesOrphansNeverChildren", untagged(), {OrphanOld, OrphanNew}},
        RuleCase{"UntaggedOnlyKeepingTheNewest", untagged(1), {OrphanOld}},
        RuleCase{"TagPatternWithWildcard", pattern("1.2.*"), {Index120, Amd64120, Arm64120, Att120}},
        RuleCase{"TagPatternWithQuestionMark", pattern("1.?.0", 2), {Index120, Amd64120, Arm64120, Att120}},
        // Both images listing the shared arm64 manifest go, so it goes too; so does 1.4.0's signature.
        RuleCase{"BothSharersGoTakesTheSharedChild",
                 pattern("1.3.0, 1.4.0"),
                 {Index130, Amd64130, Att130, Index140, Amd64140, Att140, Sig140, Arm64Shared}},
        RuleCase{"NegatedPatternKeepsLatest",
                 pattern("!latest"),
                 {OrphanOld, OrphanNew, Index120, Amd64120, Arm64120, Att120, Index130, Amd64130, Att130}},
        // 5 days before "now" (250 h) is 130 h: only 1.2.0 and the orphans are older.
        RuleCase{"OlderThan", olderThan(5), {OrphanOld, OrphanNew, Index120, Amd64120, Arm64120, Att120}},
        RuleCase{"OlderThanButKeepNewestThree", olderThan(5, 3), {OrphanOld, OrphanNew}},
        RuleCase{"KeepNewestAndOlderThanAndPattern",
                 [] {
                     RetentionRule rule = olderThan(1, 1);
                     rule.tagPattern = QStringLiteral("1.*");
                     return rule;
                 }(),
                 {Index120, Amd64120, Arm64120, Att120, Index130, Amd64130, Att130}}),
    caseName);

TEST(ContainerRetentionTree, IncompleteTreeSelectsNoUntaggedVersion)
{
    Web web;
    // 1.2.0's manifest is unknown: its children look like orphans and must not be taken.
    web.manifests.remove(web.index120);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);
    ASSERT_FALSE(tree.isComplete());

    EXPECT_TRUE(RetentionPolicy::select(untagged(), web.versions, &tree, epoch.addDays(30), true).isEmpty());
    EXPECT_THAT(
        sorted(RetentionPolicy::select(pattern("1.2.0"), web.versions, &tree, epoch.addDays(30), true)),
        ::testing::ElementsAre(Index120));
}

// #14 (3): a page the listing did not get may hold an index; its children, on pages that came, then look like
// orphans.
TEST(ContainerRetentionTree, AnIncompleteListingSelectsNoUntaggedVersion)
{
    Web web;
    web.versions.removeIf([&web](const PackageVersion &version) { return version.name == web.index120; });
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);
    ASSERT_TRUE(tree.isComplete()); // every manifest of what was listed is known

    const QSet<qint64> asIfComplete =
        RetentionPolicy::select(untagged(), web.versions, &tree, epoch.addDays(30), true);
    EXPECT_TRUE(asIfComplete.contains(Amd64120)) << "the skipped index's child looks orphaned";
    EXPECT_TRUE(RetentionPolicy::select(untagged(), web.versions, &tree, epoch.addDays(30), false).isEmpty());
}

TEST(ContainerRetentionTree, DeletedVersionsAreNeverSelected)
{
    Web web;
    web.versions.last().deletedAt = epoch.addDays(20); // OrphanOld
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_THAT(sorted(RetentionPolicy::select(untagged(), web.versions, &tree, epoch.addDays(30), true)),
                ::testing::ElementsAre(OrphanNew));
}

QList<PackageVersion> npmVersions()
{
    QList<PackageVersion> versions;
    const QStringList names{QStringLiteral("1.0.0"), QStringLiteral("v1.2.3"), QStringLiteral("2.0.0-beta.1"),
                            QStringLiteral("2.0.0"), QStringLiteral("3.0.0-rc.1")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        PackageVersion version;
        version.id = 1 + i;
        version.name = names.at(i);
        version.createdAt = epoch.addDays(10 * i);
        versions.append(version);
    }
    return versions;
}

class NpmRetention : public ::testing::TestWithParam<RuleCase>
{};

TEST_P(NpmRetention, SelectsExactlyTheseVersions)
{
    const QSet<qint64> selected =
        RetentionPolicy::select(GetParam().rule, npmVersions(), nullptr, epoch.addDays(45), true);

    EXPECT_THAT(sorted(selected), UnorderedElementsAreArray(GetParam().expected));
}

RetentionRule preReleases(int keep = 0)
{
    RetentionRule rule;
    rule.preReleasesOnly = true;
    rule.keepNewest = keep;
    return rule;
}

INSTANTIATE_TEST_SUITE_P(Versions, NpmRetention,
                         ::testing::Values(RuleCase{"KeepNewestTwo", keepNewest(2), {1, 2, 3}},
                                           // "v1.2.3" is a release: a leading v is not a pre-release marker.
                                           RuleCase{"PreReleasesBySemver", preReleases(), {3, 5}},
                                           RuleCase{"PreReleasesKeepingTheNewest", preReleases(1), {3}},
                                           // Created on days 0, 10, 20, 30, 40; "now" is day 45.
                                           RuleCase{"OlderThanTwentyDays", olderThan(20), {1, 2, 3}},
                                           RuleCase{"PatternOnNames", pattern("2.*"), {3, 4}},
                                           RuleCase{"NegatedPattern", pattern("!*-*"), {1, 2, 4}}),
                         caseName);

} // namespace
