#include "fusionpalettes.h"

#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Packhouse {

QPalette FusionPalettes::light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

// Neutral greys with a blue selection; every text colour at least 4.5:1 on the surfaces it is drawn on.
QPalette FusionPalettes::dark()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor button(0x3a, 0x3a, 0x3a);
    const QColor disabledText(0x8c, 0x8c, 0x8c);
    QPalette palette(text, button, button.lighter(140), QColor(0x18, 0x18, 0x18), QColor(0x26, 0x26, 0x26),
                     text, Qt::white, base, window);
    palette.setColor(QPalette::Midlight, button.lighter(120));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3f, 0x3f, 0x3f));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

std::optional<QPalette> FusionPalettes::named(const QString &name)
{
    if (name == u"light")
        return light();
    if (name == u"dark")
        return dark();
    return std::nullopt;
}

} // namespace Packhouse
