#include "mainwindow.h"

#include "actiongate.h"
#include "browsingcontroller.h"
#include "deletionsize.h"
#include "modelroles.h"

#include "accountsettings.h"
#include "apijob.h"
#include "detailspane.h"
#include "keyboardshortcutsdialog.h"
#include "githubclient.h"
#include "namespacedelegate.h"
#include "namespacemodel.h"
#include "offlinebar.h"
#include "operationprogresspanel.h"
#include "operationqueue.h"
#include "operationstatuswidget.h"
#include "overviewwindow.h"
#include "packagelistmodel.h"
#include "paletteiconengine.h"
#include "panenoticebar.h"
#include "panestatewidget.h"
#include "registryclient.h"
#include "restoredialog.h"
#include "restoreplan.h"
#include "retentionpanel.h"
#include "reviewdeletiondialog.h"
#include "reviewrestoredialog.h"
#include "session.h"
#include "sessionmanager.h"
#include "signindialog.h"
#include "ssonoticebar.h"
#include "versionexpansion.h"
#include "versionfilterbar.h"
#include "versionfilterproxymodel.h"
#include "versiontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Packhouse {

namespace {

// A right click on a header offers every column to show or hide, as file managers do.
void offerColumnChoice(QTreeView *view)
{
    QHeaderView *header = view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
            auto *menu = new QMenu(view);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (int column = 0; column < header->count(); ++column) {
                QAction *action =
                    menu->addAction(view->model()->headerData(column, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                // The first column holds the tree: it always shows.
                action->setEnabled(column > 0);
                QObject::connect(action, &QAction::toggled, header,
                                 [header, column](bool shown) { header->setSectionHidden(column, !shown); });
            }
            menu->popup(header->mapToGlobal(pos));
        });
}

// The organization an SSO authorization URL is for: ".../orgs/ORG/sso?…".
QString organizationOf(const QUrl &authorizationUrl)
{
    const QStringList segments = authorizationUrl.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(QStringLiteral("orgs"));
    return at >= 0 && at + 1 < segments.size() ? segments.at(at + 1) : QString();
}

} // namespace

