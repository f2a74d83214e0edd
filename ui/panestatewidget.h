#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Packhouse {

class PaneNoticeBar;

// Wraps one pane's view with a thin banner above it: "Loading…" while the pane refreshes (the cached rows
// stay visible below), or the pane's own error with a Retry button. Errors stay in the pane that failed
// instead of popping up dialogs.
class PaneStateWidget : public QWidget
{
    Q_OBJECT

public:
    // `content` is reparented into this widget. `paneName` names the pane for accessibility ("Packages").
    PaneStateWidget(QWidget *content, const QString &paneName, QWidget *parent = nullptr);

    void setLoading(bool loading);
    void showError(const QString &message);
    void clearError();
    // For a pane too narrow to show its errors in full: they go to `bar` (across the views, word-wrapped),
    // whose Retry is this pane's; the banner above the content then only says "Loading…".
    void showMessagesIn(PaneNoticeBar *bar);

    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void retryRequested();

private:
    void refreshBanner();

    QWidget *m_banner;    // owned (child)
    QLabel *m_icon;       // owned (child)
    QLabel *m_message;    // owned (child)
    QPushButton *m_retry; // owned (child)
    // Not owned: where the errors go instead, when set (showMessagesIn()).
    QPointer<PaneNoticeBar> m_messageBar;
    bool m_loading = false;
    QString m_error;
};

} // namespace Packhouse
