#include "ssonoticebar.h"

#include "noticeframe.h"

#include <QDesktopServices>
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
    m_text->setAccessibleName(tr("Single sign-on message"));
    m_authorize->setAccessibleName(tr("Authorize"));
    m_retry->setAccessibleName(tr("Retry after authorizing"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this notice"));
    close->setAccessibleName(tr("Close notice"));
    new NoticeFrame(m_text, {m_authorize, m_retry, close}, this);

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
