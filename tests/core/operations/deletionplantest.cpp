#include "deletionplan.h"
#include "demoimages.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>

namespace Packhouse {

void PrintTo(const PlannedDeletion &deletion, std::ostream *os)
{
    *os << "{" << deletion.versionId << ", " << deletion.digestOrName.left(19).toStdString() << ", ["
        << deletion.tags.join(u',').toStdString() << "], \"" << deletion.reason.toStdString()
        << "\", after [";
    for (qint64 id : deletion.dependsOnVersionIds)
        *os << " " << id;
    *os << " ]}";
}

void PrintTo(const ExcludedVersion &excluded, std::ostream *os)
{
    *os << "{" << excluded.versionId << ", " << excluded.digestOrName.left(19).toStdString() << ", \""
        << excluded.reason.toStdString() << "\"}";
}

} // namespace Packhouse

using namespace Packhouse;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

class DeletionPlanTest : public ::testing::Test
{
protected:
    DeletionPlan plan(const QSet<qint64> &selected, bool isPublic = false, bool listingComplete = true) const
    {
        const ImageTree tree = ImageTree::build(web.versions, web.manifests);
        return DeletionPlan::forContainer(tree, web.versions, selected, isPublic, listingComplete);
    }

    PlannedDeletion going(qint64 id, const QString &digest, const char *reason, const QStringList &tags = {},
                          const QList<qint64> &dependsOn = {}) const
    {
        return {id, digest, tags, QString::fromUtf8(reason), dependsOn};
    }

    Demo::Web web;
    const QStringList tags140 = {QStringLiteral("latest"), QStringLiteral("1.4.0")};
};

std::string text(const QString &value)
{
    return value.toStdString();
}

std::vector<std::string> texts(const QStringList &values)
{
    std::vector<std::string> result;
    for (const QString &value : values)
        result.push_back(value.toStdString());
    return result;
}

} // namespace

TEST_F(DeletionPlanTest, IndexTakesItsUntaggedChildren)
{
    const DeletionPlan result = plan({Demo::Index120});

    EXPECT_THAT(
        result.deletions(),
        ElementsAre(going(Demo::Index120, web.index120, "selected", {QStringLiteral("1.2.0")}),
                    going(Demo::Att120, web.att120, "untagged child of 1.2.0", {}, {Demo::Index120}),
                    going(Demo::Amd64120, web.amd64120, "untagged child of 1.2.0", {}, {Demo::Index120}),
                    going(Demo::Arm64120, web.arm64120, "untagged child of 1.2.0", {}, {Demo::Index120})));
    EXPECT_THAT(result.excluded(), IsEmpty());
    // The signature's `sha256-….sig` tag pulls no image: it is not listed as staying pullable.
    EXPECT_THAT(result.remainingTags(),
                ElementsAre(QStringLiteral("latest"), QStringLiteral("1.4.0"), QStringLiteral("1.3.0")));
    EXPECT_FALSE(result.deletesEveryVersion());
    EXPECT_FALSE(result.mayHitDownloadRule());
    EXPECT_FALSE(result.refused());
    EXPECT_THAT(texts(result.warnings()),
                ElementsAre("3 untagged versions go with the images that list them."));
}

TEST_F(DeletionPlanTest, ChildSharedWithAnIndexThatStaysIsKept)
{
    const DeletionPlan result = plan({Demo::Index130});

    EXPECT_THAT(
        result.deletions(),
        ElementsAre(going(Demo::Index130, web.index130, "selected", {QStringLiteral("1.3.0")}),
                    going(Demo::Att130, web.att130, "untagged child of 1.3.0", {}, {Demo::Index130}),
                    going(Demo::Amd64130, web.amd64130, "untagged child of 1.3.0", {}, {Demo::Index130})));
    EXPECT_THAT(result.excluded(),
                ElementsAre(ExcludedVersion{Demo::Arm64Shared, web.arm64Shared,
                                            QStringLiteral("shared with latest/1.4.0, which stays")}));
    EXPECT_THAT(result.remainingTags(),
                ElementsAre(QStringLiteral("latest"), QStringLiteral("1.4.0"), QStringLiteral("1.2.0")));
    EXPECT_THAT(texts(result.warnings()),
                ElementsAre("2 untagged versions go with the images that list them.",
                            "1 version shared with an image that stays is kept."));
}

