#include "noticeframe.h"

#include "statecolorbinding.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Packhouse {

NoticeFrame::NoticeFrame(QLabel *text, const QList<QWidget *> &buttons, QWidget *bar)
    : QFrame(bar)
{
    setFrameShape(QFrame::StyledPanel);
    StateColorBinding::bind(this, StateColors::Role::NoticeText, StateColors::Role::NoticeBackground);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    text->setParent(this);
    text->setWordWrap(true);

    auto *row = new QHBoxLayout(this);
    row->addWidget(icon);
    row->addWidget(text, 1);
    for (QWidget *button : buttons) {
        button->setParent(this);
        row->addWidget(button);
    }
    auto *outer = new QHBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(this);
}

} // namespace Packhouse
