#include "versionstore.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>

namespace Packhouse {

namespace {

// Groups of other package types: newest major first, "Other" last.
int groupRank(qint32 key)
{
    return key >= 0 ? -key : std::numeric_limits<int>::max();
}

// A version's place in the Name column's order, compact so that sorting 100,000 of them stays in the cache:
// most comparisons are decided by `prefix`, the rest by the entries themselves.
struct NameSortKey
{
    // Semantic versions: major and minor, then patch and whether it is a release. Other names: their first
    // 24 characters, a byte each (notAscii, or 2 + the ASCII character case-folded; 0 past the end).
    std::array<quint64, 3> prefix{};
    qint32 version = -1;
    bool semantic = false;
};

constexpr quint8 notAscii = 1; // case folding beyond ASCII is left to QString::compare

NameSortKey semanticSortKey(const SemanticVersion &semver, qint32 version)
{
    // Parsing admits no negative numbers: the words order as the numbers do.
    return {{quint64(quint32(semver.major)) << 32 | quint32(semver.minor),
             quint64(quint32(semver.patch)) << 32 | (semver.isPreRelease() ? 0 : 1), 0},
            version,
            true};
}

NameSortKey nameSortKey(QStringView name, qint32 version)
{
    NameSortKey key{{}, version, false};
    for (qsizetype i = 0; i < qsizetype(key.prefix.size() * 8) && i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const quint64 code = c >= 0x80 ? notAscii : 2 + quint64(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
        key.prefix[size_t(i / 8)] |= code << (56 - 8 * (i % 8));
        if (code == notAscii)
            break;
    }
    return key;
}

// Whether `a` names a version before `b`, as far as their prefixes tell: not where they first differ at a
// character that is not ASCII, nor when they are equal.
std::optional<bool> nameLessByPrefix(const NameSortKey &a, const NameSortKey &b)
{
    for (size_t i = 0; i < a.prefix.size(); ++i) {
        const quint64 difference = a.prefix[i] ^ b.prefix[i];
        if (difference == 0)
            continue;
        const int shift = 56 - std::countl_zero(difference) / 8 * 8;
        const auto codeA = quint8(a.prefix[i] >> shift);
        const auto codeB = quint8(b.prefix[i] >> shift);
        if (codeA == notAscii || codeB == notAscii)
            return std::nullopt;
        return codeA < codeB;
    }
    return std::nullopt;
}

VersionStore::Item makeRoot()
{
    VersionStore::Item root;
    root.kind = VersionStore::ItemKind::Root;
    return root;
}

} // namespace

VersionStore::VersionStore(PackageType type, Listener *listener)
    : m_type(type)
    , m_listener(listener)
{
    m_items.push_back(makeRoot());
}

void VersionStore::reserve(qsizetype versionCount)
{
    m_versions.reserve(size_t(versionCount));
    m_items.reserve(size_t(versionCount) + 16); // the root and a few groups besides
}

void VersionStore::reset(PackageType type)
{
    m_listener->storeAboutToBeReset();
    m_type = type;
    m_items.clear();
    m_items.push_back(makeRoot());
    m_versions.clear();
    m_versionById.clear();
    m_versionByName.clear();
    m_imageItemByDigest.clear();
    m_entryItemsByDigest.clear();
    m_indexEntries.clear();
    m_referrers.clear();
    m_referrersBySubject.clear();
    m_liveVersions = 0;
    m_nameSortRanks.clear();
    m_listener->storeReset();
}

qsizetype VersionStore::appendVersions(const QList<PackageVersion> &page)
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
                    reportChanged(entry.item);
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
            if (std::optional<SemanticVersion> semver = SemanticVersion::parse(version.name))
                entry.semver = std::make_unique<const SemanticVersion>(std::move(*semver));
            entry.preRelease = entry.semver && entry.semver->isPreRelease();
        }
        const int index = int(m_versions.size());
        m_versions.push_back(std::move(entry));
        m_versionById.insert(version.id, index);
        if (isContainer()) {
            m_versionByName.insert(version.name, index);
            if (std::optional<ReferrerTag> referrer = ReferrerTag::ofTags(version.tags)) {
                m_referrersBySubject[referrer->subjectDigest].append(index);
                m_referrers.insert(index, *std::move(referrer));
            }
        }
        ++m_liveVersions;
        fresh.append(index);
    }
    if (!fresh.isEmpty())
        addNewVersions(fresh);
    return fresh.size();
}

