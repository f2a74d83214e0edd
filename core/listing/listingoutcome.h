#pragma once

#include "apierror.h"

#include <QList>

namespace Packhouse {

// How a multi-page listing ended. Nothing may act on (delete from) an incomplete listing.
struct ListingOutcome
{
    bool complete = false;
    bool fromCache = false; // every page came from the cache (unchanged since last time, or offline)
    QList<ApiError> errors;
};

} // namespace Packhouse
