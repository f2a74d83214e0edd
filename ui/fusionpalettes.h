#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace Packhouse {

// The light and dark palettes of Qt's Fusion style that `packhouse --palette light|dark` uses instead of the
// system's (for screenshots and for checking that the app reads well in both), and the tests with them.
class FusionPalettes
{
public:
    static QPalette light();
    static QPalette dark();
    // "light" or "dark"; nothing for another name.
    static std::optional<QPalette> named(const QString &name);
};

} // namespace Packhouse
