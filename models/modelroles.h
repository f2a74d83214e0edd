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
    // Asked of headerData(): int, a column's width in pixels in the application font before the user sizes it
    // (views keep no widths of their own). Not Qt::SizeHintRole, which would set the header's height too.
    DefaultWidthRole,
    LastModelRole,
};

} // namespace Packhouse
