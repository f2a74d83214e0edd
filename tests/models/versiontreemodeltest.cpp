#include "versiontreemodel.h"

#include "deletionplan.h"
#include "deletionsize.h"
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "modeltesterbridge.h"
#include "modeltestutil.h"
#include "registryclient.h"

#include <QIcon>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Gt;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);
using Kind = ImageTree::NodeKind;
using Model = VersionTreeModel;

class VersionTreeModelTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        registry = std::make_unique<RegistryClient>(client.get(), QString());
        model = std::make_unique<Model>(client.get(), registry.get());
        tester = std::make_unique<ModelTesterBridge>(model.get());
    }
    void TearDown() override
    {
        tester.reset();
        model.reset();
    }

    Package package(const NamespaceRef &owner, PackageType type, const QString &name)
    {
        const auto response = await(client->getPackage(owner, type, name));
        EXPECT_TRUE(response.ok());
        auto decoded = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
        EXPECT_TRUE(decoded.ok());
        return decoded.ok() ? decoded.value() : Package{};
    }

    // Sets the package and waits for the whole listing.
    void load(const NamespaceRef &owner, PackageType type, const QString &name)
    {
        QSignalSpy finished(model.get(), &Model::listingFinished);
        model->setPackage(owner, package(owner, type, name));
        ASSERT_TRUE(finished.wait(30000));
        ASSERT_TRUE(finished.first().first().toBool());
    }

    QModelIndex topRow(const QString &label) const
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == label)
                return model->index(row, 0);
        }
        return {};
    }

    std::unique_ptr<RegistryClient> registry;
    std::unique_ptr<Model> model;
    std::unique_ptr<ModelTesterBridge> tester;
};

QList<QVariant> top(const QString &label, const QStringList &tags, int kind)
{
    return {label, tags, kind};
}

TEST_F(VersionTreeModelTest, ContainerShowsTaggedImagesThenUntaggedGroup)
{
    load(acme, PackageType::Container, u"web"_s);
    // The tester expands every index: wait for all manifests.
    ASSERT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));

    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole), role(Model::TagsRole), role(Model::NodeKindRole)}),
                ElementsAre(top(u"latest, 1.4.0"_s, {u"latest"_s, u"1.4.0"_s}, int(Kind::Index)),
                            top(u"1.3.0"_s, {u"1.3.0"_s}, int(Kind::Index)),
                            top(u"1.2.0"_s, {u"1.2.0"_s}, int(Kind::Index)),
                            top(u"Untagged (3)"_s, {}, Model::GroupNodeKind)));
    const QModelIndex group = model->index(3, 0);
    EXPECT_TRUE(group.data(Model::IsGroupRole).toBool());
    EXPECT_EQ(group.data(Model::VersionIdRole).toLongLong(), 0);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex orphan = model->index(row, 0, group);
        EXPECT_EQ(orphan.data().toString(), orphan.data(Model::DigestRole).toString()); // digest for untagged
        EXPECT_THAT(orphan.data(Model::VersionIdRole).toLongLong(), Gt(0));
    }
    EXPECT_TRUE(model->imageTree().isComplete());
    EXPECT_EQ(model->imageTree().orphanUntagged().size(), 3);
    EXPECT_EQ(model->versions().size(), 3 * 4 - 1 + 3); // indexes + children (one shared) + orphans
}

