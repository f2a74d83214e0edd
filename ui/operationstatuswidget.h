#pragma once

#include <QPointer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Packhouse {

class OperationQueue;

// The status bar's view of the running deletion or restore: "Deleting 3/12 · about 9 s left" and Cancel.
// Hidden while the queue is idle.
class OperationStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OperationStatusWidget(QWidget *parent = nullptr);

    void setQueue(OperationQueue *queue); // not owned; null detaches
    QString text() const;

    static QString describe(bool deleting, int done, int total, std::chrono::milliseconds remaining);

private:
    void onProgress(int done, int total, std::chrono::milliseconds remaining);

    QPointer<OperationQueue> m_queue;
    QLabel *m_label;       // owned (child)
    QProgressBar *m_bar;   // owned (child)
    QToolButton *m_cancel; // owned (child)
};

} // namespace Packhouse
