#include "versionstore.h"

#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

namespace {

using Kind = ImageTree::NodeKind;

// How the tests name an item: the version's label, the digest of an index entry, a group by its key.
QString nameOf(const VersionStore &store, int item)
{
    if (item == VersionStore::rootItem)
        return u"root"_s;
    const VersionStore::Item &row = store.item(item);
    if (row.kind == VersionStore::ItemKind::Group) {
        if (row.key == VersionStore::untaggedGroupKey)
            return u"Untagged"_s;
        return row.key == VersionStore::otherGroupKey ? u"Other"_s : u"%1.x"_s.arg(row.key);
    }
    if (const VersionStore::IndexEntry *entry = store.indexEntryOf(item))
        return row.version < 0 ? entry->digest + u" (missing)"_s : entry->digest;
    return store.entryOf(item)->label;
}

// Records the store's reports as "insert PARENT FIRST..LAST", "remove PARENT FIRST..LAST", "changed ITEM" and
// "reset", naming items as they were when reported; fails the test when the calls do not pair up or nest.
class ChangeRecorder : public VersionStore::Listener
{
public:
    QStringList changes;
    const VersionStore *store = nullptr;

    void storeAboutToBeReset() override { begin(u"reset"_s); }
    void storeReset() override { end(); }
    void itemsAboutToBeInserted(int parentItem, int first, int last) override
    {
        begin(u"insert %1 %2..%3"_s.arg(nameOf(*store, parentItem)).arg(first).arg(last));
    }
    void itemsInserted() override { end(); }
    void itemsAboutToBeRemoved(int parentItem, int first, int last) override
    {
        begin(u"remove %1 %2..%3"_s.arg(nameOf(*store, parentItem)).arg(first).arg(last));
    }
    void itemsRemoved() override { end(); }
    void itemChanged(int item) override
    {
        EXPECT_FALSE(m_open) << "a row changed inside an insertion or removal";
        EXPECT_TRUE(store->item(item).alive);
        changes.append(u"changed %1"_s.arg(nameOf(*store, item)));
    }

private:
    void begin(const QString &change)
    {
        EXPECT_FALSE(m_open) << "nested change: " << change.toStdString();
        m_open = true;
        changes.append(change);
    }
    void end()
    {
        EXPECT_TRUE(m_open) << "a change ended that did not begin";
        m_open = false;
    }

    bool m_open = false;
};

PackageVersion makeVersion(qint64 id, const QString &name, const QStringList &tags = {})
{
    PackageVersion version;
    version.id = id;
    version.name = name;
    version.tags = tags;
    return version;
}

class VersionStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { recorder.store = &store; }

    // The rows in display order, children indented under their parent; checks each row's links on the way.
    QStringList tree(int parent = VersionStore::rootItem, const QString &indent = {}) const
    {
        QStringList lines;
        const QList<int> &children = store.item(parent).children;
        for (qsizetype row = 0; row < children.size(); ++row) {
            const VersionStore::Item &item = store.item(children[row]);
            EXPECT_TRUE(item.alive);
            EXPECT_EQ(item.parent, parent);
            EXPECT_EQ(item.row, row);
            lines.append(indent + nameOf(store, children[row]));
            lines.append(tree(children[row], indent + u"  "_s));
        }
        return lines;
    }

    // The version's own row, else its first row under an index; -1 when it has none.
    int itemOf(qint64 id) const { return store.itemsOfVersion(id).value(0, -1); }

    void setType(PackageType type)
    {
        store.reset(type);
        recorder.changes.clear();
    }

    ChangeRecorder recorder;
    VersionStore store{PackageType::Npm, &recorder};
};

TEST_F(VersionStoreTest, NpmVersionsGroupBySemverMajorNewestFirstThenOther)
{
    EXPECT_EQ(store.appendVersions({makeVersion(1, u"2.0.0"_s), makeVersion(2, u"1.1.0"_s),
                                    makeVersion(3, u"2.0.0-rc.1"_s), makeVersion(4, u"v1.0.0"_s),
                                    makeVersion(5, u"latest"_s), makeVersion(6, u"3.0.0-beta.1"_s)}),
              6);

    EXPECT_THAT(tree(), ElementsAre(u"3.x"_s, u"  3.0.0-beta.1"_s, u"2.x"_s, u"  2.0.0"_s, u"  2.0.0-rc.1"_s,
                                    u"1.x"_s, u"  1.1.0"_s, u"  v1.0.0"_s, u"Other"_s, u"  latest"_s));
    // Each group arrives with its versions in one insertion, in its place among the others.
    EXPECT_THAT(recorder.changes, ElementsAre(u"insert root 0..0"_s, u"insert root 1..1"_s,
                                              u"insert root 2..2"_s, u"insert root 0..0"_s));
    EXPECT_TRUE(store.entryOf(itemOf(3))->preRelease);
    EXPECT_TRUE(store.entryOf(itemOf(6))->preRelease);
    EXPECT_FALSE(store.entryOf(itemOf(4))->preRelease); // "v" is tolerated, not a pre-release
    EXPECT_EQ(store.entryOf(itemOf(4))->semver->major, 1);
    EXPECT_EQ(store.entryOf(itemOf(5))->semver, nullptr);
    const QList<int> &groups = store.item(VersionStore::rootItem).children;
    EXPECT_LT(store.groupOrder(groups[0]), store.groupOrder(groups[1]));
    EXPECT_LT(store.groupOrder(groups[2]), store.groupOrder(groups[3]));
    EXPECT_FALSE(store.mayHaveChildren(itemOf(1)));
    EXPECT_THAT(store.imageItems(), IsEmpty());
}