TEST_F(DeletionPlanTest, SharedChildGoesWhenEveryIndexListingItGoesAndAfterAllOfThem)
{
    const DeletionPlan result = plan({Demo::Index140, Demo::Index130});

    EXPECT_THAT(
        result.deletions(),
        ElementsAre(
            going(Demo::Index140, web.index140, "selected", tags140),
            going(Demo::Att140, web.att140, "untagged child of latest/1.4.0", {}, {Demo::Index140}),
            going(Demo::Sig140, web.sig140, "signature of latest/1.4.0", {web.sig140Tag}, {Demo::Index140}),
            going(Demo::Amd64140, web.amd64140, "untagged child of latest/1.4.0", {}, {Demo::Index140}),
            going(Demo::Index130, web.index130, "selected", {QStringLiteral("1.3.0")}),
            going(Demo::Att130, web.att130, "untagged child of 1.3.0", {}, {Demo::Index130}),
            going(Demo::Amd64130, web.amd64130, "untagged child of 1.3.0", {}, {Demo::Index130}),
            // Shared: it waits for both images, and stays if either of them does.
            going(Demo::Arm64Shared, web.arm64Shared, "untagged child of 1.3.0", {},
                  {Demo::Index140, Demo::Index130})));
    EXPECT_THAT(result.excluded(), IsEmpty());
    EXPECT_THAT(result.remainingTags(), ElementsAre(QStringLiteral("1.2.0")));
    EXPECT_FALSE(result.deletesEveryVersion());
    EXPECT_THAT(texts(result.warnings()),
                ElementsAre("5 untagged versions go with the images that list them.",
                            "1 signature goes with the image it signs."));
}

TEST_F(DeletionPlanTest, OperationsKeepTheOrderAndTheDependencies)
{
    const DeletionPlan result = plan({Demo::Index140, Demo::Index130});

    const QList<Operation> operations = result.operations(NamespaceRef::organization(QStringLiteral("acme")),
                                                          PackageType::Container, QStringLiteral("web"));
    const QList<PlannedDeletion> deletions = result.deletions();
    ASSERT_EQ(operations.size(), deletions.size());
    for (qsizetype i = 0; i < operations.size(); ++i) {
        EXPECT_EQ(operations.at(i).kind, Operation::Kind::DeleteVersion);
        EXPECT_EQ(operations.at(i).versionId, deletions.at(i).versionId);
        EXPECT_EQ(operations.at(i).dependsOnVersionIds, deletions.at(i).dependsOnVersionIds);
    }
}

TEST_F(DeletionPlanTest, ChildSelectedWhileItsIndexStaysIsKept)
{
    const DeletionPlan result = plan({Demo::Amd64120, Demo::Arm64Shared});

    EXPECT_THAT(result.deletions(), IsEmpty());
    EXPECT_THAT(result.excluded(),
                ElementsAre(ExcludedVersion{Demo::Arm64Shared, web.arm64Shared,
                                            QStringLiteral("needed by latest/1.4.0 and 1.3.0, which stay")},
                            ExcludedVersion{Demo::Amd64120, web.amd64120,
                                            QStringLiteral("needed by 1.2.0, which stays")}));
    EXPECT_FALSE(result.refused());
    EXPECT_THAT(texts(result.warnings()),
                ElementsAre("2 selected versions are kept because images that stay need them."));
}

TEST_F(DeletionPlanTest, ChildSelectedWithItsIndexGoesAsSelected)
{
    const DeletionPlan result = plan({Demo::Index120, Demo::Arm64120});

    EXPECT_THAT(
        result.deletions(),
        ElementsAre(going(Demo::Index120, web.index120, "selected", {QStringLiteral("1.2.0")}),
                    going(Demo::Att120, web.att120, "untagged child of 1.2.0", {}, {Demo::Index120}),
                    going(Demo::Amd64120, web.amd64120, "untagged child of 1.2.0", {}, {Demo::Index120}),
                    going(Demo::Arm64120, web.arm64120, "selected", {}, {Demo::Index120})));
}

TEST_F(DeletionPlanTest, OrphansGoAsSelected)
{
    const DeletionPlan result = plan({Demo::OrphanOld, Demo::OrphanNew, Demo::Att130});

    EXPECT_THAT(result.deletions(), ElementsAre(going(Demo::OrphanNew, web.orphanNew, "selected"),
                                                going(Demo::OrphanOld, web.orphanOld, "selected")));
    EXPECT_THAT(result.excluded(),
                ElementsAre(ExcludedVersion{Demo::Att130, web.att130,
                                            QStringLiteral("needed by 1.3.0, which stays")}));
    EXPECT_EQ(result.remainingTags().size(), 4); // the signature's tag aside
    // Every untagged version no tagged image lists goes: none can be an index left with a missing child.
    EXPECT_THAT(texts(result.warnings()), Not(Contains(HasSubstr("no tagged image lists"))));
}

