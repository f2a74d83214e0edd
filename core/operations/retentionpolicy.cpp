#include "retentionpolicy.h"

#include "semanticversion.h"
#include "tagpattern.h"

#include <QHash>

#include <algorithm>

namespace Packhouse {

namespace {

bool isPreRelease(const PackageVersion &version)
{
    const auto preRelease = [](const QString &text) {
        const std::optional<SemanticVersion> parsed = SemanticVersion::parse(text);
        return parsed && parsed->isPreRelease();
    };
    return preRelease(version.name) || std::any_of(version.tags.cbegin(), version.tags.cend(), preRelease);
}

// Every node below the top of the tree or an orphan (an untagged image has referrers too), parents before
// their children.
QList<QString> descendants(const ImageTree &tree)
{
    QList<QString> result;
    QSet<QString> seen;
    QList<QString> pending = tree.topLevel() + tree.orphanUntagged();
    for (qsizetype i = 0; i < pending.size(); ++i) {
        for (const QString &child : tree.children(pending.at(i))) {
            if (!seen.contains(child)) {
                seen.insert(child);
                result.append(child);
                pending.append(child);
            }
        }
    }
    return result;
}

// A child goes when every node it hangs under goes; repeated because signatures can hang under children.
void takeChildrenAlong(const ImageTree &tree, QSet<qint64> &selected)
{
    const QList<QString> children = descendants(tree);
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString &digest : children) {
            const ImageTree::Node *node = tree.node(digest);
            if (!node || node->versionId == 0 || selected.contains(node->versionId) ||
                node->parentDigests.isEmpty())
                continue;
            const bool orphaned = std::all_of(
                node->parentDigests.cbegin(), node->parentDigests.cend(), [&](const QString &parent) {
                    const ImageTree::Node *parentNode = tree.node(parent);
                    return parentNode && selected.contains(parentNode->versionId);
                });
            if (orphaned) {
                selected.insert(node->versionId);
                changed = true;
            }
        }
    }
}

} // namespace

QSet<qint64> RetentionPolicy::select(const RetentionRule &rule, const QList<PackageVersion> &versions,
                                     const ImageTree *tree, const QDateTime &now, bool listingComplete)
{
    if (rule.isEmpty())
        return {};
    const TagPattern pattern(rule.tagPattern);
    const auto matches = [&](const PackageVersion &version) {
        if (version.isDeleted() || (rule.untaggedOnly && version.isTagged()))
            return false;
        if (rule.preReleasesOnly && !isPreRelease(version))
            return false;
        return pattern.isEmpty() || pattern.matches(version.tags + QStringList{version.name});
    };

    QList<const PackageVersion *> candidates;
    if (tree) {
        QHash<qint64, const PackageVersion *> byId;
        for (const PackageVersion &version : versions)
            byId.insert(version.id, &version);
        const auto consider = [&](const QList<QString> &digests, bool untagged) {
            // An untagged version may belong to an index whose manifest is not known yet, or that is on a page
            // the listing did not get.
            if (untagged && (!tree->isComplete() || !listingComplete))
                return;
            for (const QString &digest : digests) {
                const ImageTree::Node *node = tree->node(digest);
                // A referrer is no image: it never counts towards "keep the N newest" and goes with its
                // subject only.
                if (!node || node->kind == ImageTree::NodeKind::Signature)
                    continue;
                const PackageVersion *version = byId.value(node->versionId);
                if (version && (!untagged || !version->isTagged()) && matches(*version))
                    candidates.append(version);
            }
        };
        consider(tree->topLevel(), false);
        consider(tree->orphanUntagged(), true);
    } else {
        for (const PackageVersion &version : versions) {
            if (matches(version))
                candidates.append(&version);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const PackageVersion *a, const PackageVersion *b) {
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id > b->id;
    });

    const QDateTime cutoff = now.addDays(-rule.olderThanDays);
    QSet<qint64> selected;
    for (qsizetype i = qMax(0, rule.keepNewest); i < candidates.size(); ++i) {
        const PackageVersion *version = candidates.at(i);
        if (rule.olderThanDays <= 0 || version->createdAt < cutoff)
            selected.insert(version->id);
    }
    if (tree)
        takeChildrenAlong(*tree, selected);
    return selected;
}

} // namespace Packhouse
