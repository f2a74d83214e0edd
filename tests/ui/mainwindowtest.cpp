// The main window against the fake GitHub's demo scenario: browsing, scope gating, keyboard, screenshots.
#include "accountsettings.h"
#include "deletionjournal.h"
#include "detailspane.h"
#include "fakeserverfixture.h"
#include "imagetree.h"
#include "mainwindowfixture.h"
#include "memorytokenstore.h"
#include "modelroles.h"
#include "namespacemodel.h"
#include "offlinebar.h"
#include "packagelistmodel.h"
#include "qtprinters.h"
#include "retentionpanel.h"
#include "restoredialog.h"
#include "reviewdeletiondialog.h"
#include "screenshotdriver.h"
#include "session.h"
#include "sessionmanager.h"
#include "ssonoticebar.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;

namespace {

// A version as the README names it: "index 1.3.0", "linux/arm64 manifest", "attestation".
QString describe(const ImageTree &tree, const QString &digest)
{
    const ImageTree::Node *node = tree.node(digest);
    if (!node)
        return QStringLiteral("not in the tree: ") + digest;
    switch (node->kind) {
    case ImageTree::NodeKind::Index:
        return QStringLiteral("index ") + node->tags.join(u'/');
    case ImageTree::NodeKind::PlatformManifest:
        return node->platform + QStringLiteral(" manifest");
    case ImageTree::NodeKind::Attestation:
        return QStringLiteral("attestation");
    default:
        return QStringLiteral("other version ") + digest;
    }
}

} // namespace

