// The Overview's table (issue #18) over a real NamespaceScan of the demo namespace `acme` on the fake GitHub,
// under QAbstractItemModelTester: reset when the packages are listed, rows updated as they are scanned,
// formatted for people with the raw numbers for sorting, and nothing made up.
#include "overviewmodel.h"

#include "datasize.h"
#include "fakeserverfixture.h"
#include "modeltesterbridge.h"
#include "namespacescan.h"
#include "registryclient.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::Each;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);

class OverviewModelTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        registry = std::make_unique<RegistryClient>(client.get(), QString());
    }

    std::unique_ptr<NamespaceScan> makeScan(std::optional<RetentionRule> rule = std::nullopt, int atOnce = 6)
    {
        return std::make_unique<NamespaceScan>(client.get(), registry.get(), acme,
                                               NamespaceScan::Options{{}, rule, atOnce});
    }

    static QString cell(const OverviewModel &model, const QModelIndex &row, int column,
                        int role = Qt::DisplayRole)
    {
        return model.index(row.row(), column).data(role).toString();
    }

    std::unique_ptr<RegistryClient> registry;
};

TEST_F(OverviewModelTest, ListsThePackagesThenFillsEachRowAsItIsScanned)
{
    RetentionRule untagged;
    untagged.untaggedOnly = true;
    const auto scan = makeScan(untagged);
    OverviewModel model;
    ModelTesterBridge tester(&model);
    model.setScan(scan.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy listed(scan.get(), &NamespaceScan::packagesListed);
    QSignalSpy finished(scan.get(), &NamespaceScan::finished);

    scan->listPackages();
    ASSERT_TRUE(listed.wait(15000));
    EXPECT_EQ(resets.size(), 1);
    ASSERT_EQ(model.rowCount(), scan->packages().size());
    ASSERT_GE(model.rowCount(), 30);
    const QModelIndex web = model.indexOf(PackageType::Container, u"web"_s);
    ASSERT_TRUE(web.isValid());
    // Not scanned yet: the count GitHub lists, nothing else.
    EXPECT_EQ(cell(model, web, OverviewModel::ProblemsColumn), u"Not scanned"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::VersionsColumn).toInt(),
              model.healthAt(web)->package.versionCount);
    EXPECT_TRUE(cell(model, web, OverviewModel::SizeColumn).isEmpty());
    EXPECT_EQ(model.index(web.row(), OverviewModel::SizeColumn).data(OverviewModel::SortRole).toLongLong(),
              -1);
    EXPECT_FALSE(web.data(OverviewModel::ScannedRole).toBool());

    scan->scanPackages();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(resets.size(), 1); // rows are updated in place
    EXPECT_GE(changed.size(), model.rowCount());
    EXPECT_TRUE(scan->isComplete());

    // acme/web: three releases (1.4.0 re-uses 1.3.0's arm64 manifest) and three untagged orphans.
    const PackageHealth *health = model.healthAt(web);
    ASSERT_NE(health, nullptr);
    EXPECT_TRUE(web.data(OverviewModel::ScannedRole).toBool());
    EXPECT_TRUE(web.data(OverviewModel::CompleteRole).toBool());
    EXPECT_EQ(cell(model, web, OverviewModel::PackageColumn), u"web"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::TypeColumn), u"Container"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::VersionsColumn), u"14"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::TaggedColumn), u"3"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::UntaggedColumn), u"11"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::OrphansColumn), u"3"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::BrokenImagesColumn), u"0"_s);
    EXPECT_EQ(cell(model, web, OverviewModel::RuleDeletesColumn), u"3"_s);
    EXPECT_TRUE(cell(model, web, OverviewModel::ProblemsColumn).isEmpty());
    ASSERT_TRUE(health->sizeBytes && health->reclaimableBytes);
    EXPECT_EQ(cell(model, web, OverviewModel::SizeColumn), dataSizeText(*health->sizeBytes));
    EXPECT_EQ(cell(model, web, OverviewModel::ReclaimableColumn), dataSizeText(*health->reclaimableBytes));
    EXPECT_THAT(cell(model, web, OverviewModel::SizeColumn).toStdString(), testing::EndsWith("MB"));
    EXPECT_EQ(model.index(web.row(), OverviewModel::SizeColumn).data(OverviewModel::SortRole).toLongLong(),
              *health->sizeBytes);
    EXPECT_GT(*health->reclaimableBytes, 0);
    EXPECT_LT(*health->reclaimableBytes, *health->sizeBytes);
    EXPECT_EQ(web.data(OverviewModel::RuleDeletionIdsRole).value<QList<qint64>>().size(), 3);
    EXPECT_EQ(cell(model, web, OverviewModel::NewestColumn),
              QLocale().toString(health->newest.toLocalTime().date(), QLocale::ShortFormat));
    // 1.4.0 was pushed two days ago (a calendar day more or less around midnight).
    const int days =
        model.index(web.row(), OverviewModel::DaysSincePushColumn).data(OverviewModel::SortRole).toInt();
    EXPECT_GE(days, 1);
    EXPECT_LE(days, 3);

    // npm: GitHub gives no size, and the Overview makes none up.
    const QModelIndex cli = model.indexOf(PackageType::Npm, u"cli"_s);
    ASSERT_TRUE(cli.isValid());
    EXPECT_EQ(cell(model, cli, OverviewModel::SizeColumn), u"—"_s);
    EXPECT_EQ(cell(model, cli, OverviewModel::SizeColumn, Qt::ToolTipRole),
              u"size not available from GitHub's API"_s);
    EXPECT_EQ(cell(model, cli, OverviewModel::ReclaimableColumn), u"—"_s);
    EXPECT_EQ(cell(model, cli, OverviewModel::OrphansColumn), u"—"_s);
    EXPECT_EQ(model.index(cli.row(), OverviewModel::SizeColumn).data(OverviewModel::SortRole).toLongLong(),
              -1);
    EXPECT_EQ(cell(model, cli, OverviewModel::VersionsColumn), u"2"_s);

    // The totals add up the rows.
    const OverviewModel::Totals totals = model.totals();
    EXPECT_EQ(totals.packages, model.rowCount());
    EXPECT_EQ(totals.scanned, model.rowCount());
    EXPECT_TRUE(totals.complete);
    EXPECT_TRUE(totals.hasRule);
    qint64 size = 0;
    int orphans = 0;
    int sized = 0;
    for (const PackageHealth &row : scan->packages()) {
        size += row.sizeBytes.value_or(0);
        sized += row.sizeBytes ? 1 : 0;
        orphans += row.orphans;
    }
    EXPECT_EQ(totals.sizeBytes, size);
    EXPECT_EQ(totals.sizedPackages, sized);
    EXPECT_EQ(totals.orphans, orphans);
    EXPECT_GE(totals.orphans, 3);
}

