#include "imagetree.h"
#include "deletionplan.h"
#include "demoimages.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

using Kind = ImageTree::NodeKind;

QList<Kind> kindsOf(const ImageTree &tree, const QList<QString> &digests)
{
    QList<Kind> kinds;
    for (const QString &digest : digests)
        kinds.append(tree.node(digest)->kind);
    return kinds;
}

QStringList platformsOf(const ImageTree &tree, const QList<QString> &digests)
{
    QStringList platforms;
    for (const QString &digest : digests)
        platforms.append(tree.node(digest)->platform);
    return platforms;
}

} // namespace

TEST(ImageTree, TaggedImagesNewestFirstThenOrphans)
{
    const Demo::Web web;
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_THAT(tree.topLevel(), ElementsAre(web.index140, web.index130, web.index120));
    EXPECT_THAT(tree.orphanUntagged(), ElementsAre(web.orphanNew, web.orphanOld));
    EXPECT_EQ(tree.size(), web.versions.size());
    EXPECT_TRUE(tree.isComplete());
    EXPECT_THAT(tree.unknownManifests(), IsEmpty());

    const ImageTree::Node *latest = tree.node(web.index140);
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(latest->kind, Kind::Index);
    EXPECT_EQ(latest->versionId, Demo::Index140);
    EXPECT_THAT(latest->tags, ElementsAre(QStringLiteral("latest"), QStringLiteral("1.4.0")));
    EXPECT_THAT(latest->parentDigests, IsEmpty());
    EXPECT_EQ(tree.node(web.orphanOld)->kind, Kind::Image);
    EXPECT_EQ(tree.node(QStringLiteral("sha256:not-a-version")), nullptr);
}

TEST(ImageTree, IndexChildrenArePlatformsThenAttestationsThenSignatures)
{
    const Demo::Web web;
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    const QList<QString> children = tree.children(web.index140);
    EXPECT_THAT(children, ElementsAre(web.amd64140, web.arm64Shared, web.att140, web.sig140));
    EXPECT_THAT(kindsOf(tree, children), ElementsAre(Kind::PlatformManifest, Kind::PlatformManifest,
                                                     Kind::Attestation, Kind::Signature));
    EXPECT_THAT(platformsOf(tree, children),
                ElementsAre(QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"),
                            QStringLiteral("unknown/unknown"), QString()));
    EXPECT_EQ(tree.node(web.att140)->attestedDigest, web.amd64140);
    EXPECT_EQ(tree.node(web.amd64140)->versionId, Demo::Amd64140);

    // 1.2.0 lists its attestation first: still shown after the platforms.
    EXPECT_THAT(tree.children(web.index120), ElementsAre(web.amd64120, web.arm64120, web.att120));
    EXPECT_THAT(tree.children(web.amd64140), IsEmpty());
}

TEST(ImageTree, SignatureTagHangsUnderTheImageItSigns)
{
    const Demo::Web web;
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    const ImageTree::Node *signature = tree.node(web.sig140);
    ASSERT_NE(signature, nullptr);
    EXPECT_EQ(signature->kind, Kind::Signature);
    EXPECT_THAT(signature->parentDigests, ElementsAre(web.index140));
    EXPECT_FALSE(tree.topLevel().contains(web.sig140));
    EXPECT_FALSE(tree.orphanUntagged().contains(web.sig140));
}

TEST(ImageTree, ChildOfTwoIndexesIsShared)
{
    const Demo::Web web;
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    const ImageTree::Node *arm64 = tree.node(web.arm64Shared);
    ASSERT_NE(arm64, nullptr);
    EXPECT_TRUE(arm64->shared());
    EXPECT_THAT(arm64->parentDigests, ElementsAre(web.index140, web.index130));
    EXPECT_TRUE(tree.children(web.index130).contains(web.arm64Shared));
    EXPECT_FALSE(tree.node(web.amd64130)->shared());
    EXPECT_FALSE(tree.orphanUntagged().contains(web.arm64Shared));
}

TEST(ImageTree, ChildAbsentFromTheVersionsIsMissing)
{
    Demo::Web web;
    web.remove(Demo::Amd64120);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    const ImageTree::Node *missing = tree.node(web.amd64120);
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->kind, Kind::Missing);
    EXPECT_EQ(missing->versionId, 0);
    EXPECT_EQ(missing->platform, QStringLiteral("linux/amd64"));
    EXPECT_THAT(missing->parentDigests, ElementsAre(web.index120));
    EXPECT_THAT(tree.children(web.index120), ElementsAre(web.amd64120, web.arm64120, web.att120));
    EXPECT_FALSE(tree.topLevel().contains(web.amd64120));
    EXPECT_FALSE(tree.orphanUntagged().contains(web.amd64120));
}