MainWindow::MainWindow(SessionManager *sessions, AccountSettings *accounts, DeletionJournal *journal,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_accounts(accounts)
    , m_journal(journal)
    , m_settings(settings)
    , m_browsing(new BrowsingController(this))
    , m_namespaceProxy(new QIdentityProxyModel(this))
    , m_packageProxy(new QSortFilterProxyModel(this))
    , m_versionProxy(new VersionFilterProxyModel(this))
{
    setWindowTitle(tr("Packhouse"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_versionSize = new DeletionSizeUpdater(
        [this]() -> std::optional<DeletionSize> {
            VersionTreeModel *versions = m_browsing->versions();
            if (m_sizeVersionId == 0 || !versions) {
                m_details->showSize(std::nullopt);
                return std::nullopt;
            }
            const DeletionSize size = DeletionSize::ofVersion(*versions, m_sizeVersionId);
            m_details->showSize(size);
            return size;
        },
        this);

    createActions();
    createPanes();
    createMenus();
    createStatusBar();
    restoreWindowState();

    connect(m_browsing, &BrowsingController::modelsChanged, this, &MainWindow::useSessionModels);
    connect(m_browsing, &BrowsingController::packageClosed, this, &MainWindow::onPackageClosed);
    connect(m_sessions, &SessionManager::sessionStarted, this, &MainWindow::attachSession);
    connect(m_sessions, &SessionManager::sessionEnded, this, &MainWindow::detachSession);
    connect(m_sessions, &SessionManager::signInRequired, this,
            [this](const ServerConfig &server, const QString &reason) {
                statusBar()->showMessage(reason, 10000);
                showSignIn(server);
            });
    connect(m_sessions, &SessionManager::keychainUnavailable, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_sessions, &SessionManager::reconnectChanged, this, &MainWindow::updateOffline);
    if (m_sessions->current())
        attachSession(m_sessions->current());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views must let go of the models before the session scope deletes them.
    detachSession();
}

Session *MainWindow::session() const
{
    return m_browsing->session();
}

NamespaceModel *MainWindow::namespaceModel() const
{
    return m_browsing->namespaces();
}

PackageListModel *MainWindow::packageModel() const
{
    return m_browsing->packages();
}

VersionTreeModel *MainWindow::versionModel() const
{
    return m_browsing->versions();
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(PaletteIconEngine::icon(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the namespaces, packages and versions again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_openNamespaceAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("open-namespace")), tr("&Open namespace…"), this);
    m_openNamespaceAction->setShortcut(QKeySequence::Open);
    m_openNamespaceAction->setToolTip(tr("Browse the packages of an organization or user by name (Ctrl+O)"));
    connect(m_openNamespaceAction, &QAction::triggered, this, &MainWindow::askForNamespace);

    //: Action (a verb): filter the versions by tag.
    m_filterAction = new QAction(PaletteIconEngine::icon(QStringLiteral("filter")), tr("&Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setToolTip(tr("Filter the versions by tag (Ctrl+F)"));
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::focusFilter);

    m_copyDigestAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("copy-digest")), tr("&Copy digest"), this);
    m_copyDigestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyDigestAction, &QAction::triggered, this, &MainWindow::copyDigest);

    m_openOnGitHubAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("open-on-github")), tr("Open on &GitHub"), this);
    m_openOnGitHubAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openOnGitHubAction, &QAction::triggered, this, &MainWindow::openOnGitHub);

    //: Action (a verb): review, then delete the selected versions or the package.
    m_deleteAction = new QAction(PaletteIconEngine::icon(QStringLiteral("delete")), tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);

    //: Action (a verb): restore deleted versions.
    m_restoreAction = new QAction(PaletteIconEngine::icon(QStringLiteral("restore")), tr("&Restore…"), this);
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreSelection);

    m_showDeletedAction =
        //: Toggle: also list the package's deleted versions (feminine plural in French: les versions).
        new QAction(PaletteIconEngine::icon(QStringLiteral("show-deleted")), tr("Show &deleted"), this);
    m_showDeletedAction->setCheckable(true);
    m_showDeletedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showDeletedAction->setToolTip(
        tr("List the versions deleted in the last 30 days, which can be restored"));
    connect(m_showDeletedAction, &QAction::toggled, this, [this](bool on) {
        m_browsing->setShowDeleted(on);
        updateActions();
    });

    m_retentionAction = new QAction(PaletteIconEngine::icon(QStringLiteral("retention-rules")),
                                    tr("Re&tention rules…"), this);
    connect(m_retentionAction, &QAction::triggered, this, &MainWindow::showRetention);

    m_overviewAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("overview")), tr("&Overview…"), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showOverview);

    m_recentlyDeletedAction = new QAction(PaletteIconEngine::icon(QStringLiteral("recently-deleted")),
                                          tr("&Recently deleted…"), this);
    m_recentlyDeletedAction->setToolTip(tr("Everything deleted through Packhouse in the last 30 days"));
    connect(m_recentlyDeletedAction, &QAction::triggered, this, &MainWindow::showRecentlyDeleted);

    m_signInAction = new QAction(PaletteIconEngine::icon(QStringLiteral("sign-in")), tr("&Sign in…"), this);
    connect(m_signInAction, &QAction::triggered, this, [this] { showSignIn(defaultServer()); });

    m_signOutAction = new QAction(PaletteIconEngine::icon(QStringLiteral("sign-out")), tr("Sign &out"), this);
    m_signOutAction->setToolTip(tr("Close the session and remove the token from the keychain"));
    connect(m_signOutAction, &QAction::triggered, m_sessions, &SessionManager::signOut);

    m_aboutAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("about")), tr("&About Packhouse"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_quitAction = new QAction(PaletteIconEngine::icon(QStringLiteral("quit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Keyboard use (issue #20): F6 goes round the panes as in KDE's applications, Space picks versions.
    m_nextPaneAction = new QAction(tr("Focus &next pane"), this);
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_nextPaneAction->setStatusTip(tr("Namespaces, Packages, Versions, Details, and round again"));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { focusPane(1); });
    m_previousPaneAction = new QAction(tr("Focus &previous pane"), this);
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { focusPane(-1); });

    // Only while the Versions view has the keyboard (added to it in createPanes): elsewhere Space is a
    // button's or a field's.
    m_toggleVersionAction = new QAction(tr("Select or deselect the current version"), this);
    m_toggleVersionAction->setObjectName(QStringLiteral("toggleVersionAction"));
    m_toggleVersionAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleVersionAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_toggleVersionAction, &QAction::triggered, this, &MainWindow::toggleCurrentVersion);

    m_shortcutsAction =
        new QAction(PaletteIconEngine::icon(QStringLiteral("keyboard")), tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    const std::pair<QAction *, const char *> named[] = {
        {m_refreshAction, "refreshAction"},
        {m_openNamespaceAction, "openNamespaceAction"},
        {m_filterAction, "filterAction"},
        {m_copyDigestAction, "copyDigestAction"},
        {m_openOnGitHubAction, "openOnGitHubAction"},
        {m_deleteAction, "deleteAction"},
        {m_restoreAction, "restoreAction"},
        {m_showDeletedAction, "showDeletedAction"},
        {m_retentionAction, "retentionAction"},
        {m_overviewAction, "overviewAction"},
        {m_recentlyDeletedAction, "recentlyDeletedAction"},
        {m_signInAction, "signInAction"},
        {m_signOutAction, "signOutAction"},
        {m_nextPaneAction, "nextPaneAction"},
        {m_previousPaneAction, "previousPaneAction"},
        {m_shortcutsAction, "keyboardShortcutsAction"},
        {m_aboutAction, "aboutAction"},
        {m_quitAction, "quitAction"},
    };
    for (const auto &[action, name] : named) {
        action->setObjectName(QString::fromLatin1(name));
        addAction(action); // shortcuts work even when the toolbar is hidden
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openNamespaceAction);
    file->addAction(m_recentlyDeletedAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyDigestAction);
    edit->addAction(m_filterAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addAction(m_restoreAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_showDeletedAction);
    view->addAction(m_retentionAction);
    view->addAction(m_overviewAction);
    view->addAction(m_openOnGitHubAction);
    view->addSeparator();
    view->addAction(m_nextPaneAction);
    view->addAction(m_previousPaneAction);
    m_viewMenu = view;

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_signInAction);
    m_switchMenu = account->addMenu(tr("S&witch account"));
    m_switchMenu->setObjectName(QStringLiteral("switchAccountMenu"));
    connect(m_switchMenu, &QMenu::aboutToShow, this, &MainWindow::fillSwitchMenu);
    account->addAction(m_signOutAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_openNamespaceAction);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_restoreAction);
    toolbar->addAction(m_showDeletedAction);
    toolbar->addAction(m_retentionAction);
    toolbar->addAction(m_overviewAction);
    toolbar->addSeparator();
    toolbar->addAction(m_recentlyDeletedAction);
}

