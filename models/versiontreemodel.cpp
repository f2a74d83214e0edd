#include "versiontreemodel.h"

#include "statecolors.h"
#include "versionlisting.h"

#include <QBrush>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>

namespace Packhouse {

using ItemKind = VersionStore::ItemKind;
using ManifestState = VersionStore::ManifestState;

VersionTreeModel::VersionTreeModel(GitHubClient *client, RegistryClient *registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_store(m_package.type, this)
    , m_manifestLoader(registry, &m_store)
{
    connect(&m_manifestLoader, &ManifestLoader::manifestArrived, this, &VersionTreeModel::invalidateTree);
    connect(&m_manifestLoader, &ManifestLoader::manifestArrived, this, &VersionTreeModel::manifestArrived);
    connect(&m_manifestLoader, &ManifestLoader::errorOccurred, this, &VersionTreeModel::errorOccurred);
    // A manifest that failed may leave the tree incomplete.
    connect(&m_manifestLoader, &ManifestLoader::errorOccurred, this, &VersionTreeModel::invalidateTree);
}

VersionTreeModel::~VersionTreeModel() = default;

void VersionTreeModel::setPackage(const NamespaceRef &owner, const Package &package)
{
    const bool wasLoading = isLoading();
    stopListing();
    m_owner = owner;
    m_package = package;
    m_manifestLoader.setPackage(owner.login, package.name);
    m_highlighted.clear();
    m_listingStarted = false;
    m_listingComplete = false;
    m_listedNow.clear();
    m_lastError.reset();
    invalidateTree();
    m_store.reset(package.type);
    m_store.reserve(package.versionCount);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (!m_package.name.isEmpty() && m_client)
        startListing();
}

void VersionTreeModel::setShowDeleted(bool showDeleted)
{
    if (showDeleted == m_showDeleted)
        return;
    m_showDeleted = showDeleted;
    setPackage(m_owner, m_package);
}

void VersionTreeModel::refresh()
{
    if (!m_package.name.isEmpty() && m_client)
        startListing();
}

bool VersionTreeModel::isLoading() const
{
    return m_listing && m_listing->isRunning();
}

void VersionTreeModel::stopListing()
{
    if (!m_listing)
        return;
    m_listing->disconnect(this);
    m_listing->cancel();
    m_listing->deleteLater();
}

void VersionTreeModel::startListing()
{
    stopListing();
    const auto state =
        m_showDeleted ? GitHubClient::VersionState::Deleted : GitHubClient::VersionState::Active;
    m_listing = new VersionListing(m_client, m_owner, m_package.type, m_package.name, state, this);
    m_listing->setExpectedCount(m_package.versionCount);
    connect(m_listing, &VersionListing::versionsReceived, this, [this](const QList<PackageVersion> &page) {
        for (const PackageVersion &version : page)
            m_listedNow.insert(version.id);
        appendVersions(page);
    });
    connect(m_listing, &VersionListing::finished, this, &VersionTreeModel::onListingFinished);
    connect(m_listing, &VersionListing::restarted, this, [this] { m_listedNow.clear(); });
    m_listingStarted = true;
    m_listingComplete = false;
    m_listedNow.clear();
    m_listing->start();
    Q_EMIT loadingChanged(true);
}

void VersionTreeModel::onListingFinished(const ListingOutcome &outcome)
{
    m_listing->deleteLater();
    m_listingComplete = outcome.complete;
    // Only a whole listing proves that a version is gone.
    if (outcome.complete) {
        m_store.removeVersionsNotIn(m_listedNow);
        invalidateTree();
    }
    m_listedNow.clear();
    m_lastError = outcome.errors.isEmpty() ? std::nullopt : std::optional(outcome.errors.constFirst());
    // Groups stop saying "Loading…".
    for (const int item : std::as_const(m_store.item(VersionStore::rootItem).children)) {
        if (m_store.item(item).kind == ItemKind::Group)
            itemChanged(item);
    }
    Q_EMIT loadingChanged(false);
    for (const ApiError &error : outcome.errors)
        Q_EMIT errorOccurred(error);
    Q_EMIT listingFinished(outcome.complete);
}

void VersionTreeModel::appendVersions(const QList<PackageVersion> &page)
{
    if (m_store.appendVersions(page) > 0)
        invalidateTree();
}

void VersionTreeModel::removeVersions(const QSet<qint64> &ids)
{
    m_store.removeVersions(ids);
    invalidateTree();
}

void VersionTreeModel::setHighlighted(const QSet<qint64> &ids)
{
    QSet<qint64> changed = ids;
    changed.unite(m_highlighted);
    changed.subtract(QSet<qint64>(ids).intersect(m_highlighted));
    m_highlighted = ids;
    for (const qint64 id : std::as_const(changed)) {
        for (const int item : m_store.itemsOfVersion(id))
            itemChanged(item);
    }
}

void VersionTreeModel::setMarkIcon(const QIcon &icon)
{
    m_markIcon = icon;
    for (const qint64 id : std::as_const(m_highlighted)) {
        for (const int item : m_store.itemsOfVersion(id))
            itemChanged(item);
    }
}

QModelIndex VersionTreeModel::indexOfVersion(qint64 id) const
{
    const QList<int> items = m_store.itemsOfVersion(id);
    return items.isEmpty() ? QModelIndex() : indexOfItem(items.constFirst());
}

PackageVersion VersionTreeModel::versionAt(const QModelIndex &index) const
{
    const PackageVersion *version = findVersion(index);
    return version ? *version : PackageVersion{};
}

VersionTreeModel::RowFacts VersionTreeModel::rowFacts(const QModelIndex &index) const
{
    RowFacts facts;
    if (!index.isValid())
        return facts;
    const int item = itemOf(index);
    facts.isGroup = m_store.item(item).kind == ItemKind::Group;
    if (facts.isGroup) {
        facts.groupOrder = m_store.groupOrder(item);
        return facts;
    }
    if (const VersionStore::IndexEntry *entry = m_store.indexEntryOf(item))
        facts.platform = entry->platform;
    if (const VersionStore::VersionEntry *entry = m_store.entryOf(item)) {
        facts.version = &entry->version;
        facts.label = &entry->label;
        facts.semver = entry->semver ? &*entry->semver : nullptr;
        facts.isPreRelease = entry->preRelease;
    }
    return facts;
}

const PackageVersion *VersionTreeModel::findVersion(const QModelIndex &index) const
{
    const VersionStore::VersionEntry *entry = findEntry(index);
    return entry ? &entry->version : nullptr;
}

const VersionStore::VersionEntry *VersionTreeModel::findEntry(const QModelIndex &index) const
{
    return index.isValid() ? m_store.entryOf(itemOf(index)) : nullptr;
}

bool VersionTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && m_store.item(itemOf(index)).kind == ItemKind::Group;
}

int VersionTreeModel::nameSortRank(const QModelIndex &index) const
{
    return index.isValid() ? m_store.nameSortRank(itemOf(index)) : -1;
}

QList<PackageVersion> VersionTreeModel::versions() const
{
    return m_store.versions();
}

const ImageTree &VersionTreeModel::imageTree() const
{
    if (!m_tree)
        m_tree =
            ImageTree::build(versions(), m_manifestLoader.manifests(), m_manifestLoader.unreadableDigests());
    return *m_tree;
}

bool VersionTreeModel::sizesInPlace() const
{
    return m_package.type == PackageType::Container && m_store.versions().size() <= maxVersionsSizedInPlace;
}

void VersionTreeModel::loadEveryManifest()
{
    if (!sizesInPlace() || m_showDeleted)
        return;
    QList<QString> digests;
    for (const PackageVersion &version : m_store.versions())
        digests.append(version.name);
    m_manifestLoader.loadManifestsOf(digests);
}

void VersionTreeModel::loadAllManifests()
{
    m_manifestLoader.loadAllManifests();
}

bool VersionTreeModel::manifestsComplete() const
{
    return m_manifestLoader.manifestsComplete();
}

void VersionTreeModel::storeAboutToBeReset()
{
    beginResetModel();
}

void VersionTreeModel::storeReset()
{
    endResetModel();
}

void VersionTreeModel::itemsAboutToBeInserted(int parentItem, int first, int last)
{
    beginInsertRows(indexOfItem(parentItem), first, last);
}

void VersionTreeModel::itemsInserted()
{
    endInsertRows();
}

void VersionTreeModel::itemsAboutToBeRemoved(int parentItem, int first, int last)
{
    beginRemoveRows(indexOfItem(parentItem), first, last);
}

void VersionTreeModel::itemsRemoved()
{
    endRemoveRows();
}

void VersionTreeModel::itemChanged(int item)
{
    Q_EMIT dataChanged(indexOfItem(item, 0), indexOfItem(item, ColumnCount - 1));
}

QModelIndex VersionTreeModel::indexOfItem(int item, int column) const
{
    if (item <= VersionStore::rootItem || !m_store.item(item).alive)
        return {};
    return createIndex(m_store.item(item).row, column, quintptr(item));
}

int VersionTreeModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : VersionStore::rootItem;
}