void VersionStore::addNewVersions(const QList<int> &versionIndices)
{
    m_nameSortRanks.clear(); // index entries may now show these versions
    const auto &root = m_items.front();
    if (isContainer()) {
        QList<int> tagged;
        QList<int> untagged;
        QHash<int, QList<int>> referrersByRow; // of subjects shown already
        for (const int index : versionIndices) {
            const VersionEntry &entry = m_versions[index];
            // An entry of a loaded index: its rows there now show the version.
            const QList<int> entryRows = m_entryItemsByDigest.value(entry.version.name);
            for (const int child : entryRows) {
                m_items[child].version = index;
                m_items[child].nodeKind = m_indexEntries.value(child).kind;
                reportChanged(child);
            }
            const auto referrer = m_referrers.constFind(index);
            const int subject =
                referrer == m_referrers.cend() ? -1 : m_versionByName.value(referrer->subjectDigest, -1);
            if (subject >= 0 && m_versions[subject].item >= 0)
                referrersByRow[m_versions[subject].item].append(index);
            else if (entry.version.isTagged())
                tagged.append(index);
            else if (entryRows.isEmpty())
                untagged.append(index);
        }
        const int untaggedGroup = findGroup(untaggedGroupKey);
        addToParent(rootItem, int(root.children.size()) - (untaggedGroup >= 0 ? 1 : 0), tagged);
        if (!untagged.isEmpty() && untaggedGroup >= 0) {
            addToParent(untaggedGroup, int(m_items[untaggedGroup].children.size()), untagged);
            reportChanged(untaggedGroup);
        } else if (!untagged.isEmpty()) {
            bool created = false;
            ensureGroup(untaggedGroupKey, untagged, created);
        }
        for (auto it = referrersByRow.cbegin(); it != referrersByRow.cend(); ++it)
            addToParent(it.key(), int(m_items[it.key()].children.size()), it.value());
        for (const int index : versionIndices)
            adoptReferrers(index);
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
            reportChanged(group);
        }
    }
}

void VersionStore::adoptReferrers(int versionIndex)
{
    const VersionEntry &subject = m_versions[versionIndex];
    const auto referrers = m_referrersBySubject.constFind(subject.version.name);
    if (!subject.alive || subject.item < 0 || referrers == m_referrersBySubject.cend())
        return;
    QList<int> rows;
    QList<int> moving;
    for (const int index : *referrers) {
        const int row = m_versions[index].item;
        if (m_versions[index].alive && row >= 0 && m_items[row].parent != subject.item) {
            rows.append(row);
            moving.append(index);
        }
    }
    if (moving.isEmpty())
        return;
    removeItems(rows);
    addToParent(subject.item, int(m_items[subject.item].children.size()), moving);
}

int VersionStore::newItem(const Item &item)
{
    m_nameSortRanks.clear();
    m_items.push_back(item);
    return int(m_items.size()) - 1;
}

void VersionStore::addToParent(int parentItem, int position, const QList<int> &versionIndices)
{
    if (versionIndices.isEmpty())
        return;
    QList<int> created;
    created.reserve(versionIndices.size());
    for (const int index : versionIndices)
        created.append(newItem(makeVersionItem(parentItem, index)));
    m_listener->itemsAboutToBeInserted(parentItem, position, position + int(created.size()) - 1);
    auto &children = m_items[parentItem].children;
    children.insert(position, created.size(), 0);
    std::copy(created.cbegin(), created.cend(), children.begin() + position);
    renumberChildren(parentItem, position);
    for (const int item : std::as_const(created))
        registerVersionItem(item);
    m_listener->itemsInserted();
}

VersionStore::Item VersionStore::makeVersionItem(int parentItem, int versionIndex) const
{
    Item item;
    item.parent = parentItem;
    item.version = versionIndex;
    item.kind = ItemKind::Version;
    const bool referrer = m_referrers.contains(versionIndex);
    if (referrer)
        item.nodeKind = ImageTree::NodeKind::Signature;
    // A referrer known by its manifests may be a referrers index: what it lists shows once that is read.
    if (isContainer() && (referrer || m_versions[versionIndex].version.isTagged()))
        item.manifest = ManifestState::NotRequested;
    return item;
}

