#include "packagehealth.h"

#include "blobusage.h"
#include "deletionplan.h"
#include "imagetree.h"

#include <QSet>

namespace Packhouse {

namespace {

// Indexes, anywhere in the tree, that list a manifest which is not among the versions: pulling them fails.
int countBrokenIndexes(const ImageTree &tree)
{
    int broken = 0;
    QSet<QString> seen;
    QList<QString> pending = tree.topLevel() + tree.orphanUntagged();
    while (!pending.isEmpty()) {
        const QString digest = pending.takeLast();
        if (seen.contains(digest))
            continue;
        seen.insert(digest);
        const ImageTree::Node *node = tree.node(digest);
        if (!node)
            continue;
        const QList<QString> children = tree.children(digest);
        bool missingChild = false;
        for (const QString &child : children) {
            const ImageTree::Node *childNode = tree.node(child);
            missingChild = missingChild || (childNode && childNode->kind == ImageTree::NodeKind::Missing);
        }
        if (node->kind == ImageTree::NodeKind::Index && missingChild)
            ++broken;
        pending.append(children);
    }
    return broken;
}

} // namespace

int PackageHealth::daysSinceLastPush(const QDateTime &now) const
{
    return newest.isValid() ? int(newest.daysTo(now)) : -1;
}

PackageHealth PackageHealth::compute(const Package &package, const QList<PackageVersion> &versions,
                                     bool listingComplete, const QHash<QString, OciManifest> &manifests,
                                     const QHash<QString, ApiError> &manifestErrors,
                                     const RetentionRule *rule, const QDateTime &now)
{
    PackageHealth health;
    health.package = package;
    health.scanned = true;
    for (const PackageVersion &version : versions) {
        if (version.isDeleted())
            continue;
        ++health.versions;
        if (health.isContainer()) // other types have no tags in GitHub's API
            ++(version.isTagged() ? health.tagged : health.untagged);
        if (!health.newest.isValid() || version.createdAt > health.newest)
            health.newest = version.createdAt;
        if (!health.oldest.isValid() || version.createdAt < health.oldest)
            health.oldest = version.createdAt;
    }
    if (!listingComplete)
        health.problems.append(tr("The version listing is incomplete: the figures count what was listed."));

    std::optional<ImageTree> tree;
    std::optional<BlobUsage> usage;
    if (health.isContainer()) {
        QSet<QString> unreadable;
        for (auto it = manifestErrors.cbegin(); it != manifestErrors.cend(); ++it)
            unreadable.insert(it.key());
        tree = ImageTree::build(versions, manifests, unreadable);
        health.orphans = int(tree->orphanUntagged().size());
        health.brokenImages = countBrokenIndexes(*tree);
        if (!manifestErrors.isEmpty()) {
            const auto first = manifestErrors.constBegin();
            health.problems.append(
                tr("%n manifest(s) could not be read (%1: %2)", nullptr, int(manifestErrors.size()))
                    .arg(first.key(), first.value().userMessage()));
        }
        usage = BlobUsage::build(versions, manifests);
        if (health.versions == 0 || usage->versionsWithoutManifest() < health.versions)
            health.sizeBytes = usage->totalBytes();
        health.sizeIsPartial = health.sizeBytes && usage->versionsWithoutManifest() > 0;
    }
    if (rule) {
        const DeletionPlan plan = DeletionPlan::forRule(*rule, versions, tree ? &*tree : nullptr,
                                                        package.isPublic, now, listingComplete);
        QSet<qint64> going;
        health.ruleRefusal = plan.refusalReason();
        if (health.ruleRefusal.isEmpty() && plan.deletesEveryVersion()) // that is deleting the package
            health.ruleRefusal = plan.warnings().constFirst();
        for (const PlannedDeletion &deletion : plan.deletions()) {
            if (!health.ruleRefusal.isEmpty())
                break;
            going.insert(deletion.versionId);
            health.ruleDeletionIds.append(deletion.versionId);
        }
        health.ruleDeletions = int(going.size());
        // A version whose manifest was not read may share what would go: then nothing is known to be freed.
        if (health.sizeBytes && !health.sizeIsPartial)
            health.reclaimableBytes = usage->split(going).freedBytes;
    }
    health.complete = listingComplete && manifestErrors.isEmpty() && (!tree || tree->isComplete());
    return health;
}

} // namespace Packhouse
