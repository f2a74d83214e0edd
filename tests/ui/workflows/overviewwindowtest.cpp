// The namespace Overview window (issue #18) against the fake GitHub's demo namespace `acme`: what a scan
// costs, the scan with its progress, the totals and the chart, a cancelled or capped scan that keeps what it
// had and says it is partial, the filter, and the row and Review… signals MainWindow acts on.
#include "overviewwindow.h"

#include "datasize.h"
#include "overviewmodel.h"
#include "sizechartwidget.h"
#include "workflowfixture.h"

#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

namespace {

class OverviewWindowTest : public WorkflowTest
{
protected:
    // The window, its packages listed.
    std::unique_ptr<OverviewWindow> openOverview(OverviewWindow::RuleSource panelRule = {})
    {
        auto window = std::make_unique<OverviewWindow>(session.get(), acme, std::move(panelRule));
        QSignalSpy listed(window.get(), &OverviewWindow::packagesListed);
        EXPECT_TRUE(window->isListed() || listed.wait(15000));
        return window;
    }

    static bool scanAndWait(OverviewWindow &window)
    {
        QSignalSpy finished(&window, &OverviewWindow::scanFinished);
        window.startScan();
        return finished.wait(60000);
    }

    static QString totalOf(const OverviewWindow &window, const QString &name)
    {
        for (const auto &[label, value] : window.totals()) {
            if (label == name)
                return value;
        }
        return {};
    }

    // The row of `name` in the window's table (through its sorting proxy).
    static int tableRow(const OverviewWindow &window, PackageType type, const QString &name)
    {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(window.table()->model());
        return proxy->mapFromSource(window.model()->indexOf(type, name)).row();
    }
};

TEST_F(OverviewWindowTest, SaysWhatAScanCostsThenScansWithTotalsAndAChart)
{
    const auto window = openOverview();
    NamespaceScan *scan = window->scan();
    ASSERT_NE(scan, nullptr);
    ASSERT_GT(scan->packages().size(), 30);
    // The cost before anything is spent, against what is left of the hour's budget.
    const RateLimit limit = session->client()->rateLimit();
    ASSERT_TRUE(limit.isKnown());
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    EXPECT_THAT(window->costText().toStdString(),
                StartsWith(QStringLiteral("Scanning costs about %1 REST request")
                               .arg(locale.toString(scan->estimatedRestRequests()))
                               .toStdString()));
    EXPECT_THAT(
        window->costText().toStdString(),
        HasSubstr(
            QStringLiteral("of your %1 left this hour").arg(locale.toString(limit.remaining)).toStdString()));
    EXPECT_FALSE(window->hasScanned());

    window->setRuleChoice(OverviewWindow::RuleChoice::UntaggedOnly);
    ASSERT_TRUE(scanAndWait(*window));
    EXPECT_TRUE(scan->isComplete());
    const int packages = int(scan->packages().size());
    EXPECT_THAT(window->progressText().toStdString(),
                StartsWith(QStringLiteral("%1 of %1 package").arg(packages).toStdString()));
    EXPECT_TRUE(window->statusText().isEmpty()) << window->statusText().toStdString();
    EXPECT_THAT(window->windowTitle().toStdString(), Not(HasSubstr("partial")));

    // The totals: what the rows add up to, in words.
    const OverviewModel::Totals totals = window->model()->totals();
    EXPECT_EQ(totalOf(*window, u"Packages"_s), QString::number(packages));
    EXPECT_EQ(totalOf(*window, u"Orphans"_s), locale.toString(totals.orphans));
    EXPECT_EQ(totalOf(*window, u"Broken images"_s), u"0"_s);
    EXPECT_THAT(totalOf(*window, u"Size"_s).toStdString(),
                StartsWith(dataSizeText(totals.sizeBytes).toStdString()));
    EXPECT_THAT(totalOf(*window, u"Reclaimable by rule"_s).toStdString(),
                StartsWith(dataSizeText(totals.reclaimableBytes).toStdString()));
    EXPECT_GT(totals.reclaimableBytes, 0);
    // The labels show the same.
    for (const char *name :
         {"Packages", "Versions", "Size", "Reclaimable by rule", "Orphans", "Broken images"}) {
        const auto *label = findByName<QLabel>(window.get(), QString::fromLatin1(name));
        ASSERT_NE(label, nullptr) << name;
        EXPECT_EQ(label->text(), totalOf(*window, QString::fromLatin1(name))) << name;
    }

    // The chart: size by package, biggest first, drawn.
    SizeChartWidget *chart = window->chart();
    EXPECT_EQ(chart->measure(), SizeChartWidget::Measure::Bytes);
    ASSERT_GE(chart->bars().size(), 3);
    EXPECT_EQ(chart->bars().constFirst().label, u"api"_s);
    for (qsizetype i = 1; i < chart->bars().size() - 1; ++i)
        EXPECT_LE(chart->bars().at(i).value, chart->bars().at(i - 1).value);
    EXPECT_THAT(chart->accessibleDescription().toStdString(), HasSubstr("api"));
    EXPECT_EQ(chart->accessibleName(), u"Size by package"_s);
    window->show();
    const QImage picture = chart->grab().toImage();
    ASSERT_FALSE(picture.isNull());
    const QRgb barColour = chart->palette().color(QPalette::Highlight).rgb();
    int barPixels = 0;
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            barPixels += picture.pixel(x, y) == barColour ? 1 : 0;
    }
    EXPECT_GT(barPixels, 500); // api's bar alone is hundreds of pixels long
}

