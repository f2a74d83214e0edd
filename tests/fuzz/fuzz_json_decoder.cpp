// Fuzzes JsonDecoder: the first byte picks the decoder (seeds use 'H' + n for decoder n), the rest is the
// body.
#include "fuzzcheck.h"
#include "jsondecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Packhouse;

namespace {

template<typename T>
void checkOutcome(const Result<T> &result)
{
    if (!result) {
        FUZZ_CHECK(result.error().kind == ApiError::Kind::Decode);
        FUZZ_CHECK(!result.error().field.isEmpty());
        FUZZ_CHECK(!result.error().userMessage().isEmpty());
    }
}

void checkVersion(const PackageVersion &version)
{
    FUZZ_CHECK(version.id >= 1);
    FUZZ_CHECK(version.tags.size() <= JsonDecoder::maxTagsPerVersion);
    FUZZ_CHECK(version.createdAt.isValid() && version.updatedAt.isValid());
}

// The single-item decoders take a parsed value, as the list decoders hand them one.
QJsonValue parsed(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 9) {
    case 0: {
        const auto packages = JsonDecoder::packages(body);
        checkOutcome(packages);
        if (packages)
            FUZZ_CHECK(packages.value().size() <= JsonDecoder::maxListItems);
        break;
    }
    case 1: {
        const auto versions = JsonDecoder::versions(body);
        checkOutcome(versions);
        if (versions) {
            FUZZ_CHECK(versions.value().size() <= JsonDecoder::maxListItems);
            for (const PackageVersion &version : versions.value())
                checkVersion(version);
        }
        break;
    }
    case 2: {
        const auto package = JsonDecoder::package(parsed(body), QStringLiteral("[0]"));
        checkOutcome(package);
        if (package)
            FUZZ_CHECK(package.value().id >= 1 && package.value().versionCount >= 0);
        break;
    }
    case 3: {
        const auto version = JsonDecoder::version(parsed(body));
        checkOutcome(version);
        if (version)
            checkVersion(version.value());
        break;
    }
    case 4: {
        const auto account = JsonDecoder::account(body);
        checkOutcome(account);
        if (account)
            FUZZ_CHECK(!account.value().login.isEmpty() && account.value().id >= 1);
        break;
    }
    case 5:
        checkOutcome(JsonDecoder::account(body, Account::Type::Organization));
        break;
    case 6: {
        const auto organizations = JsonDecoder::organizations(body);
        checkOutcome(organizations);
        if (organizations) {
            for (const Account &organization : organizations.value())
                FUZZ_CHECK(organization.type == Account::Type::Organization);
        }
        break;
    }
    case 7: {
        const auto rate = JsonDecoder::rateLimit(body);
        checkOutcome(rate);
        if (rate)
            FUZZ_CHECK(rate.value().limit >= 0 && rate.value().remaining >= 0 &&
                       rate.value().reset.isValid());
        break;
    }
    default:
        JsonDecoder::errorMessage(body);
        break;
    }
    return 0;
}