TEST_F(DeletionPlanTest, OrphanStayingBesideOneGoingMayBeAnIndexThatListsIt)
{
    const DeletionPlan result = plan({Demo::OrphanOld});

    EXPECT_THAT(result.deletions(), ElementsAre(going(Demo::OrphanOld, web.orphanOld, "selected")));
    EXPECT_THAT(
        texts(result.warnings()),
        Contains(HasSubstr("1 untagged version that no tagged image lists stays. If it is a multi-arch "
                           "index")));
}

TEST_F(DeletionPlanTest, SignatureAloneMayGo)
{
    const DeletionPlan result = plan({Demo::Sig140});

    EXPECT_THAT(result.deletions(),
                ElementsAre(going(Demo::Sig140, web.sig140, "selected", {web.sig140Tag})));
    EXPECT_THAT(result.excluded(), IsEmpty());
    EXPECT_FALSE(result.remainingTags().contains(web.sig140Tag));
}

TEST_F(DeletionPlanTest, NoTaggedVersionLeftTriggersTheLastVersionRule)
{
    const DeletionPlan all = plan({Demo::Index140, Demo::Index130, Demo::Index120});
    EXPECT_TRUE(all.deletesEveryVersion());
    EXPECT_EQ(all.deletions().size(), 12);
    EXPECT_THAT(all.remainingTags(), IsEmpty());
    ASSERT_FALSE(all.warnings().isEmpty());
    EXPECT_THAT(text(all.warnings().constFirst()), HasSubstr("last tagged version"));

    // The untagged orphans remaining do not help: GitHub counts tagged versions.
    const DeletionPlan allButOne = plan({Demo::Index140, Demo::Index130});
    EXPECT_FALSE(allButOne.deletesEveryVersion());

    // Deleting only untagged versions never hits the rule, even of a package without tags.
    web.versions = {Demo::version(Demo::OrphanOld, web.orphanOld)};
    EXPECT_FALSE(plan({Demo::OrphanOld}).deletesEveryVersion());
}

TEST_F(DeletionPlanTest, IncompleteListingIsRefused)
{
    const DeletionPlan result = plan({Demo::Index120}, false, false);

    EXPECT_TRUE(result.refused());
    EXPECT_THAT(text(result.refusalReason()), HasSubstr("listing is incomplete"));
    EXPECT_THAT(result.deletions(), IsEmpty());
}

TEST_F(DeletionPlanTest, IncompleteTreeKeepsEveryUntaggedVersion)
{
    web.manifests.remove(web.index130);
    const DeletionPlan result = plan({Demo::Index140, Demo::OrphanOld});

    // The signature is known from its tag alone; the children might be shared with 1.3.0, whose manifest is
    // unknown.
    EXPECT_THAT(result.deletions(), ElementsAre(going(Demo::Index140, web.index140, "selected", tags140),
                                                going(Demo::Sig140, web.sig140, "signature of latest/1.4.0",
                                                      {web.sig140Tag}, {Demo::Index140})));
    const QString reason =
        QStringLiteral("untagged, and the image tree is incomplete (1 manifest could not be read)");
    EXPECT_THAT(result.excluded(), ElementsAre(ExcludedVersion{Demo::Att140, web.att140, reason},
                                               ExcludedVersion{Demo::Amd64140, web.amd64140, reason},
                                               ExcludedVersion{Demo::Arm64Shared, web.arm64Shared, reason},
                                               ExcludedVersion{Demo::OrphanOld, web.orphanOld, reason}));
    EXPECT_FALSE(result.refused());
    ASSERT_FALSE(result.warnings().isEmpty());
    EXPECT_THAT(text(result.warnings().constLast()), HasSubstr("image tree is incomplete"));
}

TEST_F(DeletionPlanTest, OnlyUntaggedSelectedWhileTheTreeIsIncompleteIsRefused)
{
    web.manifests.remove(web.index120);
    const DeletionPlan result = plan({Demo::OrphanOld, Demo::OrphanNew});

    EXPECT_TRUE(result.refused());
    EXPECT_THAT(text(result.refusalReason()), HasSubstr("image tree is incomplete"));
    EXPECT_THAT(result.deletions(), IsEmpty());
    EXPECT_EQ(result.excluded().size(), 2);
}

TEST_F(DeletionPlanTest, PublicPackageWarnsAboutTheDownloadRule)
{
    const DeletionPlan result = plan({Demo::OrphanOld, Demo::OrphanNew}, true);
    EXPECT_TRUE(result.mayHitDownloadRule());
    ASSERT_EQ(result.warnings().size(), 1);
    EXPECT_THAT(text(result.warnings().constFirst()), HasSubstr("5,000"));

    EXPECT_FALSE(plan({}, true).mayHitDownloadRule());
    EXPECT_FALSE(plan({Demo::OrphanOld}, false).mayHitDownloadRule());
}

