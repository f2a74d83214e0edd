#pragma once

#include "namespaceref.h"
#include "operation.h"
#include "package.h"
#include "packageversion.h"

#include <QList>
#include <QSet>

namespace Packhouse {

// What restoring a selection of deleted versions brings back (the counterpart of DeletionPlan): the selected
// deleted versions as RestoreVersion operations, each tagged container version with the untagged versions
// that were deleted together with it (its platform manifests and attestations). A deletion plan deletes an
// index, then its children, paced one after the other: in the order of deletion, untagged versions that
// follow a tagged one within a run are its children. Children come first, so a restored index never points at
// manifests still gone. Unlike deletions, restores carry no dependencies: which children belong to an index
// is inferred from deletion times, not known, and an index restored while a child's restore failed still
// pulls on the other platforms, where leaving it deleted would pull on none; "Retry failed" completes it.
class RestorePlan
{
public:
    // Deletions of one run follow each other within the queue's pacing and rate-limit waits; a longer gap
    // starts another run.
    static constexpr qint64 maxSecondsBetweenRunItems = 600;

    static QList<Operation> operationsFor(const NamespaceRef &owner, const Package &package,
                                          QList<PackageVersion> deletedVersions,
                                          const QSet<qint64> &selectedIds);
};

} // namespace Packhouse
