// Fuzzes parseRetryAfter with the raw `Retry-After` header value.
#include "fuzzcheck.h"
#include "retryafter.h"

#include <cstddef>
#include <cstdint>

using namespace Packhouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fixed clock keeps every input reproducible.
    static const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    const std::optional<std::chrono::seconds> wait =
        parseRetryAfter(QByteArrayView(data, qsizetype(size)), now);
    if (wait)
        FUZZ_CHECK(wait->count() >= 0 && *wait <= maxRetryAfter);
    return 0;
}