TEST_F(VersionStoreTest, LaterPagesJoinTheirGroups)
{
    store.appendVersions(
        {makeVersion(1, u"2.0.0"_s), makeVersion(2, u"1.0.0"_s), makeVersion(3, u"nightly"_s)});
    recorder.changes.clear();

    store.appendVersions({makeVersion(4, u"2.1.0"_s), makeVersion(5, u"0.9.0"_s)});

    EXPECT_THAT(tree(), ElementsAre(u"2.x"_s, u"  2.0.0"_s, u"  2.1.0"_s, u"1.x"_s, u"  1.0.0"_s, u"0.x"_s,
                                    u"  0.9.0"_s, u"Other"_s, u"  nightly"_s));
    EXPECT_THAT(recorder.changes, ElementsAre(u"insert 2.x 1..1"_s, u"changed 2.x"_s, u"insert root 2..2"_s));
}

TEST_F(VersionStoreTest, ContainersShowTaggedVersionsThenAnUntaggedGroup)
{
    setType(PackageType::Container);
    store.appendVersions({makeVersion(1, u"sha256:a"_s, {u"latest"_s, u"1.0.0"_s}),
                          makeVersion(2, u"sha256:u1"_s), makeVersion(3, u"sha256:b"_s, {u"1.1.0-rc.1"_s}),
                          makeVersion(4, u"sha256:u2"_s)});

    EXPECT_THAT(tree(), ElementsAre(u"latest, 1.0.0"_s, u"1.1.0-rc.1"_s, u"Untagged"_s, u"  sha256:u1"_s,
                                    u"  sha256:u2"_s));
    EXPECT_THAT(recorder.changes, ElementsAre(u"insert root 0..1"_s, u"insert root 2..2"_s));
    EXPECT_FALSE(store.entryOf(itemOf(1))->preRelease);
    EXPECT_TRUE(store.entryOf(itemOf(3))->preRelease); // a pre-release tag makes the image one
    // A tagged image may be an index until its manifest is known; untagged ones are single images.
    EXPECT_TRUE(store.mayHaveChildren(itemOf(1)));
    EXPECT_EQ(store.item(itemOf(1)).manifest, VersionStore::ManifestState::NotRequested);
    EXPECT_EQ(store.item(itemOf(2)).manifest, VersionStore::ManifestState::NotNeeded);
    EXPECT_THAT(store.imageItems(), UnorderedElementsAre(itemOf(1), itemOf(3)));
    EXPECT_EQ(store.imageItem(u"sha256:b"_s), itemOf(3));

    recorder.changes.clear();
    store.appendVersions({makeVersion(5, u"sha256:c"_s, {u"2.0.0"_s}), makeVersion(6, u"sha256:u3"_s)});
    EXPECT_THAT(recorder.changes,
                ElementsAre(u"insert root 2..2"_s, u"insert Untagged 2..2"_s, u"changed Untagged"_s));
    EXPECT_EQ(tree().indexOf(u"Untagged"_s), 3);
}

TEST_F(VersionStoreTest, RefreshUpdatesInPlaceAddsNewAndRemovesWhatTheListingNoLongerHas)
{
    store.appendVersions(
        {makeVersion(1, u"2.0.0"_s), makeVersion(2, u"1.0.0"_s), makeVersion(3, u"1.1.0"_s)});
    recorder.changes.clear();

    PackageVersion described = makeVersion(3, u"1.1.0"_s);
    described.description = u"now described"_s;
    EXPECT_EQ(store.appendVersions({makeVersion(1, u"2.0.0"_s), described, makeVersion(4, u"3.0.0"_s)}), 1);
    store.removeVersionsNotIn({1, 3, 4});

    EXPECT_THAT(recorder.changes, ElementsAre(u"changed 1.1.0"_s, u"insert root 0..0"_s, u"remove 1.x 0..0"_s,
                                              u"changed 1.x"_s));
    EXPECT_THAT(tree(), ElementsAre(u"3.x"_s, u"  3.0.0"_s, u"2.x"_s, u"  2.0.0"_s, u"1.x"_s, u"  1.1.0"_s));
    EXPECT_EQ(store.entryOf(itemOf(3))->version.description, u"now described"_s);
    EXPECT_EQ(store.versions().size(), 3);
}