TEST_F(VersionTreeModelTest, ExpandingAnIndexLoadsItsPlatformsAndAttestation)
{
    // No tester here: it would expand the index itself.
    tester.reset();
    load(acme, PackageType::Container, u"web"_s);
    const QModelIndex latest = topRow(u"latest, 1.4.0"_s);
    ASSERT_TRUE(latest.isValid());
    EXPECT_TRUE(model->hasChildren(latest));
    EXPECT_EQ(model->rowCount(latest), 0);
    EXPECT_TRUE(model->canFetchMore(latest));
    EXPECT_FALSE(model->manifestsComplete());
    tester = std::make_unique<ModelTesterBridge>(model.get()); // checks the insertions from here on

    model->fetchMore(latest);
    EXPECT_TRUE(latest.data(LoadingRole).toBool());
    ASSERT_TRUE(waitUntil([&] { return model->rowCount(latest) > 0; }));
    EXPECT_FALSE(latest.data(LoadingRole).toBool());
    EXPECT_THAT(dumpModel(*model, {role(Model::PlatformRole), role(Model::NodeKindRole)}, latest),
                ElementsAre(ElementsAre(u"linux/amd64"_s, int(Kind::PlatformManifest)),
                            ElementsAre(u"linux/arm64"_s, int(Kind::PlatformManifest)),
                            ElementsAre(u"unknown/unknown"_s, int(Kind::Attestation))));
    EXPECT_EQ(model->index(2, 0, latest).data().toString(), u"Attestation of linux/amd64"_s);
    EXPECT_EQ(latest.data(Model::NodeKindRole).toInt(), int(Kind::Index));
    // Its untagged children left the "Untagged" group.
    EXPECT_TRUE(topRow(u"Untagged (8)"_s).isValid()); // was 11: 3 orphans + 3 × 3 children, one shared

    // 1.3.0 shares the arm64 manifest with 1.4.0: both rows say so once both are loaded.
    const QModelIndex previous = topRow(u"1.3.0"_s);
    model->fetchMore(previous);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount(previous) > 0; }));
    const QModelIndex arm64 = model->index(1, 0, latest);
    EXPECT_TRUE(arm64.data(Model::IsSharedRole).toBool());
    EXPECT_EQ(arm64.data(Qt::ToolTipRole).toString(), u"Also part of 1.3.0"_s);
    EXPECT_EQ(model->index(1, Model::StateColumn, latest).data().toString(), u"Shared"_s);
    EXPECT_FALSE(model->index(0, 0, latest).data(Model::IsSharedRole).toBool());
    EXPECT_EQ(model->indexOfVersion(arm64.data(Model::VersionIdRole).toLongLong()).parent(), latest);
}

TEST_F(VersionTreeModelTest, OtherTypesGroupBySemverMajor)
{
    load(NamespaceRef::authenticatedUser(u"octocat"_s), PackageType::Npm, u"octo-cli"_s);
    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole), role(Model::IsGroupRole)}),
                ElementsAre(ElementsAre(u"2.x"_s, true), ElementsAre(u"1.x"_s, true)));
    const auto names = [&](int groupRow) {
        QStringList result;
        const QModelIndex group = model->index(groupRow, 0);
        for (int row = 0; row < model->rowCount(group); ++row)
            result.append(model->index(row, 0, group).data().toString());
        return result;
    };
    EXPECT_THAT(names(0), ElementsAre(u"2.0.0"_s, u"2.0.0-rc.1"_s, u"2.0.0-beta.2"_s, u"2.0.0-beta.1"_s));
    EXPECT_THAT(names(1), ElementsAre(u"v1.2.3"_s, u"1.1.0"_s, u"1.0.0"_s));
    EXPECT_FALSE(model->hasChildren(model->index(0, 0, model->index(0, 0))));
    EXPECT_TRUE(model->manifestsComplete());
    const PackageVersion v123 = model->versionAt(model->index(0, 0, model->index(1, 0)));
    EXPECT_EQ(v123.name, u"v1.2.3"_s);
    EXPECT_EQ(v123.license, u"MIT"_s);
}

TEST_F(VersionTreeModelTest, PagesAreInsertedNeverReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(model.get(), &Model::listingFinished);
    model->setPackage(acme, package(acme, PackageType::Container, u"api"_s));
    EXPECT_EQ(resets.size(), 1);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(resets.size(), 1);
    EXPECT_GE(inserts.size(), 4); // 350 versions in pages of 100
    EXPECT_TRUE(model->isListingComplete());
    EXPECT_EQ(model->versions().size(), 350);
    // 321 tagged builds at the top (sha-, pr- or release tags), then the 29 untagged ones.
    EXPECT_EQ(model->rowCount(), 321 + 1);
    EXPECT_EQ(model->index(321, 0).data().toString(), u"Untagged (29)"_s);
}

