// Fault injection (issue #10) through the fake server's control API, during package listing, version listing,
// tree loading, bulk delete and restore. Each case checks that the event loop keeps turning, that the failure
// is reported, that only safe retries happen and that the server's mutation log holds no delete outside the
// planned set and no duplicate that mattered.
#include "deletionjournal.h"
#include "deletionplan.h"
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "operationqueue.h"
#include "packagelistmodel.h"
#include "qtprinters.h"
#include "registryclient.h"
#include "tickprobe.h"
#include "versiontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ::testing::Each;
using ::testing::Eq;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);

// A user who waited this long between two ticks of a 50 ms timer saw a frozen window. Backoffs and
// Retry-After waits in these tests are 1 s or more, so a blocking wait would show.
constexpr qint64 maxTickGapMs = 750;

struct Fault
{
    const char *name;
    QJsonObject fault;                   // path_contains is added by each test
    QList<ApiError::Kind> expectedKinds; // how the failure may be reported
};

void PrintTo(const Fault &fault, std::ostream *os)
{
    *os << fault.name;
}

// Faults that make a GET fail for good once the client's retries (1 + maxRetries attempts, each of which
// QNetworkAccessManager may resend once on a dead connection) are spent.
// QNetworkAccessManager hands out a body cut short (connection closed before Content-Length) as complete;
// the client tells it by the length and treats it as the network failure it is, so it is retried.
const Fault listingFaults[] = {
    {"ServerErrorBeyondRetries", {{u"status"_s, 502}, {u"count"_s, 50}}, {ApiError::Kind::ServerError}},
    {"DroppedConnection", {{u"drop"_s, 50}}, {ApiError::Kind::Network}},
    {"TruncatedBody", {{u"truncate"_s, 50}}, {ApiError::Kind::Network}},
    {"MalformedJson", {{u"malformed"_s, 50}}, {ApiError::Kind::Decode}},
};

// Test names from the table's names.
struct NameOf
{
    template<typename Info>
    std::string operator()(const Info &testInfo) const
    {
        return testInfo.param.name;
    }
};
constexpr NameOf nameOf;

QJsonObject at(QJsonObject fault, const QString &pathContains)
{
    fault.insert(u"path_contains"_s, pathContains);
    return fault;
}

class ReliabilityTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        ClientOptions options;
        options.retryBaseDelay = 20ms;
        options.secondaryLimitFallbackWait = 1200ms;
        makeClient(options);
    }

    Package package(const NamespaceRef &owner, PackageType type, const QString &name)
    {
        const ApiResponse response = await(client->getPackage(owner, type, name));
        EXPECT_TRUE(response.ok());
        auto decoded = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
        return decoded.ok() ? decoded.value() : Package{};
    }

    QList<QJsonObject> mutations() const
    {
        QList<QJsonObject> list;
        for (const QJsonValue &mutation : counters().value(u"mutations").toArray())
            list.append(mutation.toObject());
        return list;
    }

    // No mutation outside `planned`; per version at most one success, and every request after it a 404.
    void expectOnlyPlannedAndNoDuplicateThatMattered(const QSet<qint64> &planned, const QString &method)
    {
        QHash<qint64, bool> succeeded;
        for (const QJsonObject &mutation : mutations()) {
            if (mutation.value(u"method").toString() != method)
                continue;
            const qint64 id = mutation.value(u"version_id").toInteger();
            const int status = mutation.value(u"status").toInt();
            EXPECT_TRUE(planned.contains(id)) << method.toStdString() << " outside the plan: " << id;
            if (succeeded.value(id)) {
                EXPECT_EQ(status, 404)
                    << "a repeated " << method.toStdString() << " of " << id << " did work";
            }
            if (status / 100 == 2)
                succeeded[id] = true;
        }
    }
};

// --- Package listing ---------------------------------------------------------------------------------------

class PackageListingFault : public ReliabilityTest, public ::testing::WithParamInterface<Fault>
{};