TEST(ImageTree, UnfetchedTaggedManifestMakesTheTreeIncomplete)
{
    Demo::Web web;
    web.manifests.remove(web.index130);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_FALSE(tree.isComplete());
    EXPECT_THAT(tree.unknownManifests(), ElementsAre(web.index130));
    EXPECT_EQ(tree.node(web.index130)->kind, Kind::Image);
    EXPECT_THAT(tree.children(web.index130), IsEmpty());
    // Without 1.3.0's manifest its children look like orphans, and the shared one is no longer shared.
    EXPECT_THAT(tree.orphanUntagged(), ElementsAre(web.att130, web.amd64130, web.orphanNew, web.orphanOld));
    EXPECT_THAT(tree.node(web.arm64Shared)->parentDigests, ElementsAre(web.index140));
}

TEST(ImageTree, SignatureWhoseImageIsGoneStaysAtTheTop)
{
    Demo::Web web;
    web.remove(Demo::Index140);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_EQ(tree.node(web.sig140)->kind, Kind::Signature);
    EXPECT_THAT(tree.node(web.sig140)->parentDigests, IsEmpty());
    EXPECT_THAT(tree.topLevel(), ElementsAre(web.sig140, web.index130, web.index120));
    // A signature needs no manifest to be placed: the tree is still complete.
    EXPECT_TRUE(tree.isComplete());
    // 1.4.0's own children now belong to no index (the shared one still belongs to 1.3.0).
    EXPECT_THAT(tree.orphanUntagged(), ElementsAre(web.att140, web.amd64140, web.orphanNew, web.orphanOld));
}

TEST(ImageTree, UntaggedReferrerHangsUnderItsSubject)
{
    Demo::Web web;
    const QString referrer = Demo::digestOf("web 1.3.0 sbom referrer");
    web.versions.prepend(Demo::version(400, referrer));
    OciManifest manifest = Demo::image(referrer);
    manifest.subjectDigest = web.index130;
    manifest.artifactType = QStringLiteral("application/spdx+json");
    web.manifests.insert(referrer, manifest);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_EQ(tree.node(referrer)->kind, Kind::Signature);
    EXPECT_THAT(tree.node(referrer)->parentDigests, ElementsAre(web.index130));
    EXPECT_EQ(tree.children(web.index130).constLast(), referrer);
    EXPECT_FALSE(tree.orphanUntagged().contains(referrer));
}

TEST(ImageTree, IndexOfIndexesKeepsTheNestedIndexKind)
{
    Demo::Web web;
    const QString outer = Demo::digestOf("web multi-variant index");
    web.versions.prepend(Demo::version(500, outer, {QStringLiteral("bundle")}));
    OciDescriptor nested = Demo::platformEntry(web.index120, "amd64");
    nested.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    web.manifests.insert(outer, Demo::index(outer, {nested}));
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_EQ(tree.node(web.index120)->kind, Kind::Index);
    EXPECT_THAT(tree.node(web.index120)->parentDigests, ElementsAre(outer));
    EXPECT_THAT(tree.children(outer), ElementsAre(web.index120));
    EXPECT_THAT(tree.topLevel(), ElementsAre(outer, web.index140, web.index130, web.index120));
}

TEST(ImageTree, DeletedVersionsAreLeftOut)
{
    Demo::Web web;
    web.versions[0].deletedAt = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    const ImageTree tree = ImageTree::build(web.versions, web.manifests);

    EXPECT_EQ(tree.node(web.sig140), nullptr);
    EXPECT_THAT(tree.children(web.index140), ElementsAre(web.amd64140, web.arm64Shared, web.att140));
}

TEST(ImageTree, NonContainerVersionsAreAllTopLevel)
{
    QList<PackageVersion> versions;
    for (int i = 1; i <= 3; ++i) {
        PackageVersion version = Demo::version(i, QStringLiteral("1.%1.0").arg(i));
        versions.append(version);
    }
    const ImageTree tree = ImageTree::build(versions, {});

    EXPECT_THAT(tree.topLevel(),
                ElementsAre(QStringLiteral("1.3.0"), QStringLiteral("1.2.0"), QStringLiteral("1.1.0")));
    EXPECT_THAT(tree.orphanUntagged(), IsEmpty());
    EXPECT_TRUE(tree.isComplete());
    EXPECT_EQ(tree.node(QStringLiteral("1.2.0"))->versionId, 2);
}

TEST(ImageTree, HundredThousandVersionsBuildIntoTheSameShape)
{
    constexpr int images = 25'000;
    const Demo::Generated package = Demo::generated(images);
    const QList<PackageVersion> &versions = package.versions;
    const ImageTree tree = ImageTree::build(versions, package.manifests);

    EXPECT_EQ(tree.size(), images * 4);
    ASSERT_EQ(tree.topLevel().size(), images);
    EXPECT_EQ(tree.topLevel().constFirst(), versions[4 * (images - 1)].name);
    EXPECT_THAT(tree.orphanUntagged(), IsEmpty());
    EXPECT_EQ(tree.children(tree.topLevel().constLast()).size(), 3);
    EXPECT_TRUE(tree.isComplete());
}