void VersionStore::registerVersionItem(int item)
{
    VersionEntry &entry = m_versions[m_items[item].version];
    entry.item = item;
    if (m_items[item].manifest == ManifestState::NotRequested)
        m_imageItemByDigest.insert(entry.version.name, item);
}

int VersionStore::ensureGroup(qint32 key, const QList<int> &initialVersions, bool &created)
{
    if (const int existing = findGroup(key); existing >= 0) {
        created = false;
        return existing;
    }
    created = true;
    Item groupItem;
    groupItem.parent = rootItem;
    groupItem.kind = ItemKind::Group;
    groupItem.key = key;
    const int group = newItem(groupItem);
    // The group comes with its first versions: one insertion, not two.
    for (const int index : initialVersions) {
        Item item = makeVersionItem(group, index);
        item.row = int(m_items[group].children.size());
        const int child = newItem(item);
        m_items[group].children.append(child);
        registerVersionItem(child);
    }
    const int position = groupPosition(key);
    m_listener->itemsAboutToBeInserted(rootItem, position, position);
    m_items.front().children.insert(position, group);
    renumberChildren(rootItem, position);
    m_listener->itemsInserted();
    return group;
}

int VersionStore::groupPosition(qint32 key) const
{
    const auto &children = m_items.front().children;
    if (key == untaggedGroupKey)
        return int(children.size());
    const auto it = std::find_if(children.cbegin(), children.cend(), [this, key](int item) {
        return m_items[item].kind == ItemKind::Group && groupRank(m_items[item].key) > groupRank(key);
    });
    return int(it - children.cbegin());
}

int VersionStore::findGroup(qint32 key) const
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

void VersionStore::renumberChildren(int parentItem, int fromRow)
{
    const auto &children = m_items[parentItem].children;
    for (qsizetype row = fromRow; row < children.size(); ++row)
        m_items[children[row]].row = int(row);
}

void VersionStore::removeItems(QList<int> items)
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
        m_listener->itemsAboutToBeRemoved(parentItem, first, last);
        auto &children = m_items[parentItem].children;
        children.remove(first, last - first + 1);
        for (qsizetype k = i; k < j; ++k)
            markDead(items[k]);
        renumberChildren(parentItem, first);
        m_listener->itemsRemoved();
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
            reportChanged(parentItem);
    }
    if (!emptyGroups.isEmpty())
        removeItems(emptyGroups);
}

void VersionStore::markDead(int item)
{
    Item &dead = m_items[item];
    dead.alive = false;
    if (dead.version >= 0 && m_versions[dead.version].item == item)
        m_versions[dead.version].item = -1;
    if (dead.kind == ItemKind::Child) {
        const QString digest = m_indexEntries.take(item).digest;
        auto rows = m_entryItemsByDigest.find(digest);
        if (rows != m_entryItemsByDigest.end()) {
            rows->removeOne(item);
            if (rows->isEmpty())
                m_entryItemsByDigest.erase(rows);
        }
    } else if (dead.version >= 0 && dead.manifest != ManifestState::NotNeeded) {
        m_imageItemByDigest.remove(m_versions[dead.version].version.name);
    }
    const QList<int> children = std::exchange(m_items[item].children, {});
    for (const int child : children)
        markDead(child);
}

void VersionStore::removeVersions(const QSet<qint64> &ids)
{
    m_nameSortRanks.clear(); // index entries may now show none
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
        if (m_referrers.contains(index)) {
            auto siblings = m_referrersBySubject.find(m_referrers.take(index).subjectDigest);
            siblings->removeOne(index);
            if (siblings->isEmpty())
                m_referrersBySubject.erase(siblings);
        }
        if (entry.item >= 0) {
            rows.append(entry.item);
            for (const int child : std::as_const(m_items[entry.item].children)) {
                if (m_items[child].version >= 0)
                    formerChildren.append(m_items[child].version);
                sharedChanged.insert(m_indexEntries.value(child).digest);
            }
        }
        // Still listed by a loaded index: pulls of that image break, so the row stays, marked missing.
        for (const int child : m_entryItemsByDigest.value(entry.version.name)) {
            m_items[child].version = -1;
            m_items[child].nodeKind = ImageTree::NodeKind::Missing;
            reportChanged(child);
        }
    }
    removeItems(rows);
    QList<int> orphans;
    for (const int index : std::as_const(formerChildren)) {
        const VersionEntry &entry = m_versions[index];
        if (entry.alive && entry.item < 0 && !m_entryItemsByDigest.contains(entry.version.name) &&
            !orphans.contains(index))
            orphans.append(index);
    }
    addNewVersions(orphans);
    for (const QString &digest : std::as_const(sharedChanged)) {
        for (const int child : m_entryItemsByDigest.value(digest))
            reportChanged(child);
    }
    // Free what the dead entries held; their slots stay so that indices remain valid.
    for (const int index : std::as_const(dead)) {
        m_versions[index].version = {};
        m_versions[index].label.clear();
        m_versions[index].semver.reset();
    }
}

