#pragma once

#include "deletionplan.h"
#include "imagetree.h"
#include "ocimanifest.h"
#include "packageversion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Packhouse {

class VersionTreeModel;

// What deleting container versions frees in the registry (issue #18), for Details and Review deletion: from
// BlobUsage over the package's active versions and the manifests read, each blob counted once. Unknown while
// the manifest of any active version is not read: a version not read may share the blobs that would go.
struct DeletionSize
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::DeletionSize)

public:
    bool known = false;
    bool leftToOverview = false; // unknown because the package is too large to size here (the Overview does)
    int unreadableManifests = 0; // unknown because these manifests could not be read
    qint64 sizeBytes = 0;   // what the deleted images take: their blobs and their children's, each once
    qint64 freedBytes = 0;  // of those, the blobs no version that stays references
    qint64 sharedBytes = 0; // the rest, which stays: images that are kept reference it

    // `selected`: what was picked (an image counts with its children and referrers); `going`: the versions
    // the plan deletes.
    static DeletionSize compute(const QList<PackageVersion> &activeVersions,
                                const QHash<QString, OciManifest> &manifests, const ImageTree &tree,
                                const QSet<qint64> &selected, const QSet<qint64> &going);
    // Deleting the version `versionId` of the container package `versions` shows, planned as the review plans
    // it. Unknown for other package types, while deleted versions are shown, or while the plan is refused.
    static DeletionSize ofVersion(const VersionTreeModel &versions, qint64 versionId);
    // What `plan`, made for `selected` of the package `versions` shows, frees.
    static DeletionSize ofPlan(const VersionTreeModel &versions, const QSet<qint64> &selected,
                               const DeletionPlan &plan);

    // "1.5 GB", or why it is not known.
    QString sizeText() const;
    // "Frees 412 MB; 1.1 GB stays shared with images you keep.", or why it is not known.
    QString freesText() const;
};

// Keeps a DeletionSize shown as the manifests of a container package arrive, for Details and Review deletion:
// the caller's update (which works the size out and shows it) runs once per burst of manifests, 100 ms after
// its first one, and when the listing ends; while the size it returns is unknown for want of a manifest,
// every manifest of the package is read (registry only; VersionTreeModel::loadEveryManifest()).
class DeletionSizeUpdater : public QObject
{
    Q_OBJECT

public:
    // Works the size out and shows it; nullopt when there is none to show (no version, not a container…).
    using Update = std::function<std::optional<DeletionSize>()>;

    explicit DeletionSizeUpdater(Update update, QObject *parent = nullptr);

    // The package whose manifests are followed (not owned; null for none).
    void setVersions(VersionTreeModel *versions);
    // update() once the burst of manifests is in.
    void schedule();
    // Runs the caller's update now, then reads the manifests the size is missing.
    void update();

private:
    Update m_update;
    QPointer<VersionTreeModel> m_versions;
    bool m_pending = false;
};

} // namespace Packhouse
