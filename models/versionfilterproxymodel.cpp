#include "versionfilterproxymodel.h"

#include "versiontreemodel.h"

namespace Packhouse {

VersionFilterProxyModel::VersionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void VersionFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_versions = qobject_cast<const VersionTreeModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void VersionFilterProxyModel::setTextFilter(const QString &expression)
{
    m_text = TagPattern(expression, TagPattern::MatchMode::Contains);
    filterChanged();
}

void VersionFilterProxyModel::setTagState(TagState state)
{
    m_tagState = state;
    filterChanged();
}

void VersionFilterProxyModel::setOlderThanDays(int days)
{
    m_olderThanDays = qMax(0, days);
    filterChanged();
}

void VersionFilterProxyModel::setPreRelease(PreRelease mode)
{
    m_preRelease = mode;
    filterChanged();
}

bool VersionFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || m_tagState != TagState::Any || m_preRelease != PreRelease::Any ||
           m_olderThanDays > 0;
}

void VersionFilterProxyModel::filterChanged()
{
    m_cutoffMs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() - qint64(m_olderThanDays) * 86'400'000;
    invalidateFilter();
}

bool VersionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_versions || !isFiltering())
        return true;
    const auto facts = m_versions->rowFacts(m_versions->index(sourceRow, 0, sourceParent));
    if (facts.isGroup || !facts.version)
        return false; // groups and missing children stay only for a matching child
    const PackageVersion &version = *facts.version;
    if (m_tagState == TagState::Tagged && !version.isTagged())
        return false;
    if (m_tagState == TagState::Untagged && version.isTagged())
        return false;
    if (m_preRelease == PreRelease::Only && !facts.isPreRelease)
        return false;
    if (m_preRelease == PreRelease::Exclude && facts.isPreRelease)
        return false;
    if (m_olderThanDays > 0 &&
        (!version.createdAt.isValid() || version.createdAt.toMSecsSinceEpoch() >= m_cutoffMs))
        return false;
    return m_text.isEmpty() || m_text.matches(version.tags, {version.name, facts.platform});
}

bool VersionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_versions)
        return QSortFilterProxyModel::lessThan(left, right);
    // Called a million times for 100,000 versions. Names: by their ranks, ints in one array, as the entries
    // and strings they would read are spread over some 30 MB.
    if (left.column() == VersionTreeModel::NameColumn) {
        const int a = m_versions->nameSortRank(left);
        const int b = m_versions->nameSortRank(right);
        return a >= 0 && b >= 0 ? a < b : lessThanBesideVersions(left, right);
    }
    // Other columns: two versions, the common case, are compared through one lookup each, without the rest of
    // rowFacts().
    const VersionStore::VersionEntry *a = m_versions->findEntry(left);
    const VersionStore::VersionEntry *b = m_versions->findEntry(right);
    if (!a || !b)
        return lessThanBesideVersions(left, right);
    switch (left.column()) {
    case VersionTreeModel::DigestColumn:
        return a->version.name < b->version.name;
    case VersionTreeModel::UpdatedColumn:
        return a->version.updatedAt < b->version.updatedAt;
    case VersionTreeModel::StateColumn:
        return a->version.deletedAt < b->version.deletedAt;
    case VersionTreeModel::AgeColumn: // older first is "more age"
        return a->version.createdAt > b->version.createdAt;
    default:
        return a->version.createdAt < b->version.createdAt;
    }
}

bool VersionFilterProxyModel::lessThanBesideVersions(const QModelIndex &left, const QModelIndex &right) const
{
    // Groups keep their order (newest major first, "Untagged" and "Other" last) and follow the versions.
    // Written so that the view's reversal for a descending sort leaves them in place.
    const bool leftIsGroup = m_versions->isGroup(left);
    const bool rightIsGroup = m_versions->isGroup(right);
    if (leftIsGroup || rightIsGroup) {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (leftIsGroup && rightIsGroup) {
            const int a = m_versions->rowFacts(left).groupOrder;
            const int b = m_versions->rowFacts(right).groupOrder;
            return ascending ? a < b : a > b;
        }
        return ascending ? rightIsGroup : leftIsGroup;
    }
    // Entries of an index that name no listed version: by platform.
    const QStringView platform = m_versions->rowFacts(left).platform;
    return !platform.isEmpty() && platform.compare(m_versions->rowFacts(right).platform) < 0;
}

} // namespace Packhouse
