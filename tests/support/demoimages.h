#pragma once

// The demo's org `acme` container package `web`, as the REST API lists it (flat) and the registry describes
// it:
//   latest + 1.4.0 → linux/amd64, linux/arm64 (shared with 1.3.0), attestation; signed by a cosign `.sig` tag
//   1.3.0          → linux/amd64, linux/arm64 (shared with 1.4.0), attestation
//   1.2.0          → linux/amd64, linux/arm64, attestation (listed first in its index)
//   two untagged single images that belong to no index (old builds)
#include "ocimanifest.h"
#include "packageversion.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Demo {

inline QString digestOf(const QByteArray &label)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(label, QCryptographicHash::Sha256).toHex());
}

inline Packhouse::OciDescriptor platformEntry(const QString &digest, const char *architecture)
{
    Packhouse::OciDescriptor entry;
    entry.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    entry.digest = digest;
    entry.size = 1234;
    entry.os = QStringLiteral("linux");
    entry.architecture = QString::fromLatin1(architecture);
    return entry;
}

inline Packhouse::OciDescriptor attestationEntry(const QString &digest, const QString &attested)
{
    Packhouse::OciDescriptor entry = platformEntry(digest, "unknown");
    entry.os = QStringLiteral("unknown");
    entry.annotations.insert(QStringLiteral("vnd.docker.reference.type"),
                             QStringLiteral("attestation-manifest"));
    entry.annotations.insert(QStringLiteral("vnd.docker.reference.digest"), attested);
    return entry;
}

inline Packhouse::OciManifest index(const QString &digest, const QList<Packhouse::OciDescriptor> &entries)
{
    Packhouse::OciManifest manifest;
    manifest.kind = Packhouse::OciManifest::Kind::Index;
    manifest.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    manifest.digest = digest;
    manifest.manifests = entries;
    return manifest;
}

inline Packhouse::OciManifest image(const QString &digest)
{
    Packhouse::OciManifest manifest;
    manifest.kind = Packhouse::OciManifest::Kind::Image;
    manifest.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    manifest.digest = digest;
    return manifest;
}

inline Packhouse::PackageVersion version(qint64 id, const QString &digest, const QStringList &tags = {})
{
    Packhouse::PackageVersion version;
    version.id = id;
    version.name = digest;
    version.tags = tags;
    // Ids grow with time, as GitHub's do: one hour apart.
    version.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(id * 3600);
    version.updatedAt = version.createdAt;
    return version;
}

// Version ids, grouped by image.
enum Id : qint64
{
    OrphanOld = 10,
    OrphanNew = 11,
    Index120 = 100,
    Amd64120 = 101,
    Arm64120 = 102,
    Att120 = 103,
    Index130 = 200,
    Amd64130 = 201,
    Arm64Shared = 202,
    Att130 = 203,
    Index140 = 300,
    Amd64140 = 301,
    Att140 = 303,
    Sig140 = 310,
};

struct Web
{
    const QString index140 = digestOf("web 1.4.0 index");
    const QString amd64140 = digestOf("web 1.4.0 amd64");
    const QString att140 = digestOf("web 1.4.0 attestation");
    const QString sig140 = digestOf("web 1.4.0 cosign signature");
    const QString index130 = digestOf("web 1.3.0 index");
    const QString amd64130 = digestOf("web 1.3.0 amd64");
    const QString arm64Shared = digestOf("web 1.3.0 arm64, reused by 1.4.0");
    const QString att130 = digestOf("web 1.3.0 attestation");
    const QString index120 = digestOf("web 1.2.0 index");
    const QString amd64120 = digestOf("web 1.2.0 amd64");
    const QString arm64120 = digestOf("web 1.2.0 arm64");
    const QString att120 = digestOf("web 1.2.0 attestation");
    const QString orphanOld = digestOf("web old build");
    const QString orphanNew = digestOf("web newer build");
    const QString sig140Tag = QStringLiteral("sha256-") + index140.mid(7) + QStringLiteral(".sig");

