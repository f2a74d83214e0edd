// The Review deletion dialog on the demo's acme/web and acme/solo, then deleting through the operation queue
// with the progress panel: what the server deleted must be exactly what the dialog showed.
#include "datasize.h"
#include "deletionsize.h"
#include "demosizes.h"
#include "operationprogresspanel.h"
#include "operationqueue.h"
#include "qtprinters.h"
#include "reviewdeletiondialog.h"
#include "workflowfixture.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

using namespace Packhouse;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Not;

namespace {

MATCHER_P(HasSubstr, text, "contains \"" + std::string(text) + "\"")
{
    return arg.contains(QString::fromUtf8(text));
}

MATCHER_P(StartsWith, text, "starts with \"" + std::string(text) + "\"")
{
    return arg.startsWith(QString::fromUtf8(text));
}

// Each row as "<indent><column 0> | <last column>", depth-first.
QStringList dump(const QTreeWidget *tree)
{
    QStringList rows;
    const int last = tree->columnCount() - 1;
    std::function<void(const QTreeWidgetItem *, int)> walk = [&](const QTreeWidgetItem *item, int depth) {
        rows.append(QString(depth * 2, u' ') + item->text(0) + QStringLiteral(" | ") + item->text(last));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i), 0);
    return rows;
}

class ReviewDeletionTest : public WorkflowTest
{
protected:
    // Opens the dialog and waits until it has planned with everything loaded.
    std::unique_ptr<ReviewDeletionDialog> review(VersionTreeModel *model, const QSet<qint64> &ids)
    {
        auto dialog = std::make_unique<ReviewDeletionDialog>(session.get(), model, ids);
        dialog->show();
        EXPECT_TRUE(waitUntil([&] {
            return !findByName<QProgressBar>(dialog.get(), QStringLiteral("Loading image manifests"))
                        ->isVisible();
        }));
        return dialog;
    }
};

// Issue #18: what deleting 1.3.0 frees in the registry — its index, amd64 manifest and attestation with their
// blobs — and what stays shared (its arm64 manifest, which 1.4.0 lists), from the demo scenario's manifests.
TEST_F(ReviewDeletionTest, SaysWhatTheDeletionFreesAndWhatStaysShared)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    const DemoSizes::ImageDeletion expected =
        DemoSizes::ofImage(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("1.3.0"));
    ASSERT_EQ(expected.goingVersions, 3);
    ASSERT_GT(expected.freedBytes, 0);
    ASSERT_GT(expected.sharedBytes, 0);

    auto dialog = review(web.get(), {idOfTag(*web, QStringLiteral("1.3.0"))});
    const auto *freed = findByName<QLabel>(dialog.get(), QStringLiteral("Space freed"));
    ASSERT_NE(freed, nullptr);
    // The untagged platform manifests are read for it (registry only) before the sizes are known.
    EXPECT_TRUE(waitUntil([&] { return freed->text().startsWith(u"Frees "); }))
        << freed->text().toStdString();
    EXPECT_TRUE(freed->isVisible());
    EXPECT_EQ(freed->text(), QStringLiteral("Frees %1; %2 stays shared with images you keep.")
                                 .arg(dataSizeText(expected.freedBytes), dataSizeText(expected.sharedBytes)));
    const DeletionSize size =
        DeletionSize::ofPlan(*web, {idOfTag(*web, QStringLiteral("1.3.0"))}, dialog->plan());
    EXPECT_TRUE(size.known);
    EXPECT_EQ(size.freedBytes, expected.freedBytes);
    EXPECT_EQ(size.sharedBytes, expected.sharedBytes);
    EXPECT_EQ(size.sizeBytes, expected.sizeBytes);
}

