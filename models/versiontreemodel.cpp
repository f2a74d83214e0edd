#include "versiontreemodel.h"

#include "registryclient.h"
#include "versionlisting.h"

#include <QBrush>
#include <QColor>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace Packhouse {

Q_LOGGING_CATEGORY(lcModels, "packhouse.models")

namespace {

constexpr qsizetype shortDigestHex = 12;

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(u':');
    return colon < 0 ? digest : digest.left(colon + 1 + shortDigestHex);
}

// Groups of other package types: newest major first, "Other" last.
int groupRank(qint32 key)
{
    return key >= 0 ? -key : std::numeric_limits<int>::max();
}

} // namespace

VersionTreeModel::VersionTreeModel(GitHubClient *client, RegistryClient *registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_registry(registry)
{
    m_items.push_back(Item{{}, -1, 0, -1, 0, ItemKind::Root});
    if (m_registry) {
        connect(m_registry, &RegistryClient::manifestReady, this, &VersionTreeModel::onManifestReady);
        connect(m_registry, &RegistryClient::manifestFailed, this, &VersionTreeModel::onManifestFailed);
    }
}

VersionTreeModel::~VersionTreeModel() = default;

void VersionTreeModel::setPackage(const NamespaceRef &owner, const Package &package)
{
    const bool wasLoading = isLoading();
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing->deleteLater();
    }
    beginResetModel();
    m_owner = owner;
    m_package = package;
    m_items.clear();
    m_items.push_back(Item{{}, -1, 0, -1, 0, ItemKind::Root});
    m_versions.clear();
    m_versionById.clear();
    m_versionByName.clear();
    m_topItemByDigest.clear();
    m_childItems.clear();
    m_childInfo.clear();
    m_manifests.clear();
    m_itemErrors.clear();
    m_highlighted.clear();
    m_liveVersions = 0;
    m_listingStarted = false;
    m_listingComplete = false;
    m_listedNow.clear();
    m_lastError.reset();
    invalidateTree();
    endResetModel();
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

void VersionTreeModel::startListing()
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing->deleteLater();
    }
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
        QSet<qint64> gone;
        for (const VersionEntry &entry : m_versions) {
            if (entry.alive && !m_listedNow.contains(entry.version.id))
                gone.insert(entry.version.id);
        }
        removeVersions(gone);
    }
    m_listedNow.clear();
    m_lastError = outcome.errors.isEmpty() ? std::nullopt : std::optional(outcome.errors.constFirst());
    for (const int group : std::as_const(m_items.front().children)) {
        if (m_items[group].kind == ItemKind::Group)
            emitRowChanged(group);
    }
    Q_EMIT loadingChanged(false);
    for (const ApiError &error : outcome.errors)
        Q_EMIT errorOccurred(error);
    Q_EMIT listingFinished(outcome.complete);
}

void VersionTreeModel::appendVersions(const QList<PackageVersion> &page)
{
    QList<int> fresh;
    for (const PackageVersion &version : page) {
        if (const auto it = m_versionById.constFind(version.id); it != m_versionById.cend()) {
            VersionEntry &entry = m_versions[*it];
            if (entry.version == version)
                continue;
            if (entry.version.tags == version.tags) {
                entry.version = version;
                if (entry.item >= 0)
                    emitRowChanged(entry.item);
                continue;
            }
            removeVersions({version.id}); // its tags changed: it belongs elsewhere in the tree
        }
        VersionEntry entry;
        entry.version = version;
        if (isContainer()) {
            entry.label = version.isTagged() ? version.tags.join(QStringLiteral(", ")) : version.name;
            entry.preRelease =
                std::any_of(version.tags.cbegin(), version.tags.cend(), [](const QString &tag) {
                    const auto semver = SemanticVersion::parse(tag);
                    return semver && semver->isPreRelease();
                });
        } else {
            entry.label = version.name;
            entry.semver = SemanticVersion::parse(version.name);
            entry.preRelease = entry.semver && entry.semver->isPreRelease();
        }
        const int index = int(m_versions.size());
        m_versions.push_back(std::move(entry));
        m_versionById.insert(version.id, index);
        if (isContainer())
            m_versionByName.insert(version.name, index);
        ++m_liveVersions;
        fresh.append(index);
    }
    if (!fresh.isEmpty()) {
        addNewVersions(fresh);
        invalidateTree();
    }
}

