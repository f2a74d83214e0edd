// Paced, cancellable deletes and restores against the fake GitHub, journaled.
#include "operationqueue.h"
#include "deletionjournal.h"
#include "deletionplan.h"
#include "fakeserverfixture.h"
#include "imagetree.h"
#include "jsondecoder.h"
#include "qtprinters.h"
#include "registryclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace std::chrono_literals;
using ::testing::Each;
using ::testing::ElementsAre;

namespace {

const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

class OperationQueueTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        journal = std::make_unique<DeletionJournal>(dir.filePath(QStringLiteral("journal.jsonl")));
        queue = std::make_unique<OperationQueue>(client.get(), journal.get());
        queue->setPacing(PacingLimits::withInterval(100ms));
    }

    QList<Operation> deletionsOfApi(int count)
    {
        const ApiResponse response = await(client->listVersions(
            acme, PackageType::Container, QStringLiteral("api"), GitHubClient::VersionState::Active, 1, 100));
        const auto versions = JsonDecoder::versions(response.body);
        EXPECT_TRUE(versions.ok());
        QList<Operation> operations;
        for (const PackageVersion &version : versions.value().mid(10, count)) {
            operations.append(Operation::onVersion(Operation::Kind::DeleteVersion, acme,
                                                   PackageType::Container, QStringLiteral("api"), version.id,
                                                   version.name, version.tags));
        }
        return operations;
    }

    QList<qint64> mutatedVersionIds(const QString &method) const
    {
        QList<qint64> ids;
        for (const QJsonValue &mutation : counters().value(u"mutations").toArray()) {
            const QJsonObject object = mutation.toObject();
            if (object.value(u"method").toString() == method)
                ids.append(object.value(u"version_id").toInteger());
        }
        return ids;
    }

    // The queue's operations for deleting the images with these tags, as the review dialog plans them: the
    // listing, every tagged version's manifest, the image tree, the plan.
    QList<Operation> plannedDeletionOf(const NamespaceRef &owner, const QString &packageName,
                                       const QStringList &tags, bool isPublic = false)
    {
        const ApiResponse response = await(client->listVersions(owner, PackageType::Container, packageName,
                                                                GitHubClient::VersionState::Active, 1, 100));
        const QList<PackageVersion> versions = JsonDecoder::versions(response.body).value();
        RegistryClient registry(client.get(), QString());
        QHash<QString, OciManifest> manifests;
        QObject::connect(&registry, &RegistryClient::manifestReady, &registry,
                         [&manifests](const QString &digest, const OciManifest &manifest) {
                             manifests.insert(digest, manifest);
                         });
        QSet<qint64> selected;
        qsizetype tagged = 0;
        for (const PackageVersion &version : versions) {
            if (!version.isTagged())
                continue;
            ++tagged;
            registry.fetchManifest(owner.login, packageName, version.name);
            if (std::any_of(tags.cbegin(), tags.cend(),
                            [&version](const QString &tag) { return version.tags.contains(tag); }))
                selected.insert(version.id);
        }
        EXPECT_TRUE(waitUntil([&] { return manifests.size() == tagged; }));
        const ImageTree tree = ImageTree::build(versions, manifests);
        EXPECT_EQ(selected.size(), tags.size());
        const DeletionPlan plan = DeletionPlan::forContainer(tree, versions, selected, isPublic, true);
        EXPECT_FALSE(plan.refused()) << plan.refusalReason().toStdString();
        return plan.operations(owner, PackageType::Container, packageName);
    }

    bool runToEnd()
    {
        return waitUntil([this] { return !queue->isRunning(); }, 60000);
    }

    // Every request to delete the version answers `status`, however often it is retried.
    void failDeletesOf(qint64 versionId, int status)
    {
        server.injectFault(
            QJsonObject{{QStringLiteral("status"), status},
                        {QStringLiteral("count"), 100},
                        {QStringLiteral("method"), QStringLiteral("DELETE")},
                        {QStringLiteral("path_contains"), QStringLiteral("/versions/%1").arg(versionId)}});
    }

    // The journal's outcomes for one version, in order.
    QList<JournalEntry::Outcome> journaledOutcomes(qint64 versionId) const
    {
        QList<JournalEntry::Outcome> outcomes;
        for (const JournalEntry &entry : journal->readAll()) {
            if (entry.versionId == versionId)
                outcomes.append(entry.outcome);
        }
        return outcomes;
    }

    // Each skipped result with its reason, failures with "failed", successes with "done".
    QStringList resultTexts() const
    {
        QStringList texts;
        for (const OperationResult &result : queue->results()) {
            switch (result.status) {
            case OperationResult::Status::Done:
                texts.append(QStringLiteral("done"));
                break;
            case OperationResult::Status::Failed:
                texts.append(QStringLiteral("failed"));
                break;
            case OperationResult::Status::Skipped:
                texts.append(QStringLiteral("skipped: ") + result.skipReason);
                break;
            default:
                texts.append(QStringLiteral("unfinished"));
                break;
            }
        }
        return texts;
    }

    QTemporaryDir dir;
    std::unique_ptr<DeletionJournal> journal;
    std::unique_ptr<OperationQueue> queue;
};