TEST_F(OverviewWindowTest, ACancelledScanKeepsWhatItScannedAndSaysItIsPartial)
{
    const auto window = openOverview();
    NamespaceScan *scan = window->scan();
    QObject::connect(scan, &NamespaceScan::packageScanned, window.get(), [&] {
        if (scan->scannedCount() == 3)
            window->cancelScan();
    });
    ASSERT_TRUE(scanAndWait(*window));
    EXPECT_TRUE(scan->wasCancelled());
    const OverviewModel::Totals totals = window->model()->totals();
    EXPECT_GE(totals.scanned, 3);
    EXPECT_LT(totals.scanned, totals.packages);
    EXPECT_THAT(window->statusText().toStdString(), StartsWith("Partial: cancelled after"));
    EXPECT_THAT(window->windowTitle().toStdString(), HasSubstr("(partial)"));
    const auto *status = findByName<QLabel>(window.get(), u"Scan status"_s);
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->isHidden());
    EXPECT_EQ(totalOf(*window, u"Packages"_s),
              QStringLiteral("%1 (%2 scanned)").arg(totals.packages).arg(totals.scanned));
    // What was scanned stays in the table; the rest says so.
    int notScanned = 0;
    for (int row = 0; row < window->model()->rowCount(); ++row) {
        const QModelIndex index = window->model()->index(row, OverviewModel::ProblemsColumn);
        notScanned += index.data().toString() == u"Not scanned" ? 1 : 0;
    }
    EXPECT_EQ(notScanned, totals.packages - totals.scanned);

    // Scanning again lists again and covers everything.
    ASSERT_TRUE(scanAndWait(*window));
    EXPECT_TRUE(window->scan()->isComplete());
    EXPECT_TRUE(window->statusText().isEmpty());
    EXPECT_THAT(window->windowTitle().toStdString(), Not(HasSubstr("partial")));
}

TEST_F(OverviewWindowTest, ACappedScanCoversAPrefixOfTheTable)
{
    const auto window = openOverview();
    NamespaceScan *scan = window->scan();
    const int cap = scan->estimatedRestRequests() / 2;
    window->setCap(cap);
    const int covered = scan->packagesWithin(cap);
    ASSERT_GT(covered, 0);
    ASSERT_LT(covered, scan->packages().size());
    EXPECT_THAT(window->costText().toStdString(),
                HasSubstr(QStringLiteral("The cap of %1 covers %2 of").arg(cap).arg(covered).toStdString()));
    ASSERT_TRUE(scanAndWait(*window));
    EXPECT_EQ(window->model()->totals().scanned, covered);
    EXPECT_THAT(window->statusText().toStdString(), StartsWith("Partial: the cap covered"));
    for (int row = 0; row < window->model()->rowCount(); ++row)
        EXPECT_EQ(window->model()->index(row, 0).data(OverviewModel::ScannedRole).toBool(), row < covered)
            << row;
}