TEST_P(PackageListingFault, ModelReportsTheErrorAndStaysIncomplete)
{
    PackageListModel model(client.get());
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    QSignalSpy errors(&model, &PackageListModel::errorOccurred);
    server.injectFault(at(GetParam().fault, u"package_type=npm"_s));
    TickProbe probe;

    model.setNamespace(acme);
    ASSERT_TRUE(refreshed.wait(30000));

    EXPECT_FALSE(model.isComplete());
    ASSERT_TRUE(model.lastError());
    EXPECT_TRUE(GetParam().expectedKinds.contains(model.lastError()->kind))
        << apiErrorKindName(model.lastError()->kind).toStdString() << ": "
        << model.lastError()->message.toStdString();
    EXPECT_FALSE(model.lastError()->userMessage().isEmpty());
    EXPECT_GE(errors.size(), 1);
    // The other types are listed; the failed one is not made up.
    EXPECT_TRUE(model.indexOf(PackageType::Container, u"web"_s).isValid());
    EXPECT_FALSE(model.indexOf(PackageType::Npm, u"solo"_s).isValid());
    EXPECT_LT(probe.maxGapMs(), maxTickGapMs);
    // Only GETs were sent, each retried at most maxRetries times.
    EXPECT_TRUE(mutations().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Faults, PackageListingFault, ::testing::ValuesIn(listingFaults), nameOf);

// --- Version listing ---------------------------------------------------------------------------------------

class VersionListingFault : public ReliabilityTest, public ::testing::WithParamInterface<Fault>
{};

TEST_P(VersionListingFault, AnIncompleteListingNeverFeedsADeletion)
{
    RegistryClient registry(client.get(), QString());
    VersionTreeModel model(client.get(), &registry);
    QSignalSpy finished(&model, &VersionTreeModel::listingFinished);
    // acme/api has 350 versions: pages 1–4 of 100; the third fails.
    server.injectFault(at(GetParam().fault, u"&page=3"_s));
    TickProbe probe;

    model.setPackage(acme, package(acme, PackageType::Container, u"api"_s));
    ASSERT_TRUE(finished.wait(30000));

    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(model.isListingComplete());
    ASSERT_TRUE(model.lastError());
    EXPECT_TRUE(GetParam().expectedKinds.contains(model.lastError()->kind))
        << apiErrorKindName(model.lastError()->kind).toStdString() << ": "
        << model.lastError()->message.toStdString();
    EXPECT_LT(probe.maxGapMs(), maxTickGapMs);

    // Whatever was listed, selected whole: still refused.
    QSet<qint64> listed;
    for (const PackageVersion &version : model.versions())
        listed.insert(version.id);
    const DeletionPlan plan = DeletionPlan::forContainer(model.imageTree(), model.versions(), listed, false,
                                                         model.isListingComplete());
    EXPECT_TRUE(plan.refused());
    EXPECT_FALSE(plan.refusalReason().isEmpty());
    EXPECT_TRUE(plan.deletions().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Faults, VersionListingFault, ::testing::ValuesIn(listingFaults), nameOf);

// --- Tree loading ------------------------------------------------------------------------------------------

class ManifestFault : public ReliabilityTest, public ::testing::WithParamInterface<Fault>
{};

TEST_P(ManifestFault, UntaggedChildrenStayWhileTheTreeIsIncomplete)
{
    RegistryClient registry(client.get(), QString());
    VersionTreeModel model(client.get(), &registry);
    QSignalSpy finished(&model, &VersionTreeModel::listingFinished);
    model.setPackage(acme, package(acme, PackageType::Container, u"web"_s));
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(model.isListingComplete());

    // One index's manifest cannot be read (the 1.2.0 index is the oldest; any will do).
    const PackageVersion oldest = [&] {
        PackageVersion found;
        for (const PackageVersion &version : model.versions()) {
            if (version.tags.contains(u"1.2.0"_s))
                found = version;
        }
        return found;
    }();
    ASSERT_NE(oldest.id, 0);
    QSignalSpy errors(&model, &VersionTreeModel::errorOccurred);
    server.injectFault(at(GetParam().fault, u"/manifests/"_s + oldest.name));
    TickProbe probe;
    model.loadAllManifests();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading() && !errors.isEmpty(); }, 30000));
    EXPECT_LT(probe.maxGapMs(), maxTickGapMs);

    EXPECT_FALSE(model.manifestsComplete());
    EXPECT_FALSE(model.imageTree().isComplete());
    // Select everything: no untagged version may go while a manifest is missing.
    QSet<qint64> everything;
    for (const PackageVersion &version : model.versions())
        everything.insert(version.id);
    const DeletionPlan plan =
        DeletionPlan::forContainer(model.imageTree(), model.versions(), everything, false, true);
    for (const PlannedDeletion &deletion : plan.deletions())
        EXPECT_FALSE(deletion.tags.isEmpty()) << "untagged " << deletion.digestOrName.toStdString();
    EXPECT_FALSE(plan.excluded().isEmpty());
    EXPECT_FALSE(plan.warnings().isEmpty());
}

