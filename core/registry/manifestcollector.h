#pragma once

#include "apierror.h"
#include "ocimanifest.h"
#include "packageversion.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Packhouse {

class RegistryClient;

// Fetches, for a container package listed in full, the manifests its ImageTree needs to be complete: every
// tagged version's; when the package has referrer tags (`sha256-<hex>`, cosign's `.sig`/`.att`/`.sbom`) every
// untagged version's too (one may be a referrers index re-pushed untagged); and the entries of every
// referrers or untagged index (their `subject` says what they describe). Used where there is no view to load
// lazily: packhouse-prune plans from it. Fed page by page while the listing runs, so manifests load
// alongside.
class ManifestCollector : public QObject
{
    Q_OBJECT

public:
    ManifestCollector(RegistryClient *registry, const QString &owner, const QString &packageName,
                      QObject *parent = nullptr);

    // Also read every untagged version's manifest (the overview adds up the blobs each version references).
    void setReadEveryVersion(bool every) { m_readEveryVersion = every; }
    // A page of the listing: its tagged versions' manifests are requested at once.
    void add(const QList<PackageVersion> &versions);
    // The listing starts over; the manifests read so far stay (they are immutable).
    void restart();
    // The listing is whole: what only the whole listing tells is requested, then finished() follows once
    // every requested manifest arrived or failed.
    void listingFinished();
    const QHash<QString, OciManifest> &manifests() const { return m_manifests; }
    // By digest: the manifests that could not be read.
    const QHash<QString, ApiError> &errors() const { return m_errors; }

Q_SIGNALS:
    void finished();

private:
    void request(const QString &digest);
    void onReady(const QString &digest, const OciManifest &manifest);
    void onFailed(const QString &digest, const ApiError &error);
    void settle(const QString &digest);
    void finishIfDone();

    RegistryClient *m_registry; // not owned
    QString m_owner;
    QString m_packageName;
    QSet<QString> m_versionDigests;
    QSet<QString> m_untaggedDigests;
    QSet<QString> m_referrerTagged; // versions whose tags are all referrer tags
    QSet<QString> m_pending;
    bool m_hasReferrerTags = false;
    bool m_readEveryVersion = false;
    bool m_listingFinished = false;
    bool m_reported = false; // finished() was emitted
    QHash<QString, OciManifest> m_manifests;
    QHash<QString, ApiError> m_errors;
};

} // namespace Packhouse