TEST_F(VersionTreeModelTest, RefreshAfterDeletionRemovesTheRow)
{
    load(acme, PackageType::Container, u"web"_s);
    // The orphans sit in the group whatever manifests were loaded.
    const QModelIndex anyGroup = model->index(model->rowCount() - 1, 0);
    ASSERT_TRUE(anyGroup.data(Model::IsGroupRole).toBool());
    const qint64 orphanId = model->index(0, 0, anyGroup).data(Model::VersionIdRole).toLongLong();
    ASSERT_EQ(await(client->deleteVersion(acme, PackageType::Container, u"web"_s, orphanId)).httpStatus, 204);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(model.get(), &Model::listingFinished);

    model->refresh();
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_FALSE(model->indexOfVersion(orphanId).isValid());
    EXPECT_GE(removed.size(), 1);
    EXPECT_EQ(resets.size(), 0);
}

TEST_F(VersionTreeModelTest, RemoveVersionsRemovesRowsAndEmptyGroups)
{
    load(NamespaceRef::authenticatedUser(u"octocat"_s), PackageType::Npm, u"octo-cli"_s);
    QSet<qint64> oneX;
    const QModelIndex group = model->index(1, 0);
    for (int row = 0; row < model->rowCount(group); ++row)
        oneX.insert(model->index(row, 0, group).data(Model::VersionIdRole).toLongLong());
    const qint64 rc = model->index(1, 0, model->index(0, 0)).data(Model::VersionIdRole).toLongLong();

    model->removeVersions({rc});
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 3);
    EXPECT_FALSE(model->indexOfVersion(rc).isValid());
    model->removeVersions(oneX);
    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole)}), ElementsAre(ElementsAre(u"2.x"_s)));
    EXPECT_EQ(model->versions().size(), 3);
}

TEST_F(VersionTreeModelTest, RemovingAnIndexSendsItsChildrenBackToUntagged)
{
    load(acme, PackageType::Container, u"web"_s);
    ASSERT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));
    const QModelIndex oldest = topRow(u"1.2.0"_s);
    model->removeVersions({oldest.data(Model::VersionIdRole).toLongLong()});
    EXPECT_FALSE(topRow(u"1.2.0"_s).isValid());
    EXPECT_TRUE(topRow(u"Untagged (6)"_s).isValid()); // 3 orphans + amd64, arm64, attestation of 1.2.0
    // Deleting a platform manifest under a live index leaves a "missing" row: pulls of it break.
    const QModelIndex latest = topRow(u"latest, 1.4.0"_s);
    const QModelIndex amd64 = model->index(0, 0, latest);
    model->removeVersions({amd64.data(Model::VersionIdRole).toLongLong()});
    EXPECT_EQ(model->index(0, 0, latest).data(Model::NodeKindRole).toInt(), int(Kind::Missing));
    EXPECT_EQ(model->index(0, Model::StateColumn, latest).data().toString(),
              u"Missing: pulls of this image break"_s);
}

TEST_F(VersionTreeModelTest, ShowDeletedListsDeletedVersionsWithDaysLeft)
{
    model->setShowDeleted(true);
    load(acme, PackageType::Container, u"web"_s);
    EXPECT_TRUE(model->showDeleted());
    const QModelIndex recent = topRow(u"1.1.0"_s);
    const QModelIndex old = topRow(u"1.0.0"_s);
    ASSERT_TRUE(recent.isValid());
    ASSERT_TRUE(old.isValid());
    EXPECT_EQ(recent.data(Model::DaysLeftRole).toInt(), 27);
    EXPECT_EQ(model->index(recent.row(), Model::StateColumn).data().toString(),
              u"Deleted · 27 days left"_s);
    EXPECT_EQ(old.data(Model::DaysLeftRole).toInt(), 0);
    EXPECT_TRUE(recent.data(Model::DeletedAtRole).toDateTime().isValid());

    // Restoring it takes it out of the deleted tree.
    const qint64 id = recent.data(Model::VersionIdRole).toLongLong();
    ASSERT_EQ(await(client->restoreVersion(acme, PackageType::Container, u"web"_s, id)).httpStatus, 204);
    model->removeVersions({id});
    EXPECT_FALSE(topRow(u"1.1.0"_s).isValid());
}

