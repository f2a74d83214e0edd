#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Packhouse {

struct OciManifest;

// What a referrer (a manifest about another one) holds, as users know it.
enum class ReferrerRole : quint8
{
    Signature,
    Attestations, // in-toto / SLSA provenance, sigstore bundles, and the referrers index that lists them
    Sbom,
};

// ghcr.io has no OCI referrers API: tools tag what they push about an image with the image's digest.
// `sha256-<hex>` is the referrers tag schema's index (actions/attest-build-provenance, cosign in OCI 1.1
// mode, notation); `sha256-<hex>.sig`, `.att` and `.sbom` are older cosign's separately tagged manifests.
struct ReferrerTag
{
    QString subjectDigest; // "sha256:<hex>"
    ReferrerRole role = ReferrerRole::Attestations;
    bool isReferrersIndex = false; // the suffix-less tag schema form

    static std::optional<ReferrerTag> parse(QStringView tag);
    // When every one of `tags` is a referrer tag of one subject: the first of them.
    static std::optional<ReferrerTag> ofTags(const QStringList &tags);
    // What the manifest `digest` describes, whatever its tags: by its `subject`, or by the `subject` of every
    // manifest it lists (a referrers index, also one re-pushed untagged); null until those are all known.
    // Not by an index's artifactType, which ghcr.io may report as empty.
    static std::optional<ReferrerTag> ofManifests(const QString &digest,
                                                  const QHash<QString, OciManifest> &manifests);
    // A referring manifest's role from its artifact type (or its config media type); empty reads as an
    // attestation, as ghcr.io may report no artifact type for sigstore bundles.
    static ReferrerRole roleOfArtifactType(QStringView artifactType);
};

} // namespace Packhouse