TEST_F(MainWindowTest, HasTheFixedNamesScreenReadersRelyOn)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Packhouse"));
    QStringList viewNames;
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
        viewNames << view->accessibleName();
    EXPECT_THAT(viewNames, IsSupersetOf({QStringLiteral("Namespaces"), QStringLiteral("Packages"),
                                         QStringLiteral("Versions")}));
    EXPECT_EQ(window->detailsPane()->accessibleName(), QStringLiteral("Details"));
    EXPECT_EQ(action("refreshAction")->iconText(), QStringLiteral("Refresh"));
    EXPECT_EQ(action("deleteAction")->iconText(), QStringLiteral("Delete…"));
    EXPECT_EQ(action("restoreAction")->iconText(), QStringLiteral("Restore…"));
    EXPECT_EQ(action("showDeletedAction")->iconText(), QStringLiteral("Show deleted"));
    EXPECT_TRUE(action("showDeletedAction")->isCheckable());
    EXPECT_EQ(action("signInAction")->iconText(), QStringLiteral("Sign in…"));
    EXPECT_EQ(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(action("deleteAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    // Every interactive widget can be named by a screen reader (own name, or its visible text).
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget);
        // Qt's own parts (headers, a line edit's clear button, the toolbar's overflow) name themselves.
        if (!interactive || widget->objectName().startsWith(u"qt_") || qobject_cast<QHeaderView *>(widget) ||
            widget->inherits("QToolBarExtension") || widget->inherits("QLineEditIconButton"))
            continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty() && widget->property("text").toString().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, BrowsesUserThenOrganizationThenTheMultiArchTree)
{
    signIn(DemoTokens::full());
    // The user's own packages first.
    ASSERT_TRUE(waitUntil([&] {
        return window->packageModel()->indexOf(PackageType::Container, QStringLiteral("ci-cache")).isValid();
    }));

    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    const QModelIndex latest = window->expandTag(QStringLiteral("latest"));
    ASSERT_TRUE(latest.isValid());
    VersionTreeModel *versions = window->versionModel();
    ASSERT_TRUE(
        waitUntil([&] { return versions->rowCount(latest) > 0 && !latest.data(LoadingRole).toBool(); }));

    QStringList platforms;
    QList<int> kinds;
    for (int row = 0; row < versions->rowCount(latest); ++row) {
        const QModelIndex child = versions->index(row, 0, latest);
        platforms << child.data(VersionTreeModel::PlatformRole).toString();
        kinds << child.data(VersionTreeModel::NodeKindRole).toInt();
    }
    EXPECT_THAT(platforms, IsSupersetOf({QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
    EXPECT_THAT(kinds, Contains(int(ImageTree::NodeKind::Attestation)));
    EXPECT_THAT(kinds, Contains(int(ImageTree::NodeKind::PlatformManifest)));

    // The view shows it expanded, and the details follow the selection.
    QTreeView *view = window->versionView();
    const QModelIndex shown = view->currentIndex();
    EXPECT_TRUE(view->isExpanded(shown));
    EXPECT_EQ(view->model()->rowCount(shown), versions->rowCount(latest));
    EXPECT_THAT(window->detailsPane()->command().toStdString(), HasSubstr(":latest"));
    EXPECT_TRUE(window->detailsPane()->digest().startsWith(u"sha256:"));
}

TEST_F(MainWindowTest, ReadOnlyTokenBrowsesButCannotDeleteAndSaysWhichScopeIsMissing)
{
    signIn(DemoTokens::readOnly());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    QTreeView *view = window->versionView();
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QAction *remove = action("deleteAction");
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_THAT(remove->toolTip().toStdString(), HasSubstr("delete:packages"));
    EXPECT_THAT(remove->toolTip().toStdString(), HasSubstr("admin rights on the package in acme"));
    QAction *restore = action("restoreAction");
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_THAT(restore->toolTip().toStdString(), HasSubstr("write:packages"));
}

TEST_F(MainWindowTest, AnAppTokenSaysItReportsNoScopesAndLeavesTheActionsToGitHub)
{
    signIn(DemoTokens::appUser());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    QTreeView *view = window->versionView();
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QLabel *scopes = nullptr;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Token scopes"))
            scopes = label;
    }
    ASSERT_NE(scopes, nullptr);
    EXPECT_EQ(scopes->text(), QStringLiteral("scopes not reported"));
    EXPECT_THAT(scopes->toolTip().toStdString(), HasSubstr("GitHub's answer decides"));
    EXPECT_TRUE(action("deleteAction")->isEnabled());
    EXPECT_TRUE(action("restoreAction")->isEnabled());
}

// GitHub leaves a SAML organization the token is not authorized for out of /user/orgs (X-GitHub-SSO:
// partial-results): the Namespaces pane lists it, marked, and clicking it offers the link that authorizes it.
TEST_F(MainWindowTest, AnOrganizationLeftOutForSingleSignOnIsARowThatOffersTheAuthorizeLink)
{
    ASSERT_TRUE(server.setSsoBehaviour(QStringLiteral("sso-corp"), true, false));
    signIn(DemoTokens::full());
    auto *view = window->findChild<QListView *>(QStringLiteral("namespaceView"));
    ASSERT_NE(view, nullptr);
    const auto rowNamed = [view](const QString &text) {
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.constFirst();
    };
    ASSERT_TRUE(waitUntil([&] {
        return !window->namespaceModel()->isLoading() &&
               rowNamed(QStringLiteral("sso-corp (needs single sign-on)")).isValid();
    }));
    auto *bar = window->findChild<SsoNoticeBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());

    const QModelIndex ssoCorp = rowNamed(QStringLiteral("sso-corp (needs single sign-on)"));
    view->scrollTo(ssoCorp);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(ssoCorp).center());
    EXPECT_EQ(view->currentIndex(), ssoCorp);
    ASSERT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->authorizationUrl().path(), QStringLiteral("/orgs/sso-corp/sso"));
    const QLabel *message = findByName<QLabel>(bar, QStringLiteral("Single sign-on message"));
    ASSERT_NE(message, nullptr);
    EXPECT_THAT(message->text().toStdString(), HasSubstr("sso-corp"));
    const QPushButton *authorize = findByName<QPushButton>(bar, QStringLiteral("Authorize"));
    ASSERT_NE(authorize, nullptr);
    EXPECT_TRUE(authorize->isVisible());
    EXPECT_TRUE(authorize->isEnabled());

    // Its packages answer 403 with the link for this very token: the bar keeps offering it, for sso-corp.
    ASSERT_TRUE(waitUntil([&] { return !window->isPackagesLoading(); }));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->authorizationUrl().path(), QStringLiteral("/orgs/sso-corp/sso"));
    EXPECT_THAT(message->text().toStdString(), HasSubstr("sso-corp"));

    // Browsing on, and back, is safe.
    ASSERT_TRUE(window->selectNamespace(QStringLiteral("acme")));
    ASSERT_TRUE(
        waitUntil([&] { return !window->isPackagesLoading() && window->packageModel()->rowCount() > 0; }));
    ASSERT_TRUE(window->selectNamespace(QStringLiteral("sso-corp")));
    ASSERT_TRUE(waitUntil([&] { return !window->isPackagesLoading(); }));
    EXPECT_TRUE(bar->isVisible());
}

