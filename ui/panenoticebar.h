#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Packhouse {

// A pane's message shown across the views (issue #20), for a pane too narrow to show it in full: the
// Namespaces pane's errors ("The token needs the read:org scope.", a namespace that could not be opened) are
// read here, word-wrapped and never elided, with the pane's Retry. PaneStateWidget::showMessagesIn() hands
// its errors over.
class PaneNoticeBar : public QWidget
{
    Q_OBJECT

public:
    // `paneName` says whose message it is ("Namespaces").
    explicit PaneNoticeBar(const QString &paneName, QWidget *parent = nullptr);

    // Shows the bar with `message`; an empty message hides it.
    void showMessage(const QString &message);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QString m_paneName;
    QLabel *m_text;       // owned (child of the frame)
    QPushButton *m_retry; // owned (child of the frame)
};

} // namespace Packhouse