QList<qint64> idsOf(const QList<Operation> &operations)
{
    QList<qint64> ids;
    for (const Operation &operation : operations)
        ids.append(operation.versionId);
    return ids;
}

} // namespace

TEST_F(OperationQueueTest, DeletesExactlyTheGivenVersionsSeriallyAndPaced)
{
    const QList<Operation> operations = deletionsOfApi(5);
    // Answers take a while, so two requests sent together would overlap at the server too.
    server.setLatency(30);
    QList<qint64> startTimes;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(queue.get(), &OperationQueue::operationStarted, queue.get(),
                     [&](int) { startTimes.append(clock.elapsed()); });
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().at(0).toInt(), 5);
    EXPECT_EQ(finished.first().at(1).toInt(), 0);
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), idsOf(operations));
    ASSERT_EQ(startTimes.size(), 5);
    for (qsizetype i = 1; i < startTimes.size(); ++i)
        EXPECT_GE(startTimes.at(i) - startTimes.at(i - 1), 95) << "pacing between " << i - 1 << " and " << i;
    // One at a time, seen from both ends: neither the server nor the client ever had two requests at once.
    EXPECT_EQ(counters().value(u"peak_concurrency").toInt(), 1);
    EXPECT_EQ(client->peakRequestsInFlight(), 1);

    const auto restorable = journal->restorable(QDateTime::currentDateTimeUtc());
    EXPECT_EQ(restorable.size(), 5);
    EXPECT_TRUE(journal->unfinished().isEmpty());
}

TEST_F(OperationQueueTest, CancelStopsBeforeTheNextRequest)
{
    const QList<Operation> operations = deletionsOfApi(10);
    QObject::connect(queue.get(), &OperationQueue::operationFinished, queue.get(), [this](int index) {
        if (index == 2)
            queue->cancel();
    });
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().at(3).toBool());
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), idsOf(operations.mid(0, 3)));
    EXPECT_EQ(queue->results().at(3).status, OperationResult::Status::Cancelled);
    EXPECT_EQ(queue->results().at(2).status, OperationResult::Status::Done);
}

TEST_F(OperationQueueTest, WaitsOutSecondaryLimitsAndContinues)
{
    const QList<Operation> operations = deletionsOfApi(3);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 403},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("retry_after"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/versions/")}});
    QSignalSpy waiting(queue.get(), &OperationQueue::waiting);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(queue->failedCount(), 0);
    EXPECT_EQ(waiting.size(), 1);
    EXPECT_GE(waiting.first().first().value<std::chrono::milliseconds>(), 1000ms);
    QList<qint64> deleted = mutatedVersionIds(QStringLiteral("DELETE"));
    deleted.removeAll(operations.first().versionId);
    EXPECT_EQ(deleted, idsOf(operations.mid(1)));
}

