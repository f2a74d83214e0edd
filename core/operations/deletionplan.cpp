#include "deletionplan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Packhouse {

namespace {

QString incompleteListingReason()
{
    return DeletionPlan::tr("The version listing is incomplete: reload it before deleting anything.");
}

QString notListedReason()
{
    return DeletionPlan::tr("not among the package's active versions");
}

QString labelOf(const ImageTree &tree, const QString &digest)
{
    const ImageTree::Node *node = tree.node(digest);
    return Operation::versionLabel(node ? node->tags : QStringList(), digest);
}

// What a referrer is about: through the referrers index that lists it, the image the index describes.
QString describedLabel(const ImageTree &tree, QString digest)
{
    // Bounded: a malformed registry may make referrers describe each other.
    for (qsizetype step = 0; step < tree.size(); ++step) {
        const ImageTree::Node *node = tree.node(digest);
        if (!node || node->kind != ImageTree::NodeKind::Signature || node->parentDigests.isEmpty())
            break;
        digest = node->parentDigests.constFirst();
    }
    return labelOf(tree, digest);
}

QString referrerReason(ReferrerRole role)
{
    switch (role) {
    case ReferrerRole::Signature:
        //: Why a version goes: it is the signature of the image %1, which goes.
        return DeletionPlan::tr("signature of %1");
    case ReferrerRole::Sbom:
        return DeletionPlan::tr("SBOM of %1");
    case ReferrerRole::Attestations:
        break;
    }
    return DeletionPlan::tr("attestations of %1");
}

// "a", "a and b", "a, b and c"; not QLocale's list, which depends on the system locale rather than the
// translation.
QString listOf(QStringList names)
{
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return DeletionPlan::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// Works out one container plan: which versions may go, then walks the tree to list them parents first.
class ContainerPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::DeletionPlan)

public:
    ContainerPlanner(const ImageTree &tree, const QList<PackageVersion> &activeVersions)
        : m_tree(tree)
        , m_versions(activeVersions)
    {}

    void select(const QSet<qint64> &selected, QList<ExcludedVersion> &unplaceable)
    {
        QHash<qint64, const PackageVersion *> byId;
        byId.reserve(m_versions.size());
        for (const PackageVersion &version : m_versions)
            byId.insert(version.id, &version);
        QList<qint64> ids(selected.cbegin(), selected.cend());
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const PackageVersion *version = byId.value(id);
            if (!version || version->isDeleted()) {
                unplaceable.append({id, version ? version->name : QString(), notListedReason()});
                continue;
            }
            const ImageTree::Node *node = m_tree.node(version->name);
            if (!node || node->versionId != id) {
                unplaceable.append({id, version->name, tr("not in the image tree: reload the package")});
                continue;
            }
            m_selected.insert(version->name);
        }
    }

    void decide()
    {
        const bool treeComplete = m_tree.isComplete();
        const QString incomplete =
            tr("untagged, and the image tree is incomplete (%n manifest(s) could not be read)", nullptr,
               int(m_tree.unknownManifests().size()));
        for (const QString &digest : std::as_const(m_selected)) {
            if (!treeComplete && m_tree.node(digest)->tags.isEmpty()) {
                m_excludedReason.insert(digest, incomplete);
                ++m_keptForIncompleteTree;
            } else {
                m_going.insert(digest);
            }
        }
        takeDependents(treeComplete, incomplete);
        dropWhatKeptIndexesNeed();
    }

    void list(QList<PlannedDeletion> &deletions, QList<ExcludedVersion> &excluded, QStringList &remainingTags)
    {
        m_deletions = &deletions;
        m_excluded = &excluded;
        m_remainingTags = &remainingTags;
        for (const QString &digest : m_tree.topLevel())
            visit(digest, {});
        for (const QString &digest : m_tree.orphanUntagged())
            visit(digest, {});
        // Only cycles between indexes escape the walk; and versions the tree does not know keep their tags.
        for (const PackageVersion &version : m_versions) {
            if (version.isDeleted() || m_emitted.contains(version.name))
                continue;
            if (m_tree.node(version.name))
                place(version.name, {});
            else
                remainingTags.append(version.tags);
        }
    }

    bool leavesNoTaggedVersion() const
    {
        bool deletesTagged = false;
        for (const PackageVersion &version : m_versions) {
            if (version.isDeleted() || version.tags.isEmpty() || isReferrer(version.name))
                continue; // a signature's or attestation's tag is no image GitHub would keep
            if (!m_going.contains(version.name))
                return false;
            deletesTagged = true;
        }
        return deletesTagged;
    }

    bool isReferrer(const QString &digest) const
    {
        const ImageTree::Node *node = m_tree.node(digest);
        return node && node->kind == ImageTree::NodeKind::Signature;
    }

    int childrenTaken() const { return m_childrenTaken; }
    int referrersTaken(ReferrerRole role) const { return m_referrersTaken.value(role); }
    int sharedKept() const { return m_sharedKept; }
    int neededKept() const { return m_neededKept; }
    int keptForIncompleteTree() const { return m_keptForIncompleteTree; }
    // Untagged versions no tagged image lists, that stay while others of them go. Their manifests are not
    // read, so one of them may be a multi-arch index that lists a version going.
    int orphansStayingBesideOrphansGoing() const
    {
        const QStringList orphans = m_tree.orphanUntagged();
        const auto going = std::count_if(orphans.cbegin(), orphans.cend(),
                                         [this](const QString &digest) { return m_going.contains(digest); });
        return going > 0 ? int(orphans.size() - going) : 0;
    }

