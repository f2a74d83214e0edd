#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QAbstractProxyModel;
class QModelIndex;
class QTreeView;

namespace Packhouse {

class VersionTreeModel;

// Which rows of the Versions view are open (issue #20). The groups and images the user expanded stay
// expanded when a refresh of the same package regroups them (a row that leaves and comes back, a tag that
// moved elsewhere, a filter that hid it), and a package whose versions all fall into one group opens with
// that group expanded. Rows are known by VersionTreeModel::RowKeyRole; another package, or Show deleted,
// starts afresh.
class VersionExpansion : public QObject
{
    Q_OBJECT

public:
    // `proxy` is the view's model, over a VersionTreeModel (or none, while no package is open).
    VersionExpansion(QTreeView *view, QAbstractProxyModel *proxy, QObject *parent = nullptr);

private:
    void onSourceModelChanged();
    void onModelReset();
    void onExpanded(const QModelIndex &index);
    void onCollapsed(const QModelIndex &index);
    // Expands the rows first..last under `parent` that were expanded before, and theirs below.
    void reopen(const QModelIndex &parent, int first, int last);
    void openLoneGroup();
    QString packageKey() const;

    QTreeView *m_view;            // not owned
    QAbstractProxyModel *m_proxy; // not owned
    QPointer<VersionTreeModel> m_versions;
    QString m_package;               // packageKey() the sets below are about
    QSet<QString> m_expanded;        // row keys
    QSet<QString> m_collapsed;       // row keys the user collapsed: a lone group stays closed
    bool m_loneGroupChecked = false; // the package's first listing ended
};

} // namespace Packhouse
