// Fuzzes SsoHeader::parse with the raw `X-GitHub-SSO` header value.
#include "fuzzcheck.h"
#include "ssoheader.h"

#include <cstddef>
#include <cstdint>

using namespace Packhouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<SsoHeader> sso = SsoHeader::parse(QByteArrayView(data, qsizetype(size)));
    if (!sso)
        return 0;
    // The URL is opened in the user's browser: only web links with a host may come out.
    const QUrl &url = sso->authorizationUrl;
    FUZZ_CHECK(url.isEmpty() || (url.isValid() && !url.host().isEmpty() &&
                                 (url.scheme() == u"https" || url.scheme() == u"http")));
    FUZZ_CHECK(sso->required || url.isEmpty());
    FUZZ_CHECK(!sso->required || sso->partialOrganizationIds.isEmpty());
    for (const qint64 id : sso->partialOrganizationIds)
        FUZZ_CHECK(id > 0);
    return 0;
}
