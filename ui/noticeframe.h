#pragma once

#include <QFrame>
#include <QList>

class QLabel;

namespace Packhouse {

// The look of a notice across the views (single sign-on, offline): a framed row in the notice colours, so
// it reads as one notice in any style, with a warning icon, the text and the notice's buttons. It fills the
// widget it is given, edge to edge.
class NoticeFrame : public QFrame
{
    Q_OBJECT

public:
    NoticeFrame(QLabel *text, const QList<QWidget *> &buttons, QWidget *bar);
};

} // namespace Packhouse