TEST_F(ReviewDeletionTest, SharedChildIsKeptWithTheReason)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));

    auto dialog = review(web.get(), {idOfTag(*web, QStringLiteral("1.3.0"))});

    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Review deletion"));
    EXPECT_EQ(acceptButton(dialog.get())->text(), QStringLiteral("&Delete 3 versions"));
    EXPECT_TRUE(acceptButton(dialog.get())->isEnabled());
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Versions to delete"))),
                ElementsAre(QStringLiteral("1.3.0 | selected"),
                            QStringLiteral("  Attestation of linux/amd64 | untagged child of 1.3.0"),
                            QStringLiteral("  linux/amd64 | untagged child of 1.3.0")));
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Kept versions"))),
                ElementsAre(HasSubstr("shared with latest/1.4.0, which stays")));
    const QString remaining = findByName<QLabel>(dialog.get(), QStringLiteral("Tags that stay"))->text();
    EXPECT_THAT(remaining, HasSubstr("latest"));
    EXPECT_THAT(remaining, HasSubstr("1.2.0"));
    EXPECT_THAT(remaining, Not(HasSubstr("1.3.0")));
    EXPECT_FALSE(findByName<QPushButton>(dialog.get(), QStringLiteral("Delete package…"))->isVisible());
    saveScreenshot(dialog.get(), QStringLiteral("review-deletion.png"));
}

TEST_F(ReviewDeletionTest, UntaggedChildrenGoWithTheirIndex)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));

    auto dialog = review(web.get(), {idOfTag(*web, QStringLiteral("1.2.0"))});

    EXPECT_EQ(acceptButton(dialog.get())->text(), QStringLiteral("&Delete 4 versions"));
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Versions to delete"))),
                ElementsAre(QStringLiteral("1.2.0 | selected"),
                            QStringLiteral("  Attestation of linux/amd64 | untagged child of 1.2.0"),
                            QStringLiteral("  linux/amd64 | untagged child of 1.2.0"),
                            QStringLiteral("  linux/arm64 | untagged child of 1.2.0")));
    EXPECT_FALSE(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Kept versions"))->isVisible());
    EXPECT_THAT(findByName<QLabel>(dialog.get(), QStringLiteral("Warnings"))->text(),
                HasSubstr("go with the images that list them"));
}

// acme/signed-app's referrers carry `sha256-<hex>` tags or none: the review names them by what they hold, as
// the Versions tree does, and says what they are of.
TEST_F(ReviewDeletionTest, ReferrersAreNamedByWhatTheyHold)
{
    auto signedApp = loadVersions(acme, PackageType::Container, QStringLiteral("signed-app"));

    auto dialog = review(signedApp.get(), {idOfTag(*signedApp, QStringLiteral("2.0.0"))});

    EXPECT_EQ(acceptButton(dialog.get())->text(), QStringLiteral("&Delete 9 versions"));
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Versions to delete"))),
                ElementsAre(QStringLiteral("2.0.0, latest | selected"),
                            QStringLiteral("  Attestation of linux/amd64 | untagged child of 2.0.0/latest"),
                            QStringLiteral("  Signature | signature of 2.0.0/latest"), // cosign's `.sig`
                            QStringLiteral("  Attestations | attestations of 2.0.0/latest"),
                            QStringLiteral("    Signature | signature of 2.0.0/latest"),
                            QStringLiteral("    Attestations | attestations of 2.0.0/latest"),
                            QStringLiteral("  Attestations | attestations of 2.0.0/latest"), // re-pushed
                            QStringLiteral("  linux/amd64 | untagged child of 2.0.0/latest"),
                            QStringLiteral("  linux/arm64 | untagged child of 2.0.0/latest")));
    // A referrer's tag pulls no image.
    EXPECT_EQ(findByName<QLabel>(dialog.get(), QStringLiteral("Tags that stay"))->text(),
              QStringLiteral("No tag stays."));
    const QString warnings = findByName<QLabel>(dialog.get(), QStringLiteral("Warnings"))->text();
    EXPECT_THAT(warnings, HasSubstr("2 signatures go with the images they sign."));
    EXPECT_THAT(warnings, HasSubstr("3 attestations go with the images they attest."));

    // Its tagged referrers index alone: the bundle it shares with the first form, which stays, is kept.
    const ImageTree &tree = signedApp->imageTree();
    qint64 referrersIndexId = 0;
    for (const QString &digest : tree.children(tree.topLevel().constFirst())) {
        const ImageTree::Node *node = tree.node(digest);
        if (node->tags.size() == 1 && !node->tags.constFirst().contains(u'.'))
            referrersIndexId = node->versionId;
    }
    ASSERT_NE(referrersIndexId, 0);
    dialog = review(signedApp.get(), {referrersIndexId});
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Versions to delete"))),
                ElementsAre(QStringLiteral("Attestations | selected"),
                            QStringLiteral("  Signature | signature of 2.0.0/latest")));
    EXPECT_THAT(dump(findByName<QTreeWidget>(dialog.get(), QStringLiteral("Kept versions"))),
                ElementsAre(AllOf(StartsWith("Attestations (sha256:"), HasSubstr("which stays"))));
}

