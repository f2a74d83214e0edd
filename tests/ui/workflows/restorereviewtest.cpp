// Issue #20: Recently deleted names the children of a deleted image by their platform, as the Versions view
// does, and restoring more than one version shows what comes back before anything is restored.
#include "operationqueue.h"
#include "qtprinters.h"
#include "restoredialog.h"
#include "reviewdeletiondialog.h"
#include "reviewrestoredialog.h"
#include "workflowfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

namespace {

class RestoreReviewTest : public WorkflowTest
{
protected:
    // Deletes `tag` of acme/web with what goes with it, as the review plans it; returns the operations.
    QList<Operation> deleteImage(const QString &tag)
    {
        auto web = loadVersions(acme, PackageType::Container, u"web"_s);
        ReviewDeletionDialog dialog(session.get(), web.get(), {idOfTag(*web, tag)});
        QSignalSpy confirmed(&dialog, &ReviewDeletionDialog::confirmed);
        acceptButton(&dialog)->click();
        EXPECT_EQ(confirmed.size(), 1);
        const auto operations = confirmed.value(0).value(0).value<QList<Operation>>();
        runAndWait(operations);
        return operations;
    }

    static QStringList childTexts(const QTreeWidgetItem *item, int column)
    {
        QStringList texts;
        for (int i = 0; i < item->childCount(); ++i)
            texts.append(item->child(i)->text(column));
        return texts;
    }

    // The review RestoreDialog opened, while it is shown.
    static ReviewRestoreDialog *shownReview(QWidget *parent)
    {
        for (auto *review : parent->findChildren<ReviewRestoreDialog *>()) {
            if (review->isVisible())
                return review;
        }
        return nullptr;
    }
};

// 3. The three children of 1.2.0 read "linux/amd64", "linux/arm64" and "Attestation of linux/amd64", not
// bare digests: the index's manifest stays in the cache after the deletion, also across a restart.
TEST_F(RestoreReviewTest, RecentlyDeletedNamesTheChildrenOfAnImageByPlatform)
{
    const QString cache = dir.filePath(u"cache"_s);
    restart(cache);
    const QList<Operation> deleted = deleteImage(u"1.2.0"_s);
    ASSERT_EQ(deleted.size(), 4);

    for (const bool restarted : {false, true}) {
        if (restarted)
            restart(cache); // the manifests come from the disk cache now
        RestoreDialog dialog(session.get(), journal.get());
        dialog.show();
        auto *list = findByName<QTreeWidget>(&dialog, u"Recently deleted"_s);
        ASSERT_EQ(list->topLevelItemCount(), 1) << restarted;
        const QTreeWidgetItem *image = list->topLevelItem(0);
        EXPECT_EQ(image->text(1), u"1.2.0"_s);
        EXPECT_THAT(childTexts(image, 1),
                    UnorderedElementsAre(u"linux/amd64"_s, u"linux/arm64"_s, u"Attestation of linux/amd64"_s))
            << restarted;
        // The digest is a tooltip away.
        for (int i = 0; i < image->childCount(); ++i)
            EXPECT_TRUE(image->child(i)->toolTip(1).startsWith(u"sha256:"_s));
    }
}

// 3. Without the index's manifest in the cache (a session that never read it), the children show their
// short digests, as before.
TEST_F(RestoreReviewTest, ChildrenWhoseImageManifestIsNotCachedShowTheirDigests)
{
    deleteImage(u"1.2.0"_s);
    restart(); // memory cache only: empty now

    RestoreDialog dialog(session.get(), journal.get());
    dialog.show();
    auto *list = findByName<QTreeWidget>(&dialog, u"Recently deleted"_s);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    for (const QString &text : childTexts(list->topLevelItem(0), 1))
        EXPECT_TRUE(text.startsWith(u"sha256:"_s)) << text.toStdString();
}

// 5. Restoring more than one version shows what comes back, into which package, how many; Cancel restores
// nothing, Restore restores them all (children first).
TEST_F(RestoreReviewTest, RestoringSeveralVersionsShowsTheReviewFirst)
{
    const QList<Operation> deleted = deleteImage(u"1.2.0"_s);
    qint64 index = 0;
    for (const Operation &operation : deleted) {
        if (operation.tags.contains(u"1.2.0"_s))
            index = operation.versionId;
    }
    RestoreDialog dialog(session.get(), journal.get());
    dialog.show();
    auto *list = findByName<QTreeWidget>(&dialog, u"Recently deleted"_s);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    list->topLevelItem(0)->setSelected(true);
    auto *restore = findByName<QPushButton>(&dialog, u"Restore selected"_s);
    ASSERT_TRUE(restore->isEnabled());

    QTest::mouseClick(restore, Qt::LeftButton);
    ReviewRestoreDialog *review = shownReview(&dialog);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->windowTitle(), u"Review restore"_s);
    EXPECT_THAT(findByName<QLabel>(review, u"Summary"_s)->text().toStdString(), HasSubstr("4 version"));
    EXPECT_THAT(findByName<QLabel>(review, u"Summary"_s)->text().toStdString(),
                HasSubstr("acme/web (Container)"));
    EXPECT_THAT(acceptButton(review)->text().toStdString(), HasSubstr("Restore 4 version"));
    auto *versions = findByName<QTreeWidget>(review, u"Versions to restore"_s);
    ASSERT_NE(versions, nullptr);
    ASSERT_EQ(versions->topLevelItemCount(), 1);
    const QTreeWidgetItem *image = versions->topLevelItem(0);
    EXPECT_EQ(image->text(0), u"1.2.0"_s);
    EXPECT_THAT(image->text(1).toStdString(), testing::StartsWith("sha256:"));
    EXPECT_EQ(image->text(2), u"acme/web (Container)"_s);
    EXPECT_THAT(childTexts(image, 0),
                UnorderedElementsAre(u"linux/amd64"_s, u"linux/arm64"_s, u"Attestation of linux/amd64"_s));
    // Enter does not restore: Cancel is the default.
    EXPECT_FALSE(acceptButton(review)->isDefault());

