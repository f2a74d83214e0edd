#pragma once

#include "operation.h"

#include <QWidget>

#include <chrono>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Packhouse {

class OperationQueue;

// Shows a run of the operation queue (issue #7): "Deleted 4 of 12 · 1 failed · 2 skipped", an ETA, a progress
// bar, Cancel (stops before the next request), one line per finished item (✓; ✗ with GitHub's message; or ⊘
// with why it was kept when one it depends on failed), "Retry failed", and a notice while the queue waits out
// a Retry-After.
class OperationProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OperationProgressPanel(OperationQueue *queue, QWidget *parent = nullptr);

    QString countText() const;
    QString etaText() const;

Q_SIGNALS:
    void operationSucceeded(const Packhouse::Operation &operation);

private:
    void onStarted();
    void onOperationFinished(int index, const Packhouse::OperationResult &result);
    void onProgress(int finished, int total, std::chrono::milliseconds remaining);
    void onWaiting(std::chrono::milliseconds delay, const QString &reason);
    void onFinished(int succeeded, int failed, int skipped, bool cancelled);
    void retryFailed();

    OperationQueue *m_queue; // not owned
    bool m_seenRun = false;
    QLabel *m_count;
    QLabel *m_eta;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_waiting;
    QListWidget *m_results;
};

} // namespace Packhouse
