#pragma once

#include "imagetree.h"
#include "operation.h"
#include "packageversion.h"
#include "retentionpolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Packhouse {

struct PlannedDeletion
{
    qint64 versionId = 0;
    QString digestOrName;
    QStringList tags;
    QString reason; // "selected", "untagged child of 1.4.0", "signature of latest/1.4.0"
    // The going images that list or sign it: it goes only after all of them went (Operation's field).
    QList<qint64> dependsOnVersionIds;

    friend bool operator==(const PlannedDeletion &, const PlannedDeletion &) = default;
};

struct ExcludedVersion
{
    qint64 versionId = 0;
    QString digestOrName;
    QString reason; // "shared with 1.3.0, which stays", "needed by 1.2.0, which stays", …

    friend bool operator==(const ExcludedVersion &, const ExcludedVersion &) = default;
};

// What deleting a selection really does (issue #7 "Review before deletion"): which versions go, in which
// order, which selected or dependent versions are kept and why, which tags stay pullable. Retention rules
// only feed `selected`; the rules that keep images pullable live here.
class DeletionPlan
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::DeletionPlan)

public:
    // Selecting an image takes its untagged children and its referrers (signatures, attestations, SBOMs,
    // whatever their own tags) with it, except children that an index which stays also lists. A selected
    // child whose index stays is kept. While the tree is incomplete no untagged version goes.
    // `activeVersions` is the listing the tree was built from; an incomplete listing is refused.
    static DeletionPlan forContainer(const ImageTree &tree, const QList<PackageVersion> &activeVersions,
                                     const QSet<qint64> &selected, bool packageIsPublic,
                                     bool listingComplete);
    // npm, Maven, RubyGems, NuGet, Docker: versions stand alone.
    static DeletionPlan forVersions(const QList<PackageVersion> &activeVersions, const QSet<qint64> &selected,
                                    bool packageIsPublic, bool listingComplete);

    // What `rule` would delete: RetentionPolicy's selection, planned as the review plans it. `tree` is the
    // package's image tree (null for non-container packages).
    static DeletionPlan forRule(const RetentionRule &rule, const QList<PackageVersion> &activeVersions,
                                const ImageTree *tree, bool packageIsPublic, const QDateTime &now,
                                bool listingComplete);

    // Parents before children, so an interrupted or failed run leaves no tagged image whose children are
    // gone: an image, then its signatures and attestations (nothing is left describing a manifest that is
    // gone), then its platform manifests. Each child depends on every going image that lists or signs it.
    QList<PlannedDeletion> deletions() const { return m_deletions; }
    // The deletions as operations for the queue, in the same order and with the same dependencies.
    QList<Operation> operations(const NamespaceRef &owner, PackageType type,
                                const QString &packageName) const;
    QList<ExcludedVersion> excluded() const { return m_excluded; }
    // Tags that stay pullable, in tree order; a referrer's `sha256-…` tag names no image and is left out.
    QStringList remainingTags() const { return m_remainingTags; }
    // The last-version rule (containers: no tagged image would remain, referrers aside): offer "Delete
    // package" instead.
    bool deletesEveryVersion() const { return m_deletesEveryVersion; }
    // Public packages: GitHub refuses versions with more than 5,000 downloads, and no API tells the count.
    bool mayHitDownloadRule() const { return m_isPublic && !m_deletions.isEmpty(); }
    bool refused() const { return !m_refusalReason.isEmpty(); }
    QString refusalReason() const { return m_refusalReason; }
    // Sentences for the review dialog, translated in the "Packhouse::DeletionPlan" context.
    QStringList warnings() const { return m_warnings; }

private:
    // An empty plan, refused when the listing it would be built from is incomplete.
    static DeletionPlan started(bool packageIsPublic, bool listingComplete);
    // The last-version rule first, the download rule last.
    void finish(bool isContainer);

    QList<PlannedDeletion> m_deletions;
    QList<ExcludedVersion> m_excluded;
    QStringList m_remainingTags;
    QStringList m_warnings;
    QString m_refusalReason;
    bool m_deletesEveryVersion = false;
    bool m_isPublic = false;
};

} // namespace Packhouse
