#pragma once

#include "apierror.h"
#include "ocimanifest.h"
#include "package.h"
#include "packageversion.h"
#include "retentionpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Packhouse {

// The health and size of one package, as the Overview shows it and `packhouse-prune --report` prints it
// (issue #18). Container packages add what only their manifests tell: orphans, broken images and sizes.
struct PackageHealth
{
    Q_DECLARE_TR_FUNCTIONS(PackageHealth)

public:
    Package package;
    bool scanned = false;  // false: the scan was cancelled or capped before this package
    bool complete = false; // listed in full and fresh, and (containers) every manifest read
    int versions = 0;
    int tagged = 0;       // containers only: GitHub's API lists tags for container versions alone
    int untagged = 0;     // containers only
    int orphans = 0;      // containers: untagged versions no index lists and that describe nothing
    int brokenImages = 0; // containers: indexes listing a manifest the registry no longer has
    QDateTime newest;
    QDateTime oldest;
    // Containers only, from the registry's manifests: the blobs the versions reference, each once. Null for
    // the other types (GitHub's API tells no size) and when no manifest could be read.
    std::optional<qint64> sizeBytes;
    // Some versions' manifests could not be read: sizeBytes counts the others (a lower bound), and what a
    // deletion frees is not known (reclaimableBytes stays null).
    bool sizeIsPartial = false;
    // What the rule frees: blobs that only the versions it deletes reference. Null without a rule or a size.
    std::optional<qint64> reclaimableBytes;
    std::optional<int> ruleDeletions; // how many versions the rule would delete; null without a rule
    QList<qint64> ruleDeletionIds;    // those versions, for the package's review
    QString ruleRefusal;  // why the rule's plan may not run now (incomplete tree, last version…)
    QStringList problems; // per-package trouble: unreadable or bad manifests, incomplete listing

    bool isContainer() const { return package.type == PackageType::Container; }
    int daysSinceLastPush(const QDateTime &now) const;

    // Everything from one package's listing. `versions` are its active versions; `manifests` and
    // `manifestErrors` (by digest) what the registry gave for them (containers); `rule` null for none.
    static PackageHealth compute(const Package &package, const QList<PackageVersion> &versions,
                                 bool listingComplete, const QHash<QString, OciManifest> &manifests,
                                 const QHash<QString, ApiError> &manifestErrors, const RetentionRule *rule,
                                 const QDateTime &now);
};

} // namespace Packhouse