QModelIndex VersionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const VersionStore::Item &parentItem = m_store.item(itemOf(parent));
    if (row >= parentItem.children.size())
        return {};
    return createIndex(row, column, quintptr(parentItem.children[row]));
}

QModelIndex VersionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfItem(m_store.item(itemOf(child)).parent);
}

int VersionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_store.item(itemOf(parent)).children.size());
}

int VersionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool VersionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return m_store.mayHaveChildren(itemOf(parent));
}

bool VersionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_package.name.isEmpty() && !m_listingStarted;
    return parent.column() == 0 && m_store.item(itemOf(parent)).manifest == ManifestState::NotRequested;
}

void VersionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (parent.isValid())
        m_manifestLoader.requestManifest(itemOf(parent));
    else
        startListing();
}

QVariant VersionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int item = itemOf(index);
    const VersionStore::Item &row = m_store.item(item);
    const VersionStore::VersionEntry *entry = m_store.entryOf(item);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        if (const auto error = m_manifestLoader.errorOf(item))
            return error->userMessage();
        if (row.kind == ItemKind::Child)
            return m_rowText.sharedToolTip(item);
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (entry && m_highlighted.contains(entry->version.id)) // "would be deleted", in the palette in use
            return QBrush(StateColors::color(role == Qt::BackgroundRole ? StateColors::Role::MarkBackground
                                                                        : StateColors::Role::MarkText,
                                             QGuiApplication::palette()));
        return {};
    case IdRole:
    case VersionIdRole:
        return entry ? entry->version.id : qint64(0);
    case DigestRole:
        return m_store.digestOf(item);
    case TagsRole:
        return entry ? entry->version.tags : QStringList();
    case Packhouse::NodeKindRole:
    case NodeKindRole:
        return row.kind == ItemKind::Group ? GroupNodeKind : int(row.nodeKind);
    case IsGroupRole:
        return row.kind == ItemKind::Group;
    case IsSharedRole:
        return m_store.isShared(item);
    case PlatformRole: {
        const VersionStore::IndexEntry *indexEntry = m_store.indexEntryOf(item);
        return indexEntry ? indexEntry->platform : QString();
    }
    case CreatedAtRole:
        return entry ? entry->version.createdAt : QDateTime();
    case DeletedAtRole:
        return entry ? entry->version.deletedAt : QDateTime();
    case DaysLeftRole:
        if (const auto days = entry ? daysLeft(entry->version) : std::nullopt)
            return *days;
        return {};
    case HighlightRole:
        return entry && m_highlighted.contains(entry->version.id);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && entry && m_highlighted.contains(entry->version.id) &&
            !m_markIcon.isNull())
            return m_markIcon;
        return {};
    case Qt::AccessibleDescriptionRole:
        if (entry && m_highlighted.contains(entry->version.id))
            return tr("Selected by the retention rule");
        return {};
    case RowKeyRole:
        if (row.kind == ItemKind::Group)
            return QStringLiteral("group:%1").arg(row.key);
        if (row.kind == ItemKind::Version && entry)
            return QStringLiteral("version:%1").arg(entry->version.id);
        return QString();
    case LoadingRole:
        return row.kind == ItemKind::Group ? isLoading() : row.manifest == ManifestState::Loading;
    case ErrorRole: {
        const auto error = m_manifestLoader.errorOf(item);
        return error ? error->userMessage() : QString();
    }
    case ErrorKindRole: {
        const auto error = m_manifestLoader.errorOf(item);
        return error ? int(error->kind) : -1;
    }
    default:
        return {};
    }
}

