#include "referrertag.h"

#include "ocimanifest.h"

namespace Packhouse {

std::optional<ReferrerTag> ReferrerTag::parse(QStringView tag)
{
    static constexpr QStringView prefix = u"sha256-";
    constexpr qsizetype hexLength = 64;
    if (!tag.startsWith(prefix) || tag.size() < prefix.size() + hexLength)
        return std::nullopt;
    const QStringView suffix = tag.mid(prefix.size() + hexLength);
    ReferrerTag result;
    if (suffix.isEmpty())
        result.isReferrersIndex = true;
    else if (suffix == u".sig")
        result.role = ReferrerRole::Signature;
    else if (suffix == u".att")
        result.role = ReferrerRole::Attestations;
    else if (suffix == u".sbom")
        result.role = ReferrerRole::Sbom;
    else
        return std::nullopt;
    result.subjectDigest = QStringLiteral("sha256:") + tag.mid(prefix.size(), hexLength).toString();
    if (!OciManifest::isDigest(result.subjectDigest))
        return std::nullopt;
    return result;
}

std::optional<ReferrerTag> ReferrerTag::ofTags(const QStringList &tags)
{
    std::optional<ReferrerTag> first;
    for (const QString &tag : tags) {
        const std::optional<ReferrerTag> parsed = parse(tag);
        if (!parsed || (first && parsed->subjectDigest != first->subjectDigest))
            return std::nullopt;
        if (!first)
            first = parsed;
    }
    return first;
}

std::optional<ReferrerTag> ReferrerTag::ofManifests(const QString &digest,
                                                    const QHash<QString, OciManifest> &manifests)
{
    const auto manifest = manifests.constFind(digest);
    if (manifest == manifests.cend())
        return std::nullopt;
    if (!manifest->subjectDigest.isEmpty())
        return ReferrerTag{manifest->subjectDigest, roleOfArtifactType(manifest->artifactType),
                           manifest->kind == OciManifest::Kind::Index};
    if (manifest->kind != OciManifest::Kind::Index || manifest->manifests.isEmpty())
        return std::nullopt;
    QString subject;
    for (const OciDescriptor &entry : manifest->manifests) {
        const auto listed = manifests.constFind(entry.digest);
        if (listed == manifests.cend() || listed->subjectDigest.isEmpty() ||
            (!subject.isEmpty() && listed->subjectDigest != subject))
            return std::nullopt;
        subject = listed->subjectDigest;
    }
    return ReferrerTag{subject, ReferrerRole::Attestations, true};
}

ReferrerRole ReferrerTag::roleOfArtifactType(QStringView artifactType)
{
    const auto mentions = [artifactType](QStringView word) {
        return artifactType.contains(word, Qt::CaseInsensitive);
    };
    if (mentions(u"sbom") || mentions(u"spdx") || mentions(u"cyclonedx"))
        return ReferrerRole::Sbom;
    if (mentions(u"cosign.artifact.sig") || mentions(u"signature") || mentions(u"notary"))
        return ReferrerRole::Signature;
    return ReferrerRole::Attestations;
}

} // namespace Packhouse
