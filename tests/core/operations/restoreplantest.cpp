// RestorePlan: which deleted versions come back for a selection, and in which order (issue #16: the logic
// left the restore dialog for core).
#include "restoreplan.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

const QDateTime runStart = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);

PackageVersion deleted(qint64 id, const QStringList &tags, qint64 secondsAfterRunStart)
{
    PackageVersion version;
    version.id = id;
    version.name = QStringLiteral("sha256:%1").arg(id, 64, 10, QLatin1Char('0'));
    version.tags = tags;
    version.deletedAt = runStart.addSecs(secondsAfterRunStart);
    return version;
}

Package package(PackageType type)
{
    Package web;
    web.name = QStringLiteral("web");
    web.type = type;
    return web;
}

QList<qint64> ids(const QList<Operation> &operations)
{
    QList<qint64> list;
    for (const Operation &operation : operations)
        list.append(operation.versionId);
    return list;
}

const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

} // namespace

TEST(RestorePlanTest, AnIndexComesBackAfterTheChildrenDeletedWithIt)
{
    // One run: the 1.2.0 index, then its two platform manifests and an attestation, a second apart.
    const QList<PackageVersion> versions = {deleted(12, {QStringLiteral("1.2.0")}, 0), deleted(13, {}, 1),
                                            deleted(14, {}, 2), deleted(15, {}, 3)};
    const QList<Operation> operations =
        RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {12});
    EXPECT_THAT(ids(operations), ElementsAre(13, 14, 15, 12));
    for (const Operation &operation : operations) {
        EXPECT_EQ(operation.kind, Operation::Kind::RestoreVersion);
        EXPECT_EQ(operation.owner, acme);
        EXPECT_EQ(operation.packageName, QStringLiteral("web"));
    }
    EXPECT_EQ(operations.constLast().tags, QStringList{QStringLiteral("1.2.0")});
}

TEST(RestorePlanTest, ChildrenBelongToTheLatestIndexOfTheirRunWhateverTheListingOrder)
{
    // Listed newest first, as GitHub lists; two indexes in one run, each followed by its child.
    const QList<PackageVersion> versions = {deleted(24, {}, 3), deleted(23, {QStringLiteral("1.3.0")}, 2),
                                            deleted(22, {}, 1), deleted(21, {QStringLiteral("1.2.0")}, 0)};
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {21})),
                ElementsAre(22, 21));
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {23})),
                ElementsAre(24, 23));
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {21, 23})),
                ElementsAre(22, 21, 24, 23));
}

TEST(RestorePlanTest, AnUntaggedVersionDeletedLongAfterAnIndexIsNotItsChild)
{
    const qint64 later = RestorePlan::maxSecondsBetweenRunItems + 1;
    const QList<PackageVersion> versions = {deleted(31, {QStringLiteral("1.0.0")}, 0),
                                            deleted(32, {}, later)};
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {31})),
                ElementsAre(31));
    // Selected itself, it comes back alone.
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {32})),
                ElementsAre(32));
}

TEST(RestorePlanTest, OtherPackageTypesRestoreExactlyTheSelection)
{
    const QList<PackageVersion> versions = {deleted(41, {QStringLiteral("latest")}, 0), deleted(42, {}, 1)};
    EXPECT_THAT(ids(RestorePlan::operationsFor(acme, package(PackageType::Npm), versions, {41})),
                ElementsAre(41));
}

TEST(RestorePlanTest, VersionsThatAreNotDeletedOrNotSelectedStay)
{
    PackageVersion active = deleted(51, {QStringLiteral("1.0.0")}, 0);
    active.deletedAt = QDateTime();
    const QList<PackageVersion> versions = {active, deleted(52, {}, 1)};
    EXPECT_THAT(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {51}), IsEmpty());
    EXPECT_THAT(RestorePlan::operationsFor(acme, package(PackageType::Container), versions, {}), IsEmpty());
}