TEST_F(VersionTreeModelTest, ManifestErrorIsShownOnItsRow)
{
    tester.reset();
    load(acme, PackageType::Container, u"web"_s);
    tester = std::make_unique<ModelTesterBridge>(model.get());
    QSignalSpy errors(model.get(), &Model::errorOccurred);
    server.injectFault(
        QJsonObject{{u"status"_s, 404}, {u"count"_s, 100}, {u"path_contains"_s, u"/manifests/"_s}});
    const QModelIndex latest = topRow(u"latest, 1.4.0"_s);
    model->fetchMore(latest);
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_FALSE(latest.data(ErrorRole).toString().isEmpty());
    EXPECT_EQ(latest.data(ErrorKindRole).toInt(), int(ApiError::Kind::NotFound));
    EXPECT_FALSE(model->hasChildren(latest));
    EXPECT_FALSE(model->manifestsComplete());
}

TEST_F(VersionTreeModelTest, ReferrersShowUnderTheImageTheyDescribeAndGoWithIt)
{
    load(acme, PackageType::Container, u"signed-app"_s);
    model->loadAllManifests(); // the tester expands every row; this reads the untagged referrers too
    ASSERT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));

    // The referrers tagged `sha256-<hex>` are no images: under 2.0.0 (labelled by what they hold), or, when
    // what they describe is gone, at the top saying so.
    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole), role(Model::NodeKindRole)}),
                ElementsAre(ElementsAre(u"2.0.0, latest"_s, int(Kind::Index)),
                            ElementsAre(u"Attestations"_s, int(Kind::Signature)),
                            ElementsAre(u"Untagged (4)"_s, Model::GroupNodeKind)));
    EXPECT_EQ(model->index(1, Model::StateColumn).data().toString(), u"Describes an image that is gone"_s);
    const QModelIndex image = model->index(0, 0);
    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole), role(Model::NodeKindRole)}, image),
                ElementsAre(ElementsAre(u"linux/amd64"_s, int(Kind::PlatformManifest)),
                            ElementsAre(u"linux/arm64"_s, int(Kind::PlatformManifest)),
                            ElementsAre(u"Attestation of linux/amd64"_s, int(Kind::Attestation)),
                            ElementsAre(u"Signature"_s, int(Kind::Signature)),      // older cosign's `.sig`
                            ElementsAre(u"Attestations"_s, int(Kind::Signature)),   // the referrers index
                            ElementsAre(u"Attestations"_s, int(Kind::Signature)))); // re-pushed untagged
    const QModelIndex referrersIndex = model->index(4, 0, image);
    EXPECT_TRUE(referrersIndex.data(Model::TagsRole).toStringList().constFirst().startsWith(u"sha256-"_s));
    // What the index lists, by the artifact type of each referrer (the index reports none of its own).
    EXPECT_THAT(dumpModel(*model, {role(Qt::DisplayRole), role(Model::NodeKindRole)}, referrersIndex),
                ElementsAre(ElementsAre(u"Attestations"_s, int(Kind::Signature)),
                            ElementsAre(u"Signature"_s, int(Kind::Signature))));
    // The untagged image 1.9.0 was keeps its referrers index under it.
    const QModelIndex untagged = model->index(2, 0);
    bool foundUntaggedSubject = false;
    for (int row = 0; row < model->rowCount(untagged); ++row) {
        const QModelIndex version = model->index(row, 0, untagged);
        if (model->rowCount(version) == 1) {
            foundUntaggedSubject = true;
            EXPECT_EQ(model->index(0, 0, version).data().toString(), u"Attestations"_s);
        }
    }
    EXPECT_TRUE(foundUntaggedSubject);

    // Deleting 2.0.0 takes every referrer of it, the one re-pushed untagged too (its manifests' `subject`
    // say so), image first; no tagged image remains, whatever the referrers' own tags.
    const ImageTree &tree = model->imageTree();
    ASSERT_TRUE(tree.isComplete());
    const qint64 imageId = image.data(Model::VersionIdRole).toLongLong();
    const DeletionPlan plan =
        DeletionPlan::forContainer(tree, model->versions(), {imageId}, false, model->isListingComplete());
    ASSERT_FALSE(plan.refused());
    EXPECT_EQ(plan.deletions().size(), 9); // the index, 3 children, `.sig`, 2 referrers indexes, 2 referrers
    EXPECT_EQ(plan.deletions().constFirst().versionId, imageId);
    for (const PlannedDeletion &deletion : plan.deletions().mid(1))
        EXPECT_FALSE(deletion.dependsOnVersionIds.isEmpty()) << deletion.digestOrName.toStdString();
    EXPECT_THAT(plan.excluded(), IsEmpty());
    EXPECT_THAT(plan.remainingTags(), IsEmpty());
    EXPECT_TRUE(plan.deletesEveryVersion());
}