private:
    // Untagged children and signatures of what goes are candidates to go with it.
    void takeDependents(bool treeComplete, const QString &incomplete)
    {
        QList<QString> pending(m_going.cbegin(), m_going.cend());
        while (!pending.isEmpty()) {
            const QString parent = pending.takeLast();
            for (const QString &child : m_tree.children(parent)) {
                const ImageTree::Node *node = m_tree.node(child);
                if (node->kind == ImageTree::NodeKind::Missing || m_going.contains(child) ||
                    m_excludedReason.contains(child))
                    continue;
                if (node->kind != ImageTree::NodeKind::Signature && !node->tags.isEmpty())
                    continue; // has tags of its own: it stays pullable
                if (!treeComplete && node->tags.isEmpty()) {
                    m_excludedReason.insert(child, incomplete);
                    ++m_keptForIncompleteTree;
                    continue;
                }
                m_going.insert(child);
                pending.append(child);
            }
        }
    }

    // An index that stays needs every child it lists; a taken-along version needs all its parents to go.
    bool mustStay(const QString &digest) const
    {
        const ImageTree::Node *node = m_tree.node(digest);
        if (m_selected.contains(digest) && node->kind == ImageTree::NodeKind::Signature)
            return false; // deleting a signature breaks no image
        return std::any_of(node->parentDigests.cbegin(), node->parentDigests.cend(),
                           [this](const QString &parent) { return !m_going.contains(parent); });
    }

    void dropWhatKeptIndexesNeed()
    {
        const QSet<QString> candidates = m_going;
        QList<QString> pending(candidates.cbegin(), candidates.cend());
        while (!pending.isEmpty()) {
            const QString digest = pending.takeLast();
            if (!m_going.contains(digest) || !mustStay(digest))
                continue;
            m_going.remove(digest);
            for (const QString &child : m_tree.children(digest)) {
                if (m_going.contains(child))
                    pending.append(child);
            }
        }
        for (const QString &digest : candidates) {
            if (!m_going.contains(digest))
                explainWhyKept(digest);
        }
    }

    void explainWhyKept(const QString &digest)
    {
        const ImageTree::Node *node = m_tree.node(digest);
        QStringList staying;
        bool anyParentGoes = false;
        for (const QString &parent : node->parentDigests) {
            if (m_going.contains(parent))
                anyParentGoes = true;
            else
                staying.append(labelOf(m_tree, parent));
        }
        const QString names = listOf(staying);
        if (m_selected.contains(digest)) {
            //: Why a selected version is kept: %1 names the images (one, or "a and b") that stay and need it.
            m_excludedReason.insert(
                digest, tr("needed by %1, which stay(s)", nullptr, int(staying.size())).arg(names));
            ++m_neededKept;
        } else if (anyParentGoes) {
            // Not listed when nothing it hangs under goes: then it was never going to be taken.
            //: Why a version is kept: %1 names the images (one, or "a and b") that stay and list it too.
            m_excludedReason.insert(
                digest, tr("shared with %1, which stay(s)", nullptr, int(staying.size())).arg(names));
            ++m_sharedKept;
        }
    }

    // A version going with others is listed once all of them are: under the last parent that goes.
    void visit(const QString &digest, const QString &via)
    {
        if (m_emitted.contains(digest))
            return;
        const ImageTree::Node *node = m_tree.node(digest);
        if (m_going.contains(digest)) {
            const bool parentPending = std::any_of(
                node->parentDigests.cbegin(), node->parentDigests.cend(), [this](const QString &parent) {
                    return m_going.contains(parent) && !m_emitted.contains(parent);
                });
            if (parentPending)
                return;
        }
        place(digest, via);
        for (const QString &child : childrenInDeletionOrder(digest))
            visit(child, digest);
    }

    // Signatures, attestations and any other entry before the platform manifests: a run that stops part way
    // leaves no attestation or signature of a manifest that is gone.
    QList<QString> childrenInDeletionOrder(const QString &digest) const
    {
        QList<QString> children = m_tree.children(digest);
        std::stable_partition(children.begin(), children.end(), [this](const QString &child) {
            return m_tree.node(child)->kind != ImageTree::NodeKind::PlatformManifest;
        });
        return children;
    }

    void place(const QString &digest, const QString &via)
    {
        m_emitted.insert(digest);
        const ImageTree::Node *node = m_tree.node(digest);
        if (node->kind == ImageTree::NodeKind::Missing)
            return; // nothing to delete or keep
        if (!m_going.contains(digest)) {
            if (const auto reason = m_excludedReason.constFind(digest); reason != m_excludedReason.cend())
                m_excluded->append({node->versionId, digest, *reason});
            if (node->kind != ImageTree::NodeKind::Signature)
                m_remainingTags->append(node->tags); // a referrer's tag pulls no image
            return;
        }
        QList<qint64> goingParents;
        for (const QString &parent : node->parentDigests) {
            if (m_going.contains(parent))
                goingParents.append(m_tree.node(parent)->versionId);
        }
        QString reason;
        if (m_selected.contains(digest)) {
            reason = tr("selected");
        } else {
            // Outside the walk (a cycle of indexes) there is no `via`: any parent that goes explains it.
            const QString parent =
                via.isEmpty() ? *std::find_if(node->parentDigests.cbegin(), node->parentDigests.cend(),
                                              [this](const QString &p) { return m_going.contains(p); })
                              : via;
            if (node->kind == ImageTree::NodeKind::Signature) {
                reason = referrerReason(node->referrerRole).arg(describedLabel(m_tree, parent));
                ++m_referrersTaken[node->referrerRole];
            } else {
                reason = tr("untagged child of %1").arg(labelOf(m_tree, parent));
                ++m_childrenTaken;
            }
        }
        m_deletions->append({node->versionId, digest, node->tags, reason, goingParents});
    }

    const ImageTree &m_tree;
    const QList<PackageVersion> &m_versions;
    QSet<QString> m_selected;
    QSet<QString> m_going;
    QHash<QString, QString> m_excludedReason;
    QSet<QString> m_emitted;
    int m_childrenTaken = 0;
    QHash<ReferrerRole, int> m_referrersTaken;
    int m_sharedKept = 0;
    int m_neededKept = 0;
    int m_keptForIncompleteTree = 0;
    QList<PlannedDeletion> *m_deletions = nullptr; // not owned
    QList<ExcludedVersion> *m_excluded = nullptr;  // not owned
    QStringList *m_remainingTags = nullptr;        // not owned
};

} // namespace

