// Issue #18 in the main window against the fake GitHub: View → Overview of the selected namespace, its rows
// opening the package in the main views and Review… opening the package's review, the window kept when
// closed; Details showing what a container version takes and what deleting it frees. The overview's
// screenshot scene is the screenshots ctest's (tests/ui/screenshots-test.sh).
#include "datasize.h"
#include "demosizes.h"
#include "detailspane.h"
#include "mainwindowfixture.h"
#include "overviewmodel.h"
#include "overviewwindow.h"
#include "reviewdeletiondialog.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

int tableRow(const OverviewWindow &overview, PackageType type, const QString &name)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(overview.table()->model());
    return proxy->mapFromSource(overview.model()->indexOf(type, name)).row();
}

QString currentPackage(const MainWindow &window)
{
    const auto *view = window.findChild<QTreeView *>(u"packageView"_s);
    return view ? view->currentIndex().data().toString() : QString();
}

} // namespace

TEST_F(MainWindowTest, OverviewRowsOpenTheirPackageAndReviewOpensItsReview)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Container, u"web"_s);
    QAction *overviewAction = action("overviewAction");
    ASSERT_NE(overviewAction, nullptr);
    ASSERT_TRUE(overviewAction->isEnabled()) << overviewAction->toolTip().toStdString();
    EXPECT_EQ(overviewAction->icon().name(), u"packhouse/overview"_s);
    EXPECT_FALSE(overviewAction->shortcut().isEmpty());

    overviewAction->trigger();
    OverviewWindow *overview = window->overviewWindow();
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->owner().login, u"acme"_s);
    EXPECT_TRUE(overview->isVisible());
    overviewAction->trigger(); // the same namespace: the same window
    EXPECT_EQ(window->overviewWindow(), overview);

    ASSERT_TRUE(waitUntil([&] { return overview->isListed(); }));
    overview->setRuleChoice(OverviewWindow::RuleChoice::UntaggedOnly);
    QSignalSpy finished(overview, &OverviewWindow::scanFinished);
    overview->startScan();
    ASSERT_TRUE(finished.wait(60000));

    // Selecting a row opens the package in the main views.
    overview->table()->selectRow(tableRow(*overview, PackageType::Container, u"api"_s));
    ASSERT_TRUE(waitUntil([&] { return currentPackage(*window) == u"api"; }))
        << currentPackage(*window).toStdString();

    // Review… on web: web opens, and its review plans what the rule would delete there (its three orphans).
    overview->table()->selectRow(tableRow(*overview, PackageType::Container, u"web"_s));
    auto *review = findByName<QPushButton>(overview, u"Review the rule's deletions"_s);
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(review->isEnabled());
    review->click();
    ReviewDeletionDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = window->findChild<ReviewDeletionDialog *>();
        return dialog && dialog->isVisible() && acceptButton(dialog) && acceptButton(dialog)->isEnabled();
    })) << (dialog ? QStringLiteral("dialog visible %1, button %2, plan %3 refusal %4")
                         .arg(dialog->isVisible())
                         .arg(acceptButton(dialog) ? acceptButton(dialog)->text() : QString())
                         .arg(dialog->plan().deletions().size())
                         .arg(dialog->plan().refusalReason())
                         .toStdString()
                   : std::string("no dialog"));
    EXPECT_EQ(currentPackage(*window), u"web"_s);
    EXPECT_EQ(dialog->plan().deletions().size(), 3);
    dialog->reject();

    // Another namespace's overview replaces it; signing out closes it.
    browseTo(u"octocat"_s, PackageType::Container, u"hello-world"_s);
    overviewAction->trigger();
    ASSERT_NE(window->overviewWindow(), nullptr);
    EXPECT_EQ(window->overviewWindow()->owner().login, u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return window->overviewWindow()->isListed(); }));
    sessions->signOut();
    ASSERT_TRUE(waitUntil([&] { return window->overviewWindow() == nullptr; }));
    EXPECT_FALSE(action("overviewAction")->isEnabled());
}