TEST_F(OperationQueueTest, LostAnswerThenNotFoundCountsAsDone)
{
    const QList<Operation> operations = deletionsOfApi(1);
    // The server deletes, then the connection drops before the answer: the retry sees 404.
    server.injectFault(QJsonObject{{QStringLiteral("truncate"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/versions/")}});
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());
    ASSERT_EQ(queue->results().size(), 1);
    EXPECT_EQ(queue->results().first().status, OperationResult::Status::Done);
}

TEST_F(OperationQueueTest, FailuresAreListedWithGitHubsMessageAndCanBeRetried)
{
    QList<Operation> operations = deletionsOfApi(2);
    Operation solo;
    solo.owner = acme;
    solo.packageType = PackageType::Npm;
    solo.packageName = QStringLiteral("solo");
    const ApiResponse listing = await(
        client->listVersions(acme, PackageType::Npm, solo.packageName, GitHubClient::VersionState::Active));
    solo.versionId = JsonDecoder::versions(listing.body).value().first().id;
    operations.insert(1, solo);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(queue->failedCount(), 1);
    ASSERT_TRUE(queue->results().at(1).error.has_value());
    EXPECT_EQ(queue->results().at(1).error->kind, ApiError::Kind::LastVersion);
    EXPECT_EQ(queue->results().at(0).status, OperationResult::Status::Done);
    EXPECT_EQ(queue->results().at(2).status, OperationResult::Status::Done);

    ASSERT_TRUE(queue->retryFailed());
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(queue->operations().size(), 1);
    EXPECT_EQ(queue->failedCount(), 1);
}

TEST_F(OperationQueueTest, RestoresWhatWasDeleted)
{
    const QList<Operation> deletions = deletionsOfApi(2);
    ASSERT_TRUE(queue->run(deletions));
    ASSERT_TRUE(runToEnd());
    QList<Operation> restores = deletions;
    for (Operation &operation : restores)
        operation.kind = Operation::Kind::RestoreVersion;
    ASSERT_TRUE(queue->run(restores));
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(queue->failedCount(), 0);
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("POST")), idsOf(deletions));
    EXPECT_TRUE(journal->restorable(QDateTime::currentDateTimeUtc()).isEmpty());
    const ApiResponse back = await(
        client->getVersion(acme, PackageType::Container, QStringLiteral("api"), deletions.first().versionId));
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(JsonDecoder::version(QJsonDocument::fromJson(back.body).object()).value().isDeleted());
}

// Issue #14: a tag must never be left pulling on some platforms only. When its index cannot be deleted, the
// platform manifests and attestations it lists stay, unsent.
TEST_F(OperationQueueTest, AFailedIndexDeleteSkipsItsChildrenWithoutARequest)
{
    const QList<Operation> operations =
        plannedDeletionOf(acme, QStringLiteral("web"), {QStringLiteral("1.3.0")});
    ASSERT_EQ(operations.size(), 3); // the index, its attestation and amd64 manifest; arm64 stays with 1.4.0
    const qint64 index = operations.first().versionId;
    failDeletesOf(index, 400);
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), QList<qint64>{index});
    const QString kept = QStringLiteral("skipped: kept because deleting 1.3.0 failed");
    EXPECT_THAT(resultTexts(), ElementsAre(QStringLiteral("failed"), kept, kept));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first(), (QVariantList{0, 1, 2, false})); // succeeded, failed, skipped, cancelled
    EXPECT_EQ(queue->skippedCount(), 2);
    EXPECT_EQ(queue->finishedCount(), 3);
    for (const Operation &child : operations.mid(1))
        EXPECT_EQ(journaledOutcomes(child.versionId),
                  QList<JournalEntry::Outcome>{JournalEntry::Outcome::Skipped})
            << child.versionId;
    EXPECT_TRUE(journal->restorable(QDateTime::currentDateTimeUtc()).isEmpty());
    EXPECT_TRUE(journal->unfinished().isEmpty());

    // Once the index can go, "Retry failed" takes the skipped children too, still after it.
    server.injectFault(QJsonObject{{QStringLiteral("clear"), true}});
    ASSERT_TRUE(queue->retryFailed());
    ASSERT_TRUE(runToEnd());
    EXPECT_THAT(resultTexts(), Each(QStringLiteral("done")));
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), QList<qint64>{index} + idsOf(operations));
}