void VersionStore::removeVersionsNotIn(const QSet<qint64> &listed)
{
    QSet<qint64> gone;
    for (const VersionEntry &entry : m_versions) {
        if (entry.alive && !listed.contains(entry.version.id))
            gone.insert(entry.version.id);
    }
    removeVersions(gone);
}

void VersionStore::setManifestState(int item, ManifestState state)
{
    m_items[item].manifest = state;
    reportChanged(item);
}

void VersionStore::showIndexEntries(int item, const QList<IndexEntry> &entries)
{
    if (m_items[item].nodeKind != ImageTree::NodeKind::Signature)
        m_items[item].nodeKind = ImageTree::NodeKind::Index; // a referrers index stays a referrer

    // Untagged versions this index lists leave the "Untagged" group.
    QList<int> leaving;
    for (const IndexEntry &entry : entries) {
        const int index = m_versionByName.value(entry.digest, -1);
        if (index >= 0 && m_versions[index].item >= 0 && !m_versions[index].version.isTagged())
            leaving.append(m_versions[index].item);
    }
    removeItems(leaving);

    QList<int> created;
    for (const IndexEntry &entry : entries) {
        Item child;
        child.parent = item;
        child.row = int(created.size());
        child.kind = ItemKind::Child;
        child.version = m_versionByName.value(entry.digest, -1);
        child.nodeKind = child.version >= 0 ? entry.kind : ImageTree::NodeKind::Missing;
        const int childItem = newItem(child);
        m_indexEntries.insert(childItem, entry);
        created.append(childItem);
    }
    m_items[item].manifest = ManifestState::Loaded;
    QSet<QString> shared;
    if (!created.isEmpty()) {
        m_listener->itemsAboutToBeInserted(item, 0, int(created.size()) - 1);
        m_items[item].children = created + m_items[item].children; // its referrers stay last
        renumberChildren(item, 0);
        for (const int child : std::as_const(created)) {
            const QString &digest = m_indexEntries[child].digest;
            auto &rows = m_entryItemsByDigest[digest];
            rows.append(child);
            if (rows.size() > 1)
                shared.insert(digest);
        }
        m_listener->itemsInserted();
    }
    reportChanged(item);
    for (const QString &sharedDigest : std::as_const(shared)) {
        for (const int child : m_entryItemsByDigest.value(sharedDigest))
            reportChanged(child);
    }
}

const VersionStore::IndexEntry *VersionStore::indexEntryOf(int item) const
{
    if (m_items[item].kind != ItemKind::Child)
        return nullptr;
    const auto entry = m_indexEntries.constFind(item);
    return entry != m_indexEntries.cend() ? &*entry : nullptr;
}

QList<QString> VersionStore::untaggedDigests() const
{
    QList<QString> digests;
    if (const int group = findGroup(untaggedGroupKey); group >= 0) {
        for (const int child : m_items[group].children)
            digests.append(digestOf(child));
    }
    return digests;
}

const ReferrerTag *VersionStore::referrerOf(int item) const
{
    if (m_items[item].kind != ItemKind::Version)
        return nullptr;
    const auto referrer = m_referrers.constFind(m_items[item].version);
    return referrer != m_referrers.cend() ? &*referrer : nullptr;
}

