#include "offlinebar.h"

#include "noticeframe.h"
#include "paletteiconengine.h"
#include "translations.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace Packhouse {

namespace {

// "14:02" today, with the date on another day.
QString whenSeen(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

OfflineBar::OfflineBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("Retry no&w")))
    , m_countdown(new QTimer(this))
{
    setAccessibleName(tr("Offline notice"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Offline message"));
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setIcon(PaletteIconEngine::icon(QStringLiteral("refresh")));
    new NoticeFrame(m_text, {m_retry}, this);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OfflineBar::updateText);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBar::retryRequested);
    hide();
}

void OfflineBar::showOffline(const QString &host, const QString &reason, const QDateTime &dataTime,
                             const QDateTime &nextTry)
{
    m_host = host;
    m_reason = reason;
    m_dataTime = dataTime;
    m_nextTry = nextTry;
    updateText();
    m_retry->setEnabled(nextTry.isValid());
    if (nextTry.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
    show();
}

QString OfflineBar::text() const
{
    return m_text->text();
}

void OfflineBar::hideEvent(QHideEvent *event)
{
    m_countdown->stop();
    QWidget::hideEvent(event);
}

void OfflineBar::updateText()
{
    const QString seen = m_dataTime.isValid()
                             ? tr("Offline — showing what Packhouse saw at %1.").arg(whenSeen(m_dataTime))
                             : tr("Offline — Packhouse has nothing saved from %1 yet.").arg(m_host);
    QString next;
    if (!m_nextTry.isValid()) {
        next = tr("Trying to reach %1…").arg(m_host);
    } else {
        const qint64 seconds =
            qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_nextTry) + 999) / 1000);
        next = seconds < 60 ? tr("Retrying in %1 s…").arg(seconds)
                            : tr("Retrying in %1 min…").arg((seconds + 59) / 60);
    }
    // Qt's "Connection refused" reads as part of the English sentence; German nouns keep their capital.
    QString why = m_reason;
    if (!why.isEmpty() && Translations::language() == u"en")
        why[0] = why[0].toLower();
    m_text->setText(tr("%1 %2\n%3 could not be reached: %4.").arg(seen, next, m_host, why));
}

} // namespace Packhouse
