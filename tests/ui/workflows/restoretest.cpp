// Restoring: from "Recently deleted" (the journal) after a simulated restart, and from "Show deleted"; plus
// the retention panel's live preview on the demo's acme/web.
#include "operationqueue.h"
#include "pruneoptions.h"
#include "qtprinters.h"
#include "restoredialog.h"
#include "restoreplan.h"
#include "retentionpanel.h"
#include "reviewdeletiondialog.h"
#include "reviewrestoredialog.h"
#include "workflowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;

namespace {

class RestoreTest : public WorkflowTest
{
protected:
    // Deletes 1.2.0 of acme/web with its three children, as the review dialog plans it.
    QList<Operation> delete120()
    {
        auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
        index120 = idOfTag(*web, QStringLiteral("1.2.0"));
        ReviewDeletionDialog dialog(session.get(), web.get(), {index120});
        QSignalSpy confirmed(&dialog, &ReviewDeletionDialog::confirmed);
        QTest::mouseClick(acceptButton(&dialog), Qt::LeftButton);
        EXPECT_EQ(confirmed.size(), 1);
        const auto operations = confirmed.value(0).value(0).value<QList<Operation>>();
        EXPECT_EQ(operations.size(), 4);
        runAndWait(operations);
        return operations;
    }

    qint64 index120 = 0;
};

TEST_F(RestoreTest, RecentlyDeletedSurvivesARestartAndRestoresAnIndexWithItsChildren)
{
    // Manifests on disk, as the app keeps them: the children are named by platform after the restart.
    const QString cache = dir.filePath(QStringLiteral("cache"));
    restart(cache);
    const QList<Operation> deleted = delete120();
    restart(cache); // a new journal object on the same file, a new session

    RestoreDialog dialog(session.get(), journal.get());
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Recently deleted"));
    auto *list = findByName<QTreeWidget>(&dialog, QStringLiteral("Recently deleted"));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    EXPECT_EQ(item->text(0), QStringLiteral("acme/web (Container)"));
    EXPECT_EQ(item->text(1), QStringLiteral("1.2.0"));
    EXPECT_EQ(item->text(3), QStringLiteral("30 days"));
    EXPECT_EQ(item->childCount(), 3);

    item->setSelected(true);
    saveScreenshot(&dialog, QStringLiteral("restore.png"));
    auto *restore = findByName<QPushButton>(&dialog, QStringLiteral("Restore selected"));
    ASSERT_TRUE(restore->isEnabled());
    QSignalSpy finished(session->queue(), &OperationQueue::finished);
    QTest::mouseClick(restore, Qt::LeftButton);
    // Four versions come back: reviewed first (issue #20).
    auto *review = dialog.findChild<ReviewRestoreDialog *>();
    ASSERT_NE(review, nullptr);
    QTest::mouseClick(acceptButton(review), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));

    const QList<qint64> restored = mutationIds(QStringLiteral("POST"));
    EXPECT_EQ(QSet<qint64>(restored.cbegin(), restored.cend()), idsOf(deleted));
    EXPECT_EQ(restored.size(), 4);
    EXPECT_EQ(restored.constLast(), index120); // children first
    // Restored: nothing is left to restore, and 1.2.0 is back among the active versions.
    EXPECT_EQ(list->topLevelItemCount(), 0);
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    for (qint64 id : idsOf(deleted))
        EXPECT_TRUE(web->indexOfVersion(id).isValid()) << id;
}

TEST_F(RestoreTest, RestorePackageByName)
{
    RestoreDialog dialog(session.get(), journal.get());
    dialog.show();
    QTest::mouseClick(findByName<QPushButton>(&dialog, QStringLiteral("Restore package by name…")),
                      Qt::LeftButton);
    auto *type = findByName<QComboBox>(&dialog, QStringLiteral("Package type"));
    type->setCurrentIndex(type->findText(QStringLiteral("npm")));
    QTest::keyClicks(findByName<QLineEdit>(&dialog, QStringLiteral("Package name")),
                     QStringLiteral("old-tool"));
    QTest::keyClicks(findByName<QLineEdit>(&dialog, QStringLiteral("Namespace")), QStringLiteral("acme"));
    QSignalSpy finished(session->queue(), &OperationQueue::finished);
    QTest::mouseClick(findByName<QPushButton>(&dialog, QStringLiteral("Restore package")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));

    const QJsonArray mutations = counters().value(QStringLiteral("mutations")).toArray();
    ASSERT_EQ(mutations.size(), 1);
    EXPECT_EQ(mutations.at(0)[QStringLiteral("path")].toString(),
              QStringLiteral("/orgs/acme/packages/npm/old-tool/restore"));
    EXPECT_EQ(mutations.at(0)[QStringLiteral("status")].toInt(), 204);
}