TEST_F(VersionTreeModelTest, AReferrersIndexRePushedUntaggedGoesUnderItsImageOnceItsManifestIsRead)
{
    load(acme, PackageType::Container, u"signed-app"_s);
    model->loadAllManifests();
    ASSERT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));

    // The view shows under 2.0.0 what the tree the deletions are planned with hangs there, in its order:
    // among them the first form of its referrers index, untagged, which the manifests' `subject` place.
    const ImageTree &tree = model->imageTree();
    const auto digestsUnder = [&](const QModelIndex &parent) {
        QList<QString> digests;
        for (int row = 0; row < model->rowCount(parent); ++row)
            digests.append(model->index(row, 0, parent).data(Model::DigestRole).toString());
        return digests;
    };
    const QModelIndex image = topRow(u"2.0.0, latest"_s);
    ASSERT_TRUE(image.isValid());
    EXPECT_EQ(digestsUnder(image), tree.children(image.data(Model::DigestRole).toString()));
    const QModelIndex rePushed = model->index(model->rowCount(image) - 1, 0, image);
    EXPECT_THAT(rePushed.data(Model::TagsRole).toStringList(), IsEmpty());
    EXPECT_EQ(rePushed.data().toString(), u"Attestations"_s);
    EXPECT_EQ(rePushed.data(Model::NodeKindRole).toInt(), int(Kind::Signature));
    const QString rePushedDigest = rePushed.data(Model::DigestRole).toString();
    EXPECT_EQ(tree.node(rePushedDigest)->kind, Kind::Signature);
    // What it lists: the sigstore bundle, which the tagged referrers index lists too.
    EXPECT_EQ(digestsUnder(rePushed), tree.children(rePushedDigest));
    EXPECT_THAT(dumpModel(*model,
                          {role(Qt::DisplayRole), role(Model::NodeKindRole), role(Model::IsSharedRole)},
                          rePushed),
                ElementsAre(ElementsAre(u"Attestations"_s, int(Kind::Signature), true)));
    EXPECT_THAT(digestsUnder(topRow(u"Untagged (4)"_s)), Not(Contains(rePushedDigest)));
}

