#pragma once

#include "imagetree.h"
#include "packagetype.h"
#include "packageversion.h"
#include "referrertag.h"
#include "semanticversion.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Packhouse {

// The versions of one package and the tree they are shown as, in plain C++ so that the grouping and refresh
// rules can be tested without a Qt model (VersionTreeModel is the model over it).
// Containers: tagged versions at the top (an image index or a single image); under an index its platform
// manifests and attestations once its manifest is known (showIndexEntries()); under a version its referrers
// (signatures, attestations, SBOMs: not images), known by their `sha256-<hex>` tags or, once their manifests
// are known, by what those describe (placeReferrer()); a last group "Untagged" holds the untagged versions
// no known index lists and that describe no version. Other types: groups by semantic-version major ("2.x",
// "1.x", newest first), then "Other" for names that are not semantic versions. Items are numbered, 0 being
// the root. A removed item keeps its slot, marked dead, so a number never names another item: models use it
// as the internal id of their indexes. Storage is vectors of plain structs linked by indices: packages have
// 100,000s of versions.
class VersionStore
{
public:
    // Hears every change to the tree, in the order Qt's models need: the "about to" call comes before the
    // items change, the other after. Calls never nest.
    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void storeAboutToBeReset() = 0;
        virtual void storeReset() = 0;
        // Rows first..last of `parentItem` (their positions once inserted).
        virtual void itemsAboutToBeInserted(int parentItem, int first, int last) = 0;
        virtual void itemsInserted() = 0;
        virtual void itemsAboutToBeRemoved(int parentItem, int first, int last) = 0;
        virtual void itemsRemoved() = 0;
        // What a row shows changed (its version, its state, its count); never called for the root or dead
        // items.
        virtual void itemChanged(int item) = 0;
    };

    enum class ItemKind : quint8
    {
        Root,
        Version, // a version's own row: top level, or in a group
        Group,
        Child, // an entry of a known index
    };
    enum class ManifestState : quint8
    {
        NotNeeded,    // groups, entries of indexes, versions of other package types, untagged versions
        NotRequested, // tagged versions and referrers
        Loading,
        Loaded,
        Failed
    };
    struct Item
    {
        QList<int> children;
        qint32 parent = -1;
        qint32 row = 0;
        qint32 version = -1; // into the versions; -1 for groups and missing children
        qint32 key = 0;      // groups: semver major, otherGroupKey or untaggedGroupKey
        ItemKind kind = ItemKind::Version;
        ImageTree::NodeKind nodeKind = ImageTree::NodeKind::Image;
        ManifestState manifest = ManifestState::NotNeeded;
        bool alive = true;
    };
    // One entry of an index's manifest, as the index lists it.
    struct IndexEntry
    {
        QString digest;
        QString platform;
        QString attestedPlatform; // attestations: the platform of the manifest they describe
        ImageTree::NodeKind kind = ImageTree::NodeKind::PlatformManifest;
        ReferrerRole referrerRole = ReferrerRole::Attestations; // entries of a referrers index
    };
    struct VersionEntry
    {
        PackageVersion version;
        QString label; // tags joined, or the name: cached for display, filter, sort
        // Of the name (not containers); held apart: inline, its 64 bytes would sit unused in every container
        // version.
        std::unique_ptr<const SemanticVersion> semver;
        qint32 item = -1; // its own row; -1 when only shown as a child
        bool preRelease = false;
        bool alive = true;
    };
    static constexpr int rootItem = 0;
    static constexpr qint32 otherGroupKey = -1;
    static constexpr qint32 untaggedGroupKey = -2;

    VersionStore(PackageType type, Listener *listener);

    // Empties the store for a package of `type`.
    void reset(PackageType type);
    // Room for the `versionCount` versions GitHub reports, so that a large listing does not leave its vectors
    // up to half empty (they double as they grow).
    void reserve(qsizetype versionCount);
    bool isContainer() const { return m_type == PackageType::Container; }

    // A page of a listing: new versions go to their place in the tree, known ones change in place (or move,
    // when their tags changed). Returns how many versions were added.
    qsizetype appendVersions(const QList<PackageVersion> &page);
    // Their rows go; entries of a loaded index that name them stay, marked missing (pulls of that image
    // break).
    void removeVersions(const QSet<qint64> &ids);
    // After a complete listing: the versions it did not deliver are gone.
    void removeVersionsNotIn(const QSet<qint64> &listed);

    // Containers: the row of the tagged version (or referrer) with this digest, -1 if none.
    int imageItem(const QString &digest) const { return m_imageItemByDigest.value(digest, -1); }
    // Containers: the rows of every tagged version (and referrer), whose manifests say whether they are
    // indexes.
    QList<int> imageItems() const { return m_imageItemByDigest.values(); }
    // Containers: the digests in the "Untagged" group.
    QList<QString> untaggedDigests() const;
    // Containers: some version is a referrer (by a `sha256-<hex>`, `.sig`, `.att`, `.sbom` tag or its
    // manifests).
    bool hasReferrers() const { return !m_referrers.isEmpty(); }
    // What the version shown by `item` describes; null when it is not known as a referrer.
    const ReferrerTag *referrerOf(int item) const;
    // Containers: the manifests of the version `digest` say that it is `referrer` (ReferrerTag::ofManifests,
    // ImageTree's rule): it shows as one, under the row of what it describes when that has one (its row moves
    // there, as a new row). False when it was known as a referrer already, describes itself or is no version.
    bool placeReferrer(const QString &digest, const ReferrerTag &referrer);
    // Containers: the own row (top level, in a group or under what it describes) of the version `digest`;
    // -1 if it has none.
    int versionItem(const QString &digest) const;
    bool containsVersion(const QString &digest) const { return m_versionByName.contains(digest); }
    void setManifestState(int item, ManifestState state);
    // Containers: what the rows of `digest` (its own and those under indexes) show changed outside the store
    // (reading its manifest failed, or is tried again).
    void reportDigestChanged(const QString &digest);
    // The manifest of the tagged `item` is an index listing `entries` (each digest once): they become its
    // first children (before its referrers), and the untagged versions among them leave the "Untagged" group.
    void showIndexEntries(int item, const QList<IndexEntry> &entries);

    const Item &item(int item) const { return m_items[item]; }
    // Null for groups and missing children.
    const VersionEntry *entryOf(int item) const
    {
        const qint32 version = m_items[item].version;
        return version >= 0 ? &m_versions[version] : nullptr;
    }
    // Null unless `item` is an entry of an index.
    const IndexEntry *indexEntryOf(int item) const;
    QString digestOf(int item) const;
    // A tagged image may be an index: the arrow shows until its manifest says otherwise.
    bool mayHaveChildren(int item) const;
    // An entry listed by more than one loaded index.
    bool isShared(int item) const;
    // The rows of `digest` under loaded indexes.
    QList<int> entryItems(const QString &digest) const { return m_entryItemsByDigest.value(digest); }
    // The version's own row (top level or in a group) first, then its rows under indexes.
    QList<int> itemsOfVersion(qint64 id) const;
    // Groups' place among groups: newest major first, then "Other", then "Untagged".
    int groupOrder(int item) const;
    // The place of the version `item` shows in the Name column's order (other names case-insensitively, then
    // semantic versions by precedence), equal names sharing it; -1 for groups and missing children. Built on
    // first use after the rows changed, so that sorting 100,000 rows compares ints held in one array.
    int nameSortRank(int item) const;
    // The versions held (removed ones aside), in the order they arrived.
    QList<PackageVersion> versions() const;