TEST_F(DeletionPlanTest, SelectionNotInTheListingIsExcluded)
{
    const DeletionPlan result = plan({Demo::OrphanOld, 999});

    EXPECT_THAT(result.deletions(), ElementsAre(going(Demo::OrphanOld, web.orphanOld, "selected")));
    EXPECT_THAT(result.excluded(),
                ElementsAre(ExcludedVersion{999, QString(),
                                            QStringLiteral("not among the package's active versions")}));
}

TEST_F(DeletionPlanTest, EmptySelectionDeletesNothing)
{
    const DeletionPlan result = plan({});
    EXPECT_THAT(result.deletions(), IsEmpty());
    EXPECT_THAT(result.warnings(), IsEmpty());
    EXPECT_FALSE(result.refused());
    EXPECT_FALSE(result.deletesEveryVersion());
    EXPECT_EQ(result.remainingTags().size(), 4); // the signature's tag aside
}

TEST(DeletionPlanAtScale, EveryOtherImageOfHundredThousandVersionsGoesParentsFirst)
{
    constexpr int images = 25'000;
    const Demo::Generated package = Demo::generated(images);
    const ImageTree tree = ImageTree::build(package.versions, package.manifests);
    QSet<qint64> selected;
    for (int i = 0; i < images; i += 2)
        selected.insert(4 * qint64(i));

    const DeletionPlan result = DeletionPlan::forContainer(tree, package.versions, selected, false, true);

    const QList<PlannedDeletion> deletions = result.deletions();
    ASSERT_EQ(deletions.size(), images / 2 * 4);
    EXPECT_THAT(result.excluded(), IsEmpty());
    EXPECT_EQ(result.remainingTags().size(), images / 2);
    // Newest image first; each index directly followed by its three children, the attestation first, each
    // depending on the index.
    EXPECT_EQ(deletions.constFirst().versionId, 4 * qint64(images - 2));
    for (qsizetype row = 0; row < deletions.size(); row += 4) {
        const qint64 indexId = deletions.at(row).versionId;
        ASSERT_TRUE(selected.contains(indexId)) << row;
        ASSERT_TRUE(deletions.at(row).dependsOnVersionIds.isEmpty()) << row;
        const qint64 attestationThenPlatforms[] = {indexId + 3, indexId + 1, indexId + 2};
        for (qsizetype child = 0; child < 3; ++child) {
            ASSERT_EQ(deletions.at(row + 1 + child).versionId, attestationThenPlatforms[child]) << row;
            ASSERT_EQ(deletions.at(row + 1 + child).dependsOnVersionIds, QList<qint64>{indexId}) << row;
        }
    }
}

namespace {

QList<PackageVersion> npmVersions()
{
    QList<PackageVersion> versions;
    for (int minor = 3; minor >= 0; --minor)
        versions.append(Demo::version(minor + 1, QStringLiteral("2.%1.0").arg(minor)));
    return versions;
}

} // namespace

TEST(DeletionPlanForVersions, SelectedVersionsGoInListingOrder)
{
    const DeletionPlan result = DeletionPlan::forVersions(npmVersions(), {1, 3, 42}, false, true);

    EXPECT_THAT(result.deletions(),
                ElementsAre(PlannedDeletion{3, QStringLiteral("2.2.0"), {}, QStringLiteral("selected"), {}},
                            PlannedDeletion{1, QStringLiteral("2.0.0"), {}, QStringLiteral("selected"), {}}));
    EXPECT_THAT(result.excluded(),
                ElementsAre(ExcludedVersion{42, QString(),
                                            QStringLiteral("not among the package's active versions")}));
    EXPECT_FALSE(result.deletesEveryVersion());
    EXPECT_THAT(result.warnings(), IsEmpty());
}

TEST(DeletionPlanForVersions, EveryVersionSelectedTriggersTheLastVersionRule)
{
    const DeletionPlan result = DeletionPlan::forVersions(npmVersions(), {1, 2, 3, 4}, true, true);

    EXPECT_TRUE(result.deletesEveryVersion());
    EXPECT_EQ(result.deletions().size(), 4);
    ASSERT_EQ(result.warnings().size(), 2);
    EXPECT_THAT(text(result.warnings()[0]), HasSubstr("last version"));
    EXPECT_THAT(text(result.warnings()[1]), HasSubstr("5,000"));
}