TEST_F(VersionTreeModelTest, AReferrerWhoseManifestCannotBeReadSaysWhyOnItsRow)
{
    tester.reset();
    load(acme, PackageType::Container, u"signed-app"_s);
    // The tagged referrers index of 2.0.0 can be read (the registry client has it); every other manifest
    // answers 404: the referrers it lists cannot be read, nor the untagged versions.
    const QPersistentModelIndex image = topRow(u"2.0.0, latest"_s);
    QPersistentModelIndex referrersIndex;
    for (int row = 0; row < model->rowCount(image); ++row) {
        const QStringList tags = model->index(row, 0, image).data(Model::TagsRole).toStringList();
        if (tags.size() == 1 && !tags.constFirst().contains(u'.'))
            referrersIndex = model->index(row, 0, image);
    }
    ASSERT_TRUE(referrersIndex.isValid());
    QSignalSpy cached(registry.get(), &RegistryClient::manifestReady);
    registry->fetchManifest(acme.login, u"signed-app"_s, referrersIndex.data(Model::DigestRole).toString());
    ASSERT_TRUE(cached.wait());
    server.injectFault(
        QJsonObject{{u"status"_s, 404}, {u"count"_s, 1000}, {u"path_contains"_s, u"/manifests/"_s}});
    tester = std::make_unique<ModelTesterBridge>(model.get()); // expands every row: reads the tagged ones
    const auto everyRowFailed = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data(ErrorKindRole).toInt() != int(ApiError::Kind::NotFound))
                return false;
        }
        return model->rowCount(parent) > 0;
    };
    ASSERT_TRUE(waitUntil([&] { return everyRowFailed(referrersIndex); }));

    // The bundle and the signature the index lists: their rows say why, as a tagged image's row does.
    ASSERT_EQ(model->rowCount(referrersIndex), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex referrer = model->index(row, 0, referrersIndex);
        EXPECT_FALSE(referrer.data(ErrorRole).toString().isEmpty()) << row;
        EXPECT_EQ(referrer.data(Qt::ToolTipRole), referrer.data(ErrorRole)) << row;
        EXPECT_EQ(model->index(row, Model::StateColumn, referrersIndex).data().toString(),
                  u"Manifest unavailable"_s);
    }
    // The untagged versions, read for what they describe, likewise.
    model->loadAllManifests();
    const QModelIndex untagged = model->index(model->rowCount() - 1, 0);
    ASSERT_TRUE(untagged.data(Model::IsGroupRole).toBool());
    ASSERT_TRUE(waitUntil([&] { return everyRowFailed(untagged); }));

    // Read again once the registry answers: the errors go, and the re-pushed index finds its image.
    server.injectFault(QJsonObject{{u"clear"_s, true}});
    model->loadAllManifests();
    ASSERT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));
    for (int row = 0; row < 2; ++row) {
        EXPECT_TRUE(model->index(row, 0, referrersIndex).data(ErrorRole).toString().isEmpty()) << row;
        EXPECT_NE(model->index(row, Model::StateColumn, referrersIndex).data().toString(),
                  u"Manifest unavailable"_s);
    }
    EXPECT_TRUE(topRow(u"Untagged (4)"_s).isValid());
    EXPECT_EQ(model->rowCount(image), 6);
}

TEST_F(VersionTreeModelTest, ListingErrorIsReported)
{
    QSignalSpy errors(model.get(), &Model::errorOccurred);
    QSignalSpy finished(model.get(), &Model::listingFinished);
    server.injectFault(
        QJsonObject{{u"status"_s, 404}, {u"count"_s, 10}, {u"path_contains"_s, u"/web/versions"_s}});
    Package web;
    web.name = u"web"_s;
    model->setPackage(acme, web);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(model->isListingComplete());
    ASSERT_GE(errors.size(), 1);
    EXPECT_EQ(model->lastError()->kind, ApiError::Kind::NotFound);
}

TEST_F(VersionTreeModelTest, HighlightMarksRows)
{
    load(NamespaceRef::authenticatedUser(u"octocat"_s), PackageType::Npm, u"octo-cli"_s);
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->setHighlighted({first.data(Model::VersionIdRole).toLongLong()});
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(first.data(Model::HighlightRole).toBool());
    EXPECT_TRUE(first.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->index(1, 0, model->index(0, 0)).data(Model::HighlightRole).toBool());
    model->setHighlighted({});
    EXPECT_FALSE(first.data(Model::HighlightRole).toBool());
}