void VersionTreeModel::addNewVersions(const QList<int> &versionIndices)
{
    auto &root = m_items.front();
    if (isContainer()) {
        QList<int> tagged;
        QList<int> untagged;
        for (const int index : versionIndices) {
            const VersionEntry &entry = m_versions[index];
            // An entry of a loaded index: its rows there now show the version.
            const QList<int> childRows = m_childItems.value(entry.version.name);
            for (const int child : childRows) {
                m_items[child].version = index;
                m_items[child].nodeKind = m_childInfo.value(child).kind;
                emitRowChanged(child);
            }
            if (entry.version.isTagged())
                tagged.append(index);
            else if (childRows.isEmpty())
                untagged.append(index);
        }
        const int untaggedGroup = findGroup(untaggedGroupKey);
        addToParent(0, int(root.children.size()) - (untaggedGroup >= 0 ? 1 : 0), tagged);
        if (untagged.isEmpty())
            return;
        if (untaggedGroup >= 0) {
            addToParent(untaggedGroup, int(m_items[untaggedGroup].children.size()), untagged);
            emitRowChanged(untaggedGroup);
        } else {
            bool created = false;
            ensureGroup(untaggedGroupKey, untagged, created);
        }
        return;
    }

    // Other types: by semver major, in listing order within a group.
    QList<QPair<qint32, QList<int>>> buckets;
    for (const int index : versionIndices) {
        const auto &semver = m_versions[index].semver;
        const qint32 key = semver ? semver->major : otherGroupKey;
        auto bucket =
            std::find_if(buckets.begin(), buckets.end(), [key](const auto &b) { return b.first == key; });
        if (bucket == buckets.end())
            buckets.append({key, {index}});
        else
            bucket->second.append(index);
    }
    for (const auto &[key, indices] : std::as_const(buckets)) {
        bool created = false;
        const int group = ensureGroup(key, indices, created);
        if (!created) {
            addToParent(group, int(m_items[group].children.size()), indices);
            emitRowChanged(group);
        }
    }
}

int VersionTreeModel::newItem(const Item &item)
{
    m_items.push_back(item);
    return int(m_items.size()) - 1;
}

void VersionTreeModel::addToParent(int parentItem, int position, const QList<int> &versionIndices)
{
    if (versionIndices.isEmpty())
        return;
    QList<int> created;
    created.reserve(versionIndices.size());
    for (const int index : versionIndices) {
        Item item;
        item.parent = parentItem;
        item.version = index;
        item.kind = ItemKind::Version;
        if (isContainer() && m_versions[index].version.isTagged())
            item.manifest = ManifestState::NotRequested;
        created.append(newItem(item));
    }
    beginInsertRows(indexOfItem(parentItem), position, position + int(created.size()) - 1);
    auto &children = m_items[parentItem].children;
    children.insert(position, created.size(), 0);
    std::copy(created.cbegin(), created.cend(), children.begin() + position);
    renumberChildren(parentItem, position);
    for (const int item : std::as_const(created)) {
        VersionEntry &entry = m_versions[m_items[item].version];
        entry.item = item;
        if (m_items[item].manifest == ManifestState::NotRequested)
            m_topItemByDigest.insert(entry.version.name, item);
    }
    endInsertRows();
}

int VersionTreeModel::ensureGroup(qint32 key, const QList<int> &initialVersions, bool &created)
{
    if (const int existing = findGroup(key); existing >= 0) {
        created = false;
        return existing;
    }
    created = true;
    Item groupItem;
    groupItem.parent = 0;
    groupItem.kind = ItemKind::Group;
    groupItem.key = key;
    const int group = newItem(groupItem);
    // The group comes with its first versions: one insertion, not two.
    for (const int index : initialVersions) {
        Item item;
        item.parent = group;
        item.version = index;
        item.row = int(m_items[group].children.size());
        const int child = newItem(item);
        m_items[group].children.append(child);
        m_versions[index].item = child;
    }
    const int position = groupPosition(key);
    beginInsertRows({}, position, position);
    m_items.front().children.insert(position, group);
    renumberChildren(0, position);
    endInsertRows();
    return group;
}

