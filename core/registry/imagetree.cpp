#include "imagetree.h"

#include <QSet>

#include <algorithm>

namespace Packhouse {

namespace {

// cosign publishes signatures, attestations and SBOMs of sha256:<hex> under the tag
// sha256-<hex>.sig/.att/.sbom.
QString signedDigest(const QString &tag)
{
    static constexpr QStringView prefix = u"sha256-";
    static constexpr QStringView suffixes[] = {u".sig", u".att", u".sbom"};
    constexpr qsizetype hexLength = 64;
    if (!tag.startsWith(prefix))
        return {};
    for (QStringView suffix : suffixes) {
        if (tag.size() == prefix.size() + hexLength + suffix.size() && tag.endsWith(suffix)) {
            const QString digest =
                QStringLiteral("sha256:") + QStringView(tag).mid(prefix.size(), hexLength).toString();
            return OciManifest::isDigest(digest) ? digest : QString();
        }
    }
    return {};
}

// The digest a version signs when every one of its tags is a signature tag of that digest.
QString signatureSubject(const QStringList &tags)
{
    QString subject;
    for (const QString &tag : tags) {
        const QString digest = signedDigest(tag);
        if (digest.isEmpty() || (!subject.isEmpty() && digest != subject))
            return {};
        subject = digest;
    }
    return subject;
}

struct Age
{
    qint64 createdMs;
    qint64 id;
    QString digest;
};

} // namespace

ImageTree ImageTree::build(const QList<PackageVersion> &versions,
                           const QHash<QString, OciManifest> &manifests)
{
    ImageTree tree;
    QList<Age> newestFirst;
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

    // Signatures hang under what they sign: by cosign's tag convention, or by an OCI 1.1 `subject`.
    for (const Age &age : std::as_const(newestFirst)) {
        Node &node = tree.m_nodes[age.digest];
        if (node.kind != NodeKind::Image)
            continue;
        QString subject = signatureSubject(node.tags);
        if (subject.isEmpty()) {
            const auto manifest = manifests.constFind(age.digest);
            if (manifest != manifests.cend())
                subject = manifest->subjectDigest;
        }
        if (subject.isEmpty() || subject == age.digest)
            continue;
        node.kind = NodeKind::Signature;
        const auto signedNode = tree.m_nodes.constFind(subject);
        if (signedNode == tree.m_nodes.cend() || signedNode->kind == NodeKind::Missing)
            continue; // signs a version that is gone: shown at the top like any other leftover
        node.parentDigests.append(subject);
        tree.m_children[subject].append(age.digest);
    }

    for (const Age &age : std::as_const(newestFirst)) {
        const Node &node = *tree.m_nodes.constFind(age.digest);
        if (!OciManifest::isDigest(node.digest)) {
            tree.m_topLevel.append(node.digest); // npm, Maven, …: plain versions
        } else if (!node.tags.isEmpty()) {
            const bool signsSomething = node.kind == NodeKind::Signature && !node.parentDigests.isEmpty();
            if (!signsSomething)
                tree.m_topLevel.append(node.digest);
            if (node.kind != NodeKind::Signature && !manifests.contains(node.digest))
                tree.m_unknownManifests.append(node.digest);
        } else if (node.parentDigests.isEmpty()) {
            tree.m_orphanUntagged.append(node.digest);
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
