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

void VersionFilterProxyModel::setNow(const QDateTime &now)
{
    m_now = now;
    filterChanged();
}

bool VersionFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || m_tagState != TagState::Any || m_preRelease != PreRelease::Any ||
           m_olderThanDays > 0;
}

void VersionFilterProxyModel::filterChanged()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_cutoffMs = now.toMSecsSinceEpoch() - qint64(m_olderThanDays) * 86'400'000;
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
    const auto a = m_versions->rowFacts(left);
    const auto b = m_versions->rowFacts(right);
    // Groups keep their order (newest major first, "Untagged" and "Other" last) and follow the versions.
    // Written so that the view's reversal for a descending sort leaves them in place.
    if (a.isGroup || b.isGroup) {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (a.isGroup && b.isGroup)
            return ascending ? a.groupOrder < b.groupOrder : a.groupOrder > b.groupOrder;
        return ascending ? b.isGroup : a.isGroup;
    }
    if (!a.version || !b.version)
        return !a.platform.isEmpty() && a.platform.compare(b.platform) < 0;
    switch (left.column()) {
    case VersionTreeModel::NameColumn:
        if (a.semver && b.semver)
            return *a.semver < *b.semver;
        if (a.semver || b.semver)
            return b.semver; // semantic versions after other names
        return a.label->compare(*b.label, Qt::CaseInsensitive) < 0;
    case VersionTreeModel::DigestColumn:
        return a.version->name < b.version->name;
    case VersionTreeModel::UpdatedColumn:
        return a.version->updatedAt < b.version->updatedAt;
    case VersionTreeModel::StateColumn:
        return a.version->deletedAt < b.version->deletedAt;
    case VersionTreeModel::AgeColumn: // older first is "more age"
        return a.version->createdAt > b.version->createdAt;
    default:
        return a.version->createdAt < b.version->createdAt;
    }
}

} // namespace Packhouse