TEST_F(MainWindowTest, FullTokenCanDeleteTheSelectedVersions)
{
    signIn(DemoTokens::full());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    QTreeView *view = window->versionView();
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_TRUE(action("deleteAction")->isEnabled());
    EXPECT_THAT(action("deleteAction")->toolTip().toStdString(), HasSubstr("selected versions"));
    EXPECT_EQ(view->selectionMode(), QAbstractItemView::ExtendedSelection);
}

TEST_F(MainWindowTest, F5RefreshesAndCtrlFFocusesTheFilter)
{
    signIn(DemoTokens::full());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->findChild<QListView *>()->setFocus();

    const int requestsBefore = counters().value(QStringLiteral("total_requests")).toInt();
    QSignalSpy packagesLoading(window->packageModel(), &PackageListModel::loadingChanged);
    QSignalSpy versionsLoading(window->versionModel(), &VersionTreeModel::loadingChanged);
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] { return !packagesLoading.isEmpty() && !versionsLoading.isEmpty(); }));
    EXPECT_TRUE(packagesLoading.first().first().toBool());
    ASSERT_TRUE(waitUntil([&] { return !window->isVersionsLoading() && !window->isPackagesLoading(); }));
    EXPECT_GT(counters().value(QStringLiteral("total_requests")).toInt(), requestsBefore);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->accessibleName(), QStringLiteral("Filter versions"));
}

