// Fuzzes OciManifest::decode. The first byte picks the digest to check the body against (bits 0-1: none,
// the body's sha256, its sha512, a wrong one) and the Content-Type (the rest, modulo 6); seeds start with '0'
// (no digest, no Content-Type) or '1' (the body's sha256). The rest is the body.
#include "fuzzcheck.h"
#include "ocimanifest.h"

#include <QCryptographicHash>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Packhouse;

namespace {

QString digestOf(const QByteArray &body, QCryptographicHash::Algorithm algorithm, const char *name)
{
    return QLatin1String(name) + u':' +
           QString::fromLatin1(QCryptographicHash::hash(body, algorithm).toHex());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<QByteArray, 6> contentTypes{
        QByteArray(),
        QByteArrayLiteral("application/json; charset=utf-8"),
        QByteArrayLiteral("application/vnd.oci.image.index.v1+json"),
        QByteArrayLiteral("application/vnd.docker.distribution.manifest.list.v2+json"),
        QByteArrayLiteral("application/vnd.oci.image.manifest.v1+json"),
        QByteArrayLiteral("application/vnd.docker.distribution.manifest.v2+json"),
    };
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString digest;
    switch (data[0] & 3) {
    case 1:
        digest = digestOf(body, QCryptographicHash::Sha256, "sha256");
        break;
    case 2:
        digest = digestOf(body, QCryptographicHash::Sha512, "sha512");
        break;
    case 3:
        digest = QStringLiteral("sha256:") + QString(64, u'0');
        break;
    default:
        break;
    }
    const QByteArray &contentType = contentTypes.at((data[0] >> 2) % contentTypes.size());

    const Result<OciManifest> manifest = OciManifest::decode(body, digest, contentType);
    if (!manifest) {
        FUZZ_CHECK(manifest.error().kind == ApiError::Kind::Decode && !manifest.error().field.isEmpty());
        return 0;
    }
    // A decoded manifest is what the cache keys by digest and the image tree walks: it must be consistent.
    const OciManifest &value = manifest.value();
    FUZZ_CHECK((data[0] & 3) != 3);
    FUZZ_CHECK(OciManifest::isDigest(value.digest));
    FUZZ_CHECK(digest.isEmpty() || value.digest == digest);
    FUZZ_CHECK(value.manifests.size() <= OciManifest::maxEntries);
    FUZZ_CHECK(value.kind == OciManifest::Kind::Index || value.manifests.isEmpty());
    FUZZ_CHECK(value.subjectDigest.isEmpty() || OciManifest::isDigest(value.subjectDigest));
    for (const OciDescriptor &entry : value.manifests) {
        FUZZ_CHECK(OciManifest::isDigest(entry.digest) && entry.size >= 0);
        entry.platform();
        entry.isAttestation();
        entry.attestedDigest();
    }
    return 0;
}
