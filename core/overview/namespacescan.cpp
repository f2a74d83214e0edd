#include "namespacescan.h"

#include "githubclient.h"
#include "listingoutcome.h"
#include "manifestcollector.h"
#include "packagelisting.h"
#include "registryclient.h"
#include "versionlisting.h"

#include <QDateTime>

#include <algorithm>
#include <memory>

namespace Packhouse {

namespace {

constexpr int perPage = 100; // VersionListing's and PackageListing's page size

int pagesFor(int items)
{
    return std::max(1, (items + perPage - 1) / perPage);
}

} // namespace

NamespaceScan::NamespaceScan(GitHubClient *client, RegistryClient *registry, const NamespaceRef &owner,
                             Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_registry(registry)
    , m_owner(owner)
    , m_options(std::move(options))
{
    if (m_options.types.isEmpty())
        m_options.types = allPackageTypes();
    m_options.packagesAtOnce = std::max(1, m_options.packagesAtOnce);
}

int NamespaceScan::pagesOf(const Package &package)
{
    return pagesFor(package.versionCount);
}

void NamespaceScan::listAllPackages(const std::function<void(QList<Package>, const ListingOutcome &)> &then)
{
    auto *listing = new PackageListing(m_client, m_owner, m_options.types, this);
    m_packageListing = listing;
    auto listed = std::make_shared<QList<Package>>();
    connect(listing, &PackageListing::packagesReceived, this,
            [listed](PackageType, const QList<Package> &page) { listed->append(page); });
    connect(listing, &PackageListing::finished, this, [listing, listed, then](const ListingOutcome &outcome) {
        listing->deleteLater();
        then(*listed, outcome);
    });
    listing->start();
}

void NamespaceScan::listPackages()
{
    listAllPackages([this](QList<Package> listed, const ListingOutcome &outcome) {
        std::sort(listed.begin(), listed.end(), [](const Package &a, const Package &b) {
            return std::pair(a.type, a.name) < std::pair(b.type, b.name);
        });
        m_packages.clear();
        for (const Package &package : std::as_const(listed)) {
            PackageHealth health;
            health.package = package;
            m_packages.append(health);
        }
        m_packageListComplete = outcome.complete;
        if (!outcome.errors.isEmpty())
            m_listingError = outcome.errors.constFirst();
        Q_EMIT packagesListed();
    });
}

bool NamespaceScan::charge(int requests)
{
    if (m_budget < 0)
        return true;
    if (requests > m_budget)
        return false;
    m_budget -= requests;
    return true;
}

int NamespaceScan::relistRequests() const
{
    QHash<PackageType, int> packagesOfType;
    for (const PackageHealth &health : m_packages)
        ++packagesOfType[health.package.type];
    int requests = 0;
    for (const PackageType type : m_options.types)
        requests += pagesFor(packagesOfType.value(type));
    return requests;
}

int NamespaceScan::estimatedRestRequests() const
{
    int requests = relistRequests();
    for (const PackageHealth &health : m_packages)
        requests += pagesOf(health.package);
    return requests;
}

int NamespaceScan::packagesWithin(int maxRestRequests) const
{
    int budget = maxRestRequests > 0 ? maxRestRequests - relistRequests() : -1;
    if (maxRestRequests > 0 && budget < 0)
        return 0; // too small a cap for even the closing re-list
    for (int index = 0; index < m_packages.size(); ++index) {
        const int cost = pagesOf(m_packages.at(index).package);
        if (budget >= 0 && cost > budget)
            return index; // in order, so that what a capped scan covers is a prefix of the table
        if (budget >= 0)
            budget -= cost;
    }
    return int(m_packages.size());
}

void NamespaceScan::scanPackages(int maxRestRequests)
{
    m_queue.clear();
    const int reached = packagesWithin(maxRestRequests);
    m_budget = maxRestRequests > 0 ? std::max(0, maxRestRequests - relistRequests()) : -1;
    for (int index = 0; index < reached; ++index) {
        charge(pagesOf(m_packages.at(index).package));
        m_queue.append(index);
    }
    m_toScan = int(m_queue.size());
    startNext();
}

void NamespaceScan::startNext()
{
    if (m_cancelled || m_finished)
        return;
    while (m_running.size() < m_options.packagesAtOnce && !m_queue.isEmpty())
        startPackage(m_queue.takeFirst());
    if (!m_running.isEmpty())
        return;
    if (!m_relisted && !m_scannedOnce.isEmpty())
        return relistPackages();
    finish();
}

void NamespaceScan::startPackage(int index)
{
    const Package &package = m_packages.at(index).package;
    Running &running = m_running[index];
    running.index = index;
    running.listing = new VersionListing(m_client, m_owner, package.type, package.name,
                                         GitHubClient::VersionState::Active, this);
    running.listing->setExpectedCount(package.versionCount);
    running.listing->setCountCheckedByCaller(true);
    if (package.type == PackageType::Container) {
        running.collector = new ManifestCollector(m_registry, m_owner.login, package.name, running.listing);
        running.collector->setReadEveryVersion(true);
    }
    connect(running.listing, &VersionListing::versionsReceived, this,
            [this, index](const QList<PackageVersion> &page) {
                Running &current = m_running[index];
                current.versions.append(page);
                if (current.collector)
                    current.collector->add(page);
            });
    connect(running.listing, &VersionListing::restarted, this, [this, index] {
        Running &current = m_running[index];
        current.versions.clear();
        if (current.collector)
            current.collector->restart();
    });
    connect(running.listing, &VersionListing::finished, this,
            [this, index](const ListingOutcome &outcome) { onListingFinished(index, outcome); });
    running.listing->start();
}

void NamespaceScan::onListingFinished(int index, const ListingOutcome &outcome)
{
    if (!m_running.contains(index))
        return; // cancelled
    Running &running = m_running[index];
    running.listingComplete = outcome.complete;
    if (!outcome.complete && !outcome.errors.isEmpty())
        m_packages[index].problems = {outcome.errors.constFirst().userMessage()};
    if (!running.collector)
        return completePackage(index);
    connect(running.collector, &ManifestCollector::finished, this, [this, index] { completePackage(index); });
    running.collector->listingFinished();
}

void NamespaceScan::completePackage(int index)
{
    if (!m_running.contains(index))
        return; // cancelled: a finish already queued must not count a half-listed package as scanned
    const Running running = m_running.take(index);
    const QStringList listingProblems = m_packages.at(index).problems;
    static const QHash<QString, OciManifest> noManifests;
    static const QHash<QString, ApiError> noErrors;
    PackageHealth health =
        PackageHealth::compute(m_packages.at(index).package, running.versions, running.listingComplete,
                               running.collector ? running.collector->manifests() : noManifests,
                               running.collector ? running.collector->errors() : noErrors,
                               m_options.rule ? &*m_options.rule : nullptr, QDateTime::currentDateTimeUtc());
    health.problems = listingProblems + health.problems;
    m_packages[index] = health;
    if (running.listing)
        running.listing->deleteLater(); // the collector is its child
    if (!m_scannedOnce.contains(index))
        m_scannedOnce.append(index);
    ++m_scanned;
    Q_EMIT packageScanned(index);
    startNext();
}

void NamespaceScan::relistPackages()
{
    m_relisted = true;
    listAllPackages([this](const QList<Package> &listed, const ListingOutcome &outcome) {
        onRelisted(listed, outcome.complete);
    });
}

void NamespaceScan::onRelisted(const QList<Package> &packages, bool complete)
{
    if (m_cancelled)
        return;
    const auto keyOf = [](const Package &package) {
        return packageTypeToApi(package.type) + u'/' + package.name;
    };
    QHash<QString, Package> byKey;
    for (const Package &package : packages)
        byKey.insert(keyOf(package), package);
    for (const int index : std::as_const(m_scannedOnce)) {
        PackageHealth &health = m_packages[index];
        const auto now = byKey.constFind(keyOf(health.package));
        if (!complete) {
            health.complete = false;
            health.problems.append(tr("Its version count could not be checked at the end of the scan."));
        } else if (now == byKey.constEnd()) {
            health.complete = false;
            health.problems.append(tr("The package was deleted during the scan."));
        } else if (now->versionCount != health.package.versionCount) {
            // Versions came or went while the pages were read: scan it once more against the new count,
            // when the cap leaves room.
            if (!charge(pagesOf(*now))) {
                health.complete = false;
                health.problems.append(tr("Its versions changed during the scan, and the cap leaves no "
                                          "requests to scan it again."));
                continue;
            }
            health.package = *now;
            m_queue.append(index);
            --m_scanned;
        }
    }
    startNext();
}

void NamespaceScan::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (m_packageListing) {
        m_packageListing->disconnect(this);
        m_packageListing->cancel();
        m_packageListing->deleteLater();
    }
    for (Running &running : m_running) {
        if (running.listing) { // the collector is its child
            running.listing->disconnect(this);
            if (running.collector)
                running.collector->disconnect(this);
            running.listing->cancel();
            running.listing->deleteLater();
        }
    }
    m_running.clear();
    finish();
}

void NamespaceScan::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

bool NamespaceScan::isComplete() const
{
    return m_packageListComplete && !m_cancelled &&
           std::all_of(m_packages.cbegin(), m_packages.cend(),
                       [](const PackageHealth &health) { return health.scanned && health.complete; });
}

} // namespace Packhouse
