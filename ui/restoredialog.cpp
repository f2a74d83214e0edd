#include "restoredialog.h"

#include "actiongate.h"
#include "deletionjournal.h"
#include "manifestloader.h"
#include "operationprogresspanel.h"
#include "operationqueue.h"
#include "registryclient.h"
#include "reviewrestoredialog.h"
#include "session.h"
#include "versionrowtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Packhouse {

namespace {

constexpr int restoreWindowDays = 30;
constexpr int entryRole = Qt::UserRole;

QString versionLabel(const QStringList &tags, const QString &name)
{
    if (!tags.isEmpty())
        return tags.join(RestoreDialog::tr(", "));
    return name.startsWith(u"sha256:") ? name.left(QStringLiteral("sha256:").size() + 12) + u'…' : name;
}

} // namespace

RestoreDialog::RestoreDialog(Session *session, DeletionJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_journal(journal)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore selected"), this))
    , m_byNameToggle(new QPushButton(tr("Restore package &by name…"), this))
    , m_byName(new QGroupBox(tr("Restore a package deleted elsewhere"), this))
    , m_type(new QComboBox(m_byName))
    , m_name(new QLineEdit(m_byName))
    , m_namespace(new QLineEdit(m_byName))
    , m_restoreByName(new QPushButton(tr("Restore &package"), m_byName))
    , m_progress(new OperationProgressPanel(session->queue(), this))
{
    setWindowTitle(tr("Recently deleted"));
    setAccessibleName(tr("Recently deleted"));

    auto *intro = new QLabel(tr("Packages and versions deleted through Packhouse on %1 in the last %2 days. "
                                "GitHub can restore them for %2 days after deletion, unless the name has "
                                "been reused.")
                                 .arg(session->server().hostKey())
                                 .arg(restoreWindowDays),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    m_list->setAccessibleName(tr("Recently deleted"));
    //: Column headers: the package (a noun), the version, when it was deleted, days left to restore it.
    m_list->setHeaderLabels({tr("Package"), tr("Version"), tr("Deleted"), tr("Days left")});
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);

    m_restore->setAccessibleName(tr("Restore selected"));
    m_byNameToggle->setAccessibleName(tr("Restore package by name…"));
    m_byNameToggle->setCheckable(true);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(session, &Session::offlineChanged, this, &RestoreDialog::updateButtons);
    connect(m_byNameToggle, &QPushButton::toggled, m_byName, &QWidget::setVisible);

    for (PackageType type : allPackageTypes())
        m_type->addItem(packageTypeDisplayName(type), QVariant::fromValue(int(type)));
    m_type->setAccessibleName(tr("Package type"));
    m_name->setAccessibleName(tr("Package name"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->setPlaceholderText(tr("organization, or empty for %1").arg(session->account().login));
    m_restoreByName->setAccessibleName(tr("Restore package"));
    m_restoreByName->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, &RestoreDialog::updateButtons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateButtons);
    connect(m_restoreByName, &QPushButton::clicked, this, &RestoreDialog::restoreByName);
    auto *form = new QFormLayout(m_byName);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Na&mespace:"), m_namespace);
    form->addRow(QString(), m_restoreByName);
    m_byName->hide();

    m_progress->hide();
    connect(session->queue(), &OperationQueue::finished, this, [this] {
        reload();
        updateButtons();
    });
    connect(session, &Session::journalReconciled, this, [this] {
        reload();
        updateButtons();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_byNameToggle, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_byName);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(760, 460);
    reload();
}

void RestoreDialog::reload()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = m_session->server().hostKey();
    m_entries.clear();
    for (const JournalEntry &entry : m_journal->restorable(now, std::chrono::days(restoreWindowDays))) {
        if (entry.host == host)
            m_entries.append(entry);
    }
    // Oldest first within a run: the untagged container versions right after a tagged one were deleted with
    // it (the review dialog orders them so); they become its children.
    QHash<QString, QDateTime> runTime; // the newest item of each run: newest runs first
    for (const JournalEntry &entry : std::as_const(m_entries)) {
        QDateTime &latest = runTime[entry.operationId];
        latest = qMax(latest, entry.time);
    }
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const JournalEntry &x = m_entries.at(a);
        const JournalEntry &y = m_entries.at(b);
        if (x.operationId != y.operationId) {
            const QDateTime &xRun = runTime[x.operationId];
            const QDateTime &yRun = runTime[y.operationId];
            return xRun != yRun ? xRun > yRun : x.operationId < y.operationId;
        }
        return x.time < y.time;
    });

    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *head = nullptr;
    const JournalEntry *headEntry = nullptr;
    for (int index : std::as_const(order)) {
        const JournalEntry &entry = m_entries.at(index);
        const bool wholePackage = entry.action == JournalEntry::Action::DeletePackage;
        const bool child = !wholePackage && entry.packageType == PackageType::Container &&
                           entry.tags.isEmpty() && headEntry && headEntry->operationId == entry.operationId &&
                           headEntry->packageName == entry.packageName && headEntry->owner == entry.owner;
        const qint64 secondsLeft = now.secsTo(entry.time.addDays(restoreWindowDays));
        const qint64 daysLeft = qMax<qint64>(0, (secondsLeft + 86399) / 86400);
        // A child's package is its parent's: left out, the rows read as one image.
        const QStringList columns{
            child ? QString()
                  : tr("%1/%2 (%3)")
                        .arg(entry.owner.login, entry.packageName, packageTypeDisplayName(entry.packageType)),
            wholePackage ? tr("whole package")
            : child      ? childLabel(*headEntry, entry)
                         : versionLabel(entry.tags, entry.versionName),
            locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat),
            entry.outcome == JournalEntry::Outcome::Unknown ? tr("unknown — check on GitHub")
                                                            //: Days left to restore, in the Days left column.
                                                            : tr("%n day(s)", nullptr, int(daysLeft))};
        auto *item = child ? new QTreeWidgetItem(head, columns) : new QTreeWidgetItem(m_list, columns);
        item->setData(0, entryRole, index);
        item->setToolTip(1, entry.versionName);
        if (entry.outcome == JournalEntry::Outcome::Unknown)
            item->setToolTip(3, entry.message);
        if (!child && !wholePackage && entry.packageType == PackageType::Container && !entry.tags.isEmpty()) {
            head = item;
            headEntry = &entry;
        } else if (!child) {
            head = nullptr;
            headEntry = nullptr;
        }
    }
    m_list->expandAll();
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_status->setText(
        m_entries.isEmpty()
            ? tr("Nothing was deleted through Packhouse in the last %1 days.").arg(restoreWindowDays)
            : QString());
    m_status->setVisible(m_entries.isEmpty());
    updateButtons();
}

