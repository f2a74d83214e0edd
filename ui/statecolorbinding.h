#pragma once

#include "statecolors.h"

#include <QObject>

#include <optional>

class QWidget;

namespace Packhouse {

// Keeps a widget's text (WindowText and Text) in a StateColors role, and its background in another when
// given, recomputed from the palette it inherits whenever that changes (a system switch to dark mode, a new
// style), so the colours stay readable on whatever palette is in use.
class StateColorBinding : public QObject
{
    Q_OBJECT

public:
    static void bind(QWidget *widget, StateColors::Role text,
                     std::optional<StateColors::Role> background = std::nullopt);
    // Back to the colours the widget inherits.
    static void unbind(QWidget *widget);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StateColorBinding(QWidget *widget, StateColors::Role text, std::optional<StateColors::Role> background);
    void apply();

    QWidget *m_widget;
    StateColors::Role m_text;
    std::optional<StateColors::Role> m_background;
};

} // namespace Packhouse