TEST_F(ReviewDeletionTest, LastVersionOffersThePackageFormWhichNeedsTheName)
{
    auto solo = loadVersions(acme, PackageType::Npm, QStringLiteral("solo"));
    ASSERT_EQ(solo->versions().size(), 1);
    auto dialog = review(solo.get(), {solo->versions().constFirst().id});
    QPushButton *confirm = acceptButton(dialog.get());
    EXPECT_EQ(confirm->text(), QStringLiteral("&Delete 1 version"));
    EXPECT_FALSE(confirm->isEnabled());
    QPushButton *offer = findByName<QPushButton>(dialog.get(), QStringLiteral("Delete package…"));
    ASSERT_TRUE(offer->isVisible());

    QTest::mouseClick(offer, Qt::LeftButton);
    auto *confirmation = findByName<QLineEdit>(dialog.get(), QStringLiteral("Confirmation"));
    ASSERT_TRUE(confirmation->isVisible());
    EXPECT_TRUE(dialog->isPackageForm());
    EXPECT_EQ(confirm->text(), QStringLiteral("&Delete package"));
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClicks(confirmation, QStringLiteral("sol"));
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClicks(confirmation, QStringLiteral("o"));
    EXPECT_TRUE(confirm->isEnabled());

    QSignalSpy confirmed(dialog.get(), &ReviewDeletionDialog::confirmed);
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_EQ(confirmed.size(), 1);
    const auto operations = confirmed.at(0).at(0).value<QList<Operation>>();
    ASSERT_EQ(operations.size(), 1);
    EXPECT_EQ(operations.at(0).kind, Operation::Kind::DeletePackage);
    EXPECT_EQ(operations.at(0).packageName, QStringLiteral("solo"));

    runAndWait(operations);
    const QJsonArray mutations = counters().value(QStringLiteral("mutations")).toArray();
    ASSERT_EQ(mutations.size(), 1);
    EXPECT_EQ(mutations.at(0)[QStringLiteral("path")].toString(),
              QStringLiteral("/orgs/acme/packages/npm/solo"));
    EXPECT_EQ(mutations.at(0)[QStringLiteral("status")].toInt(), 204);
}

TEST_F(ReviewDeletionTest, PackageFormFromTheStartNeedsTheExactName)
{
    const Package cli = fetchPackage(acme, PackageType::Npm, QStringLiteral("cli"));
    std::unique_ptr<ReviewDeletionDialog> dialog(ReviewDeletionDialog::forPackage(session.get(), acme, cli));
    dialog->show();

    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Review deletion"));
    QPushButton *confirm = acceptButton(dialog.get());
    EXPECT_TRUE(confirm->text().startsWith(QStringLiteral("&Delete")));
    auto *confirmation = findByName<QLineEdit>(dialog.get(), QStringLiteral("Confirmation"));
    QTest::keyClicks(confirmation, QStringLiteral("CLI"));
    EXPECT_FALSE(confirm->isEnabled());
    confirmation->clear();
    QTest::keyClicks(confirmation, QStringLiteral("cli"));
    EXPECT_TRUE(confirm->isEnabled());
}