// Details: a container version's size and what deleting it frees, from the demo scenario's manifests; the
// untagged platform manifests are read for it (registry only) while "size unknown" shows.
TEST_F(MainWindowTest, DetailsSayWhatAnImageTakesAndWhatDeletingItFrees)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Container, u"web"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    const DemoSizes::ImageDeletion expected = DemoSizes::ofImage(u"acme"_s, u"web"_s, u"1.3.0"_s);
    ASSERT_GT(expected.sharedBytes, 0);

    const QModelIndex image = window->expandTag(u"1.3.0"_s);
    ASSERT_TRUE(image.isValid());
    const auto *size = findByName<QLabel>(window->detailsPane(), u"Size"_s);
    const auto *frees = findByName<QLabel>(window->detailsPane(), u"Deleting it"_s);
    ASSERT_NE(size, nullptr);
    ASSERT_NE(frees, nullptr);
    EXPECT_FALSE(frees->isHidden());
    ASSERT_TRUE(waitUntil([&] { return frees->text().startsWith(u"Frees "); }))
        << frees->text().toStdString();
    EXPECT_EQ(frees->text(), u"Frees %1; %2 stays shared with images you keep."_s.arg(
                                 dataSizeText(expected.freedBytes), dataSizeText(expected.sharedBytes)));
    EXPECT_EQ(size->text(), dataSizeText(expected.sizeBytes));

    // A package GitHub gives no size for shows none.
    browseTo(u"acme"_s, PackageType::Npm, u"cli"_s);
    const QModelIndex first = window->versionView()->model()->index(0, 0);
    window->versionView()->setCurrentIndex(first);
    EXPECT_TRUE(frees->isHidden());
    EXPECT_TRUE(size->isHidden());
}

// Closing the Overview (Esc, or its close button) hides it: opened again for the same namespace, it shows
// what it scanned; for another namespace a new one starts afresh.
TEST_F(MainWindowTest, TheOverviewKeepsWhatItScannedWhenClosedAndStartsAfreshForAnotherNamespace)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Container, u"web"_s);
    QAction *overviewAction = action("overviewAction");
    ASSERT_NE(overviewAction, nullptr);
    overviewAction->trigger();
    const QPointer<OverviewWindow> overview = window->overviewWindow();
    ASSERT_NE(overview, nullptr);
    ASSERT_TRUE(waitUntil([&] { return overview->isListed(); }));
    QSignalSpy finished(overview, &OverviewWindow::scanFinished);
    overview->startScan();
    ASSERT_TRUE(finished.wait(60000));
    NamespaceScan *scan = overview->scan();
    const OverviewModel::Totals totals = overview->model()->totals();
    ASSERT_GT(totals.packages, 0);
    ASSERT_EQ(totals.scanned, totals.packages);

    for (const bool escape : {true, false}) {
        if (escape)
            QTest::keyClick(overview, Qt::Key_Escape);
        else
            overview->close();
        EXPECT_FALSE(overview->isVisible()) << escape;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ASSERT_FALSE(overview.isNull()) << escape;
        EXPECT_EQ(window->overviewWindow(), overview.data());

        overviewAction->trigger();
        EXPECT_EQ(window->overviewWindow(), overview.data());
        EXPECT_TRUE(overview->isVisible());
        EXPECT_TRUE(overview->hasScanned());
        EXPECT_EQ(overview->scan(), scan);
        EXPECT_EQ(overview->model()->totals().scanned, totals.packages);
        EXPECT_EQ(overview->model()->rowCount(), totals.packages);
    }

    // Another namespace: a new window, nothing scanned yet.
    browseTo(u"octocat"_s, PackageType::Container, u"hello-world"_s);
    overviewAction->trigger();
    OverviewWindow *other = window->overviewWindow();
    ASSERT_NE(other, nullptr);
    EXPECT_TRUE(overview.isNull());
    EXPECT_EQ(other->owner().login, u"octocat"_s);
    EXPECT_FALSE(other->hasScanned());
    EXPECT_EQ(other->model()->totals().scanned, 0);
}