TEST_F(OverviewWindowTest, RowsOpenThePackageAndReviewAsksForTheRulesDeletions)
{
    RetentionRule panel;
    panel.untaggedOnly = true;
    const auto window = openOverview([panel] { return std::optional(panel); });
    ASSERT_TRUE(scanAndWait(*window)); // "The Retention rules panel's" rule, the default choice
    EXPECT_EQ(window->chosenRule(), std::optional(panel));

    QSignalSpy selected(window.get(), &OverviewWindow::packageSelected);
    QSignalSpy review(window.get(), &OverviewWindow::reviewRequested);
    auto *reviewButton = findByName<QPushButton>(window.get(), u"Review the rule's deletions"_s);
    ASSERT_NE(reviewButton, nullptr);
    EXPECT_FALSE(reviewButton->isEnabled()); // nothing selected

    window->table()->selectRow(tableRow(*window, PackageType::Container, u"web"_s));
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().at(0).value<PackageType>(), PackageType::Container);
    EXPECT_EQ(selected.first().at(1).toString(), u"web"_s);
    ASSERT_TRUE(reviewButton->isEnabled());
    reviewButton->click();
    ASSERT_EQ(review.size(), 1);
    EXPECT_EQ(review.first().at(1).toString(), u"web"_s);
    const auto ids = review.first().at(2).value<QSet<qint64>>();
    const PackageHealth *web =
        window->model()->healthAt(window->model()->indexOf(PackageType::Container, u"web"_s));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(ids, QSet<qint64>(web->ruleDeletionIds.cbegin(), web->ruleDeletionIds.cend()));
    EXPECT_EQ(ids.size(), 3); // web's three orphans

    // A package the rule deletes nothing in cannot be reviewed.
    window->table()->selectRow(tableRow(*window, PackageType::Npm, u"cli"_s));
    EXPECT_FALSE(reviewButton->isEnabled());

    // The filter matches a name, a type, a problem.
    auto *filter = findByName<QLineEdit>(window.get(), u"Filter packages"_s);
    ASSERT_NE(filter, nullptr);
    filter->setText(u"npm"_s);
    const QAbstractItemModel *table = window->table()->model();
    ASSERT_GT(table->rowCount(), 0);
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(table->index(row, OverviewModel::TypeColumn).data().toString(), u"npm"_s);
    filter->setText(u"signed"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->index(0, OverviewModel::PackageColumn).data().toString(), u"signed-app"_s);

    // A changed rule says it applies from the next scan.
    window->setRuleChoice(OverviewWindow::RuleChoice::KeepNewest10);
    const auto *ruleNote = findByName<QLabel>(window.get(), u"Rule in use"_s);
    ASSERT_NE(ruleNote, nullptr);
    EXPECT_THAT(ruleNote->text().toStdString(), HasSubstr("Scan again"));
}

// Without a panel rule and for package types GitHub gives no size for, the chart counts versions.
TEST_F(OverviewWindowTest, TheChartCountsVersionsWhenNoPackageHasASize)
{
    SizeChartWidget chart;
    chart.setMaximumBars(4);
    chart.setEntries({{u"a"_s, 5}, {u"b"_s, 50}, {u"c"_s, 0}, {u"d"_s, 7}, {u"e"_s, 3}, {u"f"_s, 2}},
                     SizeChartWidget::Measure::Versions);
    ASSERT_EQ(chart.bars().size(), 4);
    EXPECT_EQ(chart.bars().at(0).label, u"b"_s);
    EXPECT_EQ(chart.bars().at(1).label, u"d"_s);
    EXPECT_EQ(chart.bars().at(2).label, u"a"_s);
    EXPECT_EQ(chart.bars().at(3).value, 5); // e and f; c has nothing to show
    EXPECT_EQ(chart.bars().at(3).packages, 2);
    EXPECT_EQ(chart.title(), u"Versions by package"_s);
    EXPECT_EQ(chart.ticks().constFirst(), 0);
    EXPECT_GE(chart.ticks().constLast(), 50);
    chart.resize(chart.sizeHint());
    EXPECT_FALSE(chart.grab().toImage().isNull());
}

} // namespace
