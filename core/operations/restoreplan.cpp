#include "restoreplan.h"

#include <QHash>

#include <algorithm>

namespace Packhouse {

namespace {

// Untagged container versions deleted right after a tagged one, in the same run, by that tagged version's id.
QHash<qint64, QList<PackageVersion>> childrenByIndex(const QList<PackageVersion> &versionsInDeletionOrder)
{
    QHash<qint64, QList<PackageVersion>> childrenOf;
    qint64 head = 0;
    QDateTime previous;
    for (const PackageVersion &version : versionsInDeletionOrder) {
        if (!version.isDeleted())
            continue;
        if (previous.isValid() && previous.secsTo(version.deletedAt) > RestorePlan::maxSecondsBetweenRunItems)
            head = 0;
        previous = version.deletedAt;
        if (version.isTagged())
            head = version.id;
        else if (head != 0)
            childrenOf[head].append(version);
    }
    return childrenOf;
}

} // namespace

QList<Operation> RestorePlan::operationsFor(const NamespaceRef &owner, const Package &package,
                                            QList<PackageVersion> deletedVersions,
                                            const QSet<qint64> &selectedIds)
{
    QHash<qint64, QList<PackageVersion>> childrenOf;
    if (package.type == PackageType::Container) {
        // Deletion order; within one instant the tagged version (the index) went first.
        std::sort(deletedVersions.begin(), deletedVersions.end(),
                  [](const PackageVersion &a, const PackageVersion &b) {
                      if (a.deletedAt != b.deletedAt)
                          return a.deletedAt < b.deletedAt;
                      return a.isTagged() != b.isTagged() ? a.isTagged() : a.id < b.id;
                  });
        childrenOf = childrenByIndex(deletedVersions);
    }
    QList<Operation> operations;
    QSet<qint64> added;
    const auto add = [&](const PackageVersion &version) {
        if (added.contains(version.id))
            return;
        added.insert(version.id);
        operations.append(Operation::onVersion(Operation::Kind::RestoreVersion, owner, package.type,
                                               package.name, version.id, version.name, version.tags));
    };
    for (const PackageVersion &version : std::as_const(deletedVersions)) {
        if (!selectedIds.contains(version.id) || !version.isDeleted())
            continue;
        for (const PackageVersion &child : childrenOf.value(version.id))
            add(child);
        add(version);
    }
    return operations;
}

} // namespace Packhouse