// Issue #21: browse, GitHub goes away, start again: what the cache holds shows under the offline banner,
// nothing can change, no dialog asks for a token; Retry now once GitHub is back leaves offline mode, keeping
// the selection.
TEST_F(MainWindowTest, StartsOfflineOnTheCacheAndRetryNowCatchesUpKeepingTheSelection)
{
    const QString cache = dir.filePath(QStringLiteral("cache"));
    restartWithCache(cache);
    signIn(DemoTokens::full());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    const QModelIndex latest = window->expandTag(QStringLiteral("latest"));
    ASSERT_TRUE(latest.isValid());
    ASSERT_TRUE(waitUntil(
        [&] { return window->versionModel()->rowCount(latest) > 0 && !latest.data(LoadingRole).toBool(); }));
    const int versionRows = window->versionModel()->rowCount();
    const int latestChildren = window->versionModel()->rowCount(latest);

    const ServerConfig github = serverConfig();
    const quint16 port = quint16(server.url().port());
    server.close();
    restartWithCache(cache);
    sessions->start(github, DemoTokens::full());
    ASSERT_TRUE(waitUntil([&] { return window->session() != nullptr; }));
    ASSERT_TRUE(window->session()->isOffline());

    // The banner: since when, the next try, and which host could not be reached and why.
    auto *bar = window->findChild<OfflineBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    const QString seenAt =
        QLocale().toString(window->session()->cachedDataTime().toLocalTime().time(), QLocale::ShortFormat);
    EXPECT_THAT(bar->text().toStdString(),
                HasSubstr("Offline — showing what Packhouse saw at " + seenAt.toStdString()));
    EXPECT_THAT(bar->text().toStdString(), testing::ContainsRegex("Retrying in [23][0-9] s"));
    EXPECT_THAT(bar->text().toStdString(),
                HasSubstr(github.hostKey().toStdString() + " could not be reached: connection refused."));
    for (const QDialog *dialog : window->findChildren<QDialog *>())
        EXPECT_FALSE(dialog->isVisible()) << dialog->metaObject()->className();

    // The cached namespaces, packages and version tree, the pane saying how old its copy is.
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    EXPECT_EQ(window->versionModel()->rowCount(), versionRows);
    const QModelIndex cachedLatest = window->expandTag(QStringLiteral("latest"));
    ASSERT_TRUE(cachedLatest.isValid());
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->rowCount(cachedLatest) == latestChildren; }));
    const auto *versionsStatus = findByName<QLabel>(window.get(), QStringLiteral("Versions status"));
    ASSERT_NE(versionsStatus, nullptr);
    EXPECT_THAT(versionsStatus->text().toStdString(), HasSubstr("showing the copy from"));

    // Nothing can change, and each refusal says why; Recently deleted stays readable.
    for (const char *name : {"deleteAction", "restoreAction", "retentionAction"}) {
        EXPECT_FALSE(action(name)->isEnabled()) << name;
        EXPECT_THAT(action(name)->toolTip().toStdString(), HasSubstr("offline")) << name;
    }
    ASSERT_TRUE(action("recentlyDeletedAction")->isEnabled());
    action("recentlyDeletedAction")->trigger();
    auto *recentlyDeleted = window->findChild<RestoreDialog *>();
    ASSERT_NE(recentlyDeleted, nullptr);
    const auto *restoreSelected = findByName<QPushButton>(recentlyDeleted, QStringLiteral("Restore selected"));
    ASSERT_NE(restoreSelected, nullptr);
    EXPECT_FALSE(restoreSelected->isEnabled());
    EXPECT_THAT(restoreSelected->toolTip().toStdString(), HasSubstr("offline"));
    recentlyDeleted->close();

    // GitHub is back: Retry now checks the token, leaves offline mode and refreshes through the ETag cache.
    ASSERT_TRUE(server.listen(port));
    const qint64 quotaBefore = counters().value(u"quota_spent").toInteger();
    const qint64 notModifiedBefore = counters().value(u"not_modified").toInteger();
    auto *retryNow = findByName<QPushButton>(bar, QStringLiteral("Retry now"));
    ASSERT_NE(retryNow, nullptr);
    retryNow->click();
    ASSERT_TRUE(waitUntil([&] { return !window->session()->isOffline(); }));
    ASSERT_TRUE(waitUntil([&] {
        return !window->isPackagesLoading() && !window->isVersionsLoading() &&
               !window->namespaceModel()->isLoading();
    }));
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(action("deleteAction")->isEnabled()) << action("deleteAction")->toolTip().toStdString();
    // The token check (GET /user) is the one point spent: every page shown was unchanged, a 304.
    EXPECT_EQ(counters().value(u"quota_spent").toInteger() - quotaBefore, 1);
    EXPECT_GT(counters().value(u"not_modified").toInteger(), notModifiedBefore);
    const auto *packages = window->findChild<QTreeView *>(QStringLiteral("packageView"));
    EXPECT_EQ(packages->currentIndex().data().toString(), u"web");
    const QModelIndex current = window->versionView()->currentIndex();
    EXPECT_TRUE(current.data(VersionTreeModel::TagsRole).toStringList().contains(u"latest"));
    EXPECT_TRUE(window->versionView()->isExpanded(current));
}

TEST_F(MainWindowTest, ScreenshotDriverSelectsExpandsAndWritesAPng)
{
    const QString file = dir.filePath(QStringLiteral("window.png"));
    ScreenshotDriver driver(window.get(), sessions.get(), file,
                            ScreenshotDriver::parseSelection(QStringLiteral("acme/container/web")));
    QSignalSpy finished(&driver, &ScreenshotDriver::finished);
    driver.start();
    sessions->start(serverConfig(), DemoTokens::full());
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();

    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window->size() * window->devicePixelRatio());
    // It waited for the tree: the `latest` index is expanded with its children.
    QTreeView *view = window->versionView();
    EXPECT_TRUE(view->isExpanded(view->currentIndex()));
    EXPECT_GT(view->model()->rowCount(view->currentIndex()), 0);
}