private:
    void addNewVersions(const QList<int> &versionIndices);
    // The referrers of the version `versionIndex` that wait at the top move under its row.
    void adoptReferrers(int versionIndex);
    void addToParent(int parentItem, int position, const QList<int> &versionIndices);
    // A new row of the version `versionIndex` under `parentItem`, not inserted yet.
    Item makeVersionItem(int parentItem, int versionIndex) const;
    // Once the row is in place: a row whose manifest is wanted can be found by its digest.
    void registerVersionItem(int item);
    int ensureGroup(qint32 key, const QList<int> &initialVersions, bool &created);
    int groupPosition(qint32 key) const;
    int findGroup(qint32 key) const;
    int newItem(const Item &item);
    void renumberChildren(int parentItem, int fromRow);
    void removeItems(QList<int> items);
    void markDead(int item);
    void reportChanged(int item);
    void buildNameSortRanks() const;

    PackageType m_type;
    Listener *m_listener; // not owned

    std::vector<Item> m_items; // [0] is the root
    std::vector<VersionEntry> m_versions;
    QHash<qint64, int> m_versionById;
    QHash<QString, int> m_versionByName;             // containers: digest → version
    QHash<QString, int> m_imageItemByDigest;         // containers: tagged rows, for arriving manifests
    QHash<QString, QList<int>> m_entryItemsByDigest; // containers: digest → its rows under indexes
    QHash<int, IndexEntry> m_indexEntries;
    QHash<int, ReferrerTag> m_referrers;             // containers: version → what it describes
    QHash<QString, QList<int>> m_referrersBySubject; // containers: subject digest → referrer versions
    int m_liveVersions = 0;
    // nameSortRank() by item; empty until asked for, emptied whenever rows or the versions they show change.
    mutable std::vector<qint32> m_nameSortRanks;
};

} // namespace Packhouse