DeletionPlan DeletionPlan::started(bool packageIsPublic, bool listingComplete)
{
    DeletionPlan plan;
    plan.m_isPublic = packageIsPublic;
    if (!listingComplete)
        plan.m_refusalReason = incompleteListingReason();
    return plan;
}

DeletionPlan DeletionPlan::forContainer(const ImageTree &tree, const QList<PackageVersion> &activeVersions,
                                        const QSet<qint64> &selected, bool packageIsPublic,
                                        bool listingComplete)
{
    DeletionPlan plan = started(packageIsPublic, listingComplete);
    if (plan.refused())
        return plan;
    ContainerPlanner planner(tree, activeVersions);
    QList<ExcludedVersion> unplaceable;
    planner.select(selected, unplaceable);
    planner.decide();
    planner.list(plan.m_deletions, plan.m_excluded, plan.m_remainingTags);
    plan.m_excluded.append(unplaceable);
    plan.m_deletesEveryVersion = planner.leavesNoTaggedVersion();

    if (planner.childrenTaken() > 0)
        plan.m_warnings.append(tr("%n untagged version(s) go with the image(s) that list them.", nullptr,
                                  planner.childrenTaken()));
    if (const int signatures = planner.referrersTaken(ReferrerRole::Signature); signatures > 0)
        plan.m_warnings.append(tr("%n signature(s) go with the image(s) they sign.", nullptr, signatures));
    if (const int attestations = planner.referrersTaken(ReferrerRole::Attestations); attestations > 0)
        plan.m_warnings.append(
            tr("%n attestation(s) go with the image(s) they attest.", nullptr, attestations));
    if (const int sboms = planner.referrersTaken(ReferrerRole::Sbom); sboms > 0)
        plan.m_warnings.append(tr("%n SBOM(s) go with the image(s) they describe.", nullptr, sboms));
    if (planner.sharedKept() > 0)
        plan.m_warnings.append(
            tr("%n version(s) shared with image(s) that stay are kept.", nullptr, planner.sharedKept()));
    if (planner.neededKept() > 0)
        plan.m_warnings.append(tr("%n selected version(s) are kept because image(s) that stay need them.",
                                  nullptr, planner.neededKept()));
    if (const int staying = planner.orphansStayingBesideOrphansGoing(); staying > 0)
        plan.m_warnings.append(
            tr("%n untagged version(s) that no tagged image lists stay. If one is a multi-arch index, it may "
               "list a version that goes: pulling it by digest would then fail.",
               nullptr, staying));
    if (planner.keptForIncompleteTree() > 0) {
        const QString why = tr("The image tree is incomplete (%n manifest(s) could not be read): untagged "
                               "versions cannot be deleted safely and are kept.",
                               nullptr, int(tree.unknownManifests().size()));
        if (plan.m_deletions.isEmpty())
            plan.m_refusalReason = why;
        else
            plan.m_warnings.append(why);
    }
    plan.finish(true);
    return plan;
}

