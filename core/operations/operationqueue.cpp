#include "operationqueue.h"

#include "deletionjournal.h"

#include <QTimer>
#include <QUuid>

using namespace std::chrono;

namespace Packhouse {

namespace {

constexpr int maxRateLimitWaits = 10;

// Whether each operation comes after every operation of the run it depends on.
bool dependenciesComeFirst(const QList<Operation> &operations, const QHash<qint64, int> &indexOfVersion)
{
    for (qsizetype i = 0; i < operations.size(); ++i) {
        for (qint64 versionId : operations.at(i).dependsOnVersionIds) {
            if (indexOfVersion.value(versionId, -1) >= i)
                return false;
        }
    }
    return true;
}

} // namespace

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
    QHash<qint64, int> indexOfVersion;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (operations.at(i).versionId != 0)
            indexOfVersion.insert(operations.at(i).versionId, int(i));
    }
    if (!dependenciesComeFirst(operations, indexOfVersion))
        return false;
    m_operations = operations;
    m_indexOfVersion = indexOfVersion;
    rememberRecentMutations();
    m_results = QList<OperationResult>(operations.size());
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_current = -1;
    m_running = true;
    m_cancelRequested = false;
    Q_EMIT progressChanged(0, int(m_operations.size()), estimatedRemaining());
    scheduleNext();
    return true;
}

bool OperationQueue::retryFailed()
{
    // In their order, so that what was skipped still waits for what it depends on.
    QList<Operation> again;
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const OperationResult::Status status = m_results.at(i).status;
        if (status == OperationResult::Status::Failed || status == OperationResult::Status::Skipped ||
            status == OperationResult::Status::Cancelled)
            again.append(m_operations.at(i));
    }
    return !again.isEmpty() && run(again);
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
    return countOf(OperationResult::Status::Done) + failedCount() + skippedCount();
}

int OperationQueue::failedCount() const
{
    return countOf(OperationResult::Status::Failed);
}

int OperationQueue::skippedCount() const
{
    return countOf(OperationResult::Status::Skipped);
}

int OperationQueue::countOf(OperationResult::Status status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [status](const OperationResult &result) { return result.status == status; }));
}

milliseconds OperationQueue::estimatedRemaining() const
{
    const int left = int(m_operations.size()) - finishedCount();
    if (left <= 0)
        return milliseconds(0);
    // The running one has started: the rest start as the budget allows, and the last must be answered.
    const int toStart = left - (m_job ? 1 : 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return milliseconds(now.msecsTo(m_budget.lastStartOf(toStart, now))) + m_lastRequestTime;
}

// The budget counts every mutation of the last hour on this host, those of earlier runs (and of
// packhouse-prune sharing the journal) too.
void OperationQueue::rememberRecentMutations()
{
    m_budget.clear();
    if (!m_journal)
        return;
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-m_budget.limits().hour.count());
    const QString host = m_client->server().hostKey();
    QList<QDateTime> starts;
    for (const JournalEntry &entry : m_journal->readAll()) {
        if (entry.outcome == JournalEntry::Outcome::Attempted && entry.host == host && entry.time > since)
            starts.append(entry.time);
    }
    std::sort(starts.begin(), starts.end());
    for (const QDateTime &start : std::as_const(starts))
        m_budget.record(start);
}