void MainWindow::createPanes()
{
    m_namespaceView = new QListView;
    m_namespaceView->setModel(m_namespaceProxy);
    m_namespaceView->setAccessibleName(tr("Namespaces"));
    m_namespaceView->setObjectName(QStringLiteral("namespaceView"));
    m_namespaceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_namespaceView->setUniformItemSizes(true);
    m_namespaceView->setItemDelegate(new NamespaceDelegate(m_namespaceView));
    m_namespaceView->setIconSize(QSize(16, 16));

    m_packageProxy->setSortRole(PackageListModel::SortRole);
    m_packageProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_packageView = new QTreeView;
    m_packageView->setModel(m_packageProxy);
    m_packageView->setAccessibleName(tr("Packages"));
    m_packageView->setObjectName(QStringLiteral("packageView"));
    m_packageView->setRootIsDecorated(false);
    m_packageView->setUniformRowHeights(true);
    m_packageView->setAllColumnsShowFocus(true);
    m_packageView->setSortingEnabled(true);
    m_packageView->sortByColumn(PackageListModel::NameColumn, Qt::AscendingOrder);
    m_packageView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_packageView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_versionView = new QTreeView;
    m_versionView->setModel(m_versionProxy);
    m_versionView->setAccessibleName(tr("Versions"));
    m_versionView->setObjectName(QStringLiteral("versionView"));
    m_versionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versionView->setUniformRowHeights(true);
    m_versionView->setAllColumnsShowFocus(true);
    m_versionView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_versionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    offerColumnChoice(m_packageView);
    offerColumnChoice(m_versionView);
    // What the user expanded stays expanded through refreshes; a lone group opens by itself.
    new VersionExpansion(m_versionView, m_versionProxy, this);
    m_versionView->addAction(m_toggleVersionAction);

    m_namespacePane = new PaneStateWidget(m_namespaceView, tr("Namespaces"));
    // The Namespaces pane is narrow: its messages are read in full across the views.
    m_namespaceNotice = new PaneNoticeBar(tr("Namespaces"));
    m_namespaceNotice->setObjectName(QStringLiteral("namespaceNotice"));
    m_namespacePane->showMessagesIn(m_namespaceNotice);
    m_packagePane = new PaneStateWidget(m_packageView, tr("Packages"));

    m_filterBar = new VersionFilterBar(m_versionProxy);
    auto *versionBox = new QWidget;
    auto *versionLayout = new QVBoxLayout(versionBox);
    versionLayout->setContentsMargins(0, 0, 0, 0);
    versionLayout->setSpacing(0);
    versionLayout->addWidget(m_filterBar);
    versionLayout->addWidget(m_versionView, 1);
    m_versionPane = new PaneStateWidget(versionBox, tr("Versions"));

    m_details = new DetailsPane;
    m_details->setObjectName(QStringLiteral("detailsPane"));

    m_centerSplitter = new QSplitter(Qt::Vertical);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(m_packagePane);
    m_centerSplitter->addWidget(m_versionPane);
    m_centerSplitter->setStretchFactor(0, 1);
    m_centerSplitter->setStretchFactor(1, 1);
    m_centerSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_namespacePane);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({150, 810, 320});
    m_namespacePane->setMinimumWidth(120);
    m_mainSplitter->setChildrenCollapsible(false);

    m_ssoBar = new SsoNoticeBar;
    m_ssoBar->hide();
    connect(m_ssoBar, &SsoNoticeBar::retryRequested, this, &MainWindow::refresh);
    m_offlineBar = new OfflineBar;
    connect(m_offlineBar, &OfflineBar::retryRequested, m_sessions, &SessionManager::reconnectNow);

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_offlineBar);
    centralLayout->addWidget(m_ssoBar);
    centralLayout->addWidget(m_namespaceNotice);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    connect(m_namespaceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNamespaceChanged);
    connect(m_packageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onPackageChanged);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onVersionSelectionChanged);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onVersionSelectionChanged);
    // A refresh may reset the list: keep the chosen package selected.
    connect(m_packageProxy, &QAbstractItemModel::modelReset, this, &MainWindow::reselectPackage);
    connect(m_packageProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::reselectPackage);
    connect(m_versionView, &QWidget::customContextMenuRequested, this, &MainWindow::showVersionMenu);
    connect(m_packageView, &QWidget::customContextMenuRequested, this, &MainWindow::showPackageMenu);
    connect(m_namespacePane, &PaneStateWidget::retryRequested, this, [this] {
        if (m_browsing->namespaces())
            m_browsing->namespaces()->refresh();
    });
    connect(m_packagePane, &PaneStateWidget::retryRequested, this, [this] {
        if (m_browsing->packages())
            m_browsing->packages()->refresh();
    });
    connect(m_versionPane, &PaneStateWidget::retryRequested, this, [this] {
        if (m_browsing->versions())
            m_browsing->versions()->refresh();
    });
}

void MainWindow::createStatusBar()
{
    m_accountLabel = new QLabel(tr("Not signed in"));
    m_accountLabel->setAccessibleName(tr("Account"));
    m_scopesLabel = new QLabel;
    m_scopesLabel->setAccessibleName(tr("Token scopes"));
    m_rateLabel = new QLabel;
    m_rateLabel->setAccessibleName(tr("API rate limit"));
    m_gateLabel = new QLabel;
    m_gateLabel->setAccessibleName(tr("Missing permissions"));
    m_operationStatus = new OperationStatusWidget;
    statusBar()->addWidget(m_gateLabel, 1);
    statusBar()->addPermanentWidget(m_operationStatus);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_scopesLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
}

void MainWindow::restoreWindowState()
{
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(m_settings->value(QStringLiteral("mainSplitter")).toByteArray());
    m_centerSplitter->restoreState(m_settings->value(QStringLiteral("centerSplitter")).toByteArray());
    m_settings->endGroup();
}

