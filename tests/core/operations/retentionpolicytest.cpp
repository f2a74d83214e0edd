#include "retentionpolicy.h"

#include "demoimages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::UnorderedElementsAre;

namespace {

const QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);

QSet<qint64> select(const RetentionRule &rule, const Demo::Signed &app = {})
{
    const ImageTree tree = ImageTree::build(app.versions, app.manifests);
    return RetentionPolicy::select(rule, app.versions, &tree, now, true);
}

} // namespace

TEST(RetentionPolicyReferrers, KeepNewestCountsImagesNotTheirReferrers)
{
    // The newest tagged versions are 2.0.0's referrers (`sha256-<hex>`, `….sig`): they are no images.
    RetentionRule keepOne;
    keepOne.keepNewest = 1;
    const QSet<qint64> selected = select(keepOne);

    // 2.0.0 stays with its referrers; the older untagged image goes with its own; the referrer whose subject
    // is gone is left alone.
    EXPECT_THAT(selected, UnorderedElementsAre(Demo::Index190, Demo::Amd64190, Demo::Referrers190,
                                               Demo::Provenance190));
}

TEST(RetentionPolicyReferrers, UntaggedOnlyKeepsTheReferrersOfAnImageThatStays)
{
    // 2.0.0's referrers index re-pushed untagged is no orphan: it stays while 2.0.0 does.
    RetentionRule untagged;
    untagged.untaggedOnly = true;
    const QSet<qint64> selected = select(untagged);

    EXPECT_THAT(selected, UnorderedElementsAre(Demo::Index190, Demo::Amd64190, Demo::Referrers190,
                                               Demo::Provenance190));
}

TEST(RetentionPolicyReferrers, TagPatternNeverPicksAReferrer)
{
    RetentionRule referrerTags;
    referrerTags.tagPattern = QStringLiteral("sha256-*");
    const QSet<qint64> selected = select(referrerTags);

    EXPECT_TRUE(selected.isEmpty());
}