    // Cancel: nothing is sent.
    QTest::mouseClick(review->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_TRUE(mutationIds(u"POST"_s).isEmpty());
    EXPECT_FALSE(session->queue()->isRunning());
    EXPECT_EQ(list->topLevelItemCount(), 1);

    // Restore: the four come back, the index last.
    QTest::mouseClick(restore, Qt::LeftButton);
    review = shownReview(&dialog);
    ASSERT_NE(review, nullptr);
    QSignalSpy finished(session->queue(), &OperationQueue::finished);
    QTest::mouseClick(acceptButton(review), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));
    const QList<qint64> restored = mutationIds(u"POST"_s);
    EXPECT_EQ(QSet<qint64>(restored.cbegin(), restored.cend()), idsOf(deleted));
    ASSERT_EQ(restored.size(), 4);
    EXPECT_EQ(restored.constLast(), index);
    EXPECT_EQ(list->topLevelItemCount(), 0);
}

// 5. One version restores at once, as before.
TEST_F(RestoreReviewTest, OneVersionRestoresWithoutAReview)
{
    auto web = loadVersions(acme, PackageType::Container, u"web"_s);
    // An orphan: untagged and listed by no index.
    qint64 orphan = 0;
    for (const QString &digest : web->imageTree().orphanUntagged())
        orphan = web->imageTree().node(digest)->versionId;
    ASSERT_NE(orphan, 0);
    ReviewDeletionDialog deletion(session.get(), web.get(), {orphan});
    QSignalSpy confirmed(&deletion, &ReviewDeletionDialog::confirmed);
    acceptButton(&deletion)->click();
    ASSERT_EQ(confirmed.size(), 1);
    runAndWait(confirmed.value(0).value(0).value<QList<Operation>>());

    RestoreDialog dialog(session.get(), journal.get());
    dialog.show();
    auto *list = findByName<QTreeWidget>(&dialog, u"Recently deleted"_s);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    list->topLevelItem(0)->setSelected(true);
    QSignalSpy finished(session->queue(), &OperationQueue::finished);
    QTest::mouseClick(findByName<QPushButton>(&dialog, u"Restore selected"_s), Qt::LeftButton);
    EXPECT_EQ(shownReview(&dialog), nullptr);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(mutationIds(u"POST"_s), QList<qint64>{orphan});
}

// 5. The summary and the button count what the list shows: a version listed twice once, and a whole package
// apart, not as a version.
TEST(ReviewRestoreDialogTest, CountsTheRowsItLists)
{
    const NamespaceRef owner = NamespaceRef::organization(u"acme"_s);
    const auto version = [&](qint64 id, const QString &tag) {
        return Operation::onVersion(Operation::Kind::RestoreVersion, owner, PackageType::Container, u"web"_s,
                                    id, u"sha256:%1"_s.arg(id, 64, 10, QLatin1Char('0')), {tag});
    };
    const QList<Operation> twice = {version(1, u"1.0"_s), version(2, u"2.0"_s), version(2, u"2.0"_s)};
    {
        ReviewRestoreDialog review(twice);
        auto *versions = findByName<QTreeWidget>(&review, u"Versions to restore"_s);
        ASSERT_NE(versions, nullptr);
        EXPECT_EQ(versions->topLevelItemCount(), 2);
        EXPECT_EQ(findByName<QLabel>(&review, u"Summary"_s)->text(),
                  u"2 versions will be restored into acme/web (Container)."_s);
        EXPECT_EQ(acceptButton(&review)->text().remove(u'&'), u"Restore 2 versions"_s);
    }

    const Operation package =
        Operation::onPackage(Operation::Kind::RestorePackage, owner, PackageType::Npm, u"cli"_s);
    ReviewRestoreDialog review(twice + QList<Operation>{package, package});
    auto *versions = findByName<QTreeWidget>(&review, u"Versions to restore"_s);
    ASSERT_NE(versions, nullptr);
    ASSERT_EQ(versions->topLevelItemCount(), 3);
    EXPECT_EQ(versions->topLevelItem(2)->text(0), u"whole package"_s);
    // (The English plural of the whole packages' sentence is the catalogue's: "1 whole package".)
    const QString summary = findByName<QLabel>(&review, u"Summary"_s)->text();
    EXPECT_THAT(summary.toStdString(),
                testing::StartsWith("2 versions will be restored into the packages listed. 1 "));
    EXPECT_THAT(summary.toStdString(), HasSubstr("whole package"));
    EXPECT_EQ(acceptButton(&review)->text().remove(u'&'), u"Restore everything listed"_s);
}

} // namespace
