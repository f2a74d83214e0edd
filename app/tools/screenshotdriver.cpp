#include "screenshotdriver.h"

#include "imagetree.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "namespacemodel.h"
#include "overviewmodel.h"
#include "overviewwindow.h"
#include "packagelistmodel.h"
#include "retentionpanel.h"
#include "reviewdeletiondialog.h"
#include "sessionmanager.h"
#include "versiontreemodel.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAction>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace Packhouse {

namespace {
constexpr auto pollInterval = std::chrono::milliseconds(50);
// Lets the views lay out and paint the last rows before the grab.
constexpr auto settleTime = std::chrono::milliseconds(300);
} // namespace

std::optional<ScreenshotDriver::Target> ScreenshotDriver::parseSelection(const QString &text)
{
    const qsizetype first = text.indexOf(u'/');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'/', first + 1);
    if (first <= 0 || second <= first + 1 || second + 1 >= text.size())
        return std::nullopt;
    const auto type =
        packageTypeFromApi(QStringView(text).mid(first + 1, second - first - 1).toString().toLower());
    if (!type)
        return std::nullopt;
    return Target{text.left(first), *type, text.mid(second + 1)};
}

std::optional<ScreenshotDriver::Scene> ScreenshotDriver::parseScene(const QString &text)
{
    if (text == u"window")
        return Scene::Window;
    if (text == u"review")
        return Scene::ReviewDeletion;
    if (text == u"deleted")
        return Scene::ShowDeleted;
    if (text == u"retention")
        return Scene::Retention;
    if (text == u"overview")
        return Scene::Overview;
    return std::nullopt;
}

namespace {

// By object name: the text is translated.
QAction *actionNamed(QWidget *window, const char *objectName)
{
    return window->findChild<QAction *>(QString::fromLatin1(objectName));
}

} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow *window, SessionManager *sessions, const QString &filePath,
                                   const std::optional<Target> &target, Scene scene, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_filePath(filePath)
    , m_target(target)
    , m_scene(scene)
    , m_grabbed(window)
    , m_poll(new QTimer(this))
    , m_timeout(new QTimer(this))
{
    m_poll->setInterval(pollInterval);
    m_timeout->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &ScreenshotDriver::step);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { save(false, tr("timed out before the selection was loaded")); });
    connect(m_sessions, &SessionManager::signInRequired, this,
            [this](const ServerConfig &, const QString &reason) {
                save(false, tr("not signed in: %1").arg(reason));
            });
}

void ScreenshotDriver::start(std::chrono::milliseconds timeout)
{
    m_timeout->start(timeout);
    m_poll->start();
}

void ScreenshotDriver::step()
{
    MainWindow *window = m_window;
    if (!window) {
        save(false, tr("the window closed"));
        return;
    }
    if (m_stage != Stage::Session && m_stage != Stage::Settle && !window->session()) {
        m_stage = Stage::Session; // the session went away (switch, sign-out): start over with the next one
        return;
    }
    switch (m_stage) {
    case Stage::Session:
        if (window->session())
            m_stage = Stage::Namespace;
        break;
    case Stage::Namespace:
        if (!m_target) {
            m_stage = Stage::Package; // the signed-in user is selected at start
        } else if (window->selectNamespace(m_target->namespaceLogin)) {
            m_stage = Stage::Package;
        } else if (!m_askedForNamespace && !window->namespaceModel()->isLoading()) {
            m_askedForNamespace = true; // neither the user nor one of their organizations: open it by name
            window->openNamespaceByName(m_target->namespaceLogin);
        }
        break;
    case Stage::Package: {
        const bool selected = m_target ? window->selectPackage(m_target->type, m_target->packageName)
                                       : window->selectFirstPackage();
        if (selected && m_scene == Scene::Overview)
            openOverview();
        else if (selected)
            m_stage = Stage::Versions;
        else if (!window->isPackagesLoading() && window->packageModel()->isComplete())
            save(!m_target,
                 m_target ? tr("no package %1 in %2").arg(m_target->packageName, m_target->namespaceLogin)
                          : QString());
        break;
    }
    case Stage::Versions: {
        VersionTreeModel *versions = window->versionModel();
        if (window->isVersionsLoading() || versions->rowCount() == 0)
            break;
        m_expanded = window->expandTag(QStringLiteral("latest"));
        if (m_expanded.isValid())
            m_stage = Stage::Children;
        else
            settleThenSave();
        break;
    }
    case Stage::Children: {
        VersionTreeModel *versions = window->versionModel();
        const bool loaded = m_expanded.isValid() && !m_expanded.data(LoadingRole).toBool() &&
                            (versions->rowCount(m_expanded) > 0 || !versions->canFetchMore(m_expanded));
        if (!loaded)
            break;
        if (m_scene == Scene::ReviewDeletion) {
            versions->loadAllManifests();
            m_stage = Stage::Manifests;
        } else if (m_scene == Scene::ShowDeleted) {
            if (QAction *showDeleted = actionNamed(window, "showDeletedAction");
                showDeleted && !showDeleted->isChecked())
                showDeleted->trigger();
            m_stage = Stage::Deleted;
        } else if (m_scene == Scene::Retention) {
            showRetentionRule();
        } else {
            settleThenSave();
        }
        break;
    }
    case Stage::Manifests:
        if (window->versionModel()->manifestsComplete())
            openReview();
        break;
    case Stage::Review: {
        // Planned once its confirming button (the accept role) is enabled.
        auto *dialog = window->findChild<ReviewDeletionDialog *>();
        auto *buttons = dialog ? dialog->findChild<QDialogButtonBox *>() : nullptr;
        const auto all = buttons ? buttons->buttons() : QList<QAbstractButton *>();
        const bool planned = std::any_of(all.cbegin(), all.cend(), [buttons](QAbstractButton *button) {
            return button->isEnabled() && buttons->buttonRole(button) == QDialogButtonBox::AcceptRole;
        });
        if (planned) {
            m_grabbed = dialog;
            settleThenSave();
        }
        break;
    }
    case Stage::Deleted: {
        VersionTreeModel *versions = window->versionModel();
        if (versions->showDeleted() && !window->isVersionsLoading() && versions->rowCount() > 0)
            settleThenSave();
        break;
    }
    case Stage::Retention: {
        const auto *panel = window->findChild<RetentionPanel *>();
        if (window->versionModel()->manifestsComplete() && panel && !panel->preview().isEmpty())
            settleThenSave();
        break;
    }
    case Stage::Overview: {
        OverviewWindow *overview = window->overviewWindow();
        if (!overview) {
            save(false, tr("the overview closed"));
        } else if (overview->isListed()) {
            overview->startScan();
            m_stage = Stage::OverviewScan;
        }
        break;
    }
    case Stage::OverviewScan: {
        OverviewWindow *overview = window->overviewWindow();
        if (!overview) {
            save(false, tr("the overview closed"));
        } else if (overview->hasScanned() && !overview->isScanning()) {
            // The opened package's row, selected as a person would pick it.
            if (m_target) {
                const QModelIndex source = overview->model()->indexOf(m_target->type, m_target->packageName);
                const auto *proxy = qobject_cast<const QAbstractProxyModel *>(overview->table()->model());
                if (source.isValid() && proxy)
                    overview->table()->selectRow(proxy->mapFromSource(source).row());
            }
            m_grabbed = overview;
            settleThenSave();
        }
        break;
    }
    case Stage::Settle:
    case Stage::Done:
        break;
    }
}