TEST_F(VersionStoreTest, AVersionWhoseTagsChangedMoves)
{
    setType(PackageType::Container);
    store.appendVersions({makeVersion(1, u"sha256:a"_s, {u"1.0.0"_s}), makeVersion(2, u"sha256:u"_s)});
    recorder.changes.clear();

    store.appendVersions({makeVersion(2, u"sha256:u"_s, {u"2.0.0"_s})});

    // It leaves the group, which goes with its last version, and joins the tagged images.
    EXPECT_THAT(recorder.changes,
                ElementsAre(u"remove Untagged 0..0"_s, u"remove root 1..1"_s, u"insert root 1..1"_s));
    EXPECT_THAT(tree(), ElementsAre(u"1.0.0"_s, u"2.0.0"_s));
}

TEST_F(VersionStoreTest, RemoveVersionsRemovesContiguousRowsAtOnceAndEmptyGroups)
{
    store.appendVersions({makeVersion(1, u"2.0.0"_s), makeVersion(2, u"2.0.0-rc.2"_s),
                          makeVersion(3, u"2.0.0-rc.1"_s), makeVersion(4, u"2.0.0-beta.1"_s),
                          makeVersion(5, u"1.0.0"_s)});
    recorder.changes.clear();

    store.removeVersions({2, 3, 5, 99}); // 99 is not a version: ignored

    EXPECT_THAT(recorder.changes, ElementsAre(u"remove 2.x 1..2"_s, u"remove 1.x 0..0"_s, u"changed 2.x"_s,
                                              u"remove root 1..1"_s));
    EXPECT_THAT(tree(), ElementsAre(u"2.x"_s, u"  2.0.0"_s, u"  2.0.0-beta.1"_s));
    EXPECT_EQ(itemOf(2), -1);
    EXPECT_EQ(store.versions().size(), 2);
}

TEST_F(VersionStoreTest, ALoneVersionHasAGroupThatGoesWithIt)
{
    store.appendVersions({makeVersion(1, u"latest"_s)});
    EXPECT_THAT(tree(), ElementsAre(u"Other"_s, u"  latest"_s));
    recorder.changes.clear();

    store.removeVersions({1});
    EXPECT_THAT(recorder.changes, ElementsAre(u"remove Other 0..0"_s, u"remove root 0..0"_s));
    EXPECT_THAT(tree(), IsEmpty());
    EXPECT_THAT(store.versions(), IsEmpty());

    // Nothing to remove, nothing reported; the group comes back with a version.
    recorder.changes.clear();
    store.removeVersions({1});
    store.removeVersionsNotIn({});
    EXPECT_THAT(recorder.changes, IsEmpty());
    store.appendVersions({makeVersion(2, u"latest"_s)});
    EXPECT_THAT(tree(), ElementsAre(u"Other"_s, u"  latest"_s));
}

