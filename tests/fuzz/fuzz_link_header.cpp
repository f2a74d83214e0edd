// Fuzzes LinkHeader::parse with the raw `Link` header value.
#include "fuzzcheck.h"
#include "linkheader.h"

#include <cstddef>
#include <cstdint>

using namespace Packhouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LinkHeader links = LinkHeader::parse(QByteArrayView(data, qsizetype(size)));
    // Only absolute, valid URLs come out: the listing follows them.
    for (const std::optional<QUrl> &url : {links.next, links.prev, links.first, links.last})
        FUZZ_CHECK(!url || (url->isValid() && !url->isRelative()));
    if (const std::optional<int> pages = links.lastPage())
        FUZZ_CHECK(*pages >= 1);
    return 0;
}
