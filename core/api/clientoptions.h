#pragma once

#include <QtGlobal>

#include <chrono>

namespace Packhouse {

struct ClientOptions
{
    int maxConcurrentRequests = 8; // GitHub allows 100; staying far below keeps us polite
    int pageConcurrency = 8;       // parallel pages of one listing
    std::chrono::milliseconds transferTimeout{30'000};
    int maxRetries = 3; // for idempotent requests on 5xx, network errors and timeouts
    std::chrono::milliseconds retryBaseDelay{500};
    // GitHub asks to wait at least a minute when a secondary limit answers without Retry-After.
    std::chrono::milliseconds secondaryLimitFallbackWait{60'000};
    std::chrono::milliseconds maxRetryAfterWait{15 * 60'000};
    qint64 maxBodyBytes = 64 * 1024 * 1024; // bigger answers are refused, not buffered
};

} // namespace Packhouse
