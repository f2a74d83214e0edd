#include "imagetree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Packhouse {

namespace {

// What a version is about, when it is a referrer: by its tags, else by its manifests (ReferrerTag).
std::optional<ReferrerTag> referrerOf(const PackageVersion &version,
                                      const QHash<QString, OciManifest> &manifests)
{
    if (std::optional<ReferrerTag> byTag = ReferrerTag::ofTags(version.tags))
        return byTag;
    return ReferrerTag::ofManifests(version.name, manifests);
}

// A referring manifest's role: its own artifact type once read, else what the referrers index says of it.
ReferrerRole roleOfEntry(const OciDescriptor &entry, const QHash<QString, OciManifest> &manifests)
{
    const auto manifest = manifests.constFind(entry.digest);
    const bool ownTypeKnown = manifest != manifests.cend() && !manifest->artifactType.isEmpty();
    return ReferrerTag::roleOfArtifactType(ownTypeKnown ? manifest->artifactType : entry.artifactType);
}

struct Age
{
    qint64 createdMs;
    qint64 id;
    QString digest;
};

} // namespace

ImageTree ImageTree::build(const QList<PackageVersion> &versions, const QHash<QString, OciManifest> &manifests,
                           const QSet<QString> &unreadable)
{
    ImageTree tree;
    QList<Age> newestFirst;
    QHash<QString, ReferrerTag> referrers; // by the referrer's digest
    newestFirst.reserve(versions.size());
    tree.m_nodes.reserve(versions.size());
    for (const PackageVersion &version : versions) {
        if (version.isDeleted() || tree.m_nodes.contains(version.name))
            continue;
        Node node;
        node.versionId = version.id;
        node.digest = version.name;
        node.tags = version.tags;
        const auto manifest = manifests.constFind(version.name);
        if (manifest != manifests.cend() && manifest->kind == OciManifest::Kind::Index)
            node.kind = NodeKind::Index;
        if (OciManifest::isDigest(version.name)) {
            if (std::optional<ReferrerTag> referrer = referrerOf(version, manifests);
                referrer && referrer->subjectDigest != version.name)
                referrers.insert(version.name, *referrer);
        }
        tree.m_nodes.insert(version.name, node);
        newestFirst.append({version.createdAt.isValid() ? version.createdAt.toMSecsSinceEpoch() : 0,
                            version.id, version.name});
    }
    std::sort(newestFirst.begin(), newestFirst.end(), [](const Age &a, const Age &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });

    // Newest index first, so that a shared child's platform and parent order follow the newest image.
    for (const Age &age : std::as_const(newestFirst)) {
        const auto manifest = manifests.constFind(age.digest);
        if (manifest == manifests.cend() || manifest->kind != OciManifest::Kind::Index)
            continue;
        const bool isReferrersIndex = referrers.contains(age.digest);
        QList<QString> platforms;
        QList<QString> attestations;
        QSet<QString> seen;
        for (const OciDescriptor &entry : manifest->manifests) {
            if (entry.digest == age.digest || seen.contains(entry.digest))
                continue;
            seen.insert(entry.digest);
            auto child = tree.m_nodes.find(entry.digest);
            if (child == tree.m_nodes.end()) {
                Node missing;
                missing.digest = entry.digest;
                missing.kind = NodeKind::Missing;
                child = tree.m_nodes.insert(entry.digest, missing);
            }
            if (isReferrersIndex) {
                // The manifests a referrers index lists describe its subject, whatever their platform says.
                if (child->kind == NodeKind::Image) {
                    child->kind = NodeKind::Signature;
                    child->referrerRole = roleOfEntry(entry, manifests);
                }
                referrers.remove(entry.digest); // hangs under its index, not beside it
                child->parentDigests.append(age.digest);
                attestations.append(entry.digest);
                continue;
            }
            if (child->platform.isEmpty())
                child->platform = entry.platform();
            if (entry.isAttestation() && child->attestedDigest.isEmpty())
                child->attestedDigest = entry.attestedDigest();
            if (child->kind == NodeKind::Image)
                child->kind = entry.isAttestation() ? NodeKind::Attestation : NodeKind::PlatformManifest;
            child->parentDigests.append(age.digest);
            (entry.isAttestation() ? attestations : platforms).append(entry.digest);
        }
        tree.m_children.insert(age.digest, platforms + attestations);
    }

    // Referrers hang under what they describe, whatever their own tags, also under an untagged subject.
    for (const Age &age : std::as_const(newestFirst)) {
        const auto referrer = referrers.constFind(age.digest);
        if (referrer == referrers.cend())
            continue;
        Node &node = tree.m_nodes[age.digest];
        if (node.kind != NodeKind::Image && node.kind != NodeKind::Index)
            continue; // listed by an image index: what that index says wins
        node.kind = NodeKind::Signature;
        node.referrerRole = referrer->role;
        const auto subject = tree.m_nodes.constFind(referrer->subjectDigest);
        if (subject == tree.m_nodes.cend() || subject->kind == NodeKind::Missing) {
            node.problem =
                tr("describes %1, which is not among the package's versions").arg(referrer->subjectDigest);
            continue; // shown at the top like any other leftover
        }
        node.parentDigests.append(referrer->subjectDigest);
        tree.m_children[referrer->subjectDigest].append(age.digest);
    }

    for (const Age &age : std::as_const(newestFirst)) {
        const Node &node = *tree.m_nodes.constFind(age.digest);
        if (!OciManifest::isDigest(node.digest)) {
            tree.m_topLevel.append(node.digest); // npm, Maven, …: plain versions
        } else if (!node.tags.isEmpty()) {
            const bool describesAVersion = node.kind == NodeKind::Signature && !node.parentDigests.isEmpty();
            if (!describesAVersion)
                tree.m_topLevel.append(node.digest);
            if (!manifests.contains(node.digest))
                tree.m_unknownManifests.append(node.digest);
        } else if (node.parentDigests.isEmpty()) {
            tree.m_orphanUntagged.append(node.digest);
            if (unreadable.contains(node.digest))
                tree.m_unknownManifests.append(node.digest);
        }
    }
    return tree;
}

const ImageTree::Node *ImageTree::node(const QString &digest) const
{
    const auto it = m_nodes.constFind(digest);
    return it == m_nodes.cend() ? nullptr : &*it;
}

} // namespace Packhouse
