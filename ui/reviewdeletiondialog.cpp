#include "reviewdeletiondialog.h"

#include "deletionsize.h"
#include "imagetree.h"
#include "modelroles.h"
#include "reviewparts.h"
#include "scopes.h"
#include "session.h"
#include "statecolorbinding.h"
#include "versionrowtext.h"
#include "versiontreemodel.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Packhouse {

namespace {

using review::makeTree;
using review::sectionLabel;
using review::shortDigest;

// An untagged child as the Versions tree names it: a referrer by what it holds (its `sha256-<hex>` tag says
// nothing to people), an attestation by the platform it describes ("unknown/unknown" says nothing either), a
// platform manifest by its platform. Empty for a version without such a name.
QString childName(const ImageTree &tree, const ImageTree::Node *node)
{
    if (!node || (node->kind != ImageTree::NodeKind::Signature &&
                  node->kind != ImageTree::NodeKind::Attestation && node->platform.isEmpty()))
        return {};
    VersionStore::IndexEntry entry;
    entry.digest = node->digest;
    entry.platform = node->platform;
    entry.kind = node->kind;
    entry.referrerRole = node->referrerRole;
    if (const ImageTree::Node *attested = tree.node(node->attestedDigest))
        entry.attestedPlatform = attested->platform;
    return VersionRowText::entryName(entry);
}

} // namespace

ReviewDeletionDialog::ReviewDeletionDialog(Session *session, VersionTreeModel *versions,
                                           const QSet<qint64> &selectedIds, QWidget *parent)
    : ReviewDeletionDialog(session, versions->owner(), versions->package(), versions, selectedIds, parent)
{}

ReviewDeletionDialog *ReviewDeletionDialog::forPackage(Session *session, const NamespaceRef &owner,
                                                       const Package &package, QWidget *parent)
{
    return new ReviewDeletionDialog(session, owner, package, nullptr, {}, parent);
}

ReviewDeletionDialog::ReviewDeletionDialog(Session *session, const NamespaceRef &owner,
                                           const Package &package, VersionTreeModel *versions,
                                           const QSet<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_versions(versions)
    , m_owner(owner)
    , m_package(package)
    , m_selected(selectedIds)
    , m_freedSize(new DeletionSizeUpdater([this] { return showFreed(); }, this))
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Review deletion"));
    setAccessibleName(tr("Review deletion"));
    //: The review's confirm button (a verb).
    m_confirm = review::addConfirmButton(m_buttons, this, tr("Delete"));
    connect(m_confirm, &QPushButton::clicked, this, &ReviewDeletionDialog::confirm);

    m_pages->addWidget(createVersionsPage());
    m_pages->addWidget(createPackagePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    if (m_versions) {
        VersionTreeModel *model = m_versions;
        connect(model, &QAbstractItemModel::rowsInserted, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &QAbstractItemModel::dataChanged, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &QAbstractItemModel::modelReset, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &VersionTreeModel::listingFinished, this, &ReviewDeletionDialog::scheduleReplan);
        connect(model, &VersionTreeModel::loadingChanged, this, &ReviewDeletionDialog::scheduleReplan);
        // Deleting untagged versions safely needs every index's manifest: asked for again once the listing is
        // in, as the review may open before it (from the Overview's Review…).
        const auto loadManifests = [this, model] {
            if (m_package.type == PackageType::Container && !model->manifestsComplete())
                model->loadAllManifests();
        };
        connect(model, &VersionTreeModel::listingFinished, this, loadManifests);
        loadManifests();
        m_freedSize->setVersions(model);
        replan();
        resize(760, 560);
    } else {
        showPackageForm();
        resize(520, 260);
    }
}

std::optional<DeletionSize> ReviewDeletionDialog::showFreed()
{
    if (!m_versions || m_package.type != PackageType::Container || m_plan.deletions().isEmpty()) {
        m_freed->hide();
        return std::nullopt;
    }
    const DeletionSize size = DeletionSize::ofPlan(*m_versions, m_selected, m_plan);
    m_freed->setText(size.freesText());
    m_freed->setToolTip(size.known
                            ? tr("Of the %1 the deleted images take in the registry").arg(size.sizeText())
                            : QString());
    m_freed->show();
    return size;
}

bool ReviewDeletionDialog::isPackageForm() const
{
    return m_pages->currentIndex() == 1;
}

QWidget *ReviewDeletionDialog::createVersionsPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_freed = new QLabel(page);
    m_freed->setWordWrap(true);
    m_freed->setAccessibleName(tr("Space freed"));
    m_freed->hide();
    m_loading = new QProgressBar(page);
    m_loading->setRange(0, 0);
    m_loading->setFormat(tr("Loading image manifests…"));
    m_loading->setTextVisible(true);
    m_loading->setAccessibleName(tr("Loading image manifests"));
    m_refusal = new QLabel(page);
    m_refusal->setWordWrap(true);
    m_refusal->setAccessibleName(tr("Refusal"));
    StateColorBinding::bind(m_refusal, StateColors::Role::ErrorText);
    QFont refusalFont = m_refusal->font();
    refusalFont.setBold(true);
    m_refusal->setFont(refusalFont);

    m_deletions = makeTree({tr("Version"), tr("Digest"), tr("Why")}, tr("Versions to delete"), page);
    m_remaining = new QLabel(page);
    m_remaining->setWordWrap(true);
    m_remaining->setAccessibleName(tr("Tags that stay"));
    m_remaining->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_excluded = makeTree({tr("Version"), tr("Why it stays")}, tr("Kept versions"), page);
    m_excluded->setRootIsDecorated(false);
    m_excluded->setMaximumHeight(120);
    m_warnings = new QLabel(page);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAccessibleName(tr("Warnings"));
    StateColorBinding::bind(m_warnings, StateColors::Role::WarningText);
    m_deletePackageOffer = new QPushButton(tr("Delete &package…"), page);
    m_deletePackageOffer->setAccessibleName(tr("Delete package…"));
    connect(m_deletePackageOffer, &QPushButton::clicked, this, &ReviewDeletionDialog::showPackageForm);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_freed);
    layout->addWidget(m_loading);
    layout->addWidget(m_refusal);
    layout->addWidget(sectionLabel(tr("Will be deleted"), page));
    layout->addWidget(m_deletions, 3);
    layout->addWidget(sectionLabel(tr("Stays pullable"), page));
    layout->addWidget(m_remaining);
    m_excludedHeading = sectionLabel(tr("Kept"), page);
    layout->addWidget(m_excludedHeading);
    layout->addWidget(m_excluded, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_deletePackageOffer, 0, Qt::AlignLeft);
    return page;
}

