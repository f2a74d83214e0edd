#include "blobusage.h"

namespace Packhouse {

BlobUsage BlobUsage::build(const QList<PackageVersion> &versions,
                           const QHash<QString, OciManifest> &manifests)
{
    BlobUsage usage;
    QHash<QString, int> indexOfDigest;
    const auto reference = [&](QList<int> &blobs, const QString &digest, qint64 size) {
        auto found = indexOfDigest.constFind(digest);
        int index = 0;
        if (found == indexOfDigest.constEnd()) {
            index = int(usage.m_blobSizes.size());
            indexOfDigest.insert(digest, index);
            usage.m_blobSizes.append(size);
            usage.m_referencingVersions.append(0);
            usage.m_totalBytes += size;
        } else {
            index = *found;
        }
        if (!blobs.contains(index)) { // a layer listed twice by one manifest is one blob
            blobs.append(index);
            ++usage.m_referencingVersions[index];
        }
    };
    for (const PackageVersion &version : versions) {
        if (version.isDeleted())
            continue;
        const auto manifest = manifests.constFind(version.name);
        if (manifest == manifests.constEnd()) {
            ++usage.m_versionsWithoutManifest;
            continue;
        }
        QList<int> blobs;
        // An index's entries are versions of their own: they add their blobs when they come.
        reference(blobs, manifest->digest, manifest->bodySize);
        if (manifest->kind == OciManifest::Kind::Image) {
            reference(blobs, manifest->config.digest, manifest->config.size);
            for (const OciDescriptor &layer : manifest->layers)
                reference(blobs, layer.digest, layer.size);
        }
        usage.m_blobsOfVersion.insert(version.id, blobs);
    }
    return usage;
}

BlobUsage::Split BlobUsage::split(const QSet<qint64> &goingVersionIds) const
{
    QHash<int, int> goingReferences; // blob index → how many going versions reference it
    for (const qint64 id : goingVersionIds) {
        for (const int blob : m_blobsOfVersion.value(id))
            ++goingReferences[blob];
    }
    Split split;
    for (auto it = goingReferences.cbegin(); it != goingReferences.cend(); ++it) {
        if (it.value() == m_referencingVersions.at(it.key()))
            split.freedBytes += m_blobSizes.at(it.key());
        else
            split.sharedBytes += m_blobSizes.at(it.key());
    }
    return split;
}

} // namespace Packhouse