TEST_F(VersionStoreTest, IndexEntriesLeaveTheUntaggedGroupAndComeBackWithTheIndex)
{
    setType(PackageType::Container);
    store.appendVersions({makeVersion(1, u"sha256:new"_s, {u"latest"_s}),
                          makeVersion(2, u"sha256:old"_s, {u"1.0"_s}), makeVersion(3, u"sha256:amd64"_s),
                          makeVersion(4, u"sha256:arm64"_s), makeVersion(5, u"sha256:orphan"_s)});
    const int latest = itemOf(1);
    const int old = itemOf(2);
    const VersionStore::IndexEntry amd64{u"sha256:amd64"_s, u"linux/amd64"_s, {}, Kind::PlatformManifest};
    const VersionStore::IndexEntry arm64{u"sha256:arm64"_s, u"linux/arm64"_s, {}, Kind::PlatformManifest};
    const VersionStore::IndexEntry gone{u"sha256:gone"_s, u"unknown/unknown"_s, u"linux/amd64"_s,
                                        Kind::Attestation};
    recorder.changes.clear();

    store.showIndexEntries(latest, {amd64, arm64, gone});
    EXPECT_THAT(recorder.changes, ElementsAre(u"remove Untagged 0..1"_s, u"changed Untagged"_s,
                                              u"insert latest 0..2"_s, u"changed latest"_s));
    EXPECT_THAT(tree(),
                ElementsAre(u"latest"_s, u"  sha256:amd64"_s, u"  sha256:arm64"_s,
                            u"  sha256:gone (missing)"_s, u"1.0"_s, u"Untagged"_s, u"  sha256:orphan"_s));
    EXPECT_EQ(store.item(latest).nodeKind, Kind::Index);
    EXPECT_EQ(store.item(latest).manifest, VersionStore::ManifestState::Loaded);
    EXPECT_EQ(store.item(store.item(latest).children[2]).nodeKind, Kind::Missing);

    // A second index listing arm64 shares it.
    recorder.changes.clear();
    store.showIndexEntries(old, {arm64});
    const int sharedArm64 = store.item(latest).children[1];
    EXPECT_TRUE(store.isShared(sharedArm64));
    EXPECT_FALSE(store.isShared(store.item(latest).children[0]));
    EXPECT_THAT(recorder.changes, ElementsAre(u"insert 1.0 0..0"_s, u"changed 1.0"_s,
                                              u"changed sha256:arm64"_s, u"changed sha256:arm64"_s));
    EXPECT_THAT(store.itemsOfVersion(4), ElementsAre(sharedArm64, store.item(old).children[0]));

    // Deleting a platform manifest leaves its rows, missing; deleting an index sends its entries back.
    recorder.changes.clear();
    store.removeVersions({4});
    EXPECT_THAT(recorder.changes,
                ElementsAre(u"changed sha256:arm64 (missing)"_s, u"changed sha256:arm64 (missing)"_s));
    recorder.changes.clear();
    store.removeVersions({1});
    EXPECT_THAT(recorder.changes, ElementsAre(u"remove root 0..0"_s, u"insert Untagged 1..1"_s,
                                              u"changed Untagged"_s, u"changed sha256:arm64 (missing)"_s));
    EXPECT_THAT(tree(), ElementsAre(u"1.0"_s, u"  sha256:arm64 (missing)"_s, u"Untagged"_s,
                                    u"  sha256:orphan"_s, u"  sha256:amd64"_s));
    EXPECT_THAT(store.imageItems(), ElementsAre(old));
}

TEST_F(VersionStoreTest, NameSortRanksPutNamesCaseInsensitivelyBeforeSemanticVersions)
{
    store.appendVersions({makeVersion(1, u"10.0.0"_s), makeVersion(2, u"2.0.0"_s),
                          makeVersion(3, u"v2.0.0"_s), makeVersion(4, u"2.0.0-rc.1"_s),
                          makeVersion(5, u"2.0.0-beta.2"_s), makeVersion(6, u"latest"_s),
                          makeVersion(7, u"Latest"_s), makeVersion(8, u"Ärger"_s), makeVersion(9, u"ärger"_s),
                          makeVersion(10, u"nightly-build-of-the-main-branch-b"_s),
                          makeVersion(11, u"nightly-build-of-the-main-branch-a"_s)});
    const auto rank = [this](qint64 id) { return store.nameSortRank(itemOf(id)); };

    EXPECT_LT(rank(5), rank(4)); // pre-releases by their identifiers, before the release
    EXPECT_LT(rank(4), rank(2));
    EXPECT_EQ(rank(2), rank(3)); // the same version, with or without "v"
    EXPECT_LT(rank(2), rank(1)); // by number, not by text
    EXPECT_LT(rank(6), rank(5)); // other names before semantic versions
    EXPECT_EQ(rank(6), rank(7));
    EXPECT_LT(rank(11), rank(10)); // apart past the characters compared in advance
    EXPECT_LT(rank(10), rank(8));
    EXPECT_LT(rank(8), rank(5));
    EXPECT_EQ(rank(8), rank(9)); // case folded beyond ASCII too
    EXPECT_EQ(store.nameSortRank(store.item(VersionStore::rootItem).children.constFirst()), -1); // a group

    // New rows get a rank: the ranks are built again.
    store.appendVersions({makeVersion(12, u"1.0.0"_s)});
    EXPECT_LT(rank(12), rank(5));
    EXPECT_LT(rank(6), rank(12));
}

TEST_F(VersionStoreTest, ResetEmptiesTheStore)
{
    store.appendVersions({makeVersion(1, u"1.0.0"_s)});
    recorder.changes.clear();

    store.reset(PackageType::Container);

    EXPECT_THAT(recorder.changes, ElementsAre(u"reset"_s));
    EXPECT_TRUE(store.isContainer());
    EXPECT_THAT(tree(), IsEmpty());
    EXPECT_THAT(store.versions(), IsEmpty());
    EXPECT_THAT(store.itemsOfVersion(1), IsEmpty());
}

} // namespace
