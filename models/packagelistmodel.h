#pragma once

#include "apierror.h"
#include "modelroles.h"
#include "namespaceref.h"
#include "package.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Packhouse {

class GitHubClient;
class PackageListing;
struct ListingOutcome;

// The packages of one namespace, over all six types (one listing per type, merged) or one. Shows what the
// response cache holds at once, then refreshes behind it: rows are updated in place, new ones inserted, and
// those the finished (complete) listing no longer has removed — never a reset for a refresh.
class PackageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        VisibilityColumn,
        VersionsColumn,
        RepositoryColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        PackageTypeRole = LastModelRole + 10, // int(PackageType)
        PackageNameRole,
        IsPublicRole,
        VersionCountRole,
        HtmlUrlRole,
        SortRole, // a value that orders the column (for a proxy's sortRole)
    };

    PackageListModel(GitHubClient *client, QObject *parent = nullptr);
    ~PackageListModel() override;

    // Resets to the cached pages of `owner`, then starts the refresh.
    void setNamespace(const NamespaceRef &owner, std::optional<PackageType> onlyType = std::nullopt);
    NamespaceRef owner() const { return m_owner; }
    void refresh();

    Package packageAt(const QModelIndex &index) const;
    QModelIndex indexOf(PackageType type, const QString &name) const;
    // After the package was deleted.
    void removePackage(PackageType type, const QString &name);

    bool isLoading() const;
    // The last refresh listed every type to the end.
    bool isComplete() const { return m_complete; }
    std::optional<ApiError> lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // True until the namespace's listing has been started; fetchMore() starts it.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Kept while pages arrive: new rows are inserted where the order puts them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Packhouse::ApiError &error);
    void refreshed();

private:
    QList<PackageType> listedTypes() const;
    void showCached();
    void merge(const QList<Package> &packages);
    void onFinished(const ListingOutcome &outcome);
    int insertionRow(const Package &package) const;
    // Moves a row whose sorted field changed to where the sort puts it.
    void moveToSortedRow(int row);
    bool lessThan(const Package &a, const Package &b) const;
    QVariant sortValue(const Package &package, int column) const;
    static QString keyOf(PackageType type, const QString &name);

    GitHubClient *m_client; // not owned
    NamespaceRef m_owner;
    std::optional<PackageType> m_onlyType;
    QList<Package> m_packages;
    QPointer<PackageListing> m_listing; // owned (child)
    QSet<QString> m_seen;               // keys listed by the running refresh
    bool m_started = false;
    bool m_complete = false;
    std::optional<ApiError> m_lastError;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Packhouse
