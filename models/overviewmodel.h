#pragma once

#include "modelroles.h"
#include "namespacescan.h"
#include "packagehealth.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Packhouse {

// The Overview's table (issue #18): one row per package a NamespaceScan listed, with its health and size.
// Reset when the scan lists its packages, a row updated in place (dataChanged) as each package is scanned.
// The display is formatted for people (sizes in SI units, dates in the locale's short form); SortRole gives
// the raw numbers for a QSortFilterProxyModel. No number is made up: a package GitHub gives no size for shows
// "—" and says why, a package not scanned (cancelled, capped) shows its listed version count only. Long
// headers break into two lines ("Broken\nimages"), so that every column fits a 1280-pixel window.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PackageColumn,
        TypeColumn,
        VersionsColumn,
        TaggedColumn,
        UntaggedColumn,
        OrphansColumn,
        BrokenImagesColumn,
        SizeColumn,
        ReclaimableColumn,
        RuleDeletesColumn,
        NewestColumn,
        OldestColumn,
        DaysSincePushColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role
    {
        PackageTypeRole = LastModelRole + 30, // int(PackageType)
        PackageNameRole,
        SortRole,           // a raw value that orders the column (for a proxy's sortRole); -1 when unknown
        ScannedRole,        // bool: the scan reached the package
        CompleteRole,       // bool: scanned in full (every version listed, every manifest read)
        RuleDeletionIdsRole // QList<qint64>: what the rule would delete, for the package's review
    };

    // Namespace totals over the scanned packages.
    struct Totals
    {
        int packages = 0;      // listed
        int scanned = 0;       // reached by the scan
        int versions = 0;      // of the scanned packages
        int sizedPackages = 0; // scanned packages with a size (containers whose manifests were read)
        qint64 sizeBytes = 0;  // of those
        qint64 reclaimableBytes = 0;
        int ruleDeletions = 0;
        int orphans = 0;
        int brokenImages = 0;
        bool hasRule = false;  // some package was scanned with a rule
        bool complete = false; // every package scanned completely
    };

    explicit OverviewModel(QObject *parent = nullptr);

    // Follows `scan` (not owned; null to empty the table); shows what it has listed and scanned so far.
    void setScan(NamespaceScan *scan);
    // The first step of a scan (a few requests): a new scan of `owner` (owned, replacing the one this model
    // made before, which is cancelled) lists its packages, and the table follows it. The rows of the scan
    // before stay until the new one has listed its packages. `client` and `registry` are the session's, not
    // owned.
    NamespaceScan *startListing(GitHubClient *client, RegistryClient *registry, const NamespaceRef &owner,
                                NamespaceScan::Options options);
    // While the scan startListing() made is still listing: drops it and follows the one before again (whose
    // rows are still shown). False, and nothing changes, when there is none to go back to or the new scan has
    // listed its packages already.
    bool abandonListing();
    NamespaceScan *scan() const { return m_scan; }
    // The time "days since the last push" counts to; now by default.
    void setNow(const QDateTime &now);

    const PackageHealth *healthAt(const QModelIndex &index) const;
    QModelIndex indexOf(PackageType type, const QString &name) const;
    Totals totals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the Size cell of a package without one says in its tooltip.
    static QString sizeNotAvailableText();

private:
    void reset();
    // Follows `scan`'s signals; the rows stay as they are.
    void follow(NamespaceScan *scan);
    void onPackagesListed();
    void onPackageScanned(int index);
    void onFinished();
    QDateTime now() const;
    QVariant displayData(const PackageHealth &health, int column) const;
    QVariant toolTip(const PackageHealth &health, int column) const;
    QVariant sortValue(const PackageHealth &health, int column) const;

    QPointer<NamespaceScan> m_scan;      // not owned, unless it is m_ownedScan
    QPointer<NamespaceScan> m_ownedScan; // owned (child): the scan startListing() made
    // Owned (child): the scan before m_ownedScan, whose rows show while m_ownedScan lists its packages.
    QPointer<NamespaceScan> m_previousScan;
    bool m_awaitingListing = false; // m_ownedScan has not listed its packages yet
    QList<PackageHealth> m_rows;    // a copy of the scan's packages, updated as they are scanned
    QDateTime m_now;
};

} // namespace Packhouse
