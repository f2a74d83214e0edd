#pragma once

#include "imagetree.h"
#include "packageversion.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace Packhouse {

// A retention rule (issue #7 "Retention rules"). Criteria combine: the filters (untagged, tag pattern,
// pre-release) pick the candidates, the `keepNewest` newest candidates stay, and of the rest only those older
// than `olderThanDays` go. A rule with no criterion set selects nothing.
struct RetentionRule
{
    int keepNewest = 0;    // 0 = off
    int olderThanDays = 0; // 0 = off
    bool untaggedOnly = false;
    QString tagPattern; // TagPattern syntax: "v1.*, pr-?, !latest"
    bool preReleasesOnly = false;

    bool isEmpty() const
    {
        return keepNewest <= 0 && olderThanDays <= 0 && !untaggedOnly && tagPattern.trimmed().isEmpty() &&
               !preReleasesOnly;
    }

    friend bool operator==(const RetentionRule &, const RetentionRule &) = default;
};

// Selects the versions a rule would delete. Only feeds a DeletionPlan, which still has the last word.
class RetentionPolicy
{
public:
    // `tree` is the package's image tree (null for non-container packages). Rules apply to the versions at
    // the top of the tree (tagged images and orphan untagged ones); a child never goes while an image that
    // stays needs it: children of kept indexes are excluded, children whose every parent goes are taken
    // along. Referrers (signatures, attestations, SBOMs) are never candidates, whatever their tags: they go
    // with their subject. While the tree or the listing is incomplete no untagged version is selected (it may
    // be a child of an unknown index, or of one on a page that was not read).
    static QSet<qint64> select(const RetentionRule &rule, const QList<PackageVersion> &versions,
                               const ImageTree *tree, const QDateTime &now, bool listingComplete);
};

} // namespace Packhouse