int VersionTreeModel::groupPosition(qint32 key) const
{
    const auto &children = m_items.front().children;
    if (key == untaggedGroupKey)
        return int(children.size());
    const auto it = std::find_if(children.cbegin(), children.cend(), [this, key](int item) {
        return m_items[item].kind == ItemKind::Group && groupRank(m_items[item].key) > groupRank(key);
    });
    return int(it - children.cbegin());
}

int VersionTreeModel::findGroup(qint32 key) const
{
    const auto &top = m_items.front().children;
    // Containers: the untagged group is the last row, after possibly 100,000s of tagged ones.
    if (key == untaggedGroupKey) {
        const bool found = !top.isEmpty() && m_items[top.constLast()].kind == ItemKind::Group;
        return found ? top.constLast() : -1;
    }
    for (const int item : top) {
        if (m_items[item].kind == ItemKind::Group && m_items[item].key == key)
            return item;
    }
    return -1;
}

void VersionTreeModel::renumberChildren(int parentItem, int fromRow)
{
    const auto &children = m_items[parentItem].children;
    for (qsizetype row = fromRow; row < children.size(); ++row)
        m_items[children[row]].row = int(row);
}

void VersionTreeModel::removeItems(QList<int> items)
{
    // Items inside another removed item go with it.
    QSet<int> removing(items.cbegin(), items.cend());
    items.removeIf([&](int item) {
        for (int p = m_items[item].parent; p > 0; p = m_items[p].parent) {
            if (removing.contains(p))
                return true;
        }
        return !m_items[item].alive;
    });
    // Highest rows first, contiguous rows in one removal.
    std::sort(items.begin(), items.end(), [this](int a, int b) {
        return m_items[a].parent != m_items[b].parent ? m_items[a].parent < m_items[b].parent
                                                      : m_items[a].row > m_items[b].row;
    });
    QSet<int> touchedParents;
    for (qsizetype i = 0; i < items.size();) {
        const int parentItem = m_items[items[i]].parent;
        const int last = m_items[items[i]].row;
        qsizetype j = i + 1;
        while (j < items.size() && m_items[items[j]].parent == parentItem &&
               m_items[items[j]].row == m_items[items[j - 1]].row - 1)
            ++j;
        const int first = m_items[items[j - 1]].row;
        beginRemoveRows(indexOfItem(parentItem), first, last);
        auto &children = m_items[parentItem].children;
        children.remove(first, last - first + 1);
        for (qsizetype k = i; k < j; ++k)
            markDead(items[k]);
        renumberChildren(parentItem, first);
        endRemoveRows();
        touchedParents.insert(parentItem);
        i = j;
    }
    // Groups that lost their last version go too; the rest show their new count.
    QList<int> emptyGroups;
    for (const int parentItem : std::as_const(touchedParents)) {
        if (m_items[parentItem].kind != ItemKind::Group || !m_items[parentItem].alive)
            continue;
        if (m_items[parentItem].children.isEmpty())
            emptyGroups.append(parentItem);
        else
            emitRowChanged(parentItem);
    }
    if (!emptyGroups.isEmpty())
        removeItems(emptyGroups);
}

void VersionTreeModel::markDead(int item)
{
    Item &dead = m_items[item];
    dead.alive = false;
    if (dead.version >= 0 && m_versions[dead.version].item == item)
        m_versions[dead.version].item = -1;
    if (dead.kind == ItemKind::Child) {
        const QString digest = m_childInfo.take(item).digest;
        auto rows = m_childItems.find(digest);
        if (rows != m_childItems.end()) {
            rows->removeOne(item);
            if (rows->isEmpty())
                m_childItems.erase(rows);
        }
    } else if (dead.version >= 0 && dead.manifest != ManifestState::NotNeeded) {
        m_topItemByDigest.remove(m_versions[dead.version].version.name);
    }
    m_itemErrors.remove(item);
    const QList<int> children = std::exchange(m_items[item].children, {});
    for (const int child : children)
        markDead(child);
}