QVariant VersionTreeModel::displayData(int item, int column) const
{
    const VersionStore::VersionEntry *entry = m_store.entryOf(item);
    switch (column) {
    case NameColumn:
        if (entry && m_store.item(item).kind == ItemKind::Version && !m_store.referrerOf(item))
            return entry->label; // cached: no allocation for the busiest column
        return m_rowText.name(item);
    case DigestColumn:
        return m_rowText.digest(item);
    case CreatedColumn:
        return entry ? entry->version.createdAt : QVariant();
    case UpdatedColumn:
        return entry ? entry->version.updatedAt : QVariant();
    case AgeColumn:
        return m_rowText.age(item, now());
    case StateColumn:
        return m_rowText.state(item, isLoading(), entry ? daysLeft(entry->version) : std::nullopt,
                               m_manifestLoader.errorOf(item).has_value());
    }
    return QString();
}

std::optional<int> VersionTreeModel::daysLeft(const PackageVersion &version) const
{
    if (!version.isDeleted())
        return std::nullopt;
    const qint64 daysSince = version.deletedAt.secsTo(now()) / 86'400;
    return int(qMax<qint64>(0, restoreWindowDays - daysSince));
}

QDateTime VersionTreeModel::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QVariant VersionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == DefaultWidthRole)
        return defaultWidth(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Column header: a container image's tags ("latest"), else the version name.
        return m_store.isContainer() ? tr("Tags") : tr("Version");
    case DigestColumn:
        return tr("Digest");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case AgeColumn:
        return tr("Age");
    case StateColumn:
        return tr("State");
    }
    return {};
}