TEST_F(ReviewDeletionTest, DeletingThroughTheQueueDeletesExactlyTheReviewedSet)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    // 1.2.0 and 1.3.0, and the oldest untagged orphan (in the "Untagged" group).
    qint64 orphan = 0;
    for (const PackageVersion &version : web->versions()) {
        const ImageTree::Node *node = web->imageTree().node(version.name);
        if (!version.isTagged() && node && node->parentDigests.isEmpty())
            orphan = version.id; // newest first: the last one is the oldest
    }
    ASSERT_NE(orphan, 0);
    const qint64 index120 = idOfTag(*web, QStringLiteral("1.2.0"));
    QList<qint64> children120;
    for (const QString &child : web->imageTree().children(web->versionAt(web->indexOfVersion(index120)).name))
        children120.append(web->imageTree().node(child)->versionId);
    ASSERT_EQ(children120.size(), 3);
    auto dialog = review(web.get(), {index120, idOfTag(*web, QStringLiteral("1.3.0")), orphan});
    QSet<qint64> reviewed;
    for (const PlannedDeletion &deletion : dialog->plan().deletions())
        reviewed.insert(deletion.versionId);
    ASSERT_EQ(reviewed.size(), 8); // 4 for 1.2.0, 3 for 1.3.0 (its arm64 stays with 1.4.0), the orphan
    EXPECT_EQ(acceptButton(dialog.get())->text(), QStringLiteral("&Delete 8 versions"));
    QSignalSpy confirmed(dialog.get(), &ReviewDeletionDialog::confirmed);
    QTest::mouseClick(acceptButton(dialog.get()), Qt::LeftButton);
    ASSERT_EQ(confirmed.size(), 1);
    const auto operations = confirmed.at(0).at(0).value<QList<Operation>>();

    OperationProgressPanel panel(session->queue());
    QObject::connect(&panel, &OperationProgressPanel::operationSucceeded, web.get(),
                     [&web](const Operation &operation) { web->removeVersions({operation.versionId}); });
    runAndWait(operations);

    const QList<qint64> deleted = mutationIds(QStringLiteral("DELETE"));
    EXPECT_EQ(deleted.size(), 8);
    EXPECT_EQ(QSet<qint64>(deleted.cbegin(), deleted.cend()), reviewed);
    // Parents before children: no tagged image is left without its manifests if the run stops.
    for (qint64 child : std::as_const(children120))
        EXPECT_LT(deleted.indexOf(index120), deleted.indexOf(child));
    EXPECT_EQ(panel.countText(), QStringLiteral("Deleted 8 of 8"));
    EXPECT_EQ(findByName<QListWidget>(&panel, QStringLiteral("Results"))->count(), 8);
    for (qint64 id : reviewed)
        EXPECT_FALSE(web->indexOfVersion(id).isValid()) << id;
}

// Issue #14: when GitHub refuses to delete an index, its attestation and platform manifest stay unsent (a tag
// that pulls on some platforms only is worse than one that stays whole), and the panel says why.
TEST_F(ReviewDeletionTest, AFailedIndexKeepsItsChildrenAndThePanelSaysWhy)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    const qint64 index130 = idOfTag(*web, QStringLiteral("1.3.0"));
    auto dialog = review(web.get(), {index130});
    QSignalSpy confirmed(dialog.get(), &ReviewDeletionDialog::confirmed);
    QTest::mouseClick(acceptButton(dialog.get()), Qt::LeftButton);
    ASSERT_EQ(confirmed.size(), 1);
    const auto operations = confirmed.at(0).at(0).value<QList<Operation>>();
    ASSERT_EQ(operations.size(), 3);
    server.injectFault(
        QJsonObject{{QStringLiteral("status"), 400},
                    {QStringLiteral("count"), 100},
                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                    {QStringLiteral("path_contains"), QStringLiteral("/versions/%1").arg(index130)}});

    OperationProgressPanel panel(session->queue());
    runAndWait(operations);

    EXPECT_EQ(mutationIds(QStringLiteral("DELETE")), QList<qint64>{index130});
    EXPECT_EQ(panel.countText(), QStringLiteral("Deleted 0 of 3 · 1 failed · 2 skipped"));
    const auto *results = findByName<QListWidget>(&panel, QStringLiteral("Results"));
    QStringList lines;
    for (int row = 0; row < results->count(); ++row)
        lines.append(results->item(row)->text());
    const auto skipped = [](const Operation &child) {
        return QStringLiteral("⊘ web %1 — kept because deleting 1.3.0 failed")
            .arg(child.versionName.left(QStringLiteral("sha256:").size() + 12) + u'…');
    };
    EXPECT_THAT(lines, ElementsAre(HasSubstr("✗ web 1.3.0 — GitHub answered 400"), skipped(operations.at(1)),
                                   skipped(operations.at(2))));
    EXPECT_TRUE(findByName<QPushButton>(&panel, QStringLiteral("Retry failed"))->isEnabled());
    // Recently deleted lists nothing: the skipped versions were never deleted.
    EXPECT_TRUE(journal->restorable(QDateTime::currentDateTimeUtc()).isEmpty());
}

