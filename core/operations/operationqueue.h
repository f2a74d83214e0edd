#pragma once

#include "githubclient.h"
#include "journalentry.h"
#include "operation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Packhouse {

class DeletionJournal;

// Carries out deletes and restores for one account: strictly one at a time, paced (GitHub asks for at least
// a second between mutations), honouring Retry-After, with progress, ETA and cancel. Cancel never interrupts
// a request under way; it stops before the next one. An operation goes only once those it depends on
// (Operation::dependsOnVersionIds) went: when one fails for good, everything that depends on it, directly or
// not, is skipped without a request. Every attempt and outcome goes to the journal first.
class OperationQueue : public QObject
{
    Q_OBJECT

public:
    OperationQueue(GitHubClient *client, DeletionJournal *journal, QObject *parent = nullptr);

    // Time between the starts of two mutations. The secondary limit allows 900 points a minute at 5 points a
    // mutation, so 334 ms is the fastest that never trips it.
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
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

    GitHubClient *m_client;     // not owned
    DeletionJournal *m_journal; // not owned, may be null
    QTimer *m_timer;            // owned (child)
    std::chrono::milliseconds m_interval{1000};
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
    QElapsedTimer m_runClock;
};

} // namespace Packhouse
