#include "versionexpansion.h"

#include "versiontreemodel.h"

#include <QAbstractProxyModel>
#include <QTreeView>

namespace Packhouse {

VersionExpansion::VersionExpansion(QTreeView *view, QAbstractProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_proxy(proxy)
{
    connect(view, &QTreeView::expanded, this, &VersionExpansion::onExpanded);
    connect(view, &QTreeView::collapsed, this, &VersionExpansion::onCollapsed);
    // After the view's own handlers: the rows are laid out when they are reopened.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &VersionExpansion::reopen);
    connect(proxy, &QAbstractItemModel::modelReset, this, &VersionExpansion::onModelReset);
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, &VersionExpansion::onSourceModelChanged);
    onSourceModelChanged();
}

void VersionExpansion::onSourceModelChanged()
{
    if (m_versions)
        m_versions->disconnect(this);
    m_versions = qobject_cast<VersionTreeModel *>(m_proxy->sourceModel());
    if (m_versions)
        connect(m_versions, &VersionTreeModel::listingFinished, this, &VersionExpansion::openLoneGroup);
    onModelReset();
}

QString VersionExpansion::packageKey() const
{
    if (!m_versions)
        return {};
    return QStringLiteral("%1/%2/%3/%4")
        .arg(m_versions->owner().login, packageTypeDisplayName(m_versions->package().type),
             m_versions->package().name, m_versions->showDeleted() ? QStringLiteral("deleted") : QString());
}

void VersionExpansion::onModelReset()
{
    if (const QString package = packageKey(); package != m_package) {
        m_package = package;
        m_expanded.clear();
        m_collapsed.clear();
        m_loneGroupChecked = false;
    }
    reopen(QModelIndex(), 0, m_proxy->rowCount() - 1);
}

void VersionExpansion::onExpanded(const QModelIndex &index)
{
    const QString key = index.data(VersionTreeModel::RowKeyRole).toString();
    if (key.isEmpty())
        return;
    m_expanded.insert(key);
    m_collapsed.remove(key);
}

void VersionExpansion::onCollapsed(const QModelIndex &index)
{
    const QString key = index.data(VersionTreeModel::RowKeyRole).toString();
    if (key.isEmpty())
        return;
    m_expanded.remove(key);
    m_collapsed.insert(key);
}

void VersionExpansion::reopen(const QModelIndex &parent, int first, int last)
{
    if (m_expanded.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!m_proxy->hasChildren(index))
            continue;
        if (!m_view->isExpanded(index) &&
            m_expanded.contains(index.data(VersionTreeModel::RowKeyRole).toString()))
            m_view->expand(index);
        // Rows that came with it (a group arrives with its versions) may have been open too.
        if (m_view->isExpanded(index))
            reopen(index, 0, m_proxy->rowCount(index) - 1);
    }
}

// A package whose versions all fall into one group ("0.x", "Untagged (3)") would open showing nothing but
// that group's title. Once, when the package's first listing ends: a refresh leaves the rows as they are.
void VersionExpansion::openLoneGroup()
{
    if (m_loneGroupChecked || m_proxy->rowCount() == 0)
        return;
    m_loneGroupChecked = true;
    if (m_proxy->rowCount() != 1)
        return;
    const QModelIndex group = m_proxy->index(0, 0);
    if (!group.data(VersionTreeModel::IsGroupRole).toBool() || m_view->isExpanded(group) ||
        m_collapsed.contains(group.data(VersionTreeModel::RowKeyRole).toString()))
        return;
    m_view->expand(group);
}

} // namespace Packhouse