// Registry answers are not REST: the malformed and status faults are what a broken registry sends.
const Fault manifestFaults[] = {
    {"ServerErrorBeyondRetries", {{u"status"_s, 502}, {u"count"_s, 50}}, {ApiError::Kind::ServerError}},
    {"DroppedConnection", {{u"drop"_s, 50}}, {ApiError::Kind::Network}},
    {"TruncatedBody", {{u"truncate"_s, 50}}, {ApiError::Kind::Network}},
    {"MalformedBody", {{u"malformed"_s, 50}}, {ApiError::Kind::Decode}},
};

INSTANTIATE_TEST_SUITE_P(Faults, ManifestFault, ::testing::ValuesIn(manifestFaults), nameOf);

// --- Bulk delete and restore through the operation queue
// ----------------------------------------------------

struct MutationFault
{
    const char *name;
    QJsonObject fault;
    bool succeeds;                            // the operation ends Done (else Failed, with a message)
    bool mayHaveRetried;                      // the queue sent the mutation more than once
    std::chrono::milliseconds minimumWait{0}; // the queue waited at least this long (Retry-After)
};

void PrintTo(const MutationFault &fault, std::ostream *os)
{
    *os << fault.name;
}

const MutationFault mutationFaults[] = {
    // Not executed; transient, so retried, and the third attempt goes through.
    {"ServerErrorTwice", {{u"status"_s, 502}, {u"count"_s, 2}}, true, true},
    // More 5xx than the queue's attempts: reported, not retried forever.
    {"ServerErrorBeyondRetries", {{u"status"_s, 503}, {u"count"_s, 10}}, false, true},
    // Executed, answer lost: the retry sees 404 and counts it as done.
    {"DroppedAnswer", {{u"drop"_s, 2}}, true, true},
    {"TruncatedAnswer", {{u"truncate"_s, 2}}, true, true},
    // Secondary limits: waited out (Retry-After, or the configured fallback), never counted as an attempt.
    {"Secondary403WithRetryAfter",
     {{u"status"_s, 403}, {u"count"_s, 1}, {u"retry_after"_s, 1}},
     true,
     true,
     1000ms},
    {"Secondary403WithoutRetryAfter", {{u"status"_s, 403}, {u"count"_s, 1}}, true, true, 1200ms},
    {"Secondary429WithRetryAfter",
     {{u"status"_s, 429}, {u"count"_s, 1}, {u"retry_after"_s, 1}},
     true,
     true,
     1000ms},
    {"Secondary429WithoutRetryAfter", {{u"status"_s, 429}, {u"count"_s, 1}}, true, true, 1200ms},
    // Executed now, answered after the client gave up: the retry sees 404.
    {"SlowerThanTheTimeout", {{u"delay_ms"_s, 2500}, {u"count"_s, 1}}, true, true},
};

class BulkMutationFault : public ReliabilityTest, public ::testing::WithParamInterface<MutationFault>
{
protected:
    void SetUp() override
    {
        ReliabilityTest::SetUp();
        ClientOptions options = client->options();
        options.transferTimeout = 1000ms;
        client->setOptions(options);
        journal = std::make_unique<DeletionJournal>(dir.filePath(u"journal.jsonl"_s));
        queue = std::make_unique<OperationQueue>(client.get(), journal.get());
        queue->setPacing(PacingLimits::withInterval(100ms));
    }

    // Six untagged versions of acme/api, planned from a complete listing.
    QList<Operation> plannedDeletions()
    {
        RegistryClient registry(client.get(), QString());
        VersionTreeModel model(client.get(), &registry);
        QSignalSpy finished(&model, &VersionTreeModel::listingFinished);
        model.setPackage(acme, package(acme, PackageType::Container, u"api"_s));
        EXPECT_TRUE(finished.wait(30000));
        model.loadAllManifests(); // untagged versions may be children of an index: the tree decides
        EXPECT_TRUE(waitUntil([&] { return model.manifestsComplete(); }, 60000));
        QSet<qint64> selected;
        for (const PackageVersion &version : model.versions()) {
            if (!version.isTagged() && selected.size() < 6)
                selected.insert(version.id);
        }
        const DeletionPlan plan = DeletionPlan::forContainer(model.imageTree(), model.versions(), selected,
                                                             false, model.isListingComplete());
        EXPECT_FALSE(plan.refused()) << plan.refusalReason().toStdString();
        const QList<Operation> operations = plan.operations(acme, PackageType::Container, u"api"_s);
        EXPECT_EQ(operations.size(), 6);
        return operations;
    }