void MainWindow::saveWindowState()
{
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("state"), saveState());
    m_settings->setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("centerSplitter"), m_centerSplitter->saveState());
    if (m_browsing->packages())
        m_settings->setValue(QStringLiteral("packageHeader"), m_packageView->header()->saveState());
    if (m_browsing->versions())
        m_settings->setValue(QStringLiteral("versionHeader"), m_versionView->header()->saveState());
    m_settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::attachSession(Session *session)
{
    detachSession();
    m_browsing->setSession(session);
    GitHubClient *client = session->client();
    NamespaceModel *namespaces = m_browsing->namespaces();
    PackageListModel *packages = m_browsing->packages();
    VersionTreeModel *versions = m_browsing->versions();

    const auto paneErrors = [](PaneStateWidget *pane) {
        return [pane](const ApiError &error) { pane->showError(error.userMessage()); };
    };
    connect(namespaces, &NamespaceModel::loadingChanged, m_namespacePane, &PaneStateWidget::setLoading);
    connect(namespaces, &NamespaceModel::errorOccurred, m_namespacePane, [this](const ApiError &error) {
        // The pane is narrow: a cached copy says how old it is; the panes beside it and the banner say why.
        m_namespacePane->showError(
            error.kind == ApiError::Kind::Stale
                ? tr("Copy from %1")
                      .arg(QLocale().toString(error.dataTime.toLocalTime(), QLocale::ShortFormat))
                : error.userMessage());
    });
    connect(namespaces, &NamespaceModel::namespaceOpened, this,
            [this](const NamespaceRef &owner) { selectNamespace(owner.login); });
    connect(namespaces, &NamespaceModel::namespaceLookupFailed, m_namespacePane,
            [this](const QString &, const QString &message) { m_namespacePane->showError(message); });
    connect(packages, &PackageListModel::loadingChanged, m_packagePane, &PaneStateWidget::setLoading);
    connect(packages, &PackageListModel::errorOccurred, m_packagePane, paneErrors(m_packagePane));
    connect(versions, &VersionTreeModel::loadingChanged, m_versionPane, &PaneStateWidget::setLoading);
    connect(versions, &VersionTreeModel::errorOccurred, m_versionPane, paneErrors(m_versionPane));
    connect(versions, &VersionTreeModel::listingFinished, this, &MainWindow::updateActions);
    connect(packages, &PackageListModel::refreshed, this, &MainWindow::reselectPackage);
    // What the Overview opens waits for its namespace and package to be listed.
    connect(namespaces, &QAbstractItemModel::rowsInserted, this, &MainWindow::continuePendingOpen,
            Qt::QueuedConnection);
    connect(packages, &QAbstractItemModel::rowsInserted, this, &MainWindow::continuePendingOpen,
            Qt::QueuedConnection);
    connect(packages, &PackageListModel::refreshed, this, &MainWindow::continuePendingOpen,
            Qt::QueuedConnection);
    // Details: a version's size as the manifests arrive.
    m_versionSize->setVersions(versions);

    connect(client, &GitHubClient::rateLimitChanged, this, &MainWindow::updateRateLimit);
    connect(client, &GitHubClient::scopesChanged, this, &MainWindow::updateScopes);
    connect(client, &GitHubClient::ssoRequired, this,
            [this](const QUrl &url) { m_ssoBar->showFor(organizationOf(url), url); });
    connect(session, &Session::offlineChanged, this, &MainWindow::onOfflineChanged);

    OperationQueue *queue = session->queue();
    m_operationStatus->setQueue(queue);
    auto *progress = new OperationProgressPanel(queue);
    m_progressDock = new QDockWidget(tr("Operations"), this);
    m_progressDock->setObjectName(QStringLiteral("operationsDock"));
    m_progressDock->setWidget(progress);
    m_progressDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_progressDock);
    // The keyboard's way to hide the panel, and to show it again (the dock deletes the action with itself).
    m_progressDock->toggleViewAction()->setText(tr("Operation&s"));
    m_viewMenu->addAction(m_progressDock->toggleViewAction());
    connect(progress, &OperationProgressPanel::operationSucceeded, m_browsing,
            &BrowsingController::applySucceeded);
    connect(queue, &OperationQueue::operationStarted, m_progressDock, [this] { m_progressDock->show(); });
    connect(queue, &OperationQueue::finished, this, &MainWindow::updateActions);

    auto *retention = new RetentionPanel(versions, session->server());
    m_retentionDock = new QDockWidget(tr("Retention rules"), this);
    m_retentionDock->setObjectName(QStringLiteral("retentionDock"));
    m_retentionDock->setWidget(retention);
    m_retentionDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_retentionDock);
    connect(retention, &RetentionPanel::previewChanged, versions, &VersionTreeModel::setHighlighted);
    // The versions a rule selects carry Delete's icon, not only a colour.
    versions->setMarkIcon(m_deleteAction->icon());
    connect(retention, &RetentionPanel::reviewRequested, this, [this](const QSet<qint64> &ids) {
        if (!this->session() || ids.isEmpty())
            return;
        auto *dialog = new ReviewDeletionDialog(this->session(), m_browsing->versions(), ids, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReviewDeletionDialog::confirmed, this, &MainWindow::runOperations);
        dialog->open();
    });
    // Closing the panel ends its preview.
    connect(m_retentionDock, &QDockWidget::visibilityChanged, versions, [versions](bool visible) {
        if (!visible)
            versions->setHighlighted({});
    });

    m_details->setServer(session->server());
    updateOffline();
    updateScopes();
    updateRateLimit(client->rateLimit());

    restoreColumns(m_packageView, QStringLiteral("mainWindow/packageHeader"));
    // The user's own namespace first: it is always there.
    m_namespaceView->setCurrentIndex(m_namespaceProxy->index(0, 0));
    updateActions();
}

void MainWindow::detachSession()
{
    if (!m_browsing->namespaces())
        return;
    saveWindowState();
    m_operationStatus->setQueue(nullptr);
    if (session())
        session()->client()->disconnect(this);
    delete m_progressDock;
    delete m_retentionDock;
    m_progressDock = nullptr;
    m_retentionDock = nullptr;
    delete m_overview;
    m_pendingOpen.reset();
    m_sizeVersionId = 0;
    m_browsing->setSession(nullptr);
    m_details->clear();
    m_ssoBar->hide();
    m_offlineBar->hide();
    m_namespacePane->setLoading(false);
    m_namespacePane->clearError(); // its message is across the views: it goes with the session
    m_packagePane->setLoading(false);
    m_versionPane->setLoading(false);
    m_accountLabel->setText(tr("Not signed in"));
    m_scopesLabel->clear();
    m_rateLabel->clear();
    updateActions();
}

