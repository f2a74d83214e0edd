#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <optional>

namespace Packhouse {

// The one place where Packhouse picks the colours that say something (an error, a warning, a row a
// retention rule would delete, a notice), derived from the palette in use so that text in them keeps a
// contrast of at least 4.5:1 (WCAG AA) on a light palette and on a dark one alike. The models use it for
// their rows, the widgets for their labels (StateColorBinding in ui/ keeps a widget's colours current).
class StateColors
{
public:
    enum class Role
    {
        ErrorText,       // what went wrong, a refusal
        WarningText,     // a caution
        SecondaryText,   // hints and notes, quieter than the text around them
        MarkText,        // the text of a row a retention rule would delete …
        MarkBackground,  // … on this background
        NoticeText,      // the offline and single sign-on notices …
        NoticeBackground // … on this background
    };

    // The text roles with the background each is drawn on: a role's, else the palette's Window and Base.
    struct TextOnBackground
    {
        Role text;
        std::optional<Role> background;
    };
    static QList<TextOnBackground> textRoles();

    static QColor color(Role role, const QPalette &palette);
    static bool isDark(const QPalette &palette);

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static qreal luminance(const QColor &color);
    static qreal contrast(const QColor &a, const QColor &b);
    // COLOR, made darker on a light background or lighter on a dark one until it reaches RATIO.
    static QColor withContrast(const QColor &color, const QList<QColor> &backgrounds, qreal ratio = 4.5);

    static constexpr qreal minimumTextContrast = 4.5;
};

} // namespace Packhouse
