#pragma once

#include <Qt>

namespace Packhouse {

// Roles every Packhouse model answers beyond Qt's own.
enum ModelRole : int {
    IdRole = Qt::UserRole + 1,
    NodeKindRole,
    LoadingRole,
    ErrorRole,
    LastModelRole,
};

} // namespace Packhouse
