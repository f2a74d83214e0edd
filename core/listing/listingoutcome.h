#pragma once

#include "apierror.h"

#include <QList>

namespace Packhouse {

// How a multi-page listing ended. Nothing may act on (delete from) an incomplete listing.
struct ListingOutcome
{
    bool complete = false;  // every page fresh from GitHub and consistent: the only kind a plan may use
    bool fromCache = false; // every page came from the cache (unchanged since last time, or offline)
    bool stale = false;     // some page was a cached copy standing in for a failed request
    QList<ApiError> errors;
};

} // namespace Packhouse