void VersionTreeModel::removeVersions(const QSet<qint64> &ids)
{
    QList<int> rows;
    QList<int> formerChildren; // versions that hung under a removed index
    QSet<QString> sharedChanged;
    QList<int> dead;
    for (const qint64 id : ids) {
        const auto found = m_versionById.constFind(id);
        if (found == m_versionById.cend())
            continue;
        const int index = *found;
        m_versionById.erase(found);
        VersionEntry &entry = m_versions[index];
        entry.alive = false;
        dead.append(index);
        --m_liveVersions;
        if (isContainer())
            m_versionByName.remove(entry.version.name);
        if (entry.item >= 0) {
            rows.append(entry.item);
            for (const int child : std::as_const(m_items[entry.item].children)) {
                if (m_items[child].version >= 0)
                    formerChildren.append(m_items[child].version);
                sharedChanged.insert(m_childInfo.value(child).digest);
            }
        }
        // Still listed by a loaded index: pulls of that image break, so the row stays, marked missing.
        for (const int child : m_childItems.value(entry.version.name)) {
            m_items[child].version = -1;
            m_items[child].nodeKind = ImageTree::NodeKind::Missing;
            emitRowChanged(child);
        }
    }
    removeItems(rows);
    QList<int> orphans;
    for (const int index : std::as_const(formerChildren)) {
        const VersionEntry &entry = m_versions[index];
        if (entry.alive && entry.item < 0 && !m_childItems.contains(entry.version.name) &&
            !orphans.contains(index))
            orphans.append(index);
    }
    addNewVersions(orphans);
    for (const QString &digest : std::as_const(sharedChanged)) {
        for (const int child : m_childItems.value(digest))
            emitRowChanged(child);
    }
    // Free what the dead entries held; their slots stay so that indices remain valid.
    for (const int index : std::as_const(dead)) {
        m_versions[index].version = {};
        m_versions[index].label.clear();
        m_versions[index].semver.reset();
    }
    invalidateTree();
}

void VersionTreeModel::setHighlighted(const QSet<qint64> &ids)
{
    QSet<qint64> changed = ids;
    changed.unite(m_highlighted);
    changed.subtract(QSet<qint64>(ids).intersect(m_highlighted));
    m_highlighted = ids;
    for (const qint64 id : std::as_const(changed)) {
        const int index = m_versionById.value(id, -1);
        if (index < 0)
            continue;
        if (m_versions[index].item >= 0)
            emitRowChanged(m_versions[index].item);
        if (isContainer()) {
            for (const int child : m_childItems.value(m_versions[index].version.name))
                emitRowChanged(child);
        }
    }
}

QModelIndex VersionTreeModel::indexOfVersion(qint64 id) const
{
    const int index = m_versionById.value(id, -1);
    if (index < 0)
        return {};
    if (m_versions[index].item >= 0)
        return indexOfItem(m_versions[index].item);
    const QList<int> children = m_childItems.value(m_versions[index].version.name);
    return children.isEmpty() ? QModelIndex() : indexOfItem(children.constFirst());
}

PackageVersion VersionTreeModel::versionAt(const QModelIndex &index) const
{
    const VersionEntry *entry = index.isValid() ? entryOf(m_items[itemOf(index)]) : nullptr;
    return entry ? entry->version : PackageVersion{};
}

VersionTreeModel::RowFacts VersionTreeModel::rowFacts(const QModelIndex &index) const
{
    RowFacts facts;
    if (!index.isValid())
        return facts;
    const int item = itemOf(index);
    const Item &row = m_items[item];
    facts.isGroup = row.kind == ItemKind::Group;
    if (facts.isGroup) {
        facts.groupOrder = row.key == untaggedGroupKey ? std::numeric_limits<int>::max() : groupRank(row.key);
        return facts;
    }
    if (row.kind == ItemKind::Child) {
        const auto info = m_childInfo.constFind(item);
        if (info != m_childInfo.cend())
            facts.platform = info->platform;
    }
    if (const VersionEntry *entry = entryOf(row)) {
        facts.version = &entry->version;
        facts.label = &entry->label;
        facts.semver = entry->semver ? &*entry->semver : nullptr;
        facts.isPreRelease = entry->preRelease;
    }
    return facts;
}

