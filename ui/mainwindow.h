#pragma once

#include "namespaceref.h"
#include "package.h"
#include "serverconfig.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <optional>

class QAction;
class QDockWidget;
class QIdentityProxyModel;
class QLabel;
class QListView;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace Packhouse {

class AccountSettings;
class BrowsingController;
class DeletionJournal;
class DeletionSizeUpdater;
class DetailsPane;
class NamespaceModel;
class OfflineBar;
class OperationStatusWidget;
class OverviewWindow;
class PackageListModel;
class PaneNoticeBar;
class PaneStateWidget;
class Session;
class SessionManager;
class SsoNoticeBar;
class VersionFilterBar;
class VersionFilterProxyModel;
class VersionTreeModel;
struct Operation;
struct RateLimit;

// The browsing window (issue #7): Namespaces → Packages → Versions, with Details, the actions on the
// selection gated by the token's scopes (ActionGate), and the status bar: the shell. What is open and the
// session's models are BrowsingController's; the window shows them and turns clicks into its calls.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionManager *sessions,  // not owned
               AccountSettings *accounts, // not owned
               DeletionJournal *journal,  // not owned
               QSettings *settings,       // not owned; window state
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const;
    NamespaceModel *namespaceModel() const;
    PackageListModel *packageModel() const;
    VersionTreeModel *versionModel() const;
    QTreeView *versionView() const { return m_versionView; }
    DetailsPane *detailsPane() const { return m_details; }
    bool isPackagesLoading() const;
    bool isVersionsLoading() const;

    // Browsing by name (--select and the screenshot scenes). Each selects the row and returns true once it is
    // loaded.
    bool selectNamespace(const QString &login);
    bool selectPackage(PackageType type, const QString &name);
    bool selectFirstPackage();
    // Expands the top-level version tagged `tag` (which loads its children); returns its row in the version
    // model, invalid while it is not listed.
    QModelIndex expandTag(const QString &tag);
    // Adds a namespace typed by name: tries it as an organization, then as a user.
    void openNamespaceByName(const QString &login);
    // View → Overview (issue #18): the overview of the selected namespace, in a window of its own.
    void showOverview();
    OverviewWindow *overviewWindow() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPanes();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();

    void attachSession(Session *session);
    void detachSession();
    void useSessionModels();
    void restoreColumns(QTreeView *view, const QString &settingsKey);

    void onNamespaceChanged();
    void onPackageChanged();
    void onPackageClosed();
    void onVersionSelectionChanged();
    void reselectPackage();
    void updateActions();
    void updateRateLimit(const RateLimit &rateLimit);
    void updateScopes();
    // The offline banner and the account label follow the session's offline state and the next try.
    void updateOffline();
    void onOfflineChanged(bool offline);

    void refresh();
    void focusFilter();
    void copyDigest();
    void openOnGitHub();
    void deleteSelection();
    void restoreSelection();
    void showRetention();
    void showRecentlyDeleted();
    void askForNamespace();
    void showSignIn(const ServerConfig &server);
    void fillSwitchMenu();
    void showAbout();
    void showKeyboardShortcuts();
    // F6 / Shift+F6: the keyboard goes round Namespaces → Packages → Versions → Details (step 1 or -1).
    void focusPane(int step);
    // Space in the Versions view: the current row joins or leaves the selection.
    void toggleCurrentVersion();
    void runOperations(const QList<Operation> &operations);
    void showVersionMenu(const QPoint &pos);
    void showPackageMenu(const QPoint &pos);

    QSet<qint64> selectedVersionIds() const;
    ServerConfig defaultServer() const;

    // From the Overview: opens the package in the main views once its namespace and it are listed, then, with
    // review ids, its review of those versions.
    struct PendingOpen
    {
        QString login;
        PackageType type = PackageType::Container;
        QString name;
        std::optional<QSet<qint64>> reviewIds;
        bool askedForNamespace = false;
    };
    void openFromOverview(const PendingOpen &open);
    void continuePendingOpen();

    SessionManager *m_sessions;     // not owned
    AccountSettings *m_accounts;    // not owned
    DeletionJournal *m_journal;     // not owned
    QSettings *m_settings;          // not owned
    BrowsingController *m_browsing; // owned (child): the session's models and what is open

    QDockWidget *m_progressDock = nullptr;
    QDockWidget *m_retentionDock = nullptr;

    // Proxies outlive sessions so the views keep their selection models. All owned (children).
    QIdentityProxyModel *m_namespaceProxy;
    QSortFilterProxyModel *m_packageProxy;
    VersionFilterProxyModel *m_versionProxy;

    QSplitter *m_mainSplitter;
    QSplitter *m_centerSplitter;
    QListView *m_namespaceView;
    QTreeView *m_packageView;
    QTreeView *m_versionView;
    PaneStateWidget *m_namespacePane;
    PaneStateWidget *m_packagePane;
    PaneStateWidget *m_versionPane;
    PaneNoticeBar *m_namespaceNotice; // the Namespaces pane's messages, across the views
    VersionFilterBar *m_filterBar;
    DetailsPane *m_details;
    SsoNoticeBar *m_ssoBar;
    OfflineBar *m_offlineBar;

    QLabel *m_accountLabel;
    QLabel *m_scopesLabel;
    QLabel *m_rateLabel;
    QLabel *m_gateLabel;
    OperationStatusWidget *m_operationStatus;

    QAction *m_refreshAction;
    QAction *m_openNamespaceAction;
    QAction *m_filterAction;
    QAction *m_copyDigestAction;
    QAction *m_openOnGitHubAction;
    QAction *m_deleteAction;
    QAction *m_restoreAction;
    QAction *m_showDeletedAction;
    QAction *m_retentionAction;
    QAction *m_recentlyDeletedAction;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    QMenu *m_switchMenu;
    QMenu *m_viewMenu = nullptr;
    QAction *m_nextPaneAction;
    QAction *m_previousPaneAction;
    QAction *m_toggleVersionAction; // Space, in the Versions view only
    QAction *m_shortcutsAction;
    QAction *m_aboutAction;
    QAction *m_quitAction;

    QPointer<QWidget> m_signInDialog;
    QAction *m_overviewAction;
    QPointer<OverviewWindow> m_overview; // owned (child), one at a time; hidden, not deleted, when closed
    std::optional<PendingOpen> m_pendingOpen;
    qint64 m_sizeVersionId = 0; // the container version whose size Details shows; 0 for none
    // Owned (child): Details' registry size of that version and what deleting it frees, as the manifests
    // arrive (issue #18).
    DeletionSizeUpdater *m_versionSize;
};

} // namespace Packhouse
