#pragma once

#include <Qt>

namespace Packhouse {

// Roles every Packhouse model answers beyond Qt's own.
enum ModelRole : int
{
    IdRole = Qt::UserRole + 1,
    NodeKindRole,
    LoadingRole,   // bool: this node (or, on a group, its listing) is being loaded: show a spinner
    ErrorRole,     // QString: why loading this node failed, for people; empty when it did not
    ErrorKindRole, // int (ApiError::Kind) of that failure, -1 when none: lets a view offer the right fix
    LastModelRole,
};

} // namespace Packhouse