TEST(ImageTree, ReferrersHangUnderTheImageTheyDescribeWhateverTheirTags)
{
    const Demo::Signed app;
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);

    // The `sha256-<hex>` referrers index and the `.sig` tag are no images: only 2.0.0 is at the top.
    EXPECT_THAT(tree.topLevel(), ElementsAre(app.index200, app.goneReferrers));
    EXPECT_THAT(tree.children(app.index200), ElementsAre(app.amd64200, app.arm64200, app.cosignSig200,
                                                         app.referrers200, app.firstReferrers200));
    EXPECT_THAT(kindsOf(tree, tree.children(app.index200)),
                ElementsAre(Kind::PlatformManifest, Kind::PlatformManifest, Kind::Signature, Kind::Signature,
                            Kind::Signature));
    EXPECT_EQ(tree.node(app.cosignSig200)->referrerRole, ReferrerRole::Signature);
    EXPECT_EQ(tree.node(app.referrers200)->referrerRole, ReferrerRole::Attestations);
    // What the referrers index lists hangs under it, by what each referring manifest is.
    EXPECT_THAT(tree.children(app.referrers200), ElementsAre(app.provenance200, app.signature200));
    EXPECT_EQ(tree.node(app.provenance200)->referrerRole, ReferrerRole::Attestations);
    EXPECT_EQ(tree.node(app.signature200)->referrerRole, ReferrerRole::Signature);
    // The index re-pushed untagged is known by its manifests' `subject`: not an orphan.
    EXPECT_THAT(tree.node(app.firstReferrers200)->parentDigests, ElementsAre(app.index200));
    EXPECT_THAT(tree.node(app.provenance200)->parentDigests,
                ElementsAre(app.referrers200, app.firstReferrers200));
    EXPECT_TRUE(tree.isComplete());
}

TEST(ImageTree, ReferrerOfAnUntaggedImageHangsUnderIt)
{
    const Demo::Signed app;
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);

    EXPECT_THAT(tree.orphanUntagged(), ElementsAre(app.amd64190, app.index190));
    EXPECT_THAT(tree.children(app.index190), ElementsAre(app.referrers190));
    EXPECT_THAT(tree.children(app.referrers190), ElementsAre(app.provenance190));
}

TEST(ImageTree, ReferrerWhoseSubjectIsMissingSaysSo)
{
    const Demo::Signed app;
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);

    const ImageTree::Node *gone = tree.node(app.goneReferrers);
    EXPECT_EQ(gone->kind, Kind::Signature);
    EXPECT_THAT(gone->parentDigests, IsEmpty());
    EXPECT_EQ(gone->problem,
              QStringLiteral("describes %1, which is not among the package's versions").arg(app.gone180));
    EXPECT_THAT(tree.children(app.goneReferrers), ElementsAre(app.goneProvenance));
    EXPECT_TRUE(tree.node(app.referrers200)->problem.isEmpty());
}

TEST(ImageTree, UnreadReferrersIndexMakesTheTreeIncomplete)
{
    // The untagged manifests it lists would look orphaned.
    Demo::Signed app;
    app.manifests.remove(app.referrers200);
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);

    EXPECT_FALSE(tree.isComplete());
    EXPECT_THAT(tree.unknownManifests(), ElementsAre(app.referrers200));
    EXPECT_THAT(tree.node(app.referrers200)->parentDigests, ElementsAre(app.index200)); // by its tag
}

// #14 (4): in a package with referrer tags, an untagged version nothing lists may be a referrers index re-pushed
// untagged. If its manifest could not be read, it must not pass for an orphan that may go.
TEST(ImageTree, AnUnreadableUntaggedManifestMakesTheTreeIncomplete)
{
    Demo::Signed app;
    app.manifests.remove(app.firstReferrers200);
    const ImageTree readLater = ImageTree::build(app.versions, app.manifests);
    ASSERT_THAT(readLater.orphanUntagged(), Contains(app.firstReferrers200));

    const ImageTree failed = ImageTree::build(app.versions, app.manifests, {app.firstReferrers200});
    EXPECT_FALSE(failed.isComplete());
    EXPECT_THAT(failed.unknownManifests(), Contains(app.firstReferrers200));
    const DeletionPlan plan =
        DeletionPlan::forContainer(failed, app.versions, QSet<qint64>{Demo::FirstReferrers200}, false, true);
    EXPECT_THAT(plan.deletions(), IsEmpty());
}