const PackageVersion *VersionTreeModel::findVersion(const QModelIndex &index) const
{
    const VersionEntry *entry = index.isValid() ? entryOf(m_items[itemOf(index)]) : nullptr;
    return entry ? &entry->version : nullptr;
}

bool VersionTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && m_items[itemOf(index)].kind == ItemKind::Group;
}

QList<PackageVersion> VersionTreeModel::versions() const
{
    QList<PackageVersion> all;
    all.reserve(m_liveVersions);
    for (const VersionEntry &entry : m_versions) {
        if (entry.alive)
            all.append(entry.version);
    }
    return all;
}

const ImageTree &VersionTreeModel::imageTree() const
{
    if (!m_tree)
        m_tree = ImageTree::build(versions(), m_manifests);
    return *m_tree;
}

void VersionTreeModel::loadAllManifests()
{
    const auto items = m_topItemByDigest.values();
    for (const int item : items) {
        const auto state = m_items[item].manifest;
        if (state == ManifestState::NotRequested || state == ManifestState::Failed)
            requestManifest(item);
    }
}

bool VersionTreeModel::manifestsComplete() const
{
    return std::all_of(m_topItemByDigest.cbegin(), m_topItemByDigest.cend(),
                       [this](int item) { return m_items[item].manifest == ManifestState::Loaded; });
}

void VersionTreeModel::requestManifest(int item)
{
    if (!m_registry)
        return;
    m_items[item].manifest = ManifestState::Loading;
    m_itemErrors.remove(item);
    emitRowChanged(item);
    m_registry->fetchManifest(m_owner.login, m_package.name, m_versions[m_items[item].version].version.name);
}

void VersionTreeModel::onManifestReady(const QString &digest, const OciManifest &manifest)
{
    const int item = m_topItemByDigest.value(digest, -1);
    if (item < 0 || m_items[item].manifest != ManifestState::Loading)
        return; // asked for by someone else, or for a package shown before
    m_manifests.insert(digest, manifest);
    invalidateTree();
    if (manifest.kind != OciManifest::Kind::Index) {
        m_items[item].manifest = ManifestState::Loaded;
        emitRowChanged(item);
        return;
    }
    m_items[item].nodeKind = ImageTree::NodeKind::Index;

    // Platforms before attestations, each digest once, as ImageTree orders them.
    QList<ChildInfo> platforms;
    QList<ChildInfo> attestations;
    QHash<QString, QString> platformOf;
    for (const OciDescriptor &entry : manifest.manifests) {
        if (entry.digest == digest || platformOf.contains(entry.digest))
            continue;
        platformOf.insert(entry.digest, entry.platform());
        ChildInfo info{entry.digest, entry.platform(), entry.attestedDigest(),
                       entry.isAttestation() ? ImageTree::NodeKind::Attestation
                                             : ImageTree::NodeKind::PlatformManifest};
        (entry.isAttestation() ? attestations : platforms).append(info);
    }
    for (ChildInfo &info : attestations)
        info.attestedPlatform = platformOf.value(info.attestedPlatform); // digest → its platform

    // Untagged versions this index lists leave the "Untagged" group.
    QList<int> leaving;
    for (const ChildInfo &info : platforms + attestations) {
        const int index = m_versionByName.value(info.digest, -1);
        if (index >= 0 && m_versions[index].item >= 0 && !m_versions[index].version.isTagged())
            leaving.append(m_versions[index].item);
    }
    removeItems(leaving);

    QList<int> created;
    QSet<QString> shared;
    for (const ChildInfo &info : platforms + attestations) {
        Item child;
        child.parent = item;
        child.row = int(created.size());
        child.kind = ItemKind::Child;
        child.version = m_versionByName.value(info.digest, -1);
        child.nodeKind = child.version >= 0 ? info.kind : ImageTree::NodeKind::Missing;
        const int childItem = newItem(child);
        m_childInfo.insert(childItem, info);
        created.append(childItem);
    }
    m_items[item].manifest = ManifestState::Loaded;
    if (!created.isEmpty()) {
        beginInsertRows(indexOfItem(item), 0, int(created.size()) - 1);
        m_items[item].children = created;
        for (const int child : std::as_const(created)) {
            auto &rows = m_childItems[m_childInfo.value(child).digest];
            rows.append(child);
            if (rows.size() > 1)
                shared.insert(m_childInfo.value(child).digest);
        }
        endInsertRows();
    }
    emitRowChanged(item);
    for (const QString &sharedDigest : std::as_const(shared)) {
        for (const int child : m_childItems.value(sharedDigest))
            emitRowChanged(child);
    }
}