TEST_F(ReviewDeletionTest, CancelStopsBeforeTheNextRequestAndRetryFinishesTheRest)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    const qint64 index120 = idOfTag(*web, QStringLiteral("1.2.0"));
    auto dialog = review(web.get(), {index120});
    QSignalSpy confirmed(dialog.get(), &ReviewDeletionDialog::confirmed);
    QTest::mouseClick(acceptButton(dialog.get()), Qt::LeftButton);
    const auto operations = confirmed.at(0).at(0).value<QList<Operation>>();
    ASSERT_EQ(operations.size(), 4);
    session->queue()->setPacing(PacingLimits::withInterval(std::chrono::milliseconds(400)));
    OperationProgressPanel panel(session->queue());
    panel.show();
    QSignalSpy finished(session->queue(), &OperationQueue::finished);

    ASSERT_TRUE(session->queue()->run(operations));
    ASSERT_TRUE(waitUntil([&] { return session->queue()->finishedCount() >= 1; }));
    QTest::mouseClick(findByName<QPushButton>(&panel, QStringLiteral("Cancel")), Qt::LeftButton);
    // Between two requests the run ends at once; during one, when it is answered.
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 1; }));

    EXPECT_TRUE(finished.at(0).at(3).toBool()); // cancelled
    const QList<qint64> deleted = mutationIds(QStringLiteral("DELETE"));
    EXPECT_GE(deleted.size(), 1);
    EXPECT_LT(deleted.size(), 4);
    EXPECT_EQ(deleted.size(), finished.at(0).at(0).toInt());
    EXPECT_EQ(deleted.constFirst(), index120);
    QPushButton *retry = findByName<QPushButton>(&panel, QStringLiteral("Retry failed"));
    ASSERT_TRUE(retry->isEnabled());

    session->queue()->setPacing(PacingLimits::withInterval(std::chrono::milliseconds(20)));
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 2; }));
    EXPECT_EQ(panel.countText(), QStringLiteral("Deleted %1 of %1").arg(4 - deleted.size()));
    const QList<qint64> all = mutationIds(QStringLiteral("DELETE"));
    EXPECT_EQ(QSet<qint64>(all.cbegin(), all.cend()), idsOf(operations));
    EXPECT_EQ(all.size(), 4);
}

// Issue #17: the panel says when the part of a run beyond GitHub's hourly budget of mutations starts.
TEST_F(ReviewDeletionTest, ThePanelSaysWhenTheRestOfALongRunStarts)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    auto dialog = review(web.get(), {idOfTag(*web, QStringLiteral("1.2.0"))});
    QSignalSpy confirmed(dialog.get(), &ReviewDeletionDialog::confirmed);
    QTest::mouseClick(acceptButton(dialog.get()), Qt::LeftButton);
    const auto operations = confirmed.at(0).at(0).value<QList<Operation>>();
    ASSERT_EQ(operations.size(), 4);
    // An hour of two mutations, ten seconds long.
    PacingLimits limits = PacingLimits::withInterval(std::chrono::milliseconds(20));
    limits.perHour = 2;
    limits.hour = std::chrono::milliseconds(10'000);
    session->queue()->setPacing(limits);

    OperationProgressPanel panel(session->queue());
    ASSERT_TRUE(session->queue()->run(operations));
    ASSERT_TRUE(waitUntil([&] { return panel.etaText().contains(u"left this hour"); }, 5000))
        << panel.etaText().toStdString();
    EXPECT_THAT(panel.etaText(), HasSubstr("2 left this hour; the next 2 start at"));
    session->queue()->cancel();
    ASSERT_TRUE(waitUntil([&] { return !session->queue()->isRunning(); }));
}

} // namespace
