// Multi-page listings against the fake GitHub: parallel version pages, merged package types.
#include "fakeserverfixture.h"
#include "packagelisting.h"
#include "qtprinters.h"
#include "responsecache.h"
#include "versionlisting.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <gmock/gmock.h>

using namespace Packhouse;

namespace {

const NamespaceRef octocat = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

struct CollectedVersions
{
    QList<PackageVersion> versions;
    QList<int> batchSizes;
    std::optional<ListingOutcome> outcome;
    int restarts = 0;
};

class ListingTest : public FakeServerTest
{
protected:
    CollectedVersions listAll(VersionListing &listing)
    {
        CollectedVersions collected;
        QObject::connect(&listing, &VersionListing::versionsReceived, &listing,
                         [&collected](const QList<PackageVersion> &page) {
                             collected.versions.append(page);
                             collected.batchSizes.append(int(page.size()));
                         });
        QObject::connect(&listing, &VersionListing::finished, &listing,
                         [&collected](const ListingOutcome &outcome) { collected.outcome = outcome; });
        QObject::connect(&listing, &VersionListing::restarted, &listing, [&collected] {
            collected.versions.clear();
            ++collected.restarts;
        });
        listing.start();
        EXPECT_TRUE(waitUntil([&collected] { return collected.outcome.has_value(); }, 60000));
        return collected;
    }
};

} // namespace

TEST_F(ListingTest, ParallelPagesGiveEveryVersionOnceInOrder)
{
    server.setLatency(20); // answers overlap only when the server takes time, as a real one does
    VersionListing listing(client.get(), octocat, PackageType::Container, QStringLiteral("ci-cache"),
                           GitHubClient::VersionState::Active);
    listing.setExpectedCount(12000);
    listing.setConcurrency(4);
    const CollectedVersions collected = listAll(listing);
    ASSERT_TRUE(collected.outcome->complete);
    ASSERT_EQ(collected.versions.size(), 12000);

    QSet<qint64> ids;
    for (const PackageVersion &version : collected.versions)
        ids.insert(version.id);
    EXPECT_EQ(ids.size(), 12000); // no duplicates, no gaps
    for (qsizetype i = 1; i < collected.versions.size(); ++i)
        ASSERT_GE(collected.versions.at(i - 1).createdAt, collected.versions.at(i).createdAt) << "at " << i;
    EXPECT_EQ(collected.batchSizes.first(), 100);
    EXPECT_LE(counters().value(u"peak_concurrency").toInt(), 4 + 1);
    EXPECT_GE(counters().value(u"peak_concurrency").toInt(), 2);
}

TEST_F(ListingTest, WithoutAKnownCountItLearnsThePagesFromTheLastLink)
{
    VersionListing listing(client.get(), acme, PackageType::Container, QStringLiteral("api"),
                           GitHubClient::VersionState::Active);
    const CollectedVersions collected = listAll(listing);
    ASSERT_TRUE(collected.outcome->complete);
    EXPECT_GE(collected.versions.size(), 300);
    QSet<qint64> ids;
    for (const PackageVersion &version : collected.versions)
        ids.insert(version.id);
    EXPECT_EQ(ids.size(), collected.versions.size());
}

TEST_F(ListingTest, AFailedPageMakesTheListingIncomplete)
{
    ClientOptions options;
    options.maxRetries = 0;
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 500},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("page=3")}});
    VersionListing listing(client.get(), acme, PackageType::Container, QStringLiteral("api"),
                           GitHubClient::VersionState::Active);
    const CollectedVersions collected = listAll(listing);
    ASSERT_FALSE(collected.outcome->complete);
    ASSERT_EQ(collected.outcome->errors.size(), 1);
    EXPECT_EQ(collected.outcome->errors.first().kind, ApiError::Kind::ServerError);
}

TEST_F(ListingTest, DeletedVersionsCarryDeletedAt)
{
    VersionListing listing(client.get(), acme, PackageType::Container, QStringLiteral("web"),
                           GitHubClient::VersionState::Deleted);
    const CollectedVersions collected = listAll(listing);
    ASSERT_TRUE(collected.outcome->complete);
    ASSERT_FALSE(collected.versions.isEmpty());
    for (const PackageVersion &version : collected.versions)
        EXPECT_TRUE(version.isDeleted());
}