void VersionTreeModel::onManifestFailed(const QString &digest, const ApiError &error)
{
    const int item = m_topItemByDigest.value(digest, -1);
    if (item < 0 || m_items[item].manifest != ManifestState::Loading)
        return;
    m_items[item].manifest = ManifestState::Failed;
    m_itemErrors.insert(item, error);
    emitRowChanged(item);
    Q_EMIT errorOccurred(error);
}

void VersionTreeModel::emitRowChanged(int item)
{
    if (item > 0 && m_items[item].alive)
        Q_EMIT dataChanged(indexOfItem(item, 0), indexOfItem(item, ColumnCount - 1));
}

QModelIndex VersionTreeModel::indexOfItem(int item, int column) const
{
    if (item <= 0 || !m_items[item].alive)
        return {};
    return createIndex(m_items[item].row, column, quintptr(item));
}

int VersionTreeModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

const VersionTreeModel::VersionEntry *VersionTreeModel::entryOf(const Item &item) const
{
    return item.version >= 0 ? &m_versions[item.version] : nullptr;
}

QString VersionTreeModel::digestOf(int item) const
{
    if (const VersionEntry *entry = entryOf(m_items[item]))
        return entry->version.name;
    return m_childInfo.value(item).digest;
}

QModelIndex VersionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Item &parentItem = m_items[itemOf(parent)];
    if (row >= parentItem.children.size())
        return {};
    return createIndex(row, column, quintptr(parentItem.children[row]));
}

QModelIndex VersionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfItem(m_items[itemOf(child)].parent);
}

int VersionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_items[itemOf(parent)].children.size());
}

int VersionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool VersionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Item &item = m_items[itemOf(parent)];
    // A tagged image may be an index: the arrow shows until its manifest says otherwise.
    return !item.children.isEmpty() || item.manifest == ManifestState::NotRequested ||
           item.manifest == ManifestState::Loading;
}

bool VersionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_package.name.isEmpty() && !m_listingStarted;
    return parent.column() == 0 && m_items[itemOf(parent)].manifest == ManifestState::NotRequested;
}

void VersionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (parent.isValid())
        requestManifest(itemOf(parent));
    else
        startListing();
}

QVariant VersionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int item = itemOf(index);
    const Item &row = m_items[item];
    const VersionEntry *entry = entryOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return entry ? entry->version.createdAt : QVariant();
        case UpdatedColumn:
            return entry ? entry->version.updatedAt : QVariant();
        case NameColumn:
            if (entry && row.kind == ItemKind::Version)
                return entry->label; // cached: no allocation for the busiest column
            [[fallthrough]];
        default:
            return displayText(item, index.column());
        }
    case Qt::ToolTipRole:
        if (m_itemErrors.contains(item))
            return m_itemErrors.value(item).userMessage();
        if (row.kind == ItemKind::Child)
            return sharedToolTip(item);
        return {};
    case Qt::BackgroundRole:
        if (entry && m_highlighted.contains(entry->version.id))
            return QBrush(QColor(255, 224, 130)); // amber: "would be deleted", readable in light and dark
        return {};
    case IdRole:
    case VersionIdRole:
        return entry ? entry->version.id : qint64(0);
    case DigestRole:
        return digestOf(item);
    case TagsRole:
        return entry ? entry->version.tags : QStringList();
    case Packhouse::NodeKindRole:
    case NodeKindRole:
        return row.kind == ItemKind::Group ? GroupNodeKind : int(row.nodeKind);
    case IsGroupRole:
        return row.kind == ItemKind::Group;
    case IsSharedRole:
        return row.kind == ItemKind::Child && m_childItems.value(m_childInfo.value(item).digest).size() > 1;
    case PlatformRole:
        return row.kind == ItemKind::Child ? m_childInfo.value(item).platform : QString();
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
    case LoadingRole:
        return row.kind == ItemKind::Group ? isLoading() : row.manifest == ManifestState::Loading;
    case ErrorRole:
        return m_itemErrors.contains(item) ? m_itemErrors.value(item).userMessage() : QString();
    case ErrorKindRole:
        return m_itemErrors.contains(item) ? int(m_itemErrors.value(item).kind) : -1;
    default:
        return {};
    }
}