TEST_F(RestoreTest, ShowDeletedRestoresAnIndexWithTheChildrenDeletedWithIt)
{
    const QList<Operation> deleted = delete120();
    auto deletedVersions = loadVersions(acme, PackageType::Container, QStringLiteral("web"), true);
    // 1.2.0 and its children, plus 1.1.0 (deleted 3 days ago by the demo) and 1.0.0 (40 days ago).
    ASSERT_TRUE(deletedVersions->indexOfVersion(index120).isValid());

    const QList<Operation> operations =
        RestorePlan::operationsFor(acme, deletedVersions->package(), deletedVersions->versions(), {index120});

    EXPECT_EQ(idsOf(operations), idsOf(deleted));
    ASSERT_EQ(operations.size(), 4);
    EXPECT_EQ(operations.constLast().versionId, index120);
    for (const Operation &operation : operations)
        EXPECT_EQ(operation.kind, Operation::Kind::RestoreVersion);
    runAndWait(operations);
    const QList<qint64> restored = mutationIds(QStringLiteral("POST"));
    EXPECT_EQ(restored, [&] {
        QList<qint64> ids;
        for (const Operation &operation : operations)
            ids.append(operation.versionId);
        return ids;
    }());
}

TEST_F(RestoreTest, RetentionPanelPreviewsAndFeedsTheReview)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    RetentionPanel panel(web.get(), client->server());
    QSignalSpy preview(&panel, &RetentionPanel::previewChanged);
    QSignalSpy review(&panel, &RetentionPanel::reviewRequested);

    findByName<QCheckBox>(&panel, QStringLiteral("Untagged only"))->setChecked(true);
    ASSERT_TRUE(preview.wait(5000));
    // The three orphan manifests: never the children of the indexes.
    EXPECT_EQ(panel.previewText(), QStringLiteral("3 versions would be deleted"));
    const auto orphans = preview.constLast().at(0).value<QSet<qint64>>();
    EXPECT_EQ(orphans.size(), 3);
    for (qint64 id : orphans)
        EXPECT_TRUE(
            web->imageTree().node(web->versionAt(web->indexOfVersion(id)).name)->parentDigests.isEmpty());

    findByName<QCheckBox>(&panel, QStringLiteral("Untagged only"))->setChecked(false);
    findByName<QSpinBox>(&panel, QStringLiteral("Keep newest"))->setValue(1);
    findByName<QLineEdit>(&panel, QStringLiteral("Tag patterns"))->setText(QStringLiteral("1.*"));
    ASSERT_TRUE(
        waitUntil([&] { return panel.previewText() == QStringLiteral("7 versions would be deleted"); }));
    // 1.3.0 and 1.2.0 with their children (7), except the arm64 manifest 1.4.0 shares with 1.3.0.
    QSet<qint64> expected{idOfTag(*web, QStringLiteral("1.3.0")), idOfTag(*web, QStringLiteral("1.2.0"))};
    EXPECT_TRUE(panel.preview().contains(expected));
    web->setHighlighted(panel.preview());
    EXPECT_TRUE(web->indexOfVersion(*expected.cbegin()).data(VersionTreeModel::HighlightRole).toBool());

    QTest::mouseClick(findByName<QPushButton>(&panel, QStringLiteral("Review…")), Qt::LeftButton);
    ASSERT_EQ(review.size(), 1);
    EXPECT_EQ(review.at(0).at(0).value<QSet<qint64>>(), panel.preview());
}

// Issue #15: a rule designed here runs unchanged in CI, from a rules file or from the command line shown.
TEST_F(RestoreTest, RetentionRulesGoToAFileAndComeBackAndShowTheirCommandLine)
{
    auto web = loadVersions(acme, PackageType::Container, QStringLiteral("web"));
    RetentionPanel panel(web.get(), client->server());
    RetentionRule rule;
    rule.keepNewest = 2;
    rule.olderThanDays = 7;
    rule.tagPattern = QStringLiteral("1.*, !latest");
    panel.setRule(rule);
    EXPECT_EQ(panel.commandLine(),
              QStringLiteral("packhouse-prune --api-url %1 --org acme --type container --package web "
                             "--keep-newest 2 --older-than 7 --tag '1.*, !latest'")
                  .arg(client->server().apiUrl().toString()));
    // Split as a POSIX shell splits it (words, '…' quoting), the options parser reads the line back into the
    // same rule. (Not through /bin/sh: valgrind, which runs this suite, misreads QProcess's waitid.)
    QStringList words;
    QString word;
    bool quoted = false;
    for (const QChar c : panel.commandLine().mid(QStringLiteral("packhouse-prune ").size()) + u' ') {
        if (c == u'\'')
            quoted = !quoted;
        else if (c == u' ' && !quoted && !word.isEmpty())
            words.append(std::exchange(word, QString()));
        else if (c != u' ' || quoted)
            word += c;
    }
    const Result<PruneOptions> parsed = PruneOptions::parse(words, nullptr);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().rule, rule);

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("rule.json"));
    ASSERT_TRUE(panel.exportTo(path));
    panel.setRule(RetentionRule{});
    EXPECT_TRUE(panel.commandLine().isEmpty());
    ASSERT_TRUE(panel.importFrom(path));
    EXPECT_EQ(panel.rule(), rule);

    QFile broken(files.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"packhouse_rule_version\": 1, \"keep_newst\": 2}");
    broken.close();
    EXPECT_FALSE(panel.importFrom(broken.fileName()));
    EXPECT_EQ(panel.rule(), rule); // a bad file changes nothing
}

} // namespace