    // In the REST API's order (newest first), as GitHub lists them.
    QList<Packhouse::PackageVersion> versions = {
        version(Sig140, sig140, {sig140Tag}),
        version(Att140, att140),
        version(Amd64140, amd64140),
        version(Index140, index140, {QStringLiteral("latest"), QStringLiteral("1.4.0")}),
        version(Att130, att130),
        version(Arm64Shared, arm64Shared),
        version(Amd64130, amd64130),
        version(Index130, index130, {QStringLiteral("1.3.0")}),
        version(Att120, att120),
        version(Arm64120, arm64120),
        version(Amd64120, amd64120),
        version(Index120, index120, {QStringLiteral("1.2.0")}),
        version(OrphanNew, orphanNew),
        version(OrphanOld, orphanOld),
    };

    QHash<QString, Packhouse::OciManifest> manifests = {
        {index140, index(index140, {platformEntry(amd64140, "amd64"), platformEntry(arm64Shared, "arm64"),
                                    attestationEntry(att140, amd64140)})},
        {index130, index(index130, {platformEntry(amd64130, "amd64"), platformEntry(arm64Shared, "arm64"),
                                    attestationEntry(att130, amd64130)})},
        {index120, index(index120, {attestationEntry(att120, amd64120), platformEntry(amd64120, "amd64"),
                                    platformEntry(arm64120, "arm64")})},
        {sig140, image(sig140)},
    };

    // Drops a version from the listing, as if it had been deleted on GitHub.
    void remove(qint64 id)
    {
        versions.removeIf([id](const Packhouse::PackageVersion &candidate) { return candidate.id == id; });
    }
};

inline Packhouse::OciManifest referrer(const QString &digest, const QString &subject,
                                       const char *artifactType)
{
    Packhouse::OciManifest manifest = image(digest);
    manifest.subjectDigest = subject;
    manifest.artifactType = QString::fromLatin1(artifactType);
    return manifest;
}

inline Packhouse::OciDescriptor referrerEntry(const QString &digest, const char *artifactType)
{
    Packhouse::OciDescriptor entry;
    entry.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    entry.digest = digest;
    entry.size = 800;
    entry.artifactType = QString::fromLatin1(artifactType);
    return entry;
}

inline QString referrerTag(const QString &subject, const char *suffix = "")
{
    return QStringLiteral("sha256-") + subject.mid(7) + QString::fromLatin1(suffix);
}

enum SignedId : qint64
{
    GoneReferrers = 500, // a referrers index whose subject (1.8.0) is not among the versions
    GoneProvenance = 501,
    Index190 = 600, // untagged: its tag moved on; its manifest is not read
    Amd64190 = 601,
    Provenance190 = 602,
    Referrers190 = 603,
    Index200 = 700,
    Amd64200 = 701,
    Arm64200 = 702,
    Provenance200 = 703,
    FirstReferrers200 = 704, // the referrers index before the signature was added, left untagged
    Signature200 = 705,
    Referrers200 = 706,
    CosignSig200 = 707,
};

// A package signed and attested as ghcr.io stores it (no referrers API: referrers tag schema):
//   latest + 2.0.0 → linux/amd64, linux/arm64; its referrers index `sha256-<hex>` lists a provenance bundle
//   and a
//                    signature (both with `subject`); the index's first form (bundle only) stays untagged; an
//                    older cosign `sha256-<hex>.sig` signs it too
//   an untagged index (1.9.0 once) with an orphan amd64 manifest and its referrers index `sha256-<hex>`
//   a referrers index `sha256-<hex of 1.8.0>` whose subject is gone
struct Signed
{
    const QString gone180 = digestOf("signed 1.8.0, deleted");
    const QString goneReferrers = digestOf("signed 1.8.0 referrers index");
    const QString goneProvenance = digestOf("signed 1.8.0 provenance");
    const QString index190 = digestOf("signed 1.9.0 index");
    const QString amd64190 = digestOf("signed 1.9.0 amd64");
    const QString provenance190 = digestOf("signed 1.9.0 provenance");
    const QString referrers190 = digestOf("signed 1.9.0 referrers index");
    const QString index200 = digestOf("signed 2.0.0 index");
    const QString amd64200 = digestOf("signed 2.0.0 amd64");
    const QString arm64200 = digestOf("signed 2.0.0 arm64");
    const QString provenance200 = digestOf("signed 2.0.0 provenance");
    const QString firstReferrers200 = digestOf("signed 2.0.0 referrers index, first form");
    const QString signature200 = digestOf("signed 2.0.0 signature");
    const QString referrers200 = digestOf("signed 2.0.0 referrers index");
    const QString cosignSig200 = digestOf("signed 2.0.0 cosign signature");

