#pragma once

#include "deletionplan.h"
#include "namespaceref.h"
#include "operation.h"
#include "package.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Packhouse {

struct DeletionSize;
class DeletionSizeUpdater;
class Session;
class VersionTreeModel;

// "Review deletion" (issue #7): shows exactly what deleting a selection does before anything happens — the
// versions that go (as a tree, with tags and digests), the tags that stay pullable, what is kept and why —
// and refuses when the listing or the image tree is incomplete. Deleting a whole package asks for its name.
// Open it with open() (no nested event loop); `confirmed` carries the operations for the queue.
class ReviewDeletionDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDeletionDialog(Session *session, VersionTreeModel *versions, const QSet<qint64> &selectedIds,
                         QWidget *parent = nullptr);
    // Deleting the whole package: typing the package name is required.
    static ReviewDeletionDialog *forPackage(Session *session, const NamespaceRef &owner,
                                            const Package &package, QWidget *parent = nullptr);

    const DeletionPlan &plan() const { return m_plan; }
    bool isPackageForm() const;

Q_SIGNALS:
    void confirmed(const QList<Packhouse::Operation> &operations);

private:
    ReviewDeletionDialog(Session *session, const NamespaceRef &owner, const Package &package,
                         VersionTreeModel *versions, const QSet<qint64> &selectedIds, QWidget *parent);

    QWidget *createVersionsPage();
    QWidget *createPackagePage();
    void scheduleReplan();
    void replan();
    void showPlan();
    void showPackageForm();
    void updateConfirmButton();
    void confirm();
    QList<Operation> versionOperations() const;
    QStringList missingScopes() const;
    bool manifestsLoading() const;
    // Containers: shows what the plan frees in the registry (issue #18); nullopt when it shows nothing.
    std::optional<DeletionSize> showFreed();

    Session *m_session;                    // not owned
    QPointer<VersionTreeModel> m_versions; // not owned; null for the package form
    NamespaceRef m_owner;
    Package m_package;
    QSet<qint64> m_selected;
    DeletionPlan m_plan;
    bool m_replanPending = false;
    bool m_busy = false; // versions or manifests still loading
    DeletionSizeUpdater *m_freedSize; // owned (child): showFreed() as the manifests come in

    QStackedWidget *m_pages;
    QLabel *m_summary;
    QLabel *m_freed; // "Frees 412 MB; 1.1 GB stays shared with images you keep."
    QProgressBar *m_loading;
    QLabel *m_refusal;
    QTreeWidget *m_deletions;
    QLabel *m_remaining;
    QLabel *m_excludedHeading;
    QTreeWidget *m_excluded;
    QLabel *m_warnings;
    QPushButton *m_deletePackageOffer;
    QLabel *m_packageText;
    QLineEdit *m_confirmation;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace Packhouse