QList<Operation> RestoreDialog::selectedOperations() const
{
    QList<int> indexes;
    const auto add = [&indexes](const QTreeWidgetItem *item) {
        const int index = item->data(0, entryRole).toInt();
        if (!indexes.contains(index))
            indexes.append(index);
    };
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        // Children first: a restored index must not point at manifests that are still gone.
        for (int i = 0; i < item->childCount(); ++i)
            add(item->child(i));
        add(item);
    }
    QList<Operation> operations;
    for (int index : std::as_const(indexes))
        operations.append(Operation::undoing(m_entries.at(index)));
    return operations;
}

// A child of a deleted image named by what the image's manifest says of it ("linux/arm64", "Attestation of
// linux/amd64"), as the Versions view names it: manifests are cached by digest, and the cache keeps them
// after the deletion. Its short digest when the image's manifest is not cached.
QString RestoreDialog::childLabel(const JournalEntry &image, const JournalEntry &child) const
{
    const std::optional<OciManifest> manifest = m_session->registry()->cachedManifest(image.versionName);
    if (manifest && manifest->kind == OciManifest::Kind::Index) {
        const bool referrers = ReferrerTag::ofTags(image.tags).has_value();
        const QList<VersionStore::IndexEntry> entries =
            ManifestLoader::entriesOf(image.versionName, *manifest, referrers);
        for (const VersionStore::IndexEntry &entry : entries) {
            if (entry.digest == child.versionName)
                return VersionRowText::entryName(entry);
        }
    }
    return versionLabel(child.tags, child.versionName);
}

void RestoreDialog::restoreSelected()
{
    const QList<Operation> operations = selectedOperations();
    if (operations.size() <= 1) {
        run(operations);
        return;
    }
    // More than one version: what comes back, into which package, is reviewed first, as a deletion is.
    QHash<qint64, ReviewRestoreDialog::Shown> shown;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        const auto add = [&](const QTreeWidgetItem *row, qint64 childOf) {
            const JournalEntry &entry = m_entries.at(row->data(0, entryRole).toInt());
            if (entry.versionId != 0)
                shown.insert(entry.versionId, {row->text(1), childOf});
        };
        const QTreeWidgetItem *image = item->parent();
        add(item, image ? m_entries.at(image->data(0, entryRole).toInt()).versionId : 0);
        for (int i = 0; i < item->childCount(); ++i)
            add(item->child(i), m_entries.at(item->data(0, entryRole).toInt()).versionId);
    }
    auto *review = new ReviewRestoreDialog(operations, shown, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    connect(review, &ReviewRestoreDialog::confirmed, this, &RestoreDialog::run);
    review->open();
}

void RestoreDialog::restoreByName()
{
    const QString login = m_namespace->text().trimmed();
    // Only the signed-in user's own packages and organization packages can be restored.
    const NamespaceRef owner =
        login.isEmpty() || login.compare(m_session->account().login, Qt::CaseInsensitive) == 0
            ? NamespaceRef::authenticatedUser(m_session->account().login)
            : NamespaceRef::organization(login);
    run({Operation::onPackage(Operation::Kind::RestorePackage, owner,
                              PackageType(m_type->currentData().toInt()), m_name->text().trimmed())});
}

void RestoreDialog::run(const QList<Operation> &operations)
{
    if (operations.isEmpty())
        return;
    if (!m_session->queue()->run(operations)) {
        m_status->setText(tr("Another operation is still running: wait for it to finish."));
        m_status->show();
        return;
    }
    m_status->hide();
    m_progress->show();
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    // Offline the list stays readable, and nothing is restored.
    const bool offline = m_session->isOffline();
    const bool idle = !m_session->queue()->isRunning() && !offline;
    const auto missingFor = [this](PackageType type) {
        return m_session->scopes().missingFor(PackageAction::Restore, type, m_session->server().hostKind());
    };
    const auto scopeHint = [offline](const QStringList &missing) {
        if (offline)
            return ActionGate::offlineReason();
        return missing.isEmpty() ? QString()
                                 : tr("Restoring needs the %1 scope.").arg(missing.join(tr(", ")));
    };
    QStringList missing;
    for (const Operation &operation : selectedOperations()) {
        for (const QString &scope : missingFor(operation.packageType)) {
            if (!missing.contains(scope))
                missing.append(scope);
        }
    }
    m_restore->setEnabled(idle && !m_list->selectedItems().isEmpty() && missing.isEmpty());
    m_restore->setToolTip(scopeHint(missing));
    const QStringList missingByName = missingFor(PackageType(m_type->currentData().toInt()));
    m_restoreByName->setEnabled(idle && !m_name->text().trimmed().isEmpty() && missingByName.isEmpty());
    m_restoreByName->setToolTip(scopeHint(missingByName));
}

} // namespace Packhouse