TEST_F(MainWindowTest, ReviewSceneRendersThePlanForDeleting130AndDeletesNothing)
{
    const QString file = dir.filePath(QStringLiteral("review.png"));
    ScreenshotDriver driver(window.get(), sessions.get(), file,
                            ScreenshotDriver::parseSelection(QStringLiteral("acme/container/web")),
                            ScreenshotDriver::Scene::ReviewDeletion);
    QSignalSpy finished(&driver, &ScreenshotDriver::finished);
    driver.start();
    sessions->start(serverConfig(), DemoTokens::full());
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();

    auto *dialog = window->findChild<ReviewDeletionDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Review deletion"));

    // The plan the picture shows (README, "Review deletion"): 1.3.0 goes with its amd64 manifest and that
    // manifest's attestation; the arm64 manifest is kept because latest/1.4.0 still uses it.
    const DeletionPlan &plan = dialog->plan();
    ASSERT_FALSE(plan.refused()) << plan.refusalReason().toStdString();
    const ImageTree &tree = window->versionModel()->imageTree();
    QStringList going;
    for (const PlannedDeletion &deletion : plan.deletions())
        going << describe(tree, deletion.digestOrName) + QStringLiteral(" | ") + deletion.reason;
    EXPECT_THAT(going, ElementsAre(QStringLiteral("index 1.3.0 | selected"),
                                   QStringLiteral("attestation | untagged child of 1.3.0"),
                                   QStringLiteral("linux/amd64 manifest | untagged child of 1.3.0")));
    ASSERT_EQ(plan.deletions().size(), 3);
    const ImageTree::Node *attestation = tree.node(plan.deletions().at(1).digestOrName);
    ASSERT_NE(attestation, nullptr);
    EXPECT_EQ(attestation->attestedDigest, plan.deletions().at(2).digestOrName);
    QStringList kept;
    for (const ExcludedVersion &excluded : plan.excluded())
        kept << describe(tree, excluded.digestOrName) + QStringLiteral(" | ") + excluded.reason;
    EXPECT_THAT(kept,
                ElementsAre(QStringLiteral("linux/arm64 manifest | shared with latest/1.4.0, which stays")));
    EXPECT_THAT(plan.remainingTags(),
                IsSupersetOf({QStringLiteral("latest"), QStringLiteral("1.4.0"), QStringLiteral("1.2.0")}));
    EXPECT_FALSE(plan.remainingTags().contains(QStringLiteral("1.3.0")));
    const auto buttons = dialog->findChildren<QPushButton *>();
    EXPECT_TRUE(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
        return button->text() == u"&Delete 3 versions";
    })) << "the dialog offers to delete what the plan holds";

    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), dialog->size() * dialog->devicePixelRatio());
    EXPECT_TRUE(counters().value(QStringLiteral("mutations")).toArray().isEmpty());
}

TEST_F(MainWindowTest, DeletedSceneListsDeletedVersionsWithDaysLeft)
{
    const QString file = dir.filePath(QStringLiteral("deleted.png"));
    ScreenshotDriver driver(window.get(), sessions.get(), file,
                            ScreenshotDriver::parseSelection(QStringLiteral("acme/container/web")),
                            ScreenshotDriver::Scene::ShowDeleted);
    QSignalSpy finished(&driver, &ScreenshotDriver::finished);
    driver.start();
    sessions->start(serverConfig(), DemoTokens::full());
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();

    VersionTreeModel *versions = window->versionModel();
    ASSERT_TRUE(versions->showDeleted());
    ASSERT_GT(versions->rowCount(), 0);
    const QModelIndex first = versions->index(0, VersionTreeModel::StateColumn);
    EXPECT_TRUE(first.data().toString().startsWith(QStringLiteral("Deleted · ")))
        << first.data().toString().toStdString();
    EXPECT_FALSE(QImage(file).isNull());
}

TEST(ScreenshotScene, ParsesTheThreeScenes)
{
    EXPECT_EQ(ScreenshotDriver::parseScene(QStringLiteral("window")), ScreenshotDriver::Scene::Window);
    EXPECT_EQ(ScreenshotDriver::parseScene(QStringLiteral("review")),
              ScreenshotDriver::Scene::ReviewDeletion);
    EXPECT_EQ(ScreenshotDriver::parseScene(QStringLiteral("deleted")), ScreenshotDriver::Scene::ShowDeleted);
    EXPECT_FALSE(ScreenshotDriver::parseScene(QStringLiteral("everything")).has_value());
}