DeletionPlan DeletionPlan::forRule(const RetentionRule &rule, const QList<PackageVersion> &activeVersions,
                                   const ImageTree *tree, bool packageIsPublic, const QDateTime &now,
                                   bool listingComplete)
{
    const QSet<qint64> selected = RetentionPolicy::select(rule, activeVersions, tree, now, listingComplete);
    return tree ? forContainer(*tree, activeVersions, selected, packageIsPublic, listingComplete)
                : forVersions(activeVersions, selected, packageIsPublic, listingComplete);
}

DeletionPlan DeletionPlan::forVersions(const QList<PackageVersion> &activeVersions,
                                       const QSet<qint64> &selected, bool packageIsPublic,
                                       bool listingComplete)
{
    DeletionPlan plan = started(packageIsPublic, listingComplete);
    if (plan.refused())
        return plan;
    QSet<qint64> listed;
    for (const PackageVersion &version : activeVersions) {
        if (version.isDeleted())
            continue;
        listed.insert(version.id);
        if (selected.contains(version.id))
            plan.m_deletions.append({version.id, version.name, version.tags, tr("selected"), {}});
        else
            plan.m_remainingTags.append(version.tags);
    }
    QList<qint64> unlisted;
    for (qint64 id : selected) {
        if (!listed.contains(id))
            unlisted.append(id);
    }
    std::sort(unlisted.begin(), unlisted.end());
    for (qint64 id : std::as_const(unlisted))
        plan.m_excluded.append({id, QString(), notListedReason()});
    plan.m_deletesEveryVersion = !listed.isEmpty() && plan.m_deletions.size() == listed.size();
    plan.finish(false);
    return plan;
}

void DeletionPlan::finish(bool isContainer)
{
    if (m_deletesEveryVersion) {
        m_warnings.prepend(
            isContainer ? tr("No tagged version would remain: GitHub refuses to delete the last tagged "
                             "version of a package. Delete the whole package instead.")
                        : tr("This deletes every version: GitHub refuses to delete the last version of "
                             "a package. Delete the whole package instead."));
    }
    if (mayHitDownloadRule()) {
        m_warnings.append(
            tr("The package is public: GitHub refuses to delete public versions downloaded more than "
               "5,000 times, and no API tells the count beforehand."));
    }
}

QList<Operation> DeletionPlan::operations(const NamespaceRef &owner, PackageType type,
                                          const QString &packageName) const
{
    QList<Operation> operations;
    operations.reserve(m_deletions.size());
    for (const PlannedDeletion &deletion : m_deletions) {
        Operation operation = Operation::onVersion(Operation::Kind::DeleteVersion, owner, type, packageName,
                                                   deletion.versionId, deletion.digestOrName, deletion.tags);
        operation.dependsOnVersionIds = deletion.dependsOnVersionIds;
        operations.append(operation);
    }
    return operations;
}

} // namespace Packhouse