QWidget *ReviewDeletionDialog::createPackagePage()
{
    auto *page = new QWidget(this);
    m_packageText = new QLabel(page);
    m_packageText->setWordWrap(true);
    m_packageText->setTextFormat(Qt::RichText);
    m_confirmation = new QLineEdit(page);
    m_confirmation->setAccessibleName(tr("Confirmation"));
    m_confirmation->setPlaceholderText(m_package.name);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ReviewDeletionDialog::updateConfirmButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_packageText);
    layout->addWidget(new QLabel(tr("Type the package name to confirm:"), page));
    layout->addWidget(m_confirmation);
    layout->addStretch();
    return page;
}

bool ReviewDeletionDialog::manifestsLoading() const
{
    for (int row = 0, rows = m_versions->rowCount(); row < rows; ++row) {
        if (m_versions->index(row, 0).data(LoadingRole).toBool())
            return true;
    }
    return false;
}

QStringList ReviewDeletionDialog::missingScopes() const
{
    return m_session->scopes().missingFor(PackageAction::Delete, m_package.type,
                                          m_session->server().hostKind());
}

void ReviewDeletionDialog::scheduleReplan()
{
    if (m_replanPending || isPackageForm())
        return;
    m_replanPending = true;
    QTimer::singleShot(0, this, &ReviewDeletionDialog::replan);
}

void ReviewDeletionDialog::replan()
{
    m_replanPending = false;
    if (!m_versions)
        return;
    const bool complete = m_versions->isListingComplete();
    if (m_package.type == PackageType::Container)
        m_plan = DeletionPlan::forContainer(m_versions->imageTree(), m_versions->versions(), m_selected,
                                            m_package.isPublic, complete);
    else
        m_plan = DeletionPlan::forVersions(m_versions->versions(), m_selected, m_package.isPublic, complete);
    showPlan();
}

