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
