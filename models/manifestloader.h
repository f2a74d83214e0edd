#pragma once

#include "apierror.h"
#include "ocimanifest.h"
#include "versionstore.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Packhouse {

class RegistryClient;

// Reads the manifests of a container package's tagged versions through the RegistryClient and shows what
// they say in the VersionStore: whether a version is an image or an index, and the index's entries
// (platform manifests before attestations, as ImageTree orders them). Keeps the manifests loaded so far, for
// the image tree, and the error of each row whose manifest could not be read.
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
    // Requests every tagged version's manifest not known yet (needed before planning a deletion).
    void loadAllManifests();
    bool manifestsComplete() const;
    // By digest.
    const QHash<QString, OciManifest> &manifests() const { return m_manifests; }
    // Why the manifest of the row `item` could not be read; none while it is not failed.
    std::optional<ApiError> errorOf(int item) const;

Q_SIGNALS:
    // A manifest was added to manifests().
    void manifestArrived();
    void errorOccurred(const Packhouse::ApiError &error);

private:
    void onManifestReady(const QString &digest, const OciManifest &manifest);
    void onManifestFailed(const QString &digest, const ApiError &error);
    static QList<VersionStore::IndexEntry> indexEntries(const QString &indexDigest, const OciManifest &index);

    RegistryClient *m_registry; // not owned
    VersionStore *m_store;      // not owned
    QString m_owner;
    QString m_packageName;
    QHash<QString, OciManifest> m_manifests;
    QHash<QString, ApiError> m_errors; // by digest, of the rows whose manifest failed
};

} // namespace Packhouse