TEST_F(ListingTest, PackagesOfEveryTypeAreMerged)
{
    PackageListing listing(client.get(), acme, allPackageTypes());
    QList<Package> packages;
    QSet<PackageType> types;
    std::optional<ListingOutcome> outcome;
    QObject::connect(&listing, &PackageListing::packagesReceived, &listing,
                     [&](PackageType type, const QList<Package> &page) {
                         packages.append(page);
                         if (!page.isEmpty())
                             types.insert(type);
                     });
    QObject::connect(&listing, &PackageListing::finished, &listing,
                     [&](const ListingOutcome &result) { outcome = result; });
    listing.start();
    ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }));
    EXPECT_TRUE(outcome->complete);
    EXPECT_GE(packages.size(), 30);
    EXPECT_EQ(types.size(), 6);
    EXPECT_TRUE(std::any_of(packages.cbegin(), packages.cend(),
                            [](const Package &p) { return p.name == u"team/worker"; }));
}

TEST_F(ListingTest, RefreshingUnchangedListingsSpendsNoQuota)
{
    ResponseCache cache(QString{});
    client->setCache(&cache);
    const auto runOnce = [this] {
        PackageListing listing(client.get(), acme, allPackageTypes());
        std::optional<ListingOutcome> outcome;
        QObject::connect(&listing, &PackageListing::finished, &listing,
                         [&](const ListingOutcome &result) { outcome = result; });
        listing.start();
        EXPECT_TRUE(waitUntil([&] { return outcome.has_value(); }));
        return outcome.value_or(ListingOutcome{});
    };
    EXPECT_FALSE(runOnce().fromCache);
    const int quota = counters().value(u"quota_spent").toInt();
    const ListingOutcome again = runOnce();
    EXPECT_TRUE(again.complete);
    EXPECT_TRUE(again.fromCache);
    EXPECT_EQ(counters().value(u"quota_spent").toInt(), quota);
}

namespace {

QSet<qint64> idsOf(const QList<PackageVersion> &versions)
{
    QSet<qint64> ids;
    for (const PackageVersion &version : versions)
        ids.insert(version.id);
    return ids;
}

QJsonObject deleteVersionBefore(qint64 versionId, const QString &pathContains)
{
    return QJsonObject{{QStringLiteral("delete_version"), versionId},
                       {QStringLiteral("path_contains"), pathContains}};
}

} // namespace

// #14 (3): pages are numbered, so a version deleted by someone else after its page was read shifts the rest
// up and the first version of the next page is never returned, while the listing looked whole.
TEST_F(ListingTest, AVersionDeletedWhilePagingIsNotLostInTheShift)
{
    VersionListing reference(client.get(), octocat, PackageType::Npm, QStringLiteral("octo-cli"),
                             GitHubClient::VersionState::Active);
    const QList<PackageVersion> before = listAll(reference).versions;
    ASSERT_EQ(before.size(), 7);

    // Two a page, one page at a time: the newest version goes just before page 3 is read.
    server.injectFault(deleteVersionBefore(before.first().id, QStringLiteral("&page=3")));
    VersionListing listing(client.get(), octocat, PackageType::Npm, QStringLiteral("octo-cli"),
                           GitHubClient::VersionState::Active);
    listing.setPerPage(2);
    listing.setConcurrency(1);
    const CollectedVersions collected = listAll(listing);

    ASSERT_TRUE(collected.outcome->complete);
    EXPECT_EQ(collected.restarts, 1);
    QSet<qint64> expected = idsOf(before);
    expected.remove(before.first().id);
    EXPECT_EQ(idsOf(collected.versions), expected);
}