// The saved widths and order of a view's columns, else the model's default widths (DefaultWidthRole).
void MainWindow::restoreColumns(QTreeView *view, const QString &settingsKey)
{
    QHeaderView *header = view->header();
    const QByteArray saved = m_settings->value(settingsKey).toByteArray();
    if (header->count() == 0 || (!saved.isEmpty() && header->restoreState(saved)))
        return;
    for (int section = 0; section < header->count(); ++section) {
        const QVariant width = view->model()->headerData(section, Qt::Horizontal, DefaultWidthRole);
        if (width.isValid())
            header->resizeSection(section, width.toInt());
    }
    // Versions are rarely updated after they are published: the column waits in the header's menu.
    if (view == m_versionView)
        header->setSectionHidden(VersionTreeModel::UpdatedColumn, true);
}

// The views follow the controller's models: set when a session opens, dropped before they are deleted.
void MainWindow::useSessionModels()
{
    m_versionProxy->setSourceModel(nullptr);
    m_packageProxy->setSourceModel(m_browsing->packages());
    m_namespaceProxy->setSourceModel(m_browsing->namespaces());
}

bool MainWindow::isPackagesLoading() const
{
    return m_browsing->isPackagesLoading();
}

bool MainWindow::isVersionsLoading() const
{
    return m_browsing->isVersionsLoading();
}

void MainWindow::onNamespaceChanged()
{
    NamespaceModel *namespaces = m_browsing->namespaces();
    if (!namespaces)
        return;
    const QModelIndex index = m_namespaceProxy->mapToSource(m_namespaceView->currentIndex());
    if (!index.isValid())
        return;
    // An organization GitHub left out until the token is authorized for its single sign-on: offer the link
    // at once; its listing's 403, if any, then brings the link that authorizes this very token.
    if (const QUrl authorize = index.data(NamespaceModel::SsoAuthorizationUrlRole).toUrl();
        !authorize.isEmpty())
        m_ssoBar->showFor(index.data(NamespaceModel::LoginRole).toString(), authorize);
    if (!m_browsing->openNamespace(namespaces->namespaceAt(index)))
        return;
    m_packagePane->clearError();
    m_versionPane->clearError();
    updateActions();
}

void MainWindow::onPackageChanged()
{
    PackageListModel *packages = m_browsing->packages();
    if (!packages)
        return;
    const QModelIndex index = m_packageProxy->mapToSource(m_packageView->currentIndex());
    if (!index.isValid())
        return;
    const Package package = packages->packageAt(index);
    if (m_browsing->openPackage(package)) {
        m_versionPane->clearError();
        if (!m_versionProxy->sourceModel()) {
            m_versionProxy->setSourceModel(m_browsing->versions());
            restoreColumns(m_versionView, QStringLiteral("mainWindow/versionHeader"));
        }
        updateActions();
    }
    m_details->showPackage(m_browsing->owner(), package);
}

// The open package went: its versions and details leave the views.
void MainWindow::onPackageClosed()
{
    m_versionProxy->setSourceModel(nullptr);
    m_details->clear();
    updateActions();
}

void MainWindow::reselectPackage()
{
    if (!m_browsing->packages() || !m_browsing->package() ||
        m_packageProxy->sourceModel() != m_browsing->packages())
        return;
    const QModelIndex source =
        m_browsing->packages()->indexOf(m_browsing->package()->type, m_browsing->package()->name);
    const QModelIndex proxy = m_packageProxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    if (m_packageView->currentIndex().row() != proxy.row())
        m_packageView->setCurrentIndex(proxy);
    m_packageView->scrollTo(proxy);
}

void MainWindow::onVersionSelectionChanged()
{
    if (m_browsing->versions() && m_browsing->package()) {
        const QModelIndex current = m_versionProxy->mapToSource(m_versionView->currentIndex());
        const PackageVersion version =
            current.isValid() ? m_browsing->versions()->versionAt(current) : PackageVersion();
        if (version.id != 0)
            m_details->showVersion(m_browsing->owner(), *m_browsing->package(), version,
                                   current.data(VersionTreeModel::PlatformRole).toString());
        else
            m_details->showPackage(m_browsing->owner(), *m_browsing->package());
        const bool sized = m_browsing->package()->type == PackageType::Container && !version.isDeleted();
        m_sizeVersionId = sized ? version.id : 0;
        m_versionSize->update();
    }
    updateActions();
}

QSet<qint64> MainWindow::selectedVersionIds() const
{
    QSet<qint64> ids;
    if (!m_browsing->versions() || !m_versionProxy->sourceModel())
        return ids;
    const auto add = [&](const QModelIndex &source) {
        const qint64 id = m_browsing->versions()->versionAt(source).id;
        if (id != 0)
            ids.insert(id);
    };
    for (const QModelIndex &row : m_versionView->selectionModel()->selectedRows()) {
        const QModelIndex source = m_versionProxy->mapToSource(row);
        add(source);
        // A group row ("Untagged (12)", "1.x") stands for the versions in it.
        if (source.data(VersionTreeModel::IsGroupRole).toBool()) {
            for (int i = 0; i < m_browsing->versions()->rowCount(source); ++i)
                add(m_browsing->versions()->index(i, 0, source));
        }
    }
    return ids;
}

