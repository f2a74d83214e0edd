#include "packagelistmodel.h"

#include "githubclient.h"
#include "jsondecoder.h"
#include "packagelisting.h"

#include <QFontMetrics>
#include <QGuiApplication>

#include <algorithm>
#include <iterator>

namespace Packhouse {

namespace {
constexpr int perPage = 100; // PackageListing's page size: the cached URLs must be the same
}

PackageListModel::PackageListModel(GitHubClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

PackageListModel::~PackageListModel() = default;

void PackageListModel::setNamespace(const NamespaceRef &owner, std::optional<PackageType> onlyType)
{
    const bool wasLoading = isLoading();
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing->deleteLater();
    }
    beginResetModel();
    m_owner = owner;
    m_onlyType = onlyType;
    m_packages.clear();
    m_seen.clear();
    m_started = false;
    m_complete = false;
    m_lastError.reset();
    showCached();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    refresh();
}

QList<PackageType> PackageListModel::listedTypes() const
{
    return m_onlyType ? QList<PackageType>{*m_onlyType} : allPackageTypes();
}

void PackageListModel::showCached()
{
    for (PackageType type : listedTypes()) {
        for (int page = 1;; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("package_type"), packageTypeToApi(type));
            query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
            const auto cached = m_client->cachedResponse(
                m_client->endpoint(m_owner.apiPathPrefix() + QStringLiteral("/packages"), query));
            auto packages = cached ? JsonDecoder::packages(cached->body) : Result<QList<Package>>(ApiError{});
            if (!packages.ok())
                break;
            for (const Package &package : packages.value())
                m_packages.insert(insertionRow(package), package);
            if (!cached->links.next)
                break;
        }
    }
}

void PackageListModel::refresh()
{
    if (m_owner.login.isEmpty() || isLoading())
        return;
    m_started = true;
    m_seen.clear();
    m_listing = new PackageListing(m_client, m_owner, listedTypes(), this);
    connect(m_listing, &PackageListing::packagesReceived, this,
            [this](PackageType, const QList<Package> &packages) { merge(packages); });
    connect(m_listing, &PackageListing::finished, this, &PackageListModel::onFinished);
    m_listing->start();
    Q_EMIT loadingChanged(true);
}

void PackageListModel::merge(const QList<Package> &packages)
{
    for (const Package &package : packages) {
        const QString key = keyOf(package.type, package.name);
        m_seen.insert(key);
        const QModelIndex existing = indexOf(package.type, package.name);
        if (existing.isValid()) {
            const int row = existing.row();
            if (m_packages[row] == package)
                continue;
            // Changed in place, then moved where the sort puts it: a row removed and inserted again would
            // take the views' selection (the open package) with it.
            m_packages[row] = package;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            moveToSortedRow(row);
            continue;
        }
        const int row = insertionRow(package);
        beginInsertRows({}, row, row);
        m_packages.insert(row, package);
        endInsertRows();
    }
}

void PackageListModel::onFinished(const ListingOutcome &outcome)
{
    m_listing->deleteLater();
    m_complete = outcome.complete;
    // Only a whole listing proves a package is gone: an incomplete one keeps what it did not see.
    if (outcome.complete) {
        for (int row = int(m_packages.size()) - 1; row >= 0; --row) {
            if (m_seen.contains(keyOf(m_packages[row].type, m_packages[row].name)))
                continue;
            beginRemoveRows({}, row, row);
            m_packages.removeAt(row);
            endRemoveRows();
        }
    }
    if (!outcome.errors.isEmpty())
        m_lastError = outcome.errors.constFirst();
    else
        m_lastError.reset();
    Q_EMIT loadingChanged(false);
    for (const ApiError &error : outcome.errors)
        Q_EMIT errorOccurred(error);
    Q_EMIT refreshed();
}

Package PackageListModel::packageAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_packages[index.row()];
}

QModelIndex PackageListModel::indexOf(PackageType type, const QString &name) const
{
    for (int row = 0; row < m_packages.size(); ++row) {
        if (m_packages[row].type == type && m_packages[row].name == name)
            return index(row, NameColumn);
    }
    return {};
}

void PackageListModel::removePackage(PackageType type, const QString &name)
{
    const QModelIndex index = indexOf(type, name);
    if (!index.isValid())
        return;
    beginRemoveRows({}, index.row(), index.row());
    m_packages.removeAt(index.row());
    endRemoveRows();
}

bool PackageListModel::isLoading() const
{
    return m_listing && m_listing->isRunning();
}

int PackageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int PackageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Package &package = m_packages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return package.name;
        case TypeColumn:
            return packageTypeDisplayName(package.type);
        case VisibilityColumn:
            return package.isPublic ? tr("Public") : tr("Private");
        case VersionsColumn:
            return package.versionCount;
        case RepositoryColumn:
            return package.repositoryFullName;
        case UpdatedColumn:
            return package.updatedAt;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? package.htmlUrl.toDisplayString() : QVariant();
    case IdRole:
        return package.id;
    case PackageTypeRole:
        return int(package.type);
    case PackageNameRole:
        return package.name;
    case IsPublicRole:
        return package.isPublic;
    case VersionCountRole:
        return package.versionCount;
    case HtmlUrlRole:
        return package.htmlUrl;
    case SortRole:
        return sortValue(package, index.column());
    case LoadingRole:
        return false;
    default:
        return {};
    }
}

QVariant PackageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == DefaultWidthRole) {
        // In characters: names and repositories are read whole, the rest are short words and numbers.
        static constexpr int characters[] = {24, 11, 10, 9, 17, 18};
        static_assert(std::size(characters) == ColumnCount);
        // At least the header's own word and the sort arrow: "Sichtbarkeit" is longer than "Visibility".
        const QFontMetrics metrics(QGuiApplication::font());
        const int character = metrics.averageCharWidth();
        if (section < 0 || section >= ColumnCount)
            return {};
        return qMax(character * (characters[section] + 2),
                    metrics.horizontalAdvance(headerData(section, orientation).toString()) + character * 5);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case VisibilityColumn:
        return tr("Visibility");
    case VersionsColumn:
        return tr("Versions");
    case RepositoryColumn:
        return tr("Repository");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> PackageListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PackageTypeRole, "packageType");
    names.insert(PackageNameRole, "packageName");
    names.insert(IsPublicRole, "isPublic");
    names.insert(VersionCountRole, "versionCount");
    names.insert(HtmlUrlRole, "htmlUrl");
    return names;
}

bool PackageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_owner.login.isEmpty() && !m_started;
}

void PackageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        refresh();
}

void PackageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<qint64, PackageType>> ids;
    for (const QModelIndex &index : before)
        ids.append({m_packages[index.row()].id, m_packages[index.row()].type});
    m_sortColumn = column;
    m_sortOrder = order;
    std::stable_sort(m_packages.begin(), m_packages.end(),
                     [this](const Package &a, const Package &b) { return lessThan(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(m_packages.cbegin(), m_packages.cend(), [&](const Package &package) {
            return package.id == ids[i].first && package.type == ids[i].second;
        });
        after.append(index(int(it - m_packages.cbegin()), before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int PackageListModel::insertionRow(const Package &package) const
{
    if (m_sortColumn < 0)
        return int(m_packages.size());
    const auto it = std::upper_bound(m_packages.cbegin(), m_packages.cend(), package,
                                     [this](const Package &a, const Package &b) { return lessThan(a, b); });
    return int(it - m_packages.cbegin());
}

void PackageListModel::moveToSortedRow(int row)
{
    if (m_sortColumn < 0)
        return;
    // The others are in order: the row goes after every one it does not sort before.
    int position = 0;
    for (int other = 0; other < m_packages.size(); ++other)
        position += other != row && !lessThan(m_packages[row], m_packages[other]) ? 1 : 0;
    const int destination = position >= row ? position + 1 : position;
    if (destination == row || destination == row + 1)
        return;
    beginMoveRows({}, row, row, {}, destination);
    m_packages.move(row, position);
    endMoveRows();
}

bool PackageListModel::lessThan(const Package &a, const Package &b) const
{
    const QVariant left = sortValue(a, m_sortColumn);
    const QVariant right = sortValue(b, m_sortColumn);
    const auto order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Equivalent)
        return false;
    return m_sortOrder == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                             : order == QPartialOrdering::Greater;
}

QVariant PackageListModel::sortValue(const Package &package, int column) const
{
    switch (column) {
    case NameColumn:
        return package.name.toCaseFolded();
    case TypeColumn:
        return packageTypeDisplayName(package.type).toCaseFolded();
    case VisibilityColumn:
        return package.isPublic;
    case VersionsColumn:
        return package.versionCount;
    case RepositoryColumn:
        return package.repositoryFullName.toCaseFolded();
    case UpdatedColumn:
        return package.updatedAt;
    }
    return {};
}

QString PackageListModel::keyOf(PackageType type, const QString &name)
{
    return packageTypeToApi(type) + u'/' + name;
}

} // namespace Packhouse
