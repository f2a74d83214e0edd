#include "panestatewidget.h"

#include "panenoticebar.h"

#include "paletteiconengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Packhouse {

PaneStateWidget::PaneStateWidget(QWidget *content, const QString &paneName, QWidget *parent)
    : QWidget(parent)
    , m_banner(new QWidget(this))
    , m_icon(new QLabel(m_banner))
    , m_message(new QLabel(m_banner))
    , m_retry(new QPushButton(tr("Retry"), m_banner))
{
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("%1 status").arg(paneName));
    m_retry->setAccessibleName(tr("Retry loading %1").arg(paneName));
    m_retry->setIcon(PaletteIconEngine::icon(QStringLiteral("refresh")));

    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 3, 6, 3);
    bannerLayout->addWidget(m_icon);
    bannerLayout->addWidget(m_message, 1);
    bannerLayout->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(content, 1);

    connect(m_retry, &QPushButton::clicked, this, &PaneStateWidget::retryRequested);
    refreshBanner();
}

void PaneStateWidget::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_error.clear(); // a new attempt replaces the old failure
    refreshBanner();
}

void PaneStateWidget::showError(const QString &message)
{
    m_error = message;
    refreshBanner();
}

void PaneStateWidget::clearError()
{
    m_error.clear();
    refreshBanner();
}

void PaneStateWidget::showMessagesIn(PaneNoticeBar *bar)
{
    m_messageBar = bar;
    connect(bar, &PaneNoticeBar::retryRequested, this, &PaneStateWidget::retryRequested);
    refreshBanner();
}

void PaneStateWidget::refreshBanner()
{
    if (m_messageBar)
        m_messageBar->showMessage(m_error);
    const bool failed = !m_error.isEmpty() && !m_messageBar; // shown here
    m_banner->setVisible(failed || m_loading);
    m_retry->setVisible(failed);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap((failed ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                              : PaletteIconEngine::icon(QStringLiteral("refresh")))
                          .pixmap(size));
    m_message->setText(failed ? m_error : tr("Loading…"));
}

} // namespace Packhouse