// View → Overview for the selected namespace, previewing "untagged only".
void ScreenshotDriver::openOverview()
{
    QAction *overviewAction = actionNamed(m_window, "overviewAction");
    if (!overviewAction || !overviewAction->isEnabled()) {
        save(false, tr("cannot open the overview: %1")
                        .arg(overviewAction ? overviewAction->toolTip() : tr("no Overview action")));
        return;
    }
    overviewAction->trigger();
    OverviewWindow *overview = m_window->overviewWindow();
    if (!overview) {
        save(false, tr("the overview did not open"));
        return;
    }
    overview->setRuleChoice(OverviewWindow::RuleChoice::UntaggedOnly);
    m_stage = Stage::Overview;
}

// Opens the Retention rules panel with "untagged only": the orphans light up, the command line shows.
void ScreenshotDriver::showRetentionRule()
{
    QAction *retention = actionNamed(m_window, "retentionAction");
    if (retention)
        retention->trigger();
    auto *panel = m_window->findChild<RetentionPanel *>();
    if (!panel) {
        save(false, tr("the Retention rules panel did not open"));
        return;
    }
    RetentionRule rule;
    rule.untaggedOnly = true;
    panel->setRule(rule);
    m_stage = Stage::Retention;
}

void ScreenshotDriver::settleThenSave()
{
    m_stage = Stage::Settle;
    QTimer::singleShot(settleTime, this, [this] { save(true, {}); });
}

// The newest multi-arch image (an index with platform manifests) before the newest one: the release a cleanup
// usually reviews, and one whose platform manifests may be shared with the image that stays. The newest one
// when it is the only one.
QModelIndex ScreenshotDriver::reviewedImage() const
{
    const QAbstractItemModel *model = m_window->versionView()->model();
    QList<QModelIndex> images;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(VersionTreeModel::NodeKindRole).toInt() != int(ImageTree::NodeKind::Index))
            continue;
        for (int child = 0; child < model->rowCount(index); ++child) {
            if (model->index(child, 0, index).data(VersionTreeModel::NodeKindRole).toInt() ==
                int(ImageTree::NodeKind::PlatformManifest)) {
                images.append(index);
                break;
            }
        }
    }
    std::sort(images.begin(), images.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.data(VersionTreeModel::CreatedAtRole).toDateTime() >
               b.data(VersionTreeModel::CreatedAtRole).toDateTime();
    });
    return images.size() > 1 ? images.at(1) : images.value(0);
}

// Selects the image to review and asks to delete it: the review dialog opens and plans, nothing is deleted.
void ScreenshotDriver::openReview()
{
    const QModelIndex image = reviewedImage();
    QAction *remove = actionNamed(m_window, "deleteAction");
    if (!image.isValid() || !remove) {
        save(false, tr("nothing to review: no multi-arch image in this package"));
        return;
    }
    m_window->versionView()->selectionModel()->select(image, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    if (remove->isEnabled()) {
        remove->trigger();
        m_stage = Stage::Review;
    } else {
        save(false, tr("cannot review a deletion: %1").arg(remove->toolTip()));
    }
}

void ScreenshotDriver::save(bool ok, const QString &message)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_poll->stop();
    m_timeout->stop();
    QString result = message;
    if (!m_filePath.isEmpty() && m_grabbed && !m_grabbed->grab().save(m_filePath)) {
        ok = false;
        result = tr("could not write %1").arg(m_filePath);
    }
    Q_EMIT finished(ok, result);
}

} // namespace Packhouse
