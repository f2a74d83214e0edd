#include "ssonoticebar.h"

#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Packhouse {

SsoNoticeBar::SsoNoticeBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_authorize(new QPushButton(tr("Authorize…"), this))
    , m_retry(new QPushButton(tr("I have authorized — Retry"), this))
{
    setAccessibleName(tr("Single sign-on notice"));
    // A frame inside, so that the bar reads as one notice in any style.
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setForegroundRole(QPalette::ToolTipText);

    auto *icon = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setParent(frame);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Single sign-on message"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_authorize->setParent(frame);
    m_authorize->setAccessibleName(tr("Authorize"));
    m_retry->setParent(frame);
    m_retry->setAccessibleName(tr("Retry after authorizing"));
    auto *close = new QToolButton(frame);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this notice"));
    close->setAccessibleName(tr("Close notice"));

    auto *row = new QHBoxLayout(frame);
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_authorize);
    row->addWidget(m_retry);
    row->addWidget(close);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);

    connect(m_authorize, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void SsoNoticeBar::showFor(const QString &org, const QUrl &authorizationUrl)
{
    m_url = authorizationUrl;
    m_text->setText(
        org.isEmpty() ? tr("An organization uses SAML single sign-on: authorize your token for it to see its "
                           "packages.")
                      : tr("The organization <b>%1</b> uses SAML single sign-on: authorize your token for it "
                           "to see its packages.")
                            .arg(org.toHtmlEscaped()));
    m_authorize->setEnabled(authorizationUrl.isValid());
    show();
}

} // namespace Packhouse
