#include "operationstatuswidget.h"

#include "operationqueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Packhouse {

OperationStatusWidget::OperationStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_label->setAccessibleName(tr("Operation progress"));
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Operation progress bar"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel operation"));
    m_cancel->setToolTip(tr("Stop before the next request (the one under way finishes)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_queue)
            m_queue->cancel();
        m_cancel->setEnabled(false);
    });
}

void OperationStatusWidget::setQueue(OperationQueue *queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    hide();
    if (!queue)
        return;
    connect(queue, &OperationQueue::progressChanged, this, &OperationStatusWidget::onProgress);
    connect(queue, &OperationQueue::finished, this, [this] { hide(); });
}

QString OperationStatusWidget::text() const
{
    return m_label->text();
}

QString OperationStatusWidget::describe(bool deleting, int done, int total,
                                        std::chrono::milliseconds remaining)
{
    const QString count =
        deleting ? tr("Deleting %1/%2").arg(done).arg(total) : tr("Restoring %1/%2").arg(done).arg(total);
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(remaining).count();
    if (done >= total || seconds <= 0)
        return count;
    return tr("%1 · about %2 s left").arg(count).arg(seconds);
}

void OperationStatusWidget::onProgress(int done, int total, std::chrono::milliseconds remaining)
{
    const bool deleting =
        m_queue && !m_queue->operations().isEmpty() && m_queue->operations().first().isDelete();
    m_label->setText(describe(deleting, done, total, remaining));
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_cancel->setEnabled(true);
    show();
}

} // namespace Packhouse
