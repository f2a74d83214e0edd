#include "operationqueue.h"

#include "deletionjournal.h"

#include <QTimer>
#include <QUuid>

using namespace std::chrono;

namespace Packhouse {

namespace {
constexpr int maxRateLimitWaits = 10;
}

OperationQueue::OperationQueue(GitHubClient *client, DeletionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Pacing to a budget needs the wait to be as long as asked: a coarse timer may fire 5% early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &OperationQueue::startCurrent);
}

bool OperationQueue::run(const QList<Operation> &operations)
{
    if (m_running)
        return false;
    m_operations = operations;
    m_results = QList<OperationResult>(operations.size());
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_current = -1;
    m_running = true;
    m_cancelRequested = false;
    m_runClock.start();
    Q_EMIT progressChanged(0, int(m_operations.size()), estimatedRemaining());
    scheduleNext();
    return true;
}

bool OperationQueue::retryFailed()
{
    QList<Operation> failed;
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        if (m_results.at(i).status == OperationResult::Status::Failed ||
            m_results.at(i).status == OperationResult::Status::Cancelled)
            failed.append(m_operations.at(i));
    }
    return !failed.isEmpty() && run(failed);
}

void OperationQueue::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    // A request under way finishes first; a wait between requests ends now.
    if (!m_job) {
        m_timer->stop();
        finishRun(true);
    }
}

int OperationQueue::finishedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const OperationResult &result) {
        return result.status == OperationResult::Status::Done ||
               result.status == OperationResult::Status::Failed;
    }));
}

int OperationQueue::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const OperationResult &result) {
        return result.status == OperationResult::Status::Failed;
    }));
}

milliseconds OperationQueue::estimatedRemaining() const
{
    const int done = finishedCount();
    const int left = int(m_operations.size()) - done;
    if (left <= 0)
        return milliseconds(0);
    const milliseconds perItem =
        done > 0 ? qMax(m_interval, milliseconds(m_runClock.elapsed() / done)) : m_interval;
    return perItem * left;
}

void OperationQueue::scheduleNext(milliseconds atLeast)
{
    if (m_cancelRequested) {
        finishRun(true);
        return;
    }
    if (m_current < 0 || m_results.at(m_current).status != OperationResult::Status::Running) {
        ++m_current;
        if (m_current >= m_operations.size()) {
            finishRun(false);
            return;
        }
    }
    // Pace by the time between starts, so latency does not slow the configured rate.
    milliseconds delay = atLeast;
    if (m_sinceLastStart.isValid())
        delay = qMax(delay, m_interval - milliseconds(m_sinceLastStart.elapsed()));
    m_timer->start(qMax(delay, milliseconds(0)));
}

void OperationQueue::startCurrent()
{
    if (m_cancelRequested) {
        finishRun(true);
        return;
    }
    const Operation &operation = m_operations.at(m_current);
    OperationResult &result = m_results[m_current];
    result.status = OperationResult::Status::Running;
    ++result.attempts;
    journal(operation, JournalEntry::Outcome::Attempted, {});
    if (result.attempts == 1 && m_rateLimitWaits == 0)
        Q_EMIT operationStarted(m_current);

    m_sinceLastStart.start();
    switch (operation.kind) {
    case Operation::Kind::DeleteVersion:
        m_job = m_client->deleteVersion(operation.owner, operation.packageType, operation.packageName,
                                        operation.versionId);
        break;
    case Operation::Kind::RestoreVersion:
        m_job = m_client->restoreVersion(operation.owner, operation.packageType, operation.packageName,
                                         operation.versionId);
        break;
    case Operation::Kind::DeletePackage:
        m_job = m_client->deletePackage(operation.owner, operation.packageType, operation.packageName);
        break;
    case Operation::Kind::RestorePackage:
        m_job = m_client->restorePackage(operation.owner, operation.packageType, operation.packageName);
        break;
    }
    connect(m_job, &ApiJob::finished, this, &OperationQueue::onFinished);
}

void OperationQueue::onFinished(const ApiResponse &response)
{
    m_job = nullptr;
    OperationResult &result = m_results[m_current];
    if (response.ok()) {
        m_rateLimitWaits = 0;
        settle(OperationResult::Status::Done, std::nullopt);
        return;
    }
    const ApiError &error = *response.error;
    using Kind = ApiError::Kind;
    // A retried delete or restore that answers 404 (gone / not deleted any more): the earlier attempt went
    // through before its answer was lost.
    if (error.kind == Kind::NotFound && result.attempts > 1) {
        result.wasAlreadyDone = true;
        settle(OperationResult::Status::Done, std::nullopt);
        return;
    }
    if ((error.kind == Kind::SecondaryRateLimit || error.kind == Kind::PrimaryRateLimit) &&
        m_rateLimitWaits < maxRateLimitWaits && !m_cancelRequested) {
        ++m_rateLimitWaits;
        --result.attempts; // waiting out a limit is not a failed attempt
        const milliseconds wait = qMax(error.retryAfter, m_interval);
        Q_EMIT waiting(wait, error.userMessage());
        scheduleNext(wait);
        return;
    }
    const bool transient =
        error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::ServerError;
    if (transient && result.attempts < m_maxAttempts && !m_cancelRequested) {
        const milliseconds backoff = qMax(m_interval, milliseconds(1000 << (result.attempts - 1)));
        Q_EMIT waiting(backoff, error.userMessage());
        scheduleNext(backoff);
        return;
    }
    m_rateLimitWaits = 0;
    settle(OperationResult::Status::Failed, error);
}

void OperationQueue::settle(OperationResult::Status status, const std::optional<ApiError> &error)
{
    OperationResult &result = m_results[m_current];
    result.status = status;
    result.error = error;
    journal(m_operations.at(m_current),
            status == OperationResult::Status::Done ? JournalEntry::Outcome::Done
                                                    : JournalEntry::Outcome::Failed,
            error ? error->userMessage() : QString());
    Q_EMIT operationFinished(m_current, result);
    Q_EMIT progressChanged(finishedCount(), int(m_operations.size()), estimatedRemaining());
    scheduleNext();
}

void OperationQueue::journal(const Operation &operation, JournalEntry::Outcome outcome,
                             const QString &message)
{
    if (!m_journal)
        return;
    JournalEntry entry = operation.toJournalEntry();
    entry.operationId = m_runId;
    entry.host = m_client->server().hostKey();
    entry.outcome = outcome;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.message = message;
    m_journal->append(entry);
}

void OperationQueue::finishRun(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    int succeeded = 0;
    int failed = 0;
    for (OperationResult &result : m_results) {
        if (result.status == OperationResult::Status::Pending ||
            result.status == OperationResult::Status::Running)
            result.status = OperationResult::Status::Cancelled;
        succeeded += result.status == OperationResult::Status::Done;
        failed += result.status == OperationResult::Status::Failed;
    }
    Q_EMIT progressChanged(finishedCount(), int(m_operations.size()), milliseconds(0));
    Q_EMIT finished(succeeded, failed, cancelled);
}

} // namespace Packhouse
