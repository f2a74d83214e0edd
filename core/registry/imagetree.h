#pragma once

#include "ocimanifest.h"
#include "packageversion.h"
#include "referrertag.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Packhouse {

// The version tree of ONE package. The REST API lists container versions flat; the registry's manifests say
// which untagged versions are platform manifests or attestations of which index. Nodes are keyed by digest
// (by version name for non-container packages, which are all top level). Plain values, no QObject: packages
// have 100,000s of versions.
class ImageTree
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::ImageTree)

public:
    enum class NodeKind : quint8
    {
        Image, // a single manifest at the top, tagged or not (or a version whose manifest is not known)
        Index, // an image index / manifest list
        PlatformManifest, // listed by an index for a platform
        Attestation,      // listed by an index as a buildx attestation (platform unknown/unknown)
        // A referrer, not an image: a `sha256-<hex>` referrers index (tagged or re-pushed untagged) and the
        // manifests it lists, cosign `sha256-<hex>.sig` / `.att` / `.sbom` tags, or a manifest with a
        // `subject`.
        Signature,
        Missing, // listed by an index but absent from the versions (already deleted: pulls break)
    };

    struct Node
    {
        qint64 versionId = 0; // 0 if Missing
        QString digest;
        QStringList tags;
        NodeKind kind = NodeKind::Image;
        QString platform;       // "linux/arm64/v8", "unknown/unknown"; from the first index that lists it
        QString attestedDigest; // Attestation: the platform manifest it describes
        ReferrerRole referrerRole = ReferrerRole::Attestations; // Signature only
        // Signature only: why it hangs under nothing ("describes sha256:…, which is not among the versions").
        QString problem;
        // The nodes it hangs under: indexes that list it, the image a Signature describes, or its referrers
        // index.
        QList<QString> parentDigests;

        bool shared() const { return parentDigests.size() > 1; }
    };

    // `versions` are the package's active versions (deleted ones are skipped); `manifests` those fetched so
    // far, by digest (manifests of digests that are not versions are ignored).
    // `unreadable`: digests whose manifest could not be read. An untagged version among them that nothing
    // lists may be a referrers index re-pushed untagged, which must stay while its subject does: the tree is
    // then incomplete, so that no plan takes it for an orphan.
    static ImageTree build(const QList<PackageVersion> &versions,
                           const QHash<QString, OciManifest> &manifests,
                           const QSet<QString> &unreadable = {});

    // Shown in this order: topLevel(), then a group of orphanUntagged().
    // Tagged versions (indexes or single images; every version of a non-container package), newest first,
    // with the referrers whose subject is not among the versions.
    QList<QString> topLevel() const { return m_topLevel; }
    // Untagged versions that no known index lists and that describe nothing, newest first.
    QList<QString> orphanUntagged() const { return m_orphanUntagged; }
    // An index's entries in index order, platforms before attestations; then the node's referrers.
    QList<QString> children(const QString &digest) const { return m_children.value(digest); }
    const Node *node(const QString &digest) const;
    qsizetype size() const { return m_nodes.size(); }

    // True when the manifest of every tagged version is known, and no untagged orphan's manifest failed.
    // Untagged versions of a package whose tree is not fully known must not be deleted (DOMAIN.md: refuse
    // rather than guess).
    bool isComplete() const { return m_unknownManifests.isEmpty(); }
    // Tagged digests whose manifest is not in `manifests` (not fetched or failed), newest first; a tagged
    // referrers index counts: the untagged manifests it lists would look orphaned.
    QList<QString> unknownManifests() const { return m_unknownManifests; }

private:
    QHash<QString, Node> m_nodes;
    QHash<QString, QList<QString>> m_children;
    QList<QString> m_topLevel;
    QList<QString> m_orphanUntagged;
    QList<QString> m_unknownManifests;
};

} // namespace Packhouse
