// The namespace Overview window (issue #18) against the fake GitHub's demo namespace `acme`: what a scan
// costs, the scan with its progress, the totals and the chart, a cancelled or capped scan that keeps what it
// had and says it is partial, closing it while it scans, scanning again, the filter, the accelerators, and
// the row and Review… signals MainWindow acts on.
#include "overviewwindow.h"

#include "datasize.h"
#include "overviewmodel.h"
#include "sizechartwidget.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

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

    // The rows of the table the Problems column says are not scanned.
    static int notScannedRows(const OverviewWindow &window)
    {
        int rows = 0;
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            const QModelIndex index = window.model()->index(row, OverviewModel::ProblemsColumn);
            rows += index.data().toString() == u"Not scanned" ? 1 : 0;
        }
        return rows;
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

// Esc while a scan runs cancels it: the window hides (MainWindow keeps it) with what was scanned, partial.
TEST_F(OverviewWindowTest, ClosingTheWindowWhileItScansCancelsTheScanAndKeepsWhatItHad)
{
    const auto window = openOverview();
    window->show();
    NamespaceScan *scan = window->scan();
    QSignalSpy finished(window.get(), &OverviewWindow::scanFinished);
    QObject::connect(scan, &NamespaceScan::packageScanned, window.get(), [&] {
        if (scan->scannedCount() == 3 && window->isVisible())
            QTest::keyClick(window.get(), Qt::Key_Escape);
    });
    window->startScan();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(60000));
    EXPECT_FALSE(window->isVisible());
    EXPECT_FALSE(window->isScanning());
    EXPECT_EQ(window->scan(), scan);
    EXPECT_TRUE(scan->wasCancelled());
    const OverviewModel::Totals totals = window->model()->totals();
    EXPECT_GE(totals.scanned, 3);
    EXPECT_LT(totals.scanned, totals.packages);
    EXPECT_THAT(window->statusText().toStdString(), StartsWith("Partial: cancelled after"));
    EXPECT_THAT(window->windowTitle().toStdString(), HasSubstr("(partial)"));
}

// "Scan again" lists the packages again first: the table keeps what the last scan found until the new list is
// in, and Cancel while it lists goes back to that scan, as it was.
TEST_F(OverviewWindowTest, ScanningAgainKeepsTheRowsUntilTheNewListAndCancelGoesBackToThem)
{
    const auto window = openOverview();
    window->setRuleChoice(OverviewWindow::RuleChoice::UntaggedOnly);
    ASSERT_TRUE(scanAndWait(*window));
    NamespaceScan *first = window->scan();
    ASSERT_TRUE(first->isComplete());
    const int packages = int(first->packages().size());
    const QString totalSize = totalOf(*window, u"Size"_s);
    const qsizetype bars = window->chart()->bars().size();
    QSignalSpy resets(window->model(), &QAbstractItemModel::modelReset);

    window->startScan(); // lists again first
    ASSERT_TRUE(window->isScanning());
    ASSERT_FALSE(window->isListed());
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(window->model()->rowCount(), packages);
    EXPECT_EQ(notScannedRows(*window), 0);
    EXPECT_EQ(window->model()->totals().scanned, packages);

    window->cancelScan();
    EXPECT_FALSE(window->isScanning());
    EXPECT_TRUE(window->isListed());
    EXPECT_TRUE(window->hasScanned());
    EXPECT_EQ(window->scan(), first);
    // The listing that was cancelled changes nothing when its answer would have come.
    QTest::qWait(500);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(window->model()->rowCount(), packages);
    EXPECT_EQ(notScannedRows(*window), 0);
    EXPECT_EQ(totalOf(*window, u"Size"_s), totalSize);
    EXPECT_EQ(window->chart()->bars().size(), bars);
    EXPECT_TRUE(window->statusText().isEmpty()) << window->statusText().toStdString();
    EXPECT_THAT(window->windowTitle().toStdString(), Not(HasSubstr("partial")));
    auto *scanButton = findByName<QPushButton>(window.get(), u"Scan"_s);
    ASSERT_NE(scanButton, nullptr);
    EXPECT_TRUE(scanButton->isEnabled());
    EXPECT_EQ(scanButton->text().remove(u'&'), u"Scan again"_s);

    // Scanning again to the end: the new list replaces the rows, and the new scan fills them.
    ASSERT_TRUE(scanAndWait(*window));
    EXPECT_NE(window->scan(), first);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_TRUE(window->scan()->isComplete());
    EXPECT_EQ(notScannedRows(*window), 0);
}

