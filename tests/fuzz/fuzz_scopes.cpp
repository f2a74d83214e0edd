// Fuzzes Scopes::parse with the raw `X-OAuth-Scopes` header value.
#include "fuzzcheck.h"
#include "scopes.h"

#include <cstddef>
#include <cstdint>

using namespace Packhouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Scopes scopes = Scopes::parse(QByteArrayView(data, qsizetype(size)));
    const QStringList granted = scopes.granted();
    for (const QString &scope : granted) {
        FUZZ_CHECK(!scope.isEmpty() && scope == scope.trimmed() && !scope.contains(u','));
        FUZZ_CHECK(granted.count(scope) == 1);
        FUZZ_CHECK(scopes.has(scope));
    }
    // What is allowed follows from the scopes alone: parsing the granted list again changes nothing.
    FUZZ_CHECK(Scopes::parse(granted.join(QStringLiteral(", ")).toUtf8()) == scopes);
    for (PackageAction action : {PackageAction::Browse, PackageAction::Delete, PackageAction::Restore}) {
        const QStringList missing = scopes.missingFor(action, PackageType::Container);
        FUZZ_CHECK(scopes.allows(action, PackageType::Container) == missing.isEmpty());
    }
    return 0;
}