    struct RunReport
    {
        qint64 maxGapMs = 0;
        QList<std::chrono::milliseconds> waits;
    };

    RunReport runQueue(const QList<Operation> &operations)
    {
        RunReport report;
        QSignalSpy waiting(queue.get(), &OperationQueue::waiting);
        TickProbe probe;
        EXPECT_TRUE(queue->run(operations));
        EXPECT_TRUE(waitUntil([this] { return !queue->isRunning(); }, 60000));
        report.maxGapMs = probe.maxGapMs();
        for (const QList<QVariant> &signal : waiting)
            report.waits.append(signal.first().value<std::chrono::milliseconds>());
        return report;
    }

    void expectOutcome(const MutationFault &fault, qsizetype faulted, const RunReport &report)
    {
        EXPECT_LT(report.maxGapMs, maxTickGapMs);
        const QList<OperationResult> &results = queue->results();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const OperationResult &result = results.at(i);
            if (i != faulted) {
                EXPECT_EQ(result.status, OperationResult::Status::Done) << "operation " << i;
                continue;
            }
            if (fault.succeeds) {
                EXPECT_EQ(result.status, OperationResult::Status::Done)
                    << (result.error ? result.error->message.toStdString() : std::string());
            } else {
                EXPECT_EQ(result.status, OperationResult::Status::Failed);
                ASSERT_TRUE(result.error);
                EXPECT_FALSE(result.error->userMessage().isEmpty());
            }
        }
        if (fault.minimumWait > 0ms) {
            ASSERT_FALSE(report.waits.isEmpty());
            EXPECT_GE(report.waits.first(), fault.minimumWait);
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<DeletionJournal> journal;
    std::unique_ptr<OperationQueue> queue;
};

QSet<qint64> idsOf(const QList<Operation> &operations)
{
    QSet<qint64> ids;
    for (const Operation &operation : operations)
        ids.insert(operation.versionId);
    return ids;
}

TEST_P(BulkMutationFault, DeleteReportsRetriesSafelyAndDeletesOnlyThePlan)
{
    const QList<Operation> operations = plannedDeletions();
    ASSERT_EQ(operations.size(), 6);
    constexpr qsizetype faulted = 2;
    server.injectFault(at(GetParam().fault, u"/versions/%1"_s.arg(operations.at(faulted).versionId)));

    const RunReport report = runQueue(operations);

    expectOutcome(GetParam(), faulted, report);
    expectOnlyPlannedAndNoDuplicateThatMattered(idsOf(operations), u"DELETE"_s);
    // The journal agrees with the server: what is restorable was deleted.
    QSet<qint64> restorable;
    for (const JournalEntry &entry : journal->restorable(QDateTime::currentDateTimeUtc()))
        restorable.insert(entry.versionId);
    QSet<qint64> deletedOnServer;
    for (const QJsonObject &mutation : mutations()) {
        if (mutation.value(u"status").toInt() == 204)
            deletedOnServer.insert(mutation.value(u"version_id").toInteger());
    }
    EXPECT_EQ(restorable, deletedOnServer);
    EXPECT_TRUE(journal->unfinished().isEmpty());
}

TEST_P(BulkMutationFault, RestoreReportsRetriesSafelyAndRestoresOnlyThePlan)
{
    QList<Operation> operations = plannedDeletions();
    ASSERT_EQ(operations.size(), 6);
    runQueue(operations);
    ASSERT_EQ(queue->failedCount(), 0);
    for (Operation &operation : operations)
        operation.kind = Operation::Kind::RestoreVersion;
    constexpr qsizetype faulted = 3;
    server.injectFault(at(GetParam().fault, u"/versions/%1/restore"_s.arg(operations.at(faulted).versionId)));

    const RunReport report = runQueue(operations);

    expectOutcome(GetParam(), faulted, report);
    expectOnlyPlannedAndNoDuplicateThatMattered(idsOf(operations), u"POST"_s);
    // What the server restored is no longer offered for restore; what it did not is.
    const ApiResponse deleted = await(
        client->listVersions(acme, PackageType::Container, u"api"_s, GitHubClient::VersionState::Deleted));
    ASSERT_TRUE(deleted.ok());
    QSet<qint64> stillDeleted;
    const auto deletedVersions = JsonDecoder::versions(deleted.body);
    ASSERT_TRUE(deletedVersions.ok());
    for (const PackageVersion &version : deletedVersions.value())
        stillDeleted.insert(version.id);
    QSet<qint64> restorable;
    for (const JournalEntry &entry : journal->restorable(QDateTime::currentDateTimeUtc()))
        restorable.insert(entry.versionId);
    EXPECT_EQ(restorable, stillDeleted & idsOf(operations));
}

INSTANTIATE_TEST_SUITE_P(Faults, BulkMutationFault, ::testing::ValuesIn(mutationFaults), nameOf);

// --- Secondary limit without Retry-After, default options --------------------------------------------------

// GitHub asks for at least a minute when a secondary limit answers without Retry-After. The wait is read off
// what the client and the queue announce and the timer they set, then ended by a cancel: no test sits through
// the minute.
class SecondaryLimitWithoutRetryAfter : public FakeServerTest, public ::testing::WithParamInterface<int>
{
protected:
    // FakeServerTest::SetUp made the client with the default options.
    QJsonObject fault(const QString &method, const QString &pathContains) const
    {
        return {{u"status"_s, GetParam()},
                {u"count"_s, 1},
                {u"method"_s, method},
                {u"path_contains"_s, pathContains}};
    }

