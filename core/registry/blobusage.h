#pragma once

#include "ocimanifest.h"
#include "packageversion.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Packhouse {

// What a container package's versions take in the registry: the blobs (layers, configs and the manifests
// themselves) each version's manifest references, every blob counted once however many versions share it.
// Answers "how big is this package" and "what would deleting these versions free" (only blobs that no staying
// version references are freed; the rest stays shared). Plain values, built from the manifests read so far.
class BlobUsage
{
public:
    struct Split
    {
        qint64 freedBytes = 0;  // referenced only by the going versions
        qint64 sharedBytes = 0; // referenced by a going version and by one that stays
    };

    // `versions`: the package's active versions (deleted ones are skipped). A version whose manifest is not
    // in `manifests` adds nothing and counts in versionsWithoutManifest().
    static BlobUsage build(const QList<PackageVersion> &versions,
                           const QHash<QString, OciManifest> &manifests);

    qint64 totalBytes() const { return m_totalBytes; }
    int versionsWithoutManifest() const { return m_versionsWithoutManifest; }
    bool knows(qint64 versionId) const { return m_blobsOfVersion.contains(versionId); }
    Split split(const QSet<qint64> &goingVersionIds) const;

private:
    QList<qint64> m_blobSizes;                  // by blob index
    QList<int> m_referencingVersions;           // by blob index: how many versions reference the blob
    QHash<qint64, QList<int>> m_blobsOfVersion; // version id → its blob indexes, each once
    qint64 m_totalBytes = 0;
    int m_versionsWithoutManifest = 0;
};

} // namespace Packhouse
