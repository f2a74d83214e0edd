#pragma once

#include <QtGlobal>

#include <algorithm>
#include <chrono>

namespace Packhouse {

struct ClientOptions
{
    int maxConcurrentRequests = 8; // GitHub allows 100; staying far below keeps us polite
    int pageConcurrency = 8;       // parallel pages of one listing
    int maxConcurrentRegistryRequests = 16; // manifests and registry tokens, besides the API's
    std::chrono::milliseconds transferTimeout{30'000};
    int maxRetries = 3; // for idempotent requests on 5xx, network errors and timeouts
    std::chrono::milliseconds retryBaseDelay{500};
    // GitHub asks to wait at least a minute when a secondary limit answers without Retry-After, then to back
    // off exponentially and stop after a bounded number of tries (FACTS.md, "Rate limits").
    std::chrono::milliseconds secondaryLimitFallbackWait{60'000};
    int maxSecondaryLimitRetries = 4; // waits of 1, 2, 4 and 8 minutes, then the request fails
    std::chrono::milliseconds maxRetryAfterWait{15 * 60'000};
    qint64 maxBodyBytes = 64 * 1024 * 1024; // bigger answers are refused, not buffered

    // The wait before retry number `retry` (0 = the first) after a secondary limit that named no time.
    std::chrono::milliseconds secondaryLimitBackoff(int retry) const
    {
        return std::min<std::chrono::milliseconds>(
            secondaryLimitFallbackWait * (1 << std::clamp(retry, 0, 20)), maxRetryAfterWait);
    }
};

} // namespace Packhouse
