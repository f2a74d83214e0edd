#include "operationprogresspanel.h"

#include "operationqueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace std::chrono;

namespace Packhouse {

namespace {

QString operationLabel(const Operation &operation)
{
    if (operation.isWholePackage())
        return OperationProgressPanel::tr("package %1").arg(operation.packageName);
    const QString version = operation.tags.isEmpty() ? operation.versionLabel()
                                                     : operation.tags.join(OperationProgressPanel::tr(", "));
    return OperationProgressPanel::tr("%1 %2").arg(operation.packageName, version);
}

QString durationText(milliseconds duration)
{
    const qint64 seconds =
        qMax<qint64>(1, duration_cast<std::chrono::seconds>(duration + milliseconds(999)).count());
    if (seconds < 120)
        return OperationProgressPanel::tr("%1 s").arg(seconds);
    return OperationProgressPanel::tr("%1 min").arg((seconds + 59) / 60);
}

} // namespace

OperationProgressPanel::OperationProgressPanel(OperationQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_count(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_retry(new QPushButton(tr("Retr&y failed"), this))
    , m_waiting(new QLabel(this))
    , m_results(new QListWidget(this))
{
    setAccessibleName(tr("Operation progress"));
    m_count->setAccessibleName(tr("Progress count"));
    m_eta->setAccessibleName(tr("Time left"));
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_retry->setAccessibleName(tr("Retry failed"));
    m_waiting->setAccessibleName(tr("Waiting"));
    m_waiting->setWordWrap(true);
    m_results->setAccessibleName(tr("Results"));
    m_results->setUniformItemSizes(true);
    m_cancel->setEnabled(false);
    m_retry->setEnabled(false);
    m_waiting->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_count);
    top->addWidget(m_bar, 1);
    top->addWidget(m_eta);
    top->addWidget(m_cancel);
    top->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_waiting);
    layout->addWidget(m_results);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        m_queue->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, &OperationProgressPanel::retryFailed);
    connect(queue, &OperationQueue::operationFinished, this, &OperationProgressPanel::onOperationFinished);
    connect(queue, &OperationQueue::progressChanged, this, &OperationProgressPanel::onProgress);
    connect(queue, &OperationQueue::waiting, this, &OperationProgressPanel::onWaiting);
    connect(queue, &OperationQueue::finished, this, &OperationProgressPanel::onFinished);
    if (queue->isRunning())
        onStarted();
    onProgress(queue->finishedCount(), int(queue->operations().size()), queue->estimatedRemaining());
}

QString OperationProgressPanel::countText() const
{
    return m_count->text();
}

QString OperationProgressPanel::etaText() const
{
    return m_eta->text();
}

void OperationProgressPanel::onStarted()
{
    m_seenRun = true;
    m_results->clear();
    m_waiting->hide();
    m_retry->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
}

void OperationProgressPanel::onOperationFinished(int index, const OperationResult &result)
{
    m_waiting->hide();
    const Operation &operation = m_queue->operations().at(index);
    auto *item = new QListWidgetItem(m_results);
    if (result.status == OperationResult::Status::Done) {
        item->setText(tr("✓ %1").arg(operationLabel(operation)));
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        Q_EMIT operationSucceeded(operation);
    } else if (result.status == OperationResult::Status::Skipped) {
        item->setText(tr("⊘ %1 — %2").arg(operationLabel(operation), result.skipReason));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
        item->setToolTip(result.skipReason);
    } else {
        //: An operation's result, when GitHub gave no message.
        const QString message = result.error ? result.error->userMessage() : tr("failed");
        item->setText(tr("✗ %1 — %2").arg(operationLabel(operation), message));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setToolTip(message);
    }
    m_results->scrollToItem(item);
}

void OperationProgressPanel::onProgress(int finished, int total, milliseconds remaining)
{
    // run() announces a new run with nothing finished yet.
    const QList<OperationResult> &results = m_queue->results();
    const int done = int(std::count_if(results.cbegin(), results.cend(), [](const OperationResult &result) {
        return result.status == OperationResult::Status::Done;
    }));
    if (finished == 0 && m_queue->isRunning())
        onStarted();
    const QList<Operation> &operations = m_queue->operations();
    const auto isDelete = [](const Operation &operation) { return operation.isDelete(); };
    const bool deleting = std::all_of(operations.cbegin(), operations.cend(), isDelete);
    const bool restoring = std::none_of(operations.cbegin(), operations.cend(), isDelete);
    QString text = deleting    ? tr("Deleted %1 of %2").arg(done).arg(total)
                   : restoring ? tr("Restored %1 of %2").arg(done).arg(total)
                               : tr("Done %1 of %2").arg(done).arg(total);
    if (const int failed = m_queue->failedCount(); failed > 0)
        //: Follows "Deleted 3 of 10": how many operations failed.
        text += tr(" · %n failed", nullptr, failed);
    if (const int skipped = m_queue->skippedCount(); skipped > 0)
        //: Follows "Deleted 3 of 10": how many operations were skipped (their image could not be deleted).
        text += tr(" · %n skipped", nullptr, skipped);
    m_count->setText(m_seenRun || total > 0 ? text : tr("No operation running"));
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(finished);
    QString eta = m_queue->isRunning() && remaining > milliseconds(0)
                      ? tr("about %1 left").arg(durationText(remaining))
                      : QString();
    // GitHub's hourly budget of mutations: say when the part of the run beyond it starts.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MutationBudget &budget = m_queue->budget();
    const int toStart = total - finished;
    const int leftThisHour = budget.leftThisHour(now);
    if (m_queue->isRunning() && toStart > leftThisHour) {
        const QDateTime nextHour = budget.lastStartOf(leftThisHour + 1, now);
        //: GitHub allows 500 mutations an hour: %1 more can start this hour, the next %n start at the time
        //: %2.
        eta += tr(" · %1 left this hour; the next %n start at %2", nullptr, toStart - leftThisHour)
                   .arg(leftThisHour)
                   .arg(QLocale().toString(nextHour.toLocalTime().time(), QLocale::ShortFormat));
    }
    m_eta->setText(eta);
}

void OperationProgressPanel::onWaiting(milliseconds delay, const QString &reason)
{
    m_waiting->setText(tr("Waiting %1 before the next request: %2").arg(durationText(delay), reason));
    m_waiting->show();
}

void OperationProgressPanel::onFinished(int succeeded, int failed, int skipped, bool cancelled)
{
    Q_UNUSED(succeeded)
    Q_UNUSED(skipped) // a skip follows a failure, which already offers the retry (of both)
    m_waiting->hide();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_retry->setEnabled(failed > 0 || cancelled);
    if (cancelled)
        m_eta->setText(tr("Cancelled"));
}

void OperationProgressPanel::retryFailed()
{
    m_retry->setEnabled(false);
    m_queue->retryFailed();
}

} // namespace Packhouse