// Wide enough for what the column shows, in the application font and the locale's date format.
QVariant VersionTreeModel::defaultWidth(int section)
{
    const QFontMetrics metrics(QGuiApplication::font());
    const int padding = 2 * metrics.averageCharWidth();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    switch (section) {
    case NameColumn:
        // Also an attestation's row a level down, whole: "Attestierung von linux/amd64" in German.
        return qMax(metrics.averageCharWidth() * 36,
                    widthOf(tr("Attestation of %1").arg(QStringLiteral("linux/amd64"))) + 2 * 20);
    case DigestColumn:
        return widthOf(QStringLiteral("sha256:0123456789ab…"));
    case CreatedColumn:
    case UpdatedColumn:
        return widthOf(
            QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat));
    case AgeColumn:
        return widthOf(tr("%n day(s)", nullptr, 999));
    }
    return {}; // the last column stretches
}

QHash<int, QByteArray> VersionTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(VersionIdRole, "versionId");
    names.insert(DigestRole, "digest");
    names.insert(TagsRole, "tags");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(IsGroupRole, "isGroup");
    names.insert(IsSharedRole, "isShared");
    names.insert(PlatformRole, "platform");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(DeletedAtRole, "deletedAt");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(HighlightRole, "highlight");
    names.insert(RowKeyRole, "rowKey");
    names.insert(LoadingRole, "loading");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace Packhouse