    QList<Packhouse::PackageVersion> versions = {
        version(CosignSig200, cosignSig200, {referrerTag(index200, ".sig")}),
        version(Referrers200, referrers200, {referrerTag(index200)}),
        version(Signature200, signature200),
        version(FirstReferrers200, firstReferrers200),
        version(Provenance200, provenance200),
        version(Arm64200, arm64200),
        version(Amd64200, amd64200),
        version(Index200, index200, {QStringLiteral("latest"), QStringLiteral("2.0.0")}),
        version(Referrers190, referrers190, {referrerTag(index190)}),
        version(Provenance190, provenance190),
        version(Amd64190, amd64190),
        version(Index190, index190),
        version(GoneProvenance, goneProvenance),
        version(GoneReferrers, goneReferrers, {referrerTag(gone180)}),
    };

    static constexpr const char *bundle = "application/vnd.dev.sigstore.bundle.v0.3+json";
    static constexpr const char *signature = "application/vnd.dev.cosign.artifact.sig.v1+json";
    QHash<QString, Packhouse::OciManifest> manifests = {
        {index200, index(index200, {platformEntry(amd64200, "amd64"), platformEntry(arm64200, "arm64")})},
        {referrers200,
         index(referrers200, {referrerEntry(provenance200, bundle), referrerEntry(signature200, signature)})},
        {firstReferrers200, index(firstReferrers200, {referrerEntry(provenance200, bundle)})},
        {provenance200, referrer(provenance200, index200, bundle)},
        {signature200, referrer(signature200, index200, signature)},
        {cosignSig200, image(cosignSig200)},
        {referrers190, index(referrers190, {referrerEntry(provenance190, bundle)})},
        {provenance190, referrer(provenance190, index190, bundle)},
        {goneReferrers, index(goneReferrers, {referrerEntry(goneProvenance, bundle)})},
        {goneProvenance, referrer(goneProvenance, gone180, bundle)},
    };
};

// A package of `images` multi-arch images (an index, two platforms and an attestation each: 4 versions per
// image), oldest first; image i is tagged "v<i>" and has version ids 4i … 4i+3.
struct Generated
{
    QList<Packhouse::PackageVersion> versions;
    QHash<QString, Packhouse::OciManifest> manifests;
};

inline Generated generated(int images)
{
    Generated result;
    result.versions.reserve(images * 4);
    for (int i = 0; i < images; ++i) {
        const QByteArray label = QByteArray::number(i);
        const QString indexDigest = digestOf(label + " index");
        const QString amd64 = digestOf(label + " amd64");
        const QString arm64 = digestOf(label + " arm64");
        const QString attestation = digestOf(label + " attestation");
        const qint64 id = 4 * qint64(i);
        result.versions.append(version(id, indexDigest, {QStringLiteral("v%1").arg(i)}));
        result.versions.append(version(id + 1, amd64));
        result.versions.append(version(id + 2, arm64));
        result.versions.append(version(id + 3, attestation));
        result.manifests.insert(
            indexDigest, index(indexDigest, {platformEntry(amd64, "amd64"), platformEntry(arm64, "arm64"),
                                             attestationEntry(attestation, amd64)}));
    }
    return result;
}

} // namespace Demo