TEST(DeletionPlanForVersions, IncompleteListingIsRefused)
{
    const DeletionPlan result = DeletionPlan::forVersions(npmVersions(), {1}, false, false);
    EXPECT_TRUE(result.refused());
    EXPECT_THAT(result.deletions(), IsEmpty());
    EXPECT_FALSE(result.deletesEveryVersion());
}

namespace {

using namespace Qt::StringLiterals;

DeletionPlan signedPlan(const Demo::Signed &app, const QSet<qint64> &selected)
{
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);
    return DeletionPlan::forContainer(tree, app.versions, selected, false, true);
}

PlannedDeletion signedGoing(qint64 id, const QString &digest, const QString &reason,
                            const QList<qint64> &dependsOn, const QStringList &tags = {})
{
    return {id, digest, tags, reason, dependsOn};
}

QString labelOf(const QString &untaggedDigest)
{
    return Operation::versionLabel({}, untaggedDigest);
}

} // namespace

TEST(DeletionPlanReferrers, ImageGoesFirstThenItsReferrersWhateverTheirTagsThenItsPlatforms)
{
    const Demo::Signed app;
    const DeletionPlan result = signedPlan(app, {Demo::Index200});

    const QString tag = Demo::referrerTag(app.index200);
    EXPECT_THAT(
        result.deletions(),
        ElementsAre(
            signedGoing(Demo::Index200, app.index200, u"selected"_s, {}, {u"latest"_s, u"2.0.0"_s}),
            signedGoing(Demo::CosignSig200, app.cosignSig200, u"signature of latest/2.0.0"_s,
                        {Demo::Index200}, {tag + u".sig"_s}),
            signedGoing(Demo::Referrers200, app.referrers200, u"attestations of latest/2.0.0"_s,
                        {Demo::Index200}, {tag}),
            signedGoing(Demo::Signature200, app.signature200, u"signature of latest/2.0.0"_s,
                        {Demo::Referrers200}),
            signedGoing(Demo::FirstReferrers200, app.firstReferrers200, u"attestations of latest/2.0.0"_s,
                        {Demo::Index200}),
            signedGoing(Demo::Provenance200, app.provenance200, u"attestations of latest/2.0.0"_s,
                        {Demo::Referrers200, Demo::FirstReferrers200}),
            signedGoing(Demo::Amd64200, app.amd64200, u"untagged child of latest/2.0.0"_s, {Demo::Index200}),
            signedGoing(Demo::Arm64200, app.arm64200, u"untagged child of latest/2.0.0"_s,
                        {Demo::Index200})));
    EXPECT_THAT(result.excluded(), IsEmpty());
    // The referrers that stay (of the untagged image, of the gone one) are no images: no tagged image
    // remains, and none of their tags is listed as staying pullable.
    EXPECT_THAT(result.remainingTags(), IsEmpty());
    EXPECT_TRUE(result.deletesEveryVersion());
}

TEST(DeletionPlanReferrers, UntaggedImageTakesItsReferrers)
{
    const Demo::Signed app;
    const DeletionPlan result = signedPlan(app, {Demo::Index190});

    const QString tag = Demo::referrerTag(app.index190);
    EXPECT_THAT(
        result.deletions(),
        ElementsAre(signedGoing(Demo::Index190, app.index190, u"selected"_s, {}),
                    signedGoing(Demo::Referrers190, app.referrers190,
                                u"attestations of "_s + labelOf(app.index190), {Demo::Index190}, {tag}),
                    signedGoing(Demo::Provenance190, app.provenance190,
                                u"attestations of "_s + labelOf(app.index190), {Demo::Referrers190})));
    EXPECT_FALSE(result.deletesEveryVersion());
    EXPECT_THAT(result.remainingTags(), ElementsAre(u"latest"_s, u"2.0.0"_s));
}

TEST(DeletionPlanReferrers, ReferrersOfAnImageThatStaysStay)
{
    const Demo::Signed app;
    // Every untagged version no image lists: the first form of 2.0.0's referrers index is not one of them.
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);
    QSet<qint64> orphans;
    for (const QString &digest : tree.orphanUntagged())
        orphans.insert(tree.node(digest)->versionId);
    const DeletionPlan result = signedPlan(app, orphans);

    QList<qint64> going;
    for (const PlannedDeletion &deletion : result.deletions())
        going.append(deletion.versionId);
    // The untagged 1.9.0 index, its referrers, its amd64 manifest; not 2.0.0's referrers.
    EXPECT_THAT(going, ElementsAre(Demo::Amd64190, Demo::Index190, Demo::Referrers190, Demo::Provenance190));
}