bool VersionStore::placeReferrer(const QString &digest, const ReferrerTag &referrer)
{
    const int index = m_versionByName.value(digest, -1);
    if (index < 0 || m_referrers.contains(index) || referrer.subjectDigest == digest)
        return false;
    m_referrers.insert(index, referrer);
    m_referrersBySubject[referrer.subjectDigest].append(index);
    if (const int row = m_versions[index].item; row >= 0) {
        m_items[row].nodeKind = ImageTree::NodeKind::Signature;
        reportChanged(row);
    }
    if (const int subject = m_versionByName.value(referrer.subjectDigest, -1); subject >= 0)
        adoptReferrers(subject);
    return true;
}

int VersionStore::versionItem(const QString &digest) const
{
    const int index = m_versionByName.value(digest, -1);
    return index >= 0 ? m_versions[index].item : -1;
}

void VersionStore::reportDigestChanged(const QString &digest)
{
    reportChanged(versionItem(digest));
    for (const int entryRow : m_entryItemsByDigest.value(digest))
        reportChanged(entryRow);
}

QString VersionStore::digestOf(int item) const
{
    if (const VersionEntry *entry = entryOf(item))
        return entry->version.name;
    return m_indexEntries.value(item).digest;
}

bool VersionStore::mayHaveChildren(int item) const
{
    const Item &row = m_items[item];
    return !row.children.isEmpty() || row.manifest == ManifestState::NotRequested ||
           row.manifest == ManifestState::Loading;
}

bool VersionStore::isShared(int item) const
{
    return m_items[item].kind == ItemKind::Child &&
           m_entryItemsByDigest.value(m_indexEntries.value(item).digest).size() > 1;
}

QList<int> VersionStore::itemsOfVersion(qint64 id) const
{
    const int index = m_versionById.value(id, -1);
    if (index < 0)
        return {};
    QList<int> items;
    if (m_versions[index].item >= 0)
        items.append(m_versions[index].item);
    items.append(m_entryItemsByDigest.value(m_versions[index].version.name));
    return items;
}

int VersionStore::nameSortRank(int item) const
{
    if (m_nameSortRanks.empty())
        buildNameSortRanks();
    return m_nameSortRanks[size_t(item)];
}

void VersionStore::buildNameSortRanks() const
{
    std::vector<NameSortKey> keys;
    keys.reserve(size_t(m_liveVersions));
    for (qint32 index = 0; index < qint32(m_versions.size()); ++index) {
        const VersionEntry &entry = m_versions[size_t(index)];
        if (entry.alive)
            keys.push_back(entry.semver ? semanticSortKey(*entry.semver, index)
                                        : nameSortKey(entry.label, index));
    }
    const auto less = [this](const NameSortKey &a, const NameSortKey &b) {
        if (a.semantic != b.semantic)
            return b.semantic; // semantic versions after other names
        const VersionEntry &entryA = m_versions[size_t(a.version)];
        const VersionEntry &entryB = m_versions[size_t(b.version)];
        if (a.semantic)
            return a.prefix != b.prefix ? a.prefix < b.prefix : *entryA.semver < *entryB.semver;
        const std::optional<bool> byPrefix = nameLessByPrefix(a, b);
        return byPrefix ? *byPrefix : entryA.label.compare(entryB.label, Qt::CaseInsensitive) < 0;
    };
    std::sort(keys.begin(), keys.end(), less);
    std::vector<qint32> rankOfVersion(m_versions.size(), -1);
    qint32 rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0 && less(keys[i - 1], keys[i]))
            ++rank;
        rankOfVersion[size_t(keys[i].version)] = rank;
    }
    m_nameSortRanks.assign(m_items.size(), -1);
    for (size_t item = 0; item < m_items.size(); ++item) {
        if (m_items[item].alive && m_items[item].version >= 0)
            m_nameSortRanks[item] = rankOfVersion[size_t(m_items[item].version)];
    }
}

int VersionStore::groupOrder(int item) const
{
    const qint32 key = m_items[item].key;
    return key == untaggedGroupKey ? std::numeric_limits<int>::max() : groupRank(key);
}

QList<PackageVersion> VersionStore::versions() const
{
    QList<PackageVersion> all;
    all.reserve(m_liveVersions);
    for (const VersionEntry &entry : m_versions) {
        if (entry.alive)
            all.append(entry.version);
    }
    return all;
}

void VersionStore::reportChanged(int item)
{
    if (item > 0 && m_items[item].alive)
        m_listener->itemChanged(item);
}

} // namespace Packhouse
