#pragma once

#include "apierror.h"
#include "namespaceref.h"
#include "packagehealth.h"
#include "retentionpolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Packhouse {

class GitHubClient;
class ManifestCollector;
class PackageListing;
class RegistryClient;
class VersionListing;
struct ListingOutcome;

// Scans a namespace for the Overview and `packhouse-prune --report` (issue #18): lists its packages of every
// type, then each package's versions (a few packages at once) and, for containers, every version's manifest
// from the registry (no REST quota; cached by digest), and computes each package's PackageHealth. Two steps,
// so that the cost can be shown and capped before it is spent: listPackages() (a few requests), then
// scanPackages(). Version counts are checked by listing the packages once more at the end instead of once per
// package; a package whose count moved is scanned again. A second scan of an unchanged namespace is answered
// by ETag revalidation (304s cost no quota) and the manifest cache. Nothing blocks; cancel() keeps what was
// scanned, marked partial.
class NamespaceScan : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<PackageType> types;
        std::optional<RetentionRule> rule; // what the Overview previews per package
        int packagesAtOnce = 6;
    };

    NamespaceScan(GitHubClient *client, RegistryClient *registry, const NamespaceRef &owner, Options options,
                  QObject *parent = nullptr);

    void listPackages();
    // REST requests scanning every listed package would take: its version pages, and the closing re-list.
    int estimatedRestRequests() const;
    // How many of the listed packages, in order, a scan capped at `maxRestRequests` reaches (0: no cap).
    int packagesWithin(int maxRestRequests) const;
    // The rule the packages scanned from now on are previewed with (the Overview's choice, made after
    // listing).
    void setRule(const std::optional<RetentionRule> &rule) { m_options.rule = rule; }
    // Scans the listed packages in order while the estimate stays within `maxRestRequests` (0: no cap).
    void scanPackages(int maxRestRequests = 0);
    void cancel();

    const NamespaceRef &owner() const { return m_owner; }
    // Every listed package, in listing order (by type, then name); scanned() false for those not reached.
    const QList<PackageHealth> &packages() const { return m_packages; }
    // Every package scanned, completely, and the package list whole.
    bool isComplete() const;
    bool wasCancelled() const { return m_cancelled; }
    // Why the package list itself failed (the namespace does not exist, a bad token…).
    std::optional<ApiError> listingError() const { return m_listingError; }
    int scannedCount() const { return m_scanned; }
    int toScanCount() const { return m_toScan; }

Q_SIGNALS:
    void packagesListed();
    void packageScanned(int index);
    void finished();

private:
    struct Running
    {
        int index = 0;
        QPointer<VersionListing> listing;
        QPointer<ManifestCollector> collector;
        QList<PackageVersion> versions;
        bool listingComplete = false;
    };

    static int pagesOf(const Package &package);
    int relistRequests() const;
    // Takes `requests` from the cap's budget; false (and nothing taken) when they do not fit.
    bool charge(int requests);
    // Lists the namespace's packages of the scan's types, then calls `then` with them and the outcome.
    void listAllPackages(const std::function<void(QList<Package>, const ListingOutcome &)> &then);
    void startNext();
    void startPackage(int index);
    void onListingFinished(int index, const ListingOutcome &outcome);
    void completePackage(int index);
    void relistPackages();
    void onRelisted(const QList<Package> &packages, bool complete);
    void finish();

    GitHubClient *m_client;     // not owned
    RegistryClient *m_registry; // not owned
    NamespaceRef m_owner;
    Options m_options;
    QList<PackageHealth> m_packages;
    bool m_packageListComplete = false;
    std::optional<ApiError> m_listingError;
    QList<int> m_queue; // indexes still to scan
    QHash<int, Running> m_running;
    QList<int> m_scannedOnce; // scanned against the first list's counts, to check at the end
    QPointer<PackageListing> m_packageListing;
    int m_budget = -1; // REST requests the cap leaves; -1: no cap
    bool m_relisted = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_scanned = 0;
    int m_toScan = 0;
};

} // namespace Packhouse
