#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace Packhouse {

// The banner across the views while the session is offline (issue #21): since when the data shown is, when
// GitHub is tried again (counting down), Retry now, and which host could not be reached and why.
class OfflineBar : public QWidget
{
    Q_OBJECT

public:
    explicit OfflineBar(QWidget *parent = nullptr);

    // `dataTime` invalid: the cache holds nothing yet. `nextTry` invalid: a try is under way.
    void showOffline(const QString &host, const QString &reason, const QDateTime &dataTime,
                     const QDateTime &nextTry);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void updateText();

    QLabel *m_text;       // owned (child of the frame)
    QPushButton *m_retry; // owned (child of the frame)
    QTimer *m_countdown;  // owned (child)
    QString m_host;
    QString m_reason;
    QDateTime m_dataTime;
    QDateTime m_nextTry;
};

} // namespace Packhouse
