#pragma once

#include <QByteArrayView>
#include <QUrl>

#include <optional>

namespace Packhouse {

// The pagination links of an RFC 8288 `Link` header, as GitHub sends them:
// `<https://api.github.com/…&page=2>; rel="next", <https://api.github.com/…&page=5>; rel="last"`.
struct LinkHeader
{
    std::optional<QUrl> next;
    std::optional<QUrl> prev;
    std::optional<QUrl> first;
    std::optional<QUrl> last;

    // Tolerant of spacing, quoting, unknown relations and parameters; what cannot be read is left out.
    static LinkHeader parse(QByteArrayView header);

    // The `page` query item of `last`: the number of pages, when GitHub could compute it.
    std::optional<int> lastPage() const;

    friend bool operator==(const LinkHeader &, const LinkHeader &) = default;
};

} // namespace Packhouse