TEST_F(OverviewModelTest, AProxySortsByTheRawNumbers)
{
    const auto scan = makeScan();
    OverviewModel model;
    model.setScan(scan.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OverviewModel::SortRole);
    ModelTesterBridge tester(&proxy);
    QSignalSpy listed(scan.get(), &NamespaceScan::packagesListed);
    QSignalSpy finished(scan.get(), &NamespaceScan::finished);
    scan->listPackages();
    ASSERT_TRUE(listed.wait(15000));
    scan->scanPackages();
    ASSERT_TRUE(finished.wait(60000));

    proxy.sort(OverviewModel::SizeColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 bytes =
            proxy.index(row, OverviewModel::SizeColumn).data(OverviewModel::SortRole).toLongLong();
        EXPECT_LE(bytes, previous) << row;
        previous = bytes;
    }
    // The biggest: api's 350 builds, a size in GB sorting above web's MB (as text it would not).
    EXPECT_EQ(proxy.index(0, OverviewModel::PackageColumn).data().toString(), u"api"_s);
    EXPECT_EQ(proxy.index(proxy.rowCount() - 1, OverviewModel::SizeColumn).data().toString(), u"—"_s);

    proxy.sort(OverviewModel::VersionsColumn, Qt::AscendingOrder);
    int fewest = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int versions =
            proxy.index(row, OverviewModel::VersionsColumn).data(OverviewModel::SortRole).toInt();
        EXPECT_GE(versions, fewest) << row;
        fewest = versions;
    }
    for (int column = 0; column < OverviewModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder); // every column sorts
        EXPECT_TRUE(model.headerData(column, Qt::Horizontal, DefaultWidthRole).toInt() > 0) << column;
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
    }
}