    int requests(const QString &route) const
    {
        return counters().value(u"requests").toObject().value(route).toInt();
    }
};

TEST_P(SecondaryLimitWithoutRetryAfter, TheClientWaitsAMinuteBeforeRetryingARead)
{
    server.injectFault(fault(u"GET"_s, u"/user"_s));
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    QPointer<ApiJob> job = client->fetchAuthenticatedUser();
    ASSERT_TRUE(waiting.wait(15000));

    EXPECT_EQ(waiting.first().first().value<std::chrono::milliseconds>(), 60s);
    ASSERT_TRUE(job);
    const QTimer *retry = job->findChild<QTimer *>();
    ASSERT_NE(retry, nullptr);
    EXPECT_TRUE(retry->isActive());
    EXPECT_GT(retry->remainingTime(), 55'000) << "the retry is due in about a minute, not sooner";

    // Cancelled during the wait: the job ends now, and the retry the minute was for never went out.
    QSignalSpy finished(job.get(), &ApiJob::finished);
    job->abort();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().first().value<ApiResponse>().error->kind, ApiError::Kind::Cancelled);
    EXPECT_EQ(requests(u"GET /user"_s), 1);
}

TEST_P(SecondaryLimitWithoutRetryAfter, TheQueueWaitsAMinuteBeforeRetryingADelete)
{
    const ApiResponse listing = await(client->listVersions(acme, PackageType::Container, u"api"_s,
                                                           GitHubClient::VersionState::Active, 1, 10));
    ASSERT_TRUE(listing.ok());
    const auto versions = JsonDecoder::versions(listing.body);
    ASSERT_TRUE(versions.ok() && !versions.value().isEmpty());
    const PackageVersion version = versions.value().last();
    server.injectFault(fault(u"DELETE"_s, u"/versions/%1"_s.arg(version.id)));
    OperationQueue queue(client.get(), nullptr);
    QSignalSpy waiting(&queue, &OperationQueue::waiting);
    QSignalSpy finished(&queue, &OperationQueue::finished);
    ASSERT_TRUE(queue.run({Operation::onVersion(Operation::Kind::DeleteVersion, acme, PackageType::Container,
                                                u"api"_s, version.id, version.name, version.tags)}));
    ASSERT_TRUE(waiting.wait(15000));

    EXPECT_EQ(waiting.first().first().value<std::chrono::milliseconds>(), 60s);
    const QTimer *next = queue.findChild<QTimer *>();
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(next->isActive());
    EXPECT_GT(next->remainingTime(), 55'000) << "the retry is due in about a minute, not sooner";

    // Cancel ends a wait between requests at once: the run is over, and the delete was sent only once.
    queue.cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().at(3).toBool());
    EXPECT_EQ(queue.results().first().status, OperationResult::Status::Cancelled);
    const QJsonArray mutations = counters().value(u"mutations").toArray();
    ASSERT_EQ(mutations.size(), 1);
    EXPECT_EQ(mutations.first().toObject().value(u"method").toString(), u"DELETE"_s);
    EXPECT_EQ(mutations.first().toObject().value(u"status").toInt(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Statuses, SecondaryLimitWithoutRetryAfter, ::testing::Values(403, 429));

} // namespace
