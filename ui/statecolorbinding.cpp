#include "statecolorbinding.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Packhouse {

void StateColorBinding::bind(QWidget *widget, StateColors::Role text,
                             std::optional<StateColors::Role> background)
{
    qDeleteAll(widget->findChildren<StateColorBinding *>(Qt::FindDirectChildrenOnly));
    new StateColorBinding(widget, text, background);
}

void StateColorBinding::unbind(QWidget *widget)
{
    const auto bindings = widget->findChildren<StateColorBinding *>(Qt::FindDirectChildrenOnly);
    if (bindings.isEmpty())
        return;
    qDeleteAll(bindings);
    widget->setPalette(QPalette());
}

StateColorBinding::StateColorBinding(QWidget *widget, StateColors::Role text,
                                     std::optional<StateColors::Role> background)
    : QObject(widget)
    , m_widget(widget)
    , m_text(text)
    , m_background(background)
{
    if (m_background)
        m_widget->setAutoFillBackground(true);
    apply();
    m_widget->installEventFilter(this);
}

bool StateColorBinding::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
    case QEvent::ParentChange:
        if (watched == m_widget)
            apply();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

// From the palette the widget would have without us: its parent's, else the application's for it.
void StateColorBinding::apply()
{
    const QPalette inherited =
        m_widget->parentWidget() ? m_widget->parentWidget()->palette() : QApplication::palette(m_widget);
    QPalette palette = m_widget->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = StateColors::color(m_text, inherited);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Text, text);
        if (m_background)
            palette.setColor(group, QPalette::Window, StateColors::color(*m_background, inherited));
    }
    if (palette != m_widget->palette() || palette.resolveMask() != m_widget->palette().resolveMask())
        m_widget->setPalette(palette);
}

} // namespace Packhouse
