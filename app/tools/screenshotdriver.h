#pragma once

#include "packagetype.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace Packhouse {

class MainWindow;
class ReviewDeletionDialog;
class SessionManager;

// Drives `--screenshot FILE [--select NAMESPACE/TYPE/PACKAGE]`: waits for the session, selects the namespace
// and package, waits for the versions and expands the `latest` index, then saves the window's picture.
// Event-driven: a timer re-checks the state as data arrives; no nested event loop. With an empty file path it
// only navigates (--select without --screenshot).
class ScreenshotDriver : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString namespaceLogin;
        PackageType type = PackageType::Container;
        QString packageName; // may contain '/'
    };
    // What the picture shows once the selection is loaded.
    enum class Scene : quint8
    {
        Window,         // the main window with the `latest` index expanded
        ReviewDeletion, // the review of deleting the release before the newest multi-arch image (nothing
                        // goes)
        ShowDeleted,    // the main window listing the package's deleted versions with the days left
        Retention, // the Retention rules panel with "untagged only", its preview and packhouse-prune command line
        Overview,  // the namespace's Overview, scanned with "untagged only", the package's row selected
    };
    // "acme/container/web" (the package name may contain '/'); nullopt when malformed.
    static std::optional<Target> parseSelection(const QString &text);
    // "window", "review", "deleted", "retention" or "overview"; nullopt otherwise.
    static std::optional<Scene> parseScene(const QString &text);

    ScreenshotDriver(MainWindow *window, SessionManager *sessions, const QString &filePath,
                     const std::optional<Target> &target, Scene scene = Scene::Window,
                     QObject *parent = nullptr);

    // Starts waiting; ends in finished() exactly once, at the latest after `timeout` (then saving what is
    // there and reporting failure).
    void start(std::chrono::milliseconds timeout = std::chrono::seconds(60));

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    enum class Stage : quint8
    {
        Session,
        Namespace,
        Package,
        Versions,
        Children,
        Manifests, // the review scene waits for every image's manifest, to pick its image by kind
        Review,
        Deleted,
        Retention, // the retention scene waits for the manifests its preview needs
        Overview,  // the overview scene waits for the package list, then for the scan
        OverviewScan,
        Settle,
        Done
    };
    void step();
    void settleThenSave();
    void showRetentionRule();
    void openOverview();
    void openReview();
    QModelIndex reviewedImage() const;
    void save(bool ok, const QString &message);

    QPointer<MainWindow> m_window;
    SessionManager *m_sessions; // not owned
    QString m_filePath;
    std::optional<Target> m_target;
    Scene m_scene;
    QPointer<QWidget> m_grabbed; // what the picture is of; the window unless a dialog
    QTimer *m_poll;              // owned (child)
    QTimer *m_timeout;           // owned (child)
    Stage m_stage = Stage::Session;
    bool m_askedForNamespace = false;
    QPersistentModelIndex m_expanded;
};

} // namespace Packhouse