void MainWindow::updateActions()
{
    Session *current = session();
    ActionGate::Context context;
    context.signedIn = current != nullptr;
    context.offline = current && current->isOffline();
    if (current) {
        context.host = current->server().hostKind();
        context.scopes = current->scopes();
        context.operationRunning = current->queue()->isRunning();
    }
    context.owner = m_browsing->owner();
    if (m_browsing->package()) {
        context.packageName = m_browsing->package()->name;
        context.packageType = m_browsing->package()->type;
    }
    context.showingDeleted = m_showDeletedAction->isChecked();
    context.versionsSelected = !selectedVersionIds().isEmpty();
    context.digestShown = !m_details->digest().isEmpty();
    const ActionGate::Result gate = ActionGate::evaluate(context);

    for (const auto &[action, state] :
         {std::pair{m_deleteAction, gate.remove}, {m_restoreAction, gate.restore}}) {
        action->setEnabled(state.enabled);
        action->setToolTip(state.reason);
        action->setStatusTip(state.reason);
    }
    m_gateLabel->setText(gate.missingScopes);
    m_copyDigestAction->setEnabled(gate.copyDigest);
    m_openOnGitHubAction->setEnabled(gate.openOnGitHub);
    m_refreshAction->setEnabled(gate.refresh);
    m_openNamespaceAction->setEnabled(gate.openNamespace);
    m_showDeletedAction->setEnabled(gate.showDeleted);
    m_retentionAction->setEnabled(gate.retention.enabled);
    m_retentionAction->setToolTip(gate.retention.reason);
    m_retentionAction->setStatusTip(gate.retention.reason);
    m_overviewAction->setEnabled(gate.overview.enabled);
    m_overviewAction->setToolTip(gate.overview.reason);
    m_overviewAction->setStatusTip(gate.overview.reason);
    m_recentlyDeletedAction->setEnabled(gate.recentlyDeleted);
    m_signOutAction->setEnabled(gate.signOut);
}

void MainWindow::updateRateLimit(const RateLimit &rateLimit)
{
    if (!rateLimit.isKnown()) {
        m_rateLabel->clear();
        return;
    }
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString text =
        tr("API %1/%2").arg(locale.toString(rateLimit.remaining), locale.toString(rateLimit.limit));
    if (rateLimit.reset.isValid())
        text = tr("%1 · resets %2")
                   .arg(text, QLocale().toString(rateLimit.reset.toLocalTime().time(), QLocale::ShortFormat));
    m_rateLabel->setText(text);
    m_rateLabel->setToolTip(tr("GitHub's request budget for this token: remaining of the hourly limit"));
}

void MainWindow::updateScopes()
{
    if (!session())
        return;
    const Scopes scopes = session()->scopes();
    if (!scopes.isReported()) {
        m_scopesLabel->setText(tr("scopes not reported"));
        m_scopesLabel->setToolTip(
            tr("This token (a GitHub App or Actions token) reports no scopes: nothing is "
               "refused beforehand, and GitHub's answer decides each request."));
    } else {
        const QStringList granted = scopes.granted();
        m_scopesLabel->setText(granted.isEmpty() ? tr("no scopes") : granted.join(QStringLiteral(", ")));
        m_scopesLabel->setToolTip(tr("The token's scopes"));
    }
    updateActions();
}

void MainWindow::updateOffline()
{
    Session *current = session();
    if (!current)
        return;
    const QString account = tr("%1@%2").arg(current->account().login, current->server().hostKey());
    if (!current->isOffline()) {
        m_offlineBar->hide();
        m_accountLabel->setText(account);
        return;
    }
    m_accountLabel->setText(tr("%1 (offline)").arg(account));
    m_offlineBar->showOffline(current->server().hostKey(), current->offlineReason(),
                              current->cachedDataTime(), m_sessions->nextReconnectAt());
}

// Online again: what is shown is listed anew through the ETag cache (unchanged pages cost nothing), and the
// models merge it, so the selection and the expanded rows stay.
void MainWindow::onOfflineChanged(bool offline)
{
    updateOffline();
    updateActions();
    if (!offline)
        m_browsing->refresh();
}

void MainWindow::refresh()
{
    m_ssoBar->hide();
    m_browsing->refresh();
}

void MainWindow::focusFilter()
{
    m_filterBar->focusTextFilter();
}

void MainWindow::copyDigest()
{
    if (!m_details->digest().isEmpty())
        QGuiApplication::clipboard()->setText(m_details->digest());
}

void MainWindow::openOnGitHub()
{
    if (m_browsing->package())
        QDesktopServices::openUrl(m_details->pageUrl());
}

