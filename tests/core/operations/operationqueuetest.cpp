// Paced, cancellable deletes and restores against the fake GitHub, journaled.
#include "operationqueue.h"
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "qtprinters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace std::chrono_literals;

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
        queue->setInterval(100ms);
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

    bool runToEnd()
    {
        return waitUntil([this] { return !queue->isRunning(); }, 60000);
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
    EXPECT_TRUE(finished.first().at(2).toBool());
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
