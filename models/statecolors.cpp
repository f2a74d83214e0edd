#include "statecolors.h"

#include <QtMath>

#include <algorithm>

namespace Packhouse {

namespace {

// GitHub's attention amber: the hue of "would be deleted" rows and of notices.
const QColor amber(0xff, 0xc1, 0x07);

// A blend of A and B, AMOUNT of B.
QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto channel = [amount](int x, int y) { return qRound(x + (y - x) * amount); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

qreal linear(int channel)
{
    const qreal c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QList<StateColors::TextOnBackground> StateColors::textRoles()
{
    return {
        {Role::ErrorText, std::nullopt},
        {Role::WarningText, std::nullopt},
        {Role::SecondaryText, std::nullopt},
        {Role::MarkText, Role::MarkBackground},
        {Role::NoticeText, Role::NoticeBackground},
    };
}

bool StateColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

QColor StateColors::color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QList<QColor> surfaces{palette.color(QPalette::Window), palette.color(QPalette::Base)};
    switch (role) {
    case Role::ErrorText:
        return withContrast(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e), surfaces);
    case Role::WarningText:
        return withContrast(dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x8a, 0x5a, 0x00), surfaces);
    case Role::SecondaryText:
        return withContrast(mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3),
                            surfaces);
    case Role::MarkBackground:
        return mix(palette.color(QPalette::Base), amber, dark ? 0.3 : 0.45);
    case Role::MarkText:
        return withContrast(palette.color(QPalette::Text), {color(Role::MarkBackground, palette)});
    case Role::NoticeBackground:
        return mix(palette.color(QPalette::Window), amber, dark ? 0.22 : 0.2);
    case Role::NoticeText:
        return withContrast(palette.color(QPalette::WindowText), {color(Role::NoticeBackground, palette)});
    }
    return palette.color(QPalette::WindowText);
}

qreal StateColors::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

qreal StateColors::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StateColors::withContrast(const QColor &color, const QList<QColor> &backgrounds, qreal ratio)
{
    const auto enough = [&](const QColor &candidate) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(), [&](const QColor &background) {
            return contrast(candidate, background) >= ratio;
        });
    };
    if (enough(color))
        return color;
    // Black and white contrast equally with a luminance of about 0.18: above it, darken.
    qreal mean = 0;
    for (const QColor &background : backgrounds)
        mean += luminance(background);
    const QColor target = mean / qMax<qsizetype>(1, backgrounds.size()) > 0.18 ? Qt::black : Qt::white;
    for (int step = 1; step < 20; ++step) {
        const QColor candidate = mix(color, target, step / 20.0);
        if (enough(candidate))
            return candidate;
    }
    return target;
}

} // namespace Packhouse