void MainWindow::deleteSelection()
{
    if (!session() || !m_browsing->package() || !m_deleteAction->isEnabled())
        return;
    const QSet<qint64> ids = selectedVersionIds();
    ReviewDeletionDialog *dialog =
        ids.isEmpty()
            ? ReviewDeletionDialog::forPackage(session(), m_browsing->owner(), *m_browsing->package(), this)
            : new ReviewDeletionDialog(session(), m_browsing->versions(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDeletionDialog::confirmed, this, &MainWindow::runOperations);
    dialog->open();
}

void MainWindow::restoreSelection()
{
    if (!session() || !m_restoreAction->isEnabled())
        return;
    if (!m_showDeletedAction->isChecked()) {
        showRecentlyDeleted();
        return;
    }
    VersionTreeModel *versions = m_browsing->versions();
    const QList<Operation> operations = RestorePlan::operationsFor(
        versions->owner(), versions->package(), versions->versions(), selectedVersionIds());
    if (operations.size() <= 1) {
        runOperations(operations);
        return;
    }
    // More than one version: what comes back is reviewed first, as a deletion is. An image's children shown
    // under it are named as their rows name them.
    QHash<qint64, ReviewRestoreDialog::Shown> shown;
    for (const Operation &operation : operations) {
        const QModelIndex row = versions->indexOfVersion(operation.versionId);
        const int kind = row.data(VersionTreeModel::NodeKindRole).toInt();
        if (row.parent().isValid() && !row.parent().data(VersionTreeModel::IsGroupRole).toBool() &&
            kind != int(ImageTree::NodeKind::Image) && kind != int(ImageTree::NodeKind::Index))
            shown.insert(operation.versionId, {row.data().toString(), versions->versionAt(row.parent()).id});
    }
    auto *review = new ReviewRestoreDialog(operations, shown, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    connect(review, &ReviewRestoreDialog::confirmed, this, &MainWindow::runOperations);
    review->open();
}

void MainWindow::runOperations(const QList<Operation> &operations)
{
    if (!session() || operations.isEmpty())
        return;
    if (!session()->queue()->run(operations)) {
        statusBar()->showMessage(tr("Another operation is still running"), 8000);
        return;
    }
    m_progressDock->show();
    m_progressDock->raise();
    updateActions();
}

void MainWindow::showRetention()
{
    if (!m_retentionDock)
        return;
    m_retentionDock->show();
    m_retentionDock->raise();
    m_retentionDock->widget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showRecentlyDeleted()
{
    if (!session())
        return;
    auto *dialog = new RestoreDialog(session(), m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What it restored shows up again in the lists.
    connect(dialog, &QDialog::finished, m_browsing, &BrowsingController::refreshListings);
    dialog->open();
}

void MainWindow::askForNamespace()
{
    if (!session())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open namespace"));
    dialog->setLabelText(tr("Organization or user name:"));
    dialog->setAccessibleName(tr("Open namespace"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString login = text.trimmed();
        if (!login.isEmpty())
            openNamespaceByName(login);
    });
    dialog->open();
}

void MainWindow::openNamespaceByName(const QString &login)
{
    if (!session() || !m_browsing->namespaces())
        return;
    if (!selectNamespace(login))
        m_browsing->namespaces()->openNamespaceByName(login);
}

bool MainWindow::selectNamespace(const QString &login)
{
    if (!m_browsing->namespaces())
        return false;
    const QModelIndex proxy = m_namespaceProxy->mapFromSource(m_browsing->namespaces()->indexOf(login));
    if (!proxy.isValid())
        return false;
    m_namespaceView->setCurrentIndex(proxy);
    return true;
}

bool MainWindow::selectPackage(PackageType type, const QString &name)
{
    if (!m_browsing->packages() || m_browsing->packages()->owner() != m_browsing->owner())
        return false;
    const QModelIndex proxy = m_packageProxy->mapFromSource(m_browsing->packages()->indexOf(type, name));
    if (!proxy.isValid())
        return false;
    m_packageView->setCurrentIndex(proxy);
    m_packageView->scrollTo(proxy);
    return true;
}

bool MainWindow::selectFirstPackage()
{
    if (!m_browsing->packages() || m_packageProxy->rowCount() == 0)
        return false;
    m_packageView->setCurrentIndex(m_packageProxy->index(0, 0));
    return true;
}

QModelIndex MainWindow::expandTag(const QString &tag)
{
    if (!m_browsing->versions() || !m_versionProxy->sourceModel())
        return {};
    for (int row = 0; row < m_browsing->versions()->rowCount(); ++row) {
        const QModelIndex source = m_browsing->versions()->index(row, 0);
        if (!source.data(VersionTreeModel::TagsRole).toStringList().contains(tag))
            continue;
        const QModelIndex proxy = m_versionProxy->mapFromSource(source);
        m_versionView->expand(proxy);
        m_versionView->setCurrentIndex(proxy);
        return source;
    }
    return {};
}

void MainWindow::showSignIn(const ServerConfig &server)
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_sessions, server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    dialog->open();
}

ServerConfig MainWindow::defaultServer() const
{
    if (session())
        return session()->server();
    const QString last = m_accounts->lastHost();
    if (!last.isEmpty()) {
        const auto remembered = ServerConfig::fromApiUrl(m_accounts->apiUrl(last));
        if (remembered.ok())
            return remembered.value();
    }
    return ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl()).value();
}

void MainWindow::fillSwitchMenu()
{
    m_switchMenu->clear();
    const QString currentHost = session() ? session()->server().hostKey() : QString();
    for (const QString &host : m_accounts->hosts()) {
        QAction *action = m_switchMenu->addAction(tr("%1@%2").arg(m_accounts->login(host), host));
        action->setCheckable(true);
        action->setChecked(host == currentHost);
        connect(action, &QAction::triggered, m_sessions, [this, host] { m_sessions->switchTo(host); });
    }
    if (m_switchMenu->isEmpty())
        m_switchMenu->addAction(tr("No other accounts"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Packhouse"),
                                tr("<b>Packhouse %1</b><p>Browse, review, delete and restore GitHub Packages "
                                   "safely.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addMenus(menuBar());
    // The Versions view's own keys: its actions, and what the tree does by itself.
    const QString versions = tr("Versions pane");
    const auto keys = [](std::initializer_list<QKeyCombination> combinations) {
        QList<QKeySequence> sequences;
        for (const QKeyCombination combination : combinations)
            sequences.append(QKeySequence(combination));
        return sequences;
    };
    dialog->addKeyRow(versions, tr("Go to the version above or below, selecting only it"),
                      keys({Qt::Key_Up, Qt::Key_Down}));
    dialog->addKeyRow(versions, tr("Go up or down without changing the selection"),
                      keys({Qt::CTRL | Qt::Key_Up, Qt::CTRL | Qt::Key_Down}));
    dialog->addKeyRow(versions, tr("Extend the selection up or down"),
                      keys({Qt::SHIFT | Qt::Key_Up, Qt::SHIFT | Qt::Key_Down}));
    dialog->addKeyRow(versions, tr("Expand or collapse an image or a group"),
                      keys({Qt::Key_Right, Qt::Key_Left}));
    dialog->addActionRows(versions, {m_toggleVersionAction});
    dialog->addKeyRow(versions, tr("Select every version"), {QKeySequence(QKeySequence::SelectAll)});
    dialog->addKeyRow(versions, tr("Review the deletion of the selected versions"),
                      m_deleteAction->shortcuts());
    dialog->open();
}

// F6 and Shift+F6 go round the panes, as in KDE's applications; a pane with nothing to focus (Details before
// anything is selected) is skipped. Focus elsewhere (a dock, the toolbar) goes to the first or the last pane.
void MainWindow::focusPane(int step)
{
    // Each pane, and where the keyboard goes in it: the list itself, or the first field of Details.
    const std::pair<QWidget *, QWidget *> panes[] = {{m_namespacePane, m_namespaceView},
                                                     {m_packagePane, m_packageView},
                                                     {m_versionPane, m_versionView},
                                                     {m_details, nullptr}};
    const int count = int(std::size(panes));
    const QWidget *focus = QApplication::focusWidget();
    int at = step > 0 ? -1 : count;
    for (int i = 0; i < count; ++i) {
        if (focus && (panes[i].first == focus || panes[i].first->isAncestorOf(focus)))
            at = i;
    }
    for (int n = 1; n <= count; ++n) {
        const auto &[pane, preferred] = panes[((at + step * n) % count + count) % count];
        QWidget *target = preferred;
        if (!target) {
            for (QWidget *next = pane->nextInFocusChain(); next != pane; next = next->nextInFocusChain()) {
                if (pane->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
                    (next->focusPolicy() & Qt::TabFocus)) {
                    target = next;
                    break;
                }
            }
        }
        if (target && target->isVisible() && target->isEnabled()) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

void MainWindow::toggleCurrentVersion()
{
    const QModelIndex current = m_versionView->currentIndex();
    if (current.isValid())
        m_versionView->selectionModel()->select(current,
                                                QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

void MainWindow::showVersionMenu(const QPoint &pos)
{
    if (!m_versionView->indexAt(pos).isValid())
        return;
    auto *popup = new QMenu(this);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->addAction(m_copyDigestAction);
    popup->addAction(m_openOnGitHubAction);
    popup->addSeparator();
    popup->addAction(m_deleteAction);
    popup->addAction(m_restoreAction);
    popup->popup(m_versionView->viewport()->mapToGlobal(pos));
}

void MainWindow::showPackageMenu(const QPoint &pos)
{
    if (!m_packageView->indexAt(pos).isValid())
        return;
    auto *popup = new QMenu(this);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->addAction(m_openOnGitHubAction);
    popup->addSeparator();
    popup->addAction(m_deleteAction);
    popup->addAction(m_restoreAction);
    popup->popup(m_packageView->viewport()->mapToGlobal(pos));
}

OverviewWindow *MainWindow::overviewWindow() const
{
    return m_overview;
}

void MainWindow::showOverview()
{
    if (!session() || !m_overviewAction->isEnabled())
        return;
    const NamespaceRef owner = m_browsing->owner();
    // Closed, the window is hidden, not deleted: the same namespace shows it again with what it scanned;
    // another namespace starts afresh.
    if (m_overview && m_overview->owner() == owner) {
        m_overview->show();
        m_overview->raise();
        m_overview->activateWindow();
        return;
    }
    delete m_overview;
    // "The Retention rules panel's" rule is the panel's as it is when a scan starts.
    auto panelRule = [this]() -> std::optional<RetentionRule> {
        const auto *panel = m_retentionDock ? m_retentionDock->findChild<RetentionPanel *>() : nullptr;
        return panel ? std::optional(panel->rule()) : std::nullopt;
    };
    auto *overview = new OverviewWindow(session(), owner, panelRule, this);
    m_overview = overview;
    const QString login = owner.login;
    connect(overview, &OverviewWindow::packageSelected, this,
            [this, login](PackageType type, const QString &name) {
                openFromOverview({login, type, name, std::nullopt});
            });
    connect(overview, &OverviewWindow::packageActivated, this,
            [this, login](PackageType type, const QString &name) {
                openFromOverview({login, type, name, std::nullopt});
                raise();
                activateWindow();
            });
    connect(overview, &OverviewWindow::reviewRequested, this,
            [this, login](PackageType type, const QString &name, const QSet<qint64> &ids) {
                openFromOverview({login, type, name, ids});
                raise();
                activateWindow();
            });
    overview->show();
}

void MainWindow::openFromOverview(const PendingOpen &open)
{
    m_pendingOpen = open;
    continuePendingOpen();
}

// As --select does it: the namespace (opened by name when it is not listed), then the package once listed.
void MainWindow::continuePendingOpen()
{
    if (!m_pendingOpen || !session() || !m_browsing->namespaces())
        return;
    PendingOpen &pending = *m_pendingOpen;
    if (m_browsing->owner().login != pending.login) {
        if (!selectNamespace(pending.login)) {
            if (!pending.askedForNamespace && !m_browsing->namespaces()->isLoading()) {
                pending.askedForNamespace = true;
                m_browsing->namespaces()->openNamespaceByName(pending.login);
            }
            return;
        }
        if (m_browsing->owner().login != pending.login)
            return;
    }
    if (!selectPackage(pending.type, pending.name))
        return;
    const std::optional<QSet<qint64>> reviewIds = pending.reviewIds;
    m_pendingOpen.reset();
    VersionTreeModel *versions = m_browsing->versions();
    if (!reviewIds || reviewIds->isEmpty() || !versions || versions->package().name != pending.name)
        return;
    // The review lists the versions and reads the manifests it needs itself, and plans once they are in.
    auto *dialog = new ReviewDeletionDialog(session(), versions, *reviewIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDeletionDialog::confirmed, this, &MainWindow::runOperations);
    dialog->open();
}

} // namespace Packhouse
