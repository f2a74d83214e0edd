#pragma once

#include "githubclient.h"
#include "journalentry.h"
#include "mutationbudget.h"
#include "operation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Packhouse {

class DeletionJournal;

// Carries out deletes and restores for one account: strictly one at a time, paced to GitHub's documented
// limits (a second between mutations, at most 80 a minute and 500 an hour, counting the mutations of earlier
// runs in the journal; a long run waits across the hour by itself), honouring Retry-After, with progress, an
// ETA that counts the hourly budget, and cancel. Cancel never interrupts
// a request under way; it stops before the next one. An operation goes only once those it depends on
// (Operation::dependsOnVersionIds) went: when one fails for good, everything that depends on it, directly or
// not, is skipped without a request. Every attempt and outcome goes to the journal first.
class OperationQueue : public QObject
{
    Q_OBJECT

public:
    OperationQueue(GitHubClient *client, DeletionJournal *journal, QObject *parent = nullptr);

    // The shipped pacing is PacingLimits' defaults; tests and benchmarks run it scaled.
    void setPacing(const PacingLimits &limits) { m_budget = MutationBudget(limits); }
    const MutationBudget &budget() const { return m_budget; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }

    // Starts a new run. Refused while one runs, and when an operation comes before one it depends on.
    bool run(const QList<Operation> &operations);
    // Runs again the operations that failed, were skipped or were cancelled in the last run.
    bool retryFailed();
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<Operation> &operations() const { return m_operations; }
    const QList<OperationResult> &results() const { return m_results; }
    int finishedCount() const;
    int failedCount() const;
    int skippedCount() const;
    std::chrono::milliseconds estimatedRemaining() const;

Q_SIGNALS:
    void operationStarted(int index);
    void operationFinished(int index, const Packhouse::OperationResult &result);
    void progressChanged(int finished, int total, std::chrono::milliseconds remaining);
    void waiting(std::chrono::milliseconds delay, const QString &reason);
    void finished(int succeeded, int failed, int skipped, bool cancelled);

private:
    void scheduleNext(std::chrono::milliseconds atLeast = std::chrono::milliseconds(0));
    void startCurrent();
    void onFinished(const ApiResponse &response);
    void settle(OperationResult::Status status, const std::optional<ApiError> &error);
    bool skipIfADependencyFailed(int index);
    void announce(int index, JournalEntry::Outcome outcome, const QString &message);
    int countOf(OperationResult::Status status) const;
    void journal(const Operation &operation, JournalEntry::Outcome outcome, const QString &message);
    void finishRun(bool cancelled);
    void rememberRecentMutations();

    GitHubClient *m_client;     // not owned
    DeletionJournal *m_journal; // not owned, may be null
    QTimer *m_timer;            // owned (child)
    MutationBudget m_budget;
    std::chrono::milliseconds m_lastRequestTime{0}; // how long the last mutation took to answer
    int m_maxAttempts = 3;
    int m_rateLimitWaits = 0;

    QList<Operation> m_operations;
    QList<OperationResult> m_results;
    QHash<qint64, int> m_indexOfVersion; // the run's version operations by version id
    QString m_runId;
    int m_current = -1;
    bool m_running = false;
    bool m_cancelRequested = false;
    QPointer<ApiJob> m_job;
    QElapsedTimer m_sinceLastStart;
};

} // namespace Packhouse
