#include "overviewmodel.h"

#include "datasize.h"
#include "namespacescan.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace Packhouse {

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString numberText(qint64 number)
{
    return QLocale().toString(number);
}

// A cell that does not apply to the package (or that GitHub gives no number for).
QString notApplicable()
{
    return QStringLiteral("—");
}

} // namespace

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString OverviewModel::sizeNotAvailableText()
{
    return tr("size not available from GitHub's API");
}

void OverviewModel::setScan(NamespaceScan *scan)
{
    if (m_previousScan && m_previousScan != scan)
        m_previousScan->deleteLater();
    m_previousScan = nullptr;
    m_awaitingListing = false;
    follow(scan);
    reset();
}

void OverviewModel::follow(NamespaceScan *scan)
{
    if (m_scan)
        m_scan->disconnect(this);
    m_scan = scan;
    if (m_scan) {
        connect(m_scan, &NamespaceScan::packagesListed, this, &OverviewModel::onPackagesListed);
        connect(m_scan, &NamespaceScan::packageScanned, this, &OverviewModel::onPackageScanned);
        connect(m_scan, &NamespaceScan::finished, this, &OverviewModel::onFinished);
        connect(m_scan, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
}

NamespaceScan *OverviewModel::startListing(GitHubClient *client, RegistryClient *registry,
                                           const NamespaceRef &owner, NamespaceScan::Options options)
{
    NamespaceScan *previous = m_ownedScan;
    auto *scan = new NamespaceScan(client, registry, owner, std::move(options), this);
    m_ownedScan = scan;
    // The table shows the scan before until the new one has listed its packages: a listing cancelled on the
    // way leaves what was scanned. A scan replaced while it still lists had no rows to show.
    const bool previousShown = previous && previous == m_scan && !m_awaitingListing;
    m_awaitingListing = true;
    follow(scan);
    if (previous) {
        previous->cancel();
        if (previousShown) {
            if (m_previousScan)
                m_previousScan->deleteLater();
            m_previousScan = previous;
        } else {
            previous->deleteLater();
        }
    }
    scan->listPackages();
    return scan;
}

bool OverviewModel::abandonListing()
{
    NamespaceScan *listing = m_ownedScan;
    if (!m_awaitingListing || !m_previousScan || !listing || listing != m_scan)
        return false;
    m_ownedScan = m_previousScan;
    m_previousScan = nullptr;
    m_awaitingListing = false;
    follow(m_ownedScan);
    listing->cancel();
    listing->deleteLater();
    onFinished(); // the rows are the scan's again, as they were
    return true;
}

void OverviewModel::onPackagesListed()
{
    m_awaitingListing = false;
    if (m_previousScan) {
        m_previousScan->deleteLater();
        m_previousScan = nullptr;
    }
    reset();
}

void OverviewModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DaysSincePushColumn), index(rowCount() - 1, DaysSincePushColumn));
}

QDateTime OverviewModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void OverviewModel::reset()
{
    beginResetModel();
    m_rows = m_scan ? m_scan->packages() : QList<PackageHealth>();
    endResetModel();
}

void OverviewModel::onPackageScanned(int index)
{
    if (!m_scan || index < 0 || index >= m_rows.size() || index >= m_scan->packages().size())
        return;
    m_rows[index] = m_scan->packages().at(index);
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

// The closing re-list may mark packages incomplete, or find them deleted, without a packageScanned.
void OverviewModel::onFinished()
{
    if (!m_scan || m_scan->packages().size() != m_rows.size()) {
        reset();
        return;
    }
    m_rows = m_scan->packages();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const PackageHealth *OverviewModel::healthAt(const QModelIndex &index) const
{
    if (!index.isValid()) // no row (nothing selected): no warning
        return nullptr;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex OverviewModel::indexOf(PackageType type, const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).package.type == type && m_rows.at(row).package.name == name)
            return index(row, PackageColumn);
    }
    return {};
}

