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
// lazily: packhouse-prune plans from it.
class ManifestCollector : public QObject
{
    Q_OBJECT

public:
    ManifestCollector(RegistryClient *registry, const QString &owner, const QString &packageName,
                      QObject *parent = nullptr);

    // Ends in finished(), once every requested manifest arrived or failed.
    void collect(const QList<PackageVersion> &versions);
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

    RegistryClient *m_registry; // not owned
    QString m_owner;
    QString m_packageName;
    QSet<QString> m_versionDigests;
    QSet<QString> m_untaggedDigests;
    QSet<QString> m_referrerTagged; // versions whose tags are all referrer tags
    QSet<QString> m_pending;
    QHash<QString, OciManifest> m_manifests;
    QHash<QString, ApiError> m_errors;
};

} // namespace Packhouse