void ReviewDeletionDialog::showPlan()
{
    const bool container = m_package.type == PackageType::Container;
    const qsizetype count = m_plan.deletions().size();
    const QString packageLabel =
        tr("%1/%2 (%3)").arg(m_owner.login, m_package.name, packageTypeDisplayName(m_package.type));
    //: %1 is the package: "acme/web (Container)".
    m_summary->setText(tr("%Ln version(s) of %1 will be deleted.", nullptr, int(count)).arg(packageLabel));
    m_freedSize->update();
    const bool loadingVersions = m_versions->isLoading();
    m_busy = loadingVersions || (container && manifestsLoading());
    m_loading->setFormat(loadingVersions ? tr("Loading versions…") : tr("Loading image manifests…"));
    m_loading->setVisible(m_busy);

    // While loading, an incomplete listing or tree is expected, not a reason to refuse.
    QString refusal = m_busy ? QString() : m_plan.refusalReason();
    if (const QStringList missing = missingScopes(); !missing.isEmpty())
        refusal = tr("Deleting needs the %1 scope, which this token lacks.").arg(missing.join(tr(", ")));
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());

    m_deletions->clear();
    m_deletions->setColumnHidden(1, !container);
    QHash<QString, QTreeWidgetItem *> items;
    const ImageTree &tree = m_versions->imageTree();
    for (const PlannedDeletion &deletion : m_plan.deletions()) {
        const ImageTree::Node *node = container ? tree.node(deletion.digestOrName) : nullptr;
        QTreeWidgetItem *parentItem = nullptr;
        if (node) {
            for (const QString &parentDigest : node->parentDigests) {
                if ((parentItem = items.value(parentDigest)))
                    break;
            }
        }
        const bool referrer = node && node->kind == ImageTree::NodeKind::Signature;
        QString label = referrer ? childName(tree, node) : deletion.tags.join(tr(", "));
        if (label.isEmpty())
            label = !container ? deletion.digestOrName : childName(tree, node);
        if (label.isEmpty())
            label = tr("untagged");
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_deletions);
        item->setText(0, label);
        item->setText(1, shortDigest(deletion.digestOrName));
        item->setToolTip(1, deletion.digestOrName);
        item->setText(2, deletion.reason);
        items.insert(deletion.digestOrName, item);
    }
    m_deletions->expandAll();
    m_deletions->resizeColumnToContents(0);
    m_deletions->resizeColumnToContents(1);

    const QStringList remaining = m_plan.remainingTags();
    m_remaining->setText(remaining.isEmpty() ? tr("No tag stays.") : remaining.join(tr(", ")));

    m_excluded->clear();
    for (const ExcludedVersion &kept : m_plan.excluded()) {
        const ImageTree::Node *node = container ? tree.node(kept.digestOrName) : nullptr;
        const bool referrer = node && node->kind == ImageTree::NodeKind::Signature;
        const QString child = childName(tree, node);
        QString label = !referrer && node && !node->tags.isEmpty() ? node->tags.join(tr(", "))
                        : !child.isEmpty() ? tr("%1 (%2)").arg(child, shortDigest(kept.digestOrName))
                                           : shortDigest(kept.digestOrName);
        auto *item = new QTreeWidgetItem(m_excluded, {label, kept.reason});
        item->setToolTip(0, kept.digestOrName);
    }
    m_excluded->resizeColumnToContents(0);
    m_excluded->setVisible(!m_plan.excluded().isEmpty());
    m_excludedHeading->setVisible(!m_plan.excluded().isEmpty());

    QStringList warnings;
    for (const QString &warning : m_plan.warnings())
        warnings.append(QStringLiteral("⚠ ") + warning.toHtmlEscaped());
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warnings.isEmpty());
    m_deletePackageOffer->setVisible(m_plan.deletesEveryVersion());
    updateConfirmButton();
}

void ReviewDeletionDialog::showPackageForm()
{
    m_packageText->setText(
        tr("Delete the whole package <b>%1</b> (%2) of <b>%3</b> with all its versions?<br>"
           "It can be restored within 30 days under <i>Recently deleted</i>, unless the name is reused.")
            .arg(m_package.name.toHtmlEscaped(), packageTypeDisplayName(m_package.type),
                 m_owner.login.toHtmlEscaped()));
    if (const QStringList missing = missingScopes(); !missing.isEmpty())
        m_packageText->setText(m_packageText->text() + QStringLiteral("<br><br><b>") +
                               tr("Deleting needs the %1 scope, which this token lacks.")
                                   .arg(missing.join(tr(", ")))
                                   .toHtmlEscaped() +
                               QStringLiteral("</b>"));
    m_pages->setCurrentIndex(1);
    m_confirmation->setFocus();
    updateConfirmButton();
}

void ReviewDeletionDialog::updateConfirmButton()
{
    if (isPackageForm()) {
        m_confirm->setText(tr("&Delete package"));
        m_confirm->setEnabled(m_confirmation->text() == m_package.name && missingScopes().isEmpty());
    } else {
        const qsizetype count = m_plan.deletions().size();
        //: The review's confirm button.
        m_confirm->setText(tr("&Delete %Ln version(s)", nullptr, int(count)));
        // The last-version rule makes GitHub refuse the run part way: the package form is the way.
        m_confirm->setEnabled(count > 0 && !m_busy && !m_plan.refused() && !m_plan.deletesEveryVersion() &&
                              missingScopes().isEmpty());
    }
    // The accelerator's "&" is not read out.
    m_confirm->setAccessibleName(QString(m_confirm->text()).remove(u'&'));
}

QList<Operation> ReviewDeletionDialog::versionOperations() const
{
    QList<Operation> operations = m_plan.operations(m_owner, m_package.type, m_package.name);
    if (m_package.type == PackageType::Container) {
        // Untagged versions that hang under nothing go first: in the journal, the untagged versions that
        // follow a tagged one are then exactly its children, which a restore brings back together.
        const ImageTree &tree = m_versions->imageTree();
        std::stable_partition(operations.begin(), operations.end(), [&](const Operation &operation) {
            const ImageTree::Node *node = tree.node(operation.versionName);
            return operation.tags.isEmpty() && (!node || node->parentDigests.isEmpty());
        });
    }
    return operations;
}

void ReviewDeletionDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    if (isPackageForm()) {
        Q_EMIT confirmed(
            {Operation::onPackage(Operation::Kind::DeletePackage, m_owner, m_package.type, m_package.name)});
    } else {
        Q_EMIT confirmed(versionOperations());
    }
    accept();
}

} // namespace Packhouse