TEST_F(ListingTest, VersionsThatKeepMovingLeaveTheListingIncomplete)
{
    VersionListing reference(client.get(), octocat, PackageType::Npm, QStringLiteral("octo-cli"),
                             GitHubClient::VersionState::Active);
    const QList<PackageVersion> before = listAll(reference).versions;
    ASSERT_EQ(before.size(), 7);

    // Someone deletes again during the second listing too.
    server.injectFault(deleteVersionBefore(before.at(0).id, QStringLiteral("&page=3")));
    server.injectFault(deleteVersionBefore(before.at(1).id, QStringLiteral("&page=3")));
    VersionListing listing(client.get(), octocat, PackageType::Npm, QStringLiteral("octo-cli"),
                           GitHubClient::VersionState::Active);
    listing.setPerPage(2);
    listing.setConcurrency(1);
    const CollectedVersions collected = listAll(listing);

    EXPECT_FALSE(collected.outcome->complete);
    ASSERT_FALSE(collected.outcome->errors.isEmpty());
    EXPECT_EQ(collected.outcome->errors.first().kind, ApiError::Kind::Incomplete);
    EXPECT_THAT(collected.outcome->errors.first().userMessage().toStdString(),
                ::testing::HasSubstr("changed while they were listed"));
}

// #14 (2): when GitHub cannot be reached the client hands back cached pages marked stale. The listing shows
// them (browsing offline works) but is neither complete nor fresh, and says how old the data is.
TEST_F(ListingTest, CachedPagesStandingInForGitHubMakeAStaleListing)
{
    ClientOptions options;
    options.maxRetries = 0;
    makeClient(options);
    ResponseCache cache(QString{});
    client->setCache(&cache);
    const QDateTime beforeFirstListing = QDateTime::currentDateTimeUtc().addSecs(-1);
    VersionListing first(client.get(), acme, PackageType::Container, QStringLiteral("web"),
                         GitHubClient::VersionState::Active);
    const CollectedVersions fresh = listAll(first);
    ASSERT_TRUE(fresh.outcome->complete);

    server.injectFault(QJsonObject{{QStringLiteral("drop"), 1000}}); // the network is gone
    VersionListing again(client.get(), acme, PackageType::Container, QStringLiteral("web"),
                         GitHubClient::VersionState::Active);
    const CollectedVersions offline = listAll(again);

    EXPECT_EQ(idsOf(offline.versions), idsOf(fresh.versions));
    EXPECT_FALSE(offline.outcome->complete);
    EXPECT_TRUE(offline.outcome->stale);
    ASSERT_FALSE(offline.outcome->errors.isEmpty());
    const ApiError &stale = offline.outcome->errors.first();
    EXPECT_EQ(stale.kind, ApiError::Kind::Stale);
    EXPECT_GE(stale.dataTime, beforeFirstListing);
    EXPECT_LE(stale.dataTime, QDateTime::currentDateTimeUtc());
    EXPECT_THAT(stale.userMessage().toStdString(), ::testing::HasSubstr("showing the copy from"));
}

TEST_F(ListingTest, CachedPackagePagesStandingInForGitHubMakeAStaleListing)
{
    ClientOptions options;
    options.maxRetries = 0;
    makeClient(options);
    ResponseCache cache(QString{});
    client->setCache(&cache);
    const auto listOnce = [this] {
        PackageListing listing(client.get(), acme, {PackageType::Npm});
        int received = 0;
        std::optional<ListingOutcome> outcome;
        QObject::connect(&listing, &PackageListing::packagesReceived, &listing,
                         [&](PackageType, const QList<Package> &page) { received += int(page.size()); });
        QObject::connect(&listing, &PackageListing::finished, &listing,
                         [&](const ListingOutcome &result) { outcome = result; });
        listing.start();
        EXPECT_TRUE(waitUntil([&] { return outcome.has_value(); }));
        return std::pair(received, outcome.value_or(ListingOutcome{}));
    };
    const auto [freshCount, fresh] = listOnce();
    ASSERT_TRUE(fresh.complete);

    server.injectFault(QJsonObject{{QStringLiteral("drop"), 1000}});
    const auto [offlineCount, offline] = listOnce();
    EXPECT_EQ(offlineCount, freshCount);
    EXPECT_FALSE(offline.complete);
    EXPECT_TRUE(offline.stale);
    ASSERT_EQ(offline.errors.size(), 1);
    EXPECT_EQ(offline.errors.first().kind, ApiError::Kind::Stale);
}