QString VersionTreeModel::displayText(int item, int column) const
{
    const Item &row = m_items[item];
    const VersionEntry *entry = entryOf(row);
    switch (column) {
    case NameColumn:
        if (row.kind == ItemKind::Group)
            return groupLabel(row);
        if (row.kind == ItemKind::Child) {
            const ChildInfo info = m_childInfo.value(item);
            QString text =
                info.kind == ImageTree::NodeKind::Attestation
                    ? (info.attestedPlatform.isEmpty() ? tr("Attestation")
                                                       : tr("Attestation of %1").arg(info.attestedPlatform))
                    : (info.platform.isEmpty() ? shortDigest(info.digest) : info.platform);
            return row.version < 0 ? tr("%1 (missing)").arg(text) : text;
        }
        return entry ? entry->label : QString();
    case DigestColumn:
        return isContainer() && row.kind != ItemKind::Group ? shortDigest(digestOf(item)) : QString();
    case AgeColumn: {
        if (!entry || !entry->version.createdAt.isValid())
            return {};
        const qint64 days = entry->version.createdAt.secsTo(now()) / 86'400;
        return days <= 0 ? tr("today") : days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    }
    case StateColumn:
        return stateText(item);
    }
    return {};
}

QString VersionTreeModel::groupLabel(const Item &item) const
{
    if (item.key == untaggedGroupKey)
        return tr("Untagged (%1)").arg(item.children.size());
    if (item.key == otherGroupKey)
        return tr("Other (%1)").arg(item.children.size());
    return tr("%1.x").arg(item.key);
}

QString VersionTreeModel::stateText(int item) const
{
    const Item &row = m_items[item];
    if (row.kind == ItemKind::Group)
        return isLoading() ? tr("Loading…") : QString();
    if (row.kind == ItemKind::Child && row.version < 0)
        return tr("Missing: pulls of this image break");
    const VersionEntry *entry = entryOf(row);
    if (entry && entry->version.isDeleted()) {
        const int days = daysLeft(entry->version).value_or(0);
        if (days <= 0)
            return tr("Deleted · too late");
        return days == 1 ? tr("Deleted · 1 day left") : tr("Deleted · %1 days left").arg(days);
    }
    switch (row.manifest) {
    case ManifestState::Loading:
        return tr("Loading…");
    case ManifestState::Failed:
        return tr("Manifest unavailable");
    default:
        break;
    }
    if (row.kind == ItemKind::Child && m_childItems.value(m_childInfo.value(item).digest).size() > 1)
        return tr("Shared");
    return {};
}

QString VersionTreeModel::sharedToolTip(int item) const
{
    const QList<int> rows = m_childItems.value(m_childInfo.value(item).digest);
    QStringList others;
    for (const int other : rows) {
        if (other == item)
            continue;
        if (const VersionEntry *parentEntry = entryOf(m_items[m_items[other].parent]))
            others.append(parentEntry->label);
    }
    return others.isEmpty() ? QString() : tr("Also part of %1").arg(others.join(QStringLiteral("; ")));
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
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QVariant VersionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return isContainer() ? tr("Tags") : tr("Version");
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
    names.insert(LoadingRole, "loading");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace Packhouse