void OperationQueue::scheduleNext(milliseconds atLeast)
{
    if (m_cancelRequested) {
        finishRun(true);
        return;
    }
    if (m_current < 0 || m_results.at(m_current).status != OperationResult::Status::Running) {
        ++m_current;
        // A skip sends nothing, so it is not paced; a listener told of it may cancel the run.
        while (m_current < m_operations.size() && skipIfADependencyFailed(m_current)) {
            if (m_cancelRequested) {
                finishRun(true);
                return;
            }
            ++m_current;
        }
        if (m_current >= m_operations.size()) {
            finishRun(false);
            return;
        }
    }
    // Pace by the starts, so latency does not slow the rate the budget allows.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const milliseconds delay = qMax(atLeast, milliseconds(now.msecsTo(m_budget.nextStart(now))));
    if (delay >= m_budget.limits().minute)
        Q_EMIT waiting(delay, tr("GitHub allows %n mutations an hour; going on by itself", nullptr,
                                 m_budget.limits().perHour));
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
    m_budget.record(QDateTime::currentDateTimeUtc());
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
    m_lastRequestTime = milliseconds(m_sinceLastStart.elapsed());
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
    const bool rateLimited = error.kind == Kind::SecondaryRateLimit || error.kind == Kind::PrimaryRateLimit;
    if (rateLimited)
        m_budget.forgetNewest();
    // A secondary limit that named no time: a minute, then twice as long each time, a bounded number of times
    const bool backOff = error.kind == Kind::SecondaryRateLimit && !error.retryAfterFromServer;
    const ClientOptions &options = m_client->options();
    if (rateLimited && !m_cancelRequested &&
        m_rateLimitWaits < (backOff ? options.maxSecondaryLimitRetries : maxRateLimitWaits)) {
        const milliseconds wait =
            qMax(backOff ? options.secondaryLimitBackoff(m_rateLimitWaits) : error.retryAfter,
                 m_budget.limits().interval);
        ++m_rateLimitWaits;
        --result.attempts; // waiting out a limit is not a failed attempt
        Q_EMIT waiting(wait, error.userMessage());
        scheduleNext(wait);
        return;
    }
    const bool transient =
        error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::ServerError;
    if (transient && result.attempts < m_maxAttempts && !m_cancelRequested) {
        const milliseconds backoff =
            qMax(m_budget.limits().interval, milliseconds(1000 << (result.attempts - 1)));
        Q_EMIT waiting(backoff, error.userMessage());
        scheduleNext(backoff);
        return;
    }
    ApiError failure = error;
    if (rateLimited && !m_cancelRequested)
        failure.triesBeforeGivingUp = m_rateLimitWaits + 1;
    m_rateLimitWaits = 0;
    settle(OperationResult::Status::Failed, failure);
}

void OperationQueue::settle(OperationResult::Status status, const std::optional<ApiError> &error)
{
    OperationResult &result = m_results[m_current];
    result.status = status;
    result.error = error;
    announce(m_current,
             status == OperationResult::Status::Done ? JournalEntry::Outcome::Done
                                                     : JournalEntry::Outcome::Failed,
             error ? error->userMessage() : QString());
    scheduleNext();
}

// Deleting the child of an image that stays would break the image: an operation is skipped when one it
// depends on did not go, and so, in turn, is everything that depends on it. run() put the dependencies first,
// so each of them has ended by now.
bool OperationQueue::skipIfADependencyFailed(int index)
{
    for (qint64 versionId : m_operations.at(index).dependsOnVersionIds) {
        const int dependency = m_indexOfVersion.value(versionId, -1);
        if (dependency < 0 || m_results.at(dependency).status == OperationResult::Status::Done)
            continue;
        // Down a chain, every reason names the operation that failed.
        const QString reason =
            m_results.at(dependency).status == OperationResult::Status::Skipped
                ? m_results.at(dependency).skipReason
                : tr("kept because deleting %1 failed").arg(m_operations.at(dependency).versionLabel());
        OperationResult &result = m_results[index];
        result.status = OperationResult::Status::Skipped;
        result.skipReason = reason;
        announce(index, JournalEntry::Outcome::Skipped, reason);
        return true;
    }
    return false;
}

// Journals how an operation ended, then tells the listeners.
void OperationQueue::announce(int index, JournalEntry::Outcome outcome, const QString &message)
{
    journal(m_operations.at(index), outcome, message);
    Q_EMIT operationFinished(index, m_results.at(index));
    Q_EMIT progressChanged(finishedCount(), int(m_operations.size()), estimatedRemaining());
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
    for (OperationResult &result : m_results) {
        if (result.status == OperationResult::Status::Pending ||
            result.status == OperationResult::Status::Running)
            result.status = OperationResult::Status::Cancelled;
    }
    Q_EMIT progressChanged(finishedCount(), int(m_operations.size()), milliseconds(0));
    Q_EMIT finished(countOf(OperationResult::Status::Done), failedCount(), skippedCount(), cancelled);
}

} // namespace Packhouse