// Issue #20: a highlighted row differs by more than its colour: the UI's mark in the Name column and, for
// screen readers, why.
TEST_F(VersionTreeModelTest, HighlightedRowsCarryTheMarkAndSayWhy)
{
    load(NamespaceRef::authenticatedUser(u"octocat"_s), PackageType::Npm, u"octo-cli"_s);
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    const QModelIndex second = model->index(1, 0, model->index(0, 0));
    QImage picture(8, 8, QImage::Format_ARGB32);
    picture.fill(Qt::black);
    const QIcon mark(QPixmap::fromImage(picture));
    model->setHighlighted({first.data(Model::VersionIdRole).toLongLong()});
    EXPECT_FALSE(first.data(Qt::DecorationRole).isValid()); // no picture given yet

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->setMarkIcon(mark);
    EXPECT_EQ(changed.size(), 1); // the highlighted row shows it
    EXPECT_EQ(first.data(Qt::DecorationRole).value<QIcon>().cacheKey(), mark.cacheKey());
    EXPECT_FALSE(first.siblingAtColumn(Model::AgeColumn).data(Qt::DecorationRole).isValid());
    for (int column = 0; column < Model::ColumnCount; ++column)
        EXPECT_EQ(first.siblingAtColumn(column).data(Qt::AccessibleDescriptionRole).toString(),
                  u"Selected by the retention rule"_s);
    EXPECT_FALSE(second.data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(second.data(Qt::AccessibleDescriptionRole).isValid());
    EXPECT_FALSE(model->index(0, 0).data(Qt::AccessibleDescriptionRole).isValid()); // the group

    model->setHighlighted({});
    EXPECT_FALSE(first.data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(first.data(Qt::AccessibleDescriptionRole).isValid());
}

// Issue #20: rows are named across refreshes by what they are, not where they are.
TEST_F(VersionTreeModelTest, RowKeysNameGroupsAndVersions)
{
    load(acme, PackageType::Npm, u"ui-kit"_s);
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->index(row, 0).data(Model::RowKeyRole).toString());
    EXPECT_THAT(keys, ElementsAre(u"group:1"_s, u"group:0"_s));
    const QModelIndex version = model->index(0, 0, model->index(0, 0));
    EXPECT_EQ(version.data(Model::RowKeyRole).toString(),
              u"version:%1"_s.arg(version.data(Model::VersionIdRole).toLongLong()));

    load(acme, PackageType::Container, u"web"_s);
    const QModelIndex untagged = model->index(model->rowCount() - 1, 0);
    EXPECT_EQ(untagged.data(Model::RowKeyRole).toString(), u"group:%1"_s.arg(VersionStore::untaggedGroupKey));
    const QModelIndex latest = topRow(u"latest, 1.4.0"_s);
    ASSERT_TRUE(latest.isValid());
    EXPECT_EQ(latest.data(Model::RowKeyRole).toString(),
              u"version:%1"_s.arg(latest.data(Model::VersionIdRole).toLongLong()));
    model->fetchMore(latest);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount(latest) > 0; }));
    EXPECT_TRUE(model->index(0, 0, latest).data(Model::RowKeyRole).toString().isEmpty()); // an index's entry
}

// Details and Review deletion keep a deletion's size through DeletionSizeUpdater: while the size is unknown
// it reads every manifest of the package, and it works the size out once per burst of manifests.
TEST_F(VersionTreeModelTest, ADeletionSizeUpdaterReadsTheManifestsTheSizeMisses)
{
    load(acme, PackageType::Container, u"web"_s);
    qint64 id = 0;
    for (const PackageVersion &version : model->versions()) {
        if (version.tags.contains(u"1.3.0"_s))
            id = version.id;
    }
    ASSERT_NE(id, 0);
    int updates = 0;
    std::optional<DeletionSize> shown;
    DeletionSizeUpdater updater([&] {
        ++updates;
        shown = DeletionSize::ofVersion(*model, id);
        return shown;
    });
    updater.setVersions(model.get());
    updater.update();
    EXPECT_EQ(updates, 1);
    ASSERT_TRUE(shown.has_value());
    ASSERT_FALSE(shown->known); // the orphans' manifests are not read yet
    EXPECT_TRUE(model->isLoadingEveryManifest());
    ASSERT_TRUE(waitUntil(
        [&] { return shown->known && !model->isLoadingEveryManifest() && model->manifestsComplete(); }));
    EXPECT_GT(shown->sizeBytes, 0);

    // A burst: once, 100 ms after its first.
    QTest::qWait(200); // what is still pending of the last manifests
    const int before = updates;
    for (int i = 0; i < 5; ++i)
        updater.schedule();
    EXPECT_EQ(updates, before);
    ASSERT_TRUE(waitUntil([&] { return updates > before; }, 5000));
    QTest::qWait(200);
    EXPECT_EQ(updates, before + 1);
}

} // namespace
