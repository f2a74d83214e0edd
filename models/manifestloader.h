#pragma once

#include "apierror.h"
#include "ocimanifest.h"
#include "versionstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace Packhouse {

class RegistryClient;

// Reads the manifests of a container package's tagged versions through the RegistryClient and shows what
// they say in the VersionStore: whether a version is an image or an index, and the index's entries
// (platform manifests before attestations, as ImageTree orders them). Keeps the manifests loaded so far, for
// the image tree, and the error of each row whose manifest could not be read.
// Referrers are read further, though untagged: the manifests a referrers index lists (their `subject` and
// artifact type say what they are), and in a package with referrers the untagged versions no index lists
// (one may be a referrers index re-pushed untagged, which must stay while its subject does). A version that
// its manifests show to be a referrer (ReferrerTag::ofManifests, as ImageTree reads them) moves under what
// it describes, with what it lists; a row whose manifest could not be read carries the error.
class ManifestLoader : public QObject
{
    Q_OBJECT

public:
    // Without a registry nothing is requested.
    ManifestLoader(RegistryClient *registry, VersionStore *store, QObject *parent = nullptr);

    // Forgets the manifests and errors of the package shown before.
    void setPackage(const QString &owner, const QString &packageName);
    // `item` is a tagged container version's row.
    void requestManifest(int item);
    // Requests every tagged version's manifest not known yet, and the referrers' (needed before planning a
    // deletion), again those that failed.
    void loadAllManifests();
    bool manifestsComplete() const;
    // For sizes (issue #18): requests the manifest of each of `digests` (the package's active versions) not
    // read or asked for yet, registry only; unlike loadAllManifests(), one that fails leaves the tree alone.
    void loadManifestsOf(const QList<QString> &digests);
    bool isLoadingManifestsOf() const { return !m_sizeRequested.isEmpty(); }
    // loadManifestsOf() digests the registry could not give.
    int sizeUnreadableCount() const { return int(m_sizeUnreadable.size()); }
    // By digest.
    const QHash<QString, OciManifest> &manifests() const { return m_manifests; }
    // The digests whose manifest could not be read (for the image tree's completeness).
    QSet<QString> unreadableDigests() const;
    // Why the manifest of the row `item` could not be read: its own (none while it is not failed), or the one
    // read for what the row is (a referrer, an untagged version).
    std::optional<ApiError> errorOf(int item) const;
    // What the index `indexDigest` lists, as its rows show it: platform manifests before attestations (with
    // the platform they attest), each digest once; a referrers index's entries are referrers, their role from
    // the artifact type of their manifest in `known`, else of the entry.
    static QList<VersionStore::IndexEntry> entriesOf(const QString &indexDigest, const OciManifest &index,
                                                     bool isReferrersIndex,
                                                     const QHash<QString, OciManifest> &known = {});

Q_SIGNALS:
    // A manifest was added to manifests().
    void manifestArrived();
    void errorOccurred(const Packhouse::ApiError &error);

private:
    void onManifestReady(const QString &digest, const OciManifest &manifest);
    void onManifestFailed(const QString &digest, const ApiError &error);
    // A manifest that is not a row's own: a referrer's, or an untagged version's.
    void requestUntagged(const QString &digest);
    // A referrers index lists referring manifests: read them for their `subject`.
    void requestReferrersOf(const QString &indexDigest, const OciManifest &index);
    // The versions the arrival of `digest`'s manifest shows to be referrers (it, or untagged indexes waiting
    // for it) go to the store; returns their digests.
    QStringList placeReferrers(const QString &digest);
    // The row `item` of `digest` shows its manifest: an index's entries, or just that it is loaded.
    void showManifest(int item, const QString &digest, const OciManifest &manifest);

    RegistryClient *m_registry; // not owned
    VersionStore *m_store;      // not owned
    QString m_owner;
    QString m_packageName;
    QHash<QString, OciManifest> m_manifests;
    QHash<QString, ApiError> m_errors; // by digest, of the rows whose manifest failed
    QSet<QString> m_untaggedRequested; // requestUntagged() digests not answered yet
    QSet<QString> m_sizeRequested;     // loadManifestsOf() digests not answered yet
    QSet<QString> m_sizeUnreadable;    // loadManifestsOf() digests that failed
    // Listed manifest digest → the indexes that wait for it to tell what they describe.
    QHash<QString, QStringList> m_indexesAwaiting;
};

} // namespace Packhouse