TEST_F(OperationQueueTest, ServerErrorsBeyondTheRetriesSkipTheChildren)
{
    const QList<Operation> operations =
        plannedDeletionOf(acme, QStringLiteral("web"), {QStringLiteral("1.2.0")});
    ASSERT_EQ(operations.size(), 4); // the index, its attestation, amd64 and arm64 manifests
    const qint64 index = operations.first().versionId;
    failDeletesOf(index, 502);
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    // Three attempts at the index, none at its children.
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), (QList<qint64>{index, index, index}));
    ASSERT_TRUE(queue->results().first().error.has_value());
    EXPECT_EQ(queue->results().first().error->kind, ApiError::Kind::ServerError);
    const QString kept = QStringLiteral("skipped: kept because deleting 1.2.0 failed");
    EXPECT_THAT(resultTexts(), ElementsAre(QStringLiteral("failed"), kept, kept, kept));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first(), (QVariantList{0, 1, 3, false}));
    for (const Operation &child : operations.mid(1))
        EXPECT_EQ(journaledOutcomes(child.versionId),
                  QList<JournalEntry::Outcome>{JournalEntry::Outcome::Skipped})
            << child.versionId;
}

// The fake GitHub applies the 5,000-download rule itself: hello-world's public 1.0 index was pulled 12,000
// times, its children never by digest.
TEST_F(OperationQueueTest, PublicIndexOverTheDownloadLimitKeepsItsChildren)
{
    const NamespaceRef octocat = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
    const QList<Operation> operations =
        plannedDeletionOf(octocat, QStringLiteral("hello-world"), {QStringLiteral("1.0")}, true);
    ASSERT_EQ(operations.size(), 4);
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), QList<qint64>{operations.first().versionId});
    ASSERT_TRUE(queue->results().first().error.has_value());
    EXPECT_EQ(queue->results().first().error->kind, ApiError::Kind::TooManyDownloads);
    EXPECT_EQ(queue->results().first().error->message,
              QStringLiteral("Publicly visible package versions with more than 5000 downloads cannot be "
                             "deleted. Contact GitHub support for further assistance."));
    const QString kept = QStringLiteral("skipped: kept because deleting 1.0 failed");
    EXPECT_THAT(resultTexts(), ElementsAre(QStringLiteral("failed"), kept, kept, kept));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first(), (QVariantList{0, 1, 3, false}));
}

// A platform manifest shared by two images that both go waits for both: when one of them stays, so does it,
// while the other image goes whole.
TEST_F(OperationQueueTest, ASharedChildStaysWithTheImageThatCouldNotGo)
{
    const QList<Operation> operations =
        plannedDeletionOf(acme, QStringLiteral("web"), {QStringLiteral("1.4.0"), QStringLiteral("1.3.0")});
    // latest/1.4.0, its attestation and amd64 manifest; 1.3.0, its attestation and amd64 manifest; the shared
    // arm64 manifest last.
    ASSERT_EQ(operations.size(), 7);
    const qint64 index140 = operations.at(0).versionId;
    failDeletesOf(index140, 400);
    QSignalSpy finished(queue.get(), &OperationQueue::finished);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    const QString kept = QStringLiteral("skipped: kept because deleting latest/1.4.0 failed");
    EXPECT_THAT(resultTexts(), ElementsAre(QStringLiteral("failed"), kept, kept, QStringLiteral("done"),
                                           QStringLiteral("done"), QStringLiteral("done"), kept));
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")),
              QList<qint64>{index140} + idsOf(operations.mid(3, 3)));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first(), (QVariantList{3, 1, 3, false}));
}

// Down a chain (an image, its referrer, the referrer's signature), every skip names the delete that failed.
TEST_F(OperationQueueTest, SkipsFollowTheChainAndNameTheFailure)
{
    QList<Operation> operations = deletionsOfApi(3);
    operations[1].dependsOnVersionIds = {operations.at(0).versionId};
    operations[2].dependsOnVersionIds = {operations.at(1).versionId};
    failDeletesOf(operations.at(0).versionId, 400);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    const QString kept =
        QStringLiteral("skipped: kept because deleting %1 failed").arg(operations.at(0).versionLabel());
    EXPECT_THAT(resultTexts(), ElementsAre(QStringLiteral("failed"), kept, kept));
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")), QList<qint64>{operations.at(0).versionId});
}

TEST_F(OperationQueueTest, RefusesARunWhereAChildComesBeforeItsImage)
{
    QList<Operation> operations = deletionsOfApi(2);
    operations[0].dependsOnVersionIds = {operations.at(1).versionId};
    EXPECT_FALSE(queue->run(operations));
    EXPECT_FALSE(queue->isRunning());

    // A dependency outside the run has gone already (or was never planned): nothing to wait for.
    operations[0].dependsOnVersionIds = {42};
    EXPECT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(queue->finishedCount(), 2);
    EXPECT_EQ(queue->failedCount(), 0);
}

