#include "deletionsize.h"

#include "blobusage.h"
#include "datasize.h"
#include "versiontreemodel.h"

#include <QTimer>

#include <algorithm>

namespace Packhouse {

DeletionSize DeletionSize::compute(const QList<PackageVersion> &activeVersions,
                                   const QHash<QString, OciManifest> &manifests, const ImageTree &tree,
                                   const QSet<qint64> &selected, const QSet<qint64> &going)
{
    DeletionSize size;
    // Cheap first: a package of thousands of versions is asked again as each manifest arrives.
    QHash<qint64, QString> digestOf;
    for (const PackageVersion &version : activeVersions) {
        if (version.isDeleted())
            continue;
        if (!manifests.contains(version.name))
            return size;
        digestOf.insert(version.id, version.name);
    }
    const BlobUsage usage = BlobUsage::build(activeVersions, manifests);
    if (usage.versionsWithoutManifest() > 0)
        return size;

    // The picked images with everything that hangs under them, and what the plan takes.
    QSet<qint64> footprint = going;
    QList<QString> pending;
    for (const qint64 id : selected + going) {
        if (const auto digest = digestOf.constFind(id); digest != digestOf.cend())
            pending.append(*digest);
    }
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString digest = pending.takeLast();
        if (seen.contains(digest))
            continue;
        seen.insert(digest);
        if (const ImageTree::Node *node = tree.node(digest); node && node->versionId != 0)
            footprint.insert(node->versionId);
        pending.append(tree.children(digest));
    }
    const BlobUsage::Split all = usage.split(footprint);
    size.known = true;
    size.sizeBytes = all.freedBytes + all.sharedBytes;
    size.freedBytes = usage.split(going).freedBytes;
    size.sharedBytes = std::max<qint64>(0, size.sizeBytes - size.freedBytes);
    return size;
}

DeletionSize DeletionSize::ofVersion(const VersionTreeModel &versions, qint64 versionId)
{
    if (versions.package().type != PackageType::Container || versions.showDeleted())
        return {};
    const QSet<qint64> selected{versionId};
    const DeletionPlan plan =
        DeletionPlan::forContainer(versions.imageTree(), versions.versions(), selected,
                                   versions.package().isPublic, versions.isListingComplete());
    return ofPlan(versions, selected, plan);
}

DeletionSize DeletionSize::ofPlan(const VersionTreeModel &versions, const QSet<qint64> &selected,
                                  const DeletionPlan &plan)
{
    if (versions.package().type != PackageType::Container || versions.showDeleted() || plan.refused())
        return {};
    QSet<qint64> going;
    for (const PlannedDeletion &deletion : plan.deletions())
        going.insert(deletion.versionId);
    DeletionSize size =
        compute(versions.versions(), versions.manifests(), versions.imageTree(), selected, going);
    size.leftToOverview = !size.known && !versions.sizesInPlace();
    size.unreadableManifests = size.known ? 0 : versions.unreadableForSizes();
    return size;
}

QString DeletionSize::sizeText() const
{
    if (leftToOverview)
        return tr("unknown here for a package this large: the Overview (View menu) reads every manifest");
    if (unreadableManifests > 0)
        return tr("unknown: %n manifest(s) of the package could not be read", nullptr, unreadableManifests);
    return known ? dataSizeText(sizeBytes) : tr("unknown until the image's manifests are read");
}

QString DeletionSize::freesText() const
{
    if (leftToOverview)
        return tr(
            "Size unknown here for a package this large: the Overview (View menu) reads every manifest.");
    if (unreadableManifests > 0)
        return tr("Size unknown: %n manifest(s) of the package could not be read.", nullptr,
                  unreadableManifests);
    if (!known)
        return tr("Size unknown until the image's manifests are read.");
    if (sharedBytes == 0)
        return tr("Frees %1.").arg(dataSizeText(freedBytes));
    if (freedBytes == 0)
        return tr("Frees nothing; %1 stays shared with images you keep.").arg(dataSizeText(sharedBytes));
    return tr("Frees %1; %2 stays shared with images you keep.")
        .arg(dataSizeText(freedBytes), dataSizeText(sharedBytes));
}

DeletionSizeUpdater::DeletionSizeUpdater(Update update, QObject *parent)
    : QObject(parent)
    , m_update(std::move(update))
{}

void DeletionSizeUpdater::setVersions(VersionTreeModel *versions)
{
    if (m_versions)
        m_versions->disconnect(this);
    m_versions = versions;
    if (m_versions) {
        connect(m_versions, &VersionTreeModel::manifestArrived, this, &DeletionSizeUpdater::schedule);
        connect(m_versions, &VersionTreeModel::listingFinished, this, &DeletionSizeUpdater::schedule);
    }
}

void DeletionSizeUpdater::schedule()
{
    if (m_pending)
        return;
    // Once per burst of manifests: a package of thousands of versions sends thousands.
    m_pending = true;
    QTimer::singleShot(100, this, [this] {
        m_pending = false;
        update();
    });
}

void DeletionSizeUpdater::update()
{
    const std::optional<DeletionSize> size = m_update ? m_update() : std::nullopt;
    // What a deletion frees depends on every version's manifest: read those missing (registry only).
    // Manifests that could not be read are not asked for again at every update.
    if (size && !size->known && size->unreadableManifests == 0 && m_versions &&
        m_versions->isListingComplete() && !m_versions->isLoadingEveryManifest())
        m_versions->loadEveryManifest();
}

} // namespace Packhouse