OverviewModel::Totals OverviewModel::totals() const
{
    Totals totals;
    totals.packages = int(m_rows.size());
    totals.complete = m_scan && m_scan->isComplete();
    for (const PackageHealth &health : m_rows) {
        if (!health.scanned)
            continue;
        ++totals.scanned;
        totals.versions += health.versions;
        totals.orphans += health.orphans;
        totals.brokenImages += health.brokenImages;
        if (health.sizeBytes) {
            ++totals.sizedPackages;
            totals.sizeBytes += *health.sizeBytes;
        }
        if (health.ruleDeletions) {
            totals.hasRule = true;
            totals.ruleDeletions += *health.ruleDeletions;
        }
        if (health.reclaimableBytes)
            totals.reclaimableBytes += *health.reclaimableBytes;
    }
    return totals;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::displayData(const PackageHealth &health, int column) const
{
    switch (column) {
    case PackageColumn:
        return health.package.name;
    case TypeColumn:
        return packageTypeDisplayName(health.package.type);
    case VersionsColumn:
        // Before the scan reaches it, the count GitHub lists for the package.
        return numberText(health.scanned ? health.versions : health.package.versionCount);
    case ProblemsColumn:
        if (!health.scanned)
            return tr("Not scanned");
        return health.problems.isEmpty() ? QString() : health.problems.join(QStringLiteral(" "));
    default:
        break;
    }
    if (!health.scanned)
        return {};
    switch (column) {
    case TaggedColumn: // GitHub's API lists tags for container versions alone
        return health.isContainer() ? numberText(health.tagged) : notApplicable();
    case UntaggedColumn:
        return health.isContainer() ? numberText(health.untagged) : notApplicable();
    case OrphansColumn:
        return health.isContainer() ? numberText(health.orphans) : notApplicable();
    case BrokenImagesColumn:
        return health.isContainer() ? numberText(health.brokenImages) : notApplicable();
    case SizeColumn:
        if (health.sizeIsPartial) // some manifests could not be read: at least this much
            return tr("≥ %1").arg(dataSizeText(*health.sizeBytes));
        return health.sizeBytes ? dataSizeText(*health.sizeBytes) : notApplicable();
    case ReclaimableColumn:
        if (health.reclaimableBytes)
            return dataSizeText(*health.reclaimableBytes);
        return notApplicable();
    case RuleDeletesColumn:
        return health.ruleDeletions ? numberText(*health.ruleDeletions) : notApplicable();
    case NewestColumn:
        return dateText(health.newest);
    case OldestColumn:
        return dateText(health.oldest);
    case DaysSincePushColumn: {
        const int days = health.daysSinceLastPush(now());
        return days >= 0 ? numberText(days) : QString();
    }
    default:
        return {};
    }
}

QVariant OverviewModel::toolTip(const PackageHealth &health, int column) const
{
    if (!health.scanned)
        return column == ProblemsColumn ? tr("The scan was cancelled or capped before this package")
                                        : QVariant();
    switch (column) {
    case OrphansColumn:
    case BrokenImagesColumn:
        return health.isContainer() ? QVariant() : tr("Only container packages have images");
    case SizeColumn:
        if (health.sizeBytes)
            return tr("%1 bytes: the layers, configs and manifests its versions reference, each once")
                .arg(numberText(*health.sizeBytes));
        return health.isContainer() ? tr("No manifest of this package could be read")
                                    : sizeNotAvailableText();
    case ReclaimableColumn:
        if (health.reclaimableBytes)
            return tr("What the rule's deletions free: blobs that no version that stays references");
        if (!health.ruleDeletions)
            return tr("No rule was applied");
        return health.isContainer() ? tr("No manifest of this package could be read")
                                    : sizeNotAvailableText();
    case RuleDeletesColumn:
        if (!health.ruleDeletions)
            return tr("No rule was applied");
        return health.ruleRefusal.isEmpty() ? QVariant() : health.ruleRefusal;
    case NewestColumn:
    case OldestColumn: {
        const QDateTime when = column == NewestColumn ? health.newest : health.oldest;
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QVariant();
    }
    case ProblemsColumn:
        return health.problems.isEmpty() ? QVariant() : health.problems.join(QStringLiteral("\n"));
    default:
        return {};
    }
}

QVariant OverviewModel::sortValue(const PackageHealth &health, int column) const
{
    const auto known = [&health](auto value) -> QVariant {
        return health.scanned ? QVariant(value) : QVariant(-1);
    };
    switch (column) {
    case PackageColumn:
        return health.package.name;
    case TypeColumn:
        return packageTypeDisplayName(health.package.type);
    case VersionsColumn:
        return health.scanned ? health.versions : health.package.versionCount;
    case TaggedColumn:
        return health.isContainer() ? known(health.tagged) : -1;
    case UntaggedColumn:
        return health.isContainer() ? known(health.untagged) : -1;
    case OrphansColumn:
        return health.isContainer() ? known(health.orphans) : -1;
    case BrokenImagesColumn:
        return health.isContainer() ? known(health.brokenImages) : -1;
    case SizeColumn:
        return health.sizeBytes ? *health.sizeBytes : qint64(-1);
    case ReclaimableColumn:
        return health.reclaimableBytes ? *health.reclaimableBytes : qint64(-1);
    case RuleDeletesColumn:
        return health.ruleDeletions ? *health.ruleDeletions : -1;
    case NewestColumn:
        return health.newest.isValid() ? health.newest.toMSecsSinceEpoch() : qint64(-1);
    case OldestColumn:
        return health.oldest.isValid() ? health.oldest.toMSecsSinceEpoch() : qint64(-1);
    case DaysSincePushColumn:
        return health.daysSinceLastPush(now());
    case ProblemsColumn:
        return health.scanned ? int(health.problems.size()) : -1;
    default:
        return {};
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    const PackageHealth *health = healthAt(index);
    if (!health)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*health, index.column());
    case Qt::ToolTipRole:
        return toolTip(*health, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PackageColumn || index.column() == TypeColumn ||
                       index.column() == ProblemsColumn
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case IdRole:
        return health->package.id;
    case PackageTypeRole:
        return int(health->package.type);
    case PackageNameRole:
        return health->package.name;
    case SortRole:
        return sortValue(*health, index.column());
    case ScannedRole:
        return health->scanned;
    case CompleteRole:
        return health->complete;
    case RuleDeletionIdsRole:
        return QVariant::fromValue(health->ruleDeletionIds);
    case LoadingRole:
        return false;
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DefaultWidthRole) {
        // Wide enough for the header's lines and a typical value: names are read whole, the rest are numbers,
        // sizes and dates in the locale's form.
        const QFontMetrics metrics(QGuiApplication::font());
        int content = 0;
        switch (section) {
        case PackageColumn:
            content = metrics.averageCharWidth() * 18;
            break;
        case TypeColumn:
            content = metrics.horizontalAdvance(packageTypeDisplayName(PackageType::RubyGems));
            break;
        case SizeColumn:
        case ReclaimableColumn:
            content = metrics.horizontalAdvance(dataSizeText(999'900'000));
            break;
        case NewestColumn:
        case OldestColumn:
            content = metrics.horizontalAdvance(dateText(QDateTime(QDate(2026, 12, 28), QTime(12, 0))));
            break;
        case ProblemsColumn:
            content = metrics.averageCharWidth() * 16; // the last column: it takes what is left
            break;
        default:
            content = metrics.horizontalAdvance(numberText(99'999));
            break;
        }
        int header = 0;
        for (const QString &line : headerData(section, orientation, Qt::DisplayRole).toString().split(u'\n'))
            header = std::max(header, metrics.horizontalAdvance(line));
        return std::max(content, header) + 18; // the cell's margins, the sort indicator
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OrphansColumn:
            return tr("Untagged container versions that no image lists and that describe nothing");
        case BrokenImagesColumn:
            return tr("Images that list a manifest the registry no longer has: pulling them fails");
        case SizeColumn:
            return tr("The blobs the package's versions reference, each counted once (containers only)");
        case ReclaimableColumn:
            return tr("What the rule's deletions would free in the registry");
        case RuleDeletesColumn:
            return tr("How many versions the rule would delete");
        case DaysSincePushColumn:
            return tr("Days since the newest version was pushed");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PackageColumn:
        return tr("Package");
    case TypeColumn:
        return tr("Type");
    case VersionsColumn:
        return tr("Versions");
    case TaggedColumn:
        return tr("Tagged");
    case UntaggedColumn:
        return tr("Untagged");
    case OrphansColumn:
        return tr("Orphans");
    case BrokenImagesColumn:
        return tr("Broken\nimages");
    case SizeColumn:
        return tr("Size");
    case ReclaimableColumn:
        return tr("Reclaimable\nby rule");
    case RuleDeletesColumn:
        return tr("Rule\ndeletes");
    case NewestColumn:
        return tr("Newest");
    case OldestColumn:
        return tr("Oldest");
    case DaysSincePushColumn:
        return tr("Days since\nlast push");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PackageTypeRole, "packageType");
    names.insert(PackageNameRole, "packageName");
    names.insert(ScannedRole, "scanned");
    names.insert(CompleteRole, "complete");
    names.insert(RuleDeletionIdsRole, "ruleDeletionIds");
    return names;
}

} // namespace Packhouse