// A double click activates the row once: MainWindow opens the package once.
TEST_F(OverviewWindowTest, ADoubleClickActivatesTheRowOnce)
{
    const auto window = openOverview();
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy activated(window.get(), &OverviewWindow::packageActivated);
    QTableView *table = window->table();
    const QModelIndex web = table->model()->index(tableRow(*window, PackageType::Container, u"web"_s), 0);
    table->scrollTo(web);
    // What a window system sends for a double click: a click, then a double click and its release.
    const QPoint at = table->visualRect(web).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(1).toString(), u"web"_s);
}

// Scan, Cancel and Review… have accelerators, and so have the Rule, Filter and Cap labels, which take the
// keyboard to their control; no two are the same letter. The cap says its unit in its label, not in a suffix.
TEST_F(OverviewWindowTest, TheButtonsAndLabelsHaveAcceleratorsOfTheirOwn)
{
    const auto window = openOverview();
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    QHash<QKeySequence, QStringList> owners;
    QHash<QString, QKeySequence> keyOf;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty()) {
            owners[key].append(text);
            keyOf.insert(QString(text).remove(u'&'), key);
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1)
            << it.key().toString().toStdString() << " is " << it.value().join(u", "_s).toStdString();
    for (const QString &text : {u"Scan"_s, u"Cancel"_s, u"Review…"_s, u"Rule:"_s, u"Filter:"_s})
        EXPECT_TRUE(keyOf.contains(text)) << text.toStdString() << " has no accelerator";

    auto *cap = findByName<QSpinBox>(window.get(), u"Request cap"_s);
    ASSERT_NE(cap, nullptr);
    EXPECT_TRUE(cap->suffix().isEmpty());
    const QLabel *capLabel = nullptr;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == cap)
            capLabel = label;
    }
    ASSERT_NE(capLabel, nullptr);
    EXPECT_THAT(capLabel->text().toStdString(), HasSubstr("REST requests"));
    ASSERT_FALSE(QKeySequence::mnemonic(capLabel->text()).isEmpty());

    // Each label's letter takes the keyboard to its control.
    const auto focusAfter = [&](const QKeySequence &key) {
        QTest::keyClick(window.get(), key[0].key(), key[0].keyboardModifiers());
        return QApplication::focusWidget();
    };
    EXPECT_EQ(focusAfter(QKeySequence::mnemonic(capLabel->text())), cap);
    EXPECT_EQ(focusAfter(keyOf.value(u"Filter:"_s)),
              findByName<QLineEdit>(window.get(), u"Filter packages"_s));
    EXPECT_EQ(focusAfter(keyOf.value(u"Rule:"_s)), findByName<QComboBox>(window.get(), u"Rule"_s));
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

// Many packages of about the same size: the bar of the others adds them up and is the biggest. The axis runs
// past it, and it and its value stay inside the chart.
TEST_F(OverviewWindowTest, TheOthersBarAndItsValueStayInsideTheChart)
{
    QList<SizeChartWidget::Entry> entries;
    for (int i = 1; i <= 15; ++i)
        entries.append({u"service-%1"_s.arg(i, 2, 10, QLatin1Char('0')), 100'000'000 + i});
    SizeChartWidget chart;
    chart.setEntries(entries, SizeChartWidget::Measure::Bytes);
    ASSERT_EQ(chart.bars().size(), 10);
    const SizeChartWidget::Entry &others = chart.bars().constLast();
    EXPECT_EQ(others.packages, 6);
    ASSERT_GT(others.value, chart.bars().constFirst().value);

    for (const QSize size :
         {chart.sizeHint(), QSize(chart.minimumSizeHint().width(), 400), QSize(1280, 300)}) {
        chart.resize(size);
        EXPECT_GE(chart.ticks().constLast(), others.value);
        const QList<SizeChartWidget::BarGeometry> bars = chart.barGeometry();
        ASSERT_EQ(bars.size(), chart.bars().size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            EXPECT_TRUE(chart.rect().contains(bars.at(i).bar)) << i << " at " << size.width();
            EXPECT_TRUE(chart.rect().contains(bars.at(i).value)) << i << " at " << size.width();
            EXPECT_LE(bars.at(i).bar.right(), bars.at(i).value.left()) << i;
        }
        // The others' bar is the longest drawn.
        EXPECT_GT(bars.constLast().bar.width(), bars.constFirst().bar.width());
        EXPECT_FALSE(chart.grab().toImage().isNull());
    }
}

} // namespace
