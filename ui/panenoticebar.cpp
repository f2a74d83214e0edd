#include "panenoticebar.h"

#include "noticeframe.h"

#include <QLabel>
#include <QPushButton>

namespace Packhouse {

PaneNoticeBar::PaneNoticeBar(const QString &paneName, QWidget *parent)
    : QWidget(parent)
    , m_paneName(paneName)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
{
    setAccessibleName(tr("%1 notice").arg(paneName));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("%1 message").arg(paneName));
    m_retry->setAccessibleName(tr("Retry loading %1").arg(paneName));
    new NoticeFrame(m_text, {m_retry}, this); // word-wraps the text
    connect(m_retry, &QPushButton::clicked, this, &PaneNoticeBar::retryRequested);
    hide();
}

void PaneNoticeBar::showMessage(const QString &message)
{
    if (message.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    m_text->setText(tr("%1: %2").arg(m_paneName, message));
    show();
}

QString PaneNoticeBar::text() const
{
    return m_text->text();
}

} // namespace Packhouse