TEST_F(OverviewModelTest, ACancelledScanKeepsItsRowsAndLeavesTheRestUnscanned)
{
    auto scan = makeScan(std::nullopt, 1);
    OverviewModel model;
    ModelTesterBridge tester(&model);
    model.setScan(scan.get());
    QSignalSpy listed(scan.get(), &NamespaceScan::packagesListed);
    QSignalSpy finished(scan.get(), &NamespaceScan::finished);
    scan->listPackages();
    ASSERT_TRUE(listed.wait(15000));
    QObject::connect(scan.get(), &NamespaceScan::packageScanned, scan.get(), [&](int) {
        if (scan->scannedCount() == 2)
            scan->cancel();
    });
    scan->scanPackages();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(60000));

    const OverviewModel::Totals totals = model.totals();
    EXPECT_EQ(totals.scanned, 2);
    EXPECT_EQ(totals.packages, model.rowCount());
    EXPECT_FALSE(totals.complete);
    QStringList problems;
    int scannedRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(OverviewModel::ScannedRole).toBool()) {
            ++scannedRows;
            EXPECT_FALSE(model.index(row, OverviewModel::TaggedColumn).data().toString().isEmpty());
        } else {
            problems.append(model.index(row, OverviewModel::ProblemsColumn).data().toString());
        }
    }
    EXPECT_EQ(scannedRows, 2);
    EXPECT_THAT(problems, Each(u"Not scanned"_s));

    // A scan that goes away empties the table.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    scan.release()->deleteLater();
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(model.rowCount(), 0);
}

// Scanning again lists the packages again first: the rows of the scan before stay until the new list is in,
// and a listing abandoned on the way leaves the model on the scan before, as it was.
TEST_F(OverviewModelTest, ANewListingKeepsTheRowsUntilItIsInAndCanBeAbandoned)
{
    OverviewModel model;
    ModelTesterBridge tester(&model);
    NamespaceScan *first = model.startListing(client.get(), registry.get(), acme, {});
    QSignalSpy listed(first, &NamespaceScan::packagesListed);
    ASSERT_TRUE(listed.wait(15000));
    EXPECT_FALSE(model.abandonListing()); // nothing to go back to
    QSignalSpy finished(first, &NamespaceScan::finished);
    first->scanPackages();
    ASSERT_TRUE(finished.wait(60000));
    const int packages = model.rowCount();
    ASSERT_GT(packages, 0);
    ASSERT_EQ(model.totals().scanned, packages);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    NamespaceScan *second = model.startListing(client.get(), registry.get(), acme, {});
    ASSERT_NE(second, first);
    EXPECT_EQ(model.scan(), second);
    EXPECT_EQ(model.rowCount(), packages);
    EXPECT_EQ(model.totals().scanned, packages);
    ASSERT_TRUE(model.abandonListing());
    EXPECT_EQ(model.scan(), first);
    EXPECT_EQ(model.rowCount(), packages);
    EXPECT_EQ(model.totals().scanned, packages);
    EXPECT_TRUE(model.totals().complete);
    QTest::qWait(300); // the abandoned listing's answer, had it not been abandoned
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(model.totals().scanned, packages);
    EXPECT_FALSE(model.abandonListing());

    // A listing that completes replaces the rows: listed, nothing scanned yet.
    NamespaceScan *third = model.startListing(client.get(), registry.get(), acme, {});
    QSignalSpy thirdListed(third, &NamespaceScan::packagesListed);
    EXPECT_EQ(model.totals().scanned, packages);
    ASSERT_TRUE(thirdListed.wait(15000));
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(model.rowCount(), packages);
    EXPECT_EQ(model.totals().scanned, 0);
    EXPECT_FALSE(model.abandonListing());
}

} // namespace
