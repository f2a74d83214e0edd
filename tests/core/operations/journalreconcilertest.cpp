// DeletionJournal::unfinished() for runs that share one operation id, and JournalReconciler settling
// interrupted attempts with what the server says.
#include "journalreconciler.h"
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Action = JournalEntry::Action;
using Outcome = JournalEntry::Outcome;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);

QList<qint64> versionIdsOf(const QList<JournalEntry> &entries)
{
    QList<qint64> ids;
    for (const JournalEntry &entry : entries)
        ids.append(entry.versionId);
    return ids;
}

class JournalReconcilerTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        const ApiResponse listing = await(client->listVersions(acme, PackageType::Container, u"api"_s,
                                                               GitHubClient::VersionState::Active, 1, 100));
        const auto versions = JsonDecoder::versions(listing.body);
        ASSERT_TRUE(versions.ok());
        for (const PackageVersion &version : versions.value()) {
            if (!version.isTagged())
                untagged.append(version.id);
        }
        ASSERT_GE(untagged.size(), 4);
    }

    JournalEntry entry(qint64 versionId, Action action, Outcome outcome,
                       const QString &operationId = u"run-1"_s) const
    {
        JournalEntry result;
        result.operationId = operationId;
        result.host = client->server().hostKey();
        result.owner = acme;
        result.packageName = u"api"_s;
        result.versionId = versionId;
        result.versionName = u"sha256:%1"_s.arg(versionId);
        result.action = action;
        result.outcome = outcome;
        result.time = QDateTime::currentDateTimeUtc();
        return result;
    }

    std::pair<int, int> reconcile()
    {
        JournalReconciler reconciler(client.get(), &journal);
        QSignalSpy finished(&reconciler, &JournalReconciler::finished);
        EXPECT_TRUE(reconciler.start());
        EXPECT_TRUE(finished.wait(15000));
        return finished.isEmpty() ? std::pair{-1, -1}
                                  : std::pair{finished.first().at(0).toInt(), finished.first().at(1).toInt()};
    }

    QTemporaryDir dir;
    DeletionJournal journal{dir.filePath(u"journal.jsonl"_s)};
    QList<qint64> untagged;
};

} // namespace

// The operation queue writes one operation id per run: an outcome for one version must not end the attempt
// on another (the bug: after a kill mid-run, unfinished() was empty once any item of the run had finished).
TEST_F(JournalReconcilerTest, UnfinishedTellsTargetsOfOneRunApart)
{
    ASSERT_TRUE(journal.append(entry(1, Action::DeleteVersion, Outcome::Attempted)));
    ASSERT_TRUE(journal.append(entry(1, Action::DeleteVersion, Outcome::Done)));
    ASSERT_TRUE(journal.append(entry(2, Action::DeleteVersion, Outcome::Attempted)));
    ASSERT_TRUE(journal.append(entry(2, Action::DeleteVersion, Outcome::Attempted))); // a retry
    ASSERT_TRUE(journal.append(entry(3, Action::DeleteVersion, Outcome::Attempted, u"run-2"_s)));
    ASSERT_TRUE(journal.append(entry(3, Action::DeleteVersion, Outcome::Failed, u"run-2"_s)));

    EXPECT_THAT(versionIdsOf(journal.unfinished()), ElementsAre(2));
}

TEST_F(JournalReconcilerTest, SettlesEachAttemptWithWhatTheServerSays)
{
    const qint64 deletedButUnrecorded = untagged.at(0);
    const qint64 neverReachedTheServer = untagged.at(1);
    const qint64 finishedNormally = untagged.at(2);
    ASSERT_TRUE(
        await(client->deleteVersion(acme, PackageType::Container, u"api"_s, deletedButUnrecorded)).ok());
    ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Container, u"api"_s, finishedNormally)).ok());
    ASSERT_TRUE(journal.append(entry(finishedNormally, Action::DeleteVersion, Outcome::Attempted)));
    ASSERT_TRUE(journal.append(entry(finishedNormally, Action::DeleteVersion, Outcome::Done)));
    ASSERT_TRUE(journal.append(entry(deletedButUnrecorded, Action::DeleteVersion, Outcome::Attempted)));
    ASSERT_TRUE(journal.append(entry(neverReachedTheServer, Action::DeleteVersion, Outcome::Attempted)));
    // Another server's attempt is not this client's to settle.
    JournalEntry elsewhere = entry(untagged.at(3), Action::DeleteVersion, Outcome::Attempted);
    elsewhere.host = u"ghe.example.com"_s;
    ASSERT_TRUE(journal.append(elsewhere));

    EXPECT_EQ(reconcile(), std::pair(2, 0));

    EXPECT_THAT(versionIdsOf(journal.unfinished()), ElementsAre(untagged.at(3)));
    QList<qint64> restorable = versionIdsOf(journal.restorable(QDateTime::currentDateTimeUtc()));
    std::sort(restorable.begin(), restorable.end());
    QList<qint64> expected{deletedButUnrecorded, finishedNormally};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(restorable, expected);
    const QList<JournalEntry> all = journal.readAll();
    const auto failed = std::find_if(all.cbegin(), all.cend(), [&](const JournalEntry &e) {
        return e.versionId == neverReachedTheServer && e.outcome == Outcome::Failed;
    });
    ASSERT_NE(failed, all.cend());
    EXPECT_FALSE(failed->message.isEmpty());
    // Reading only: nothing was mutated by the reconciler.
    EXPECT_EQ(counters().value(u"mutations"_s).toArray().size(), 2);
}