// A secondary limit that names no time: the queue waits the fallback, then twice as long each time, and
// stops after the bound with a message that says so.
TEST_F(OperationQueueTest, SecondaryLimitWithoutRetryAfterBacksOffThenFailsWithAClearMessage)
{
    ClientOptions options = client->options();
    options.secondaryLimitFallbackWait = 50ms;
    options.maxSecondaryLimitRetries = 3;
    client->setOptions(options);
    queue->setPacing(PacingLimits::withInterval(10ms));
    const QList<Operation> operations = deletionsOfApi(1);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 403},
                                   {QStringLiteral("count"), 10},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("path_contains"), QStringLiteral("/versions/")}});
    QSignalSpy waiting(queue.get(), &OperationQueue::waiting);
    ASSERT_TRUE(queue->run(operations));
    ASSERT_TRUE(runToEnd());

    QList<std::chrono::milliseconds> delays;
    for (const QList<QVariant> &signal : waiting)
        delays.append(signal.first().value<std::chrono::milliseconds>());
    EXPECT_THAT(delays, ElementsAre(50ms, 100ms, 200ms));
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")).size(), 4);
    ASSERT_EQ(queue->results().first().status, OperationResult::Status::Failed);
    const QString message = queue->results().first().error->userMessage();
    EXPECT_TRUE(message.contains(u"4 tries")) << message.toStdString();
}

// Issue #17: GitHub allows about 500 mutations an hour. Those of earlier runs (and of packhouse-prune sharing
// the journal) count: with the hour's budget spent, the run waits for the hour by itself, and its ETA says so
// from the start. The shipped pacing, 50 times faster (the hour is 72 s, a second 20 ms).
TEST_F(OperationQueueTest, TheHourlyBudgetCountsEarlierRunsAndTheEtaKnowsIt)
{
    const PacingLimits limits = PacingLimits::withInterval(20ms);
    queue->setPacing(limits);
    // An earlier run spent the hour's budget a (scaled) hour minus 2.5 s ago: it refills soon after the run starts.
    const QDateTime spentAt = QDateTime::currentDateTimeUtc().addMSecs(-(limits.hour - 2500ms).count());
    for (int i = 0; i < limits.perHour; ++i) {
        JournalEntry earlier;
        earlier.operationId = QStringLiteral("earlier-run");
        earlier.host = client->server().hostKey();
        earlier.owner = acme;
        earlier.packageName = QStringLiteral("api");
        earlier.versionId = 1000 + i;
        earlier.action = JournalEntry::Action::DeleteVersion;
        earlier.outcome = JournalEntry::Outcome::Attempted;
        earlier.time = spentAt;
        ASSERT_TRUE(journal->append(earlier));
    }
    const QList<Operation> operations = deletionsOfApi(3);
    ASSERT_TRUE(queue->run(operations));
    // Measured from here, as the ETA: writing and reading the journal took a while (more under sanitizers).
    QElapsedTimer clock;
    clock.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const std::chrono::milliseconds eta = queue->estimatedRemaining();
    EXPECT_EQ(queue->budget().leftThisHour(started), 0);
    const qint64 refillIn = started.msecsTo(spentAt.addMSecs(limits.hour.count()));
    ASSERT_GT(refillIn, 300) << "the journal took too long to write for this test to see the wait";
    ASSERT_TRUE(runToEnd());

    const qint64 took = clock.elapsed();
    EXPECT_GE(took, refillIn - 20) << "the run did not wait for the hour's budget";
    EXPECT_EQ(mutatedVersionIds(QStringLiteral("DELETE")).size(), 3);
    // The ETA knows the wait for the hour's budget from the start; the requests themselves take longer on a
    // loaded machine (ctest -j, sanitizers), which no pacing can foresee.
    EXPECT_GE(eta.count(), refillIn - 50) << "ETA " << eta.count() << " ms";
    EXPECT_LE(double(eta.count()), 1.1 * double(took)) << "ETA " << eta.count() << " ms";
}