#ifdef PACKHOUSE_APP_PATH
TEST_F(MainWindowTest, AppRendersTheDemoScreenshotWithTheTokenFromTheEnvironment)
{
    const QProcessEnvironment env = appEnvironment();
    const QString file = dir.filePath(QStringLiteral("app.png"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PACKHOUSE_APP_PATH),
              {QStringLiteral("--api-url"), server.url().toString(), QStringLiteral("--screenshot"), file,
               QStringLiteral("--select"), QStringLiteral("acme/container/web")});
    // The server runs in this process: keep its event loop turning while the app works.
    ASSERT_TRUE(waitUntil([&] { return app.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1000);
}

// A GitHub Enterprise Server behind a private certificate authority: the app speaks HTTPS to it once told
// to trust that authority, and refuses a file that holds no certificate.
TEST_F(MainWindowTest, AppTrustsThePrivateCertificateAuthorityItIsGiven)
{
    FakeGitHub::Server tlsServer;
    ASSERT_TRUE(tlsServer.listenTls());
    ASSERT_EQ(tlsServer.url().scheme(), QStringLiteral("https"));
    const QString authority = dir.filePath(QStringLiteral("private-ca.pem"));
    QFile pem(authority);
    ASSERT_TRUE(pem.open(QIODevice::WriteOnly));
    pem.write(FakeGitHub::Server::tlsCertificate().toPem());
    pem.close();
    const QString notACertificate = dir.filePath(QStringLiteral("empty.pem"));
    QFile empty(notACertificate);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();

    const QProcessEnvironment env = appEnvironment();
    const QString file = dir.filePath(QStringLiteral("tls.png"));
    const auto runApp = [&](const QString &authorities) {
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(env);
        app->start(QStringLiteral(PACKHOUSE_APP_PATH),
                   {QStringLiteral("--api-url"), tlsServer.url().toString(),
                    QStringLiteral("--ca-certificates"), authorities, QStringLiteral("--screenshot"), file,
                    QStringLiteral("--select"), QStringLiteral("acme/container/web")});
        EXPECT_TRUE(waitUntil([&] { return app->state() == QProcess::NotRunning; }, 60000));
        return app;
    };

    const auto refused = runApp(notACertificate);
    EXPECT_EQ(refused->exitCode(), 2);
    EXPECT_TRUE(refused->readAllStandardError().contains("--ca-certificates: no PEM certificate"));
    EXPECT_EQ(tlsServer.counters().value(u"total_requests").toInt(), 0);

    const auto trusted = runApp(authority);
    EXPECT_EQ(trusted->exitCode(), 0) << trusted->readAllStandardError().toStdString();
    EXPECT_FALSE(QImage(file).isNull());
    EXPECT_GT(tlsServer.counters().value(u"total_requests").toInt(), 0);
}

TEST(AppCommandLine, HelpWorksWithoutADisplay)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PACKHOUSE_APP_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(app.waitForFinished(30000));
    EXPECT_EQ(app.exitCode(), 0);
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    for (const char *option : {"--api-url", "--ca-certificates", "--token-stdin", "--screenshot", "--select"})
        EXPECT_TRUE(help.contains(QString::fromLatin1(option))) << option;
}
#endif

// The Retention rules panel lives on while packages change: shown for a package, it loads the manifests its
// preview needs (it said "0 versions" for untagged-only until the user expanded the images), and it shows the
// packhouse-prune command line for the package.
TEST_F(MainWindowTest, TheRetentionPanelPreviewsAPackageOpenedAfterItWasMade)
{
    signIn(DemoTokens::full());
    browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    action("retentionAction")->trigger();
    auto *panel = window->findChild<RetentionPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(waitUntil([&] { return panel->isVisible(); }));
    RetentionRule rule;
    rule.untaggedOnly = true;
    panel->setRule(rule);
    EXPECT_TRUE(waitUntil([&] { return panel->previewText() == QStringLiteral("3 versions would be deleted"); }))
        << panel->previewText().toStdString();
    EXPECT_THAT(panel->commandLine().toStdString(),
                HasSubstr("--org acme --type container --package web --untagged-only"));
}