TEST_F(JournalReconcilerTest, InterruptedRestoreIsSettledToo)
{
    const qint64 id = untagged.at(0);
    ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Container, u"api"_s, id)).ok());
    ASSERT_TRUE(journal.append(entry(id, Action::DeleteVersion, Outcome::Attempted)));
    ASSERT_TRUE(journal.append(entry(id, Action::DeleteVersion, Outcome::Done)));
    ASSERT_TRUE(await(client->restoreVersion(acme, PackageType::Container, u"api"_s, id)).ok());
    ASSERT_TRUE(journal.append(entry(id, Action::RestoreVersion, Outcome::Attempted, u"run-2"_s)));

    EXPECT_EQ(reconcile(), std::pair(1, 0));
    EXPECT_THAT(journal.unfinished(), IsEmpty());
    EXPECT_THAT(journal.restorable(QDateTime::currentDateTimeUtc()), IsEmpty());
}

TEST_F(JournalReconcilerTest, UnreachableServerLeavesAttemptsUnfinished)
{
    ASSERT_TRUE(journal.append(entry(untagged.at(0), Action::DeleteVersion, Outcome::Attempted)));
    server.injectFault(QJsonObject{{u"status"_s, 502}, {u"count"_s, 50}});

    EXPECT_EQ(reconcile(), std::pair(0, 1));
    EXPECT_THAT(versionIdsOf(journal.unfinished()), ElementsAre(untagged.at(0)));
}

// #14 (9): a SAML-protected organization, or a token that lost access, answers 404 for a version that is still
// there. Read as "deleted", it would appear in Recently deleted as restorable.
TEST_F(JournalReconcilerTest, ABare404IsNotTakenForADelete)
{
    const qint64 stillThere = untagged.at(0);
    ASSERT_TRUE(journal.append(entry(stillThere, Action::DeleteVersion, Outcome::Attempted)));
    server.injectFault(QJsonObject{{u"status"_s, 404},
                                   {u"method"_s, u"GET"_s},
                                   {u"path_contains"_s, u"/versions/%1?"_s.arg(stillThere)}});

    EXPECT_EQ(reconcile(), std::pair(1, 0));
    EXPECT_THAT(journal.unfinished(), IsEmpty());
    const JournalEntry last = journal.readAll().constLast();
    EXPECT_EQ(last.versionId, stillThere);
    EXPECT_EQ(last.outcome, Outcome::Unknown);
    EXPECT_THAT(last.message.toStdString(), ::testing::HasSubstr("check on GitHub"));
}

TEST_F(JournalReconcilerTest, A404ForAVersionAmongTheDeletedOnesSettlesTheDelete)
{
    const qint64 deleted = untagged.at(0);
    ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Container, u"api"_s, deleted)).ok());
    ASSERT_TRUE(journal.append(entry(deleted, Action::DeleteVersion, Outcome::Attempted)));
    server.injectFault(QJsonObject{{u"status"_s, 404},
                                   {u"method"_s, u"GET"_s},
                                   {u"path_contains"_s, u"/versions/%1?"_s.arg(deleted)}});

    EXPECT_EQ(reconcile(), std::pair(1, 0));
    EXPECT_EQ(journal.readAll().constLast().outcome, Outcome::Done);
    EXPECT_THAT(versionIdsOf(journal.restorable(QDateTime::currentDateTimeUtc())), ElementsAre(deleted));
}

TEST_F(JournalReconcilerTest, NothingToDoStillFinishesOnce)
{
    EXPECT_EQ(reconcile(), std::pair(0, 0));
}
