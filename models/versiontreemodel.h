#pragma once

#include "apierror.h"
#include "githubclient.h"
#include "imagetree.h"
#include "manifestloader.h"
#include "modelroles.h"
#include "namespaceref.h"
#include "package.h"
#include "packageversion.h"
#include "semanticversion.h"
#include "versionrowtext.h"
#include "versionstore.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIcon>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Packhouse {

class RegistryClient;
class VersionListing;
struct ListingOutcome;

// The versions of one package as a tree: the Qt model over a VersionStore (the versions, how they are grouped
// and how a refresh changes them) and a ManifestLoader (what the registry says of tagged container versions).
// Containers: tagged versions at the top (an image index or a single image); under an index its platform
// manifests and attestations, read from the registry when the index is expanded (hasChildren() is true
// before); children listed by several indexes are marked shared; a last group "Untagged (N)" holds the
// untagged versions no loaded index lists. Other types: groups by semantic-version major ("2.x", "1.x",
// newest first), then "Other" for names that are not semantic versions.
// Pages of the listing are appended with beginInsertRows (never a reset); a refresh updates rows in place,
// inserts new ones and removes those a complete listing no longer has. The store reports each of these
// changes; the VersionStore::Listener functions below are the only places rows are announced.
class VersionTreeModel : public QAbstractItemModel, private VersionStore::Listener
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn, // tags (or the version's name); the digest for untagged container versions
        DigestColumn,
        CreatedColumn,
        UpdatedColumn,
        AgeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        VersionIdRole = LastModelRole + 20, // qint64, 0 for groups and missing children
        DigestRole,                         // the version's name (a digest for containers)
        TagsRole,                           // QStringList
        NodeKindRole,                       // int(ImageTree::NodeKind), or GroupNodeKind
        IsGroupRole,
        IsSharedRole,  // a child listed by more than one loaded index
        PlatformRole,  // "linux/amd64"; "unknown/unknown" for attestations
        CreatedAtRole, // QDateTime
        DeletedAtRole, // QDateTime, null unless deleted
        DaysLeftRole,  // int: days left to restore a deleted version (30 − days since deletion), else null
        HighlightRole, // bool: in the set given to setHighlighted()
        // QString naming the row across refreshes that regroup it: "group:<key>" for a group, "version:<id>"
        // for a version's own row; empty for an index's entries.
        RowKeyRole,
    };
    static constexpr int GroupNodeKind = -1;
    static constexpr int restoreWindowDays = 30;

    // What a filter or sort needs of a row, without QVariant: see VersionFilterProxyModel.
    struct RowFacts
    {
        const PackageVersion *version = nullptr; // null for groups and missing children
        const QString *label = nullptr;          // what the Name column shows for versions
        const SemanticVersion *semver = nullptr; // of the name, for packages other than containers
        QStringView platform;
        bool isGroup = false;
        bool isPreRelease = false;
        int groupOrder = 0; // groups: their place among groups
    };

    VersionTreeModel(GitHubClient *client, RegistryClient *registry, QObject *parent = nullptr);
    ~VersionTreeModel() override;

    // Resets the model to `package` and starts listing its versions (without a client: fed by
    // appendVersions).
    void setPackage(const NamespaceRef &owner, const Package &package);
    void setShowDeleted(bool showDeleted);
    bool showDeleted() const { return m_showDeleted; }
    // Lists again; rows change in place (no reset).
    void refresh();

    const Package &package() const { return m_package; }
    NamespaceRef owner() const { return m_owner; }
    bool isLoading() const;
    std::optional<ApiError> lastError() const { return m_lastError; }

    // Invalid (id 0) for group rows and missing children.
    PackageVersion versionAt(const QModelIndex &index) const;
    RowFacts rowFacts(const QModelIndex &index) const;
    // The cheap parts of rowFacts(), for sorting: null for groups and missing children.
    const PackageVersion *findVersion(const QModelIndex &index) const;
    // The same with what the Name column shows and sorts by.
    const VersionStore::VersionEntry *findEntry(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    // VersionStore::nameSortRank() of the row: -1 for groups and missing children.
    int nameSortRank(const QModelIndex &index) const;
    // Every loaded version (active or deleted per mode), in listing order.
    QList<PackageVersion> versions() const;
    bool isListingComplete() const { return m_listingComplete; }
    // Containers: the tree core code plans deletions with, from the versions and manifests loaded so far.
    const ImageTree &imageTree() const;
    // Fetches the manifest of every tagged version not yet known (needed before planning a deletion).
    void loadAllManifests();
    bool manifestsComplete() const;
    // Containers, for sizes (issue #18): fetches the manifest of every active version not read yet (registry
    // only, cached by digest); manifestArrived() tells as they come.
    // Details and the review size a deletion only in packages up to this size: sizing needs every version's
    // manifest, and thousands of registry reads would hold up those the tree needs. The Overview scans the rest.
    static constexpr int maxVersionsSizedInPlace = 2'000;
    bool sizesInPlace() const;
    void loadEveryManifest();
    bool isLoadingEveryManifest() const { return m_manifestLoader.isLoadingManifestsOf(); }
    int unreadableForSizes() const { return m_manifestLoader.sizeUnreadableCount(); }
    // The manifests read so far, by digest.
    const QHash<QString, OciManifest> &manifests() const { return m_manifestLoader.manifests(); }

    // Adds a page of versions (used per listing page; public so benchmarks can feed versions directly).
    void appendVersions(const QList<PackageVersion> &page);
    // After a deletion or a restore: their rows go (children of a loaded index become "missing").
    void removeVersions(const QSet<qint64> &ids);
    // Retention preview: HighlightRole true and StateColors' mark colours on these versions.
    void setHighlighted(const QSet<qint64> &ids);
    // The picture (the UI's) that marks the highlighted versions in the Name column's Qt::DecorationRole, so
    // that they differ by more than colour; their Qt::AccessibleDescriptionRole says why.
    void setMarkIcon(const QIcon &icon);
    // The primary row of the version (top level or in a group), else its first row as a child.
    QModelIndex indexOfVersion(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The root: the listing was not started yet. A tagged container version: its manifest is not loaded.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Packhouse::ApiError &error);
    void listingFinished(bool complete);
    // A manifest was read: the image tree and the sizes may have changed.
    void manifestArrived();

private:
    static QVariant defaultWidth(int section);
    // VersionStore::Listener
    void storeAboutToBeReset() override;
    void storeReset() override;
    void itemsAboutToBeInserted(int parentItem, int first, int last) override;
    void itemsInserted() override;
    void itemsAboutToBeRemoved(int parentItem, int first, int last) override;
    void itemsRemoved() override;
    void itemChanged(int item) override;

    void stopListing();
    void startListing();
    void onListingFinished(const ListingOutcome &outcome);
    QModelIndex indexOfItem(int item, int column = 0) const;
    int itemOf(const QModelIndex &index) const;
    QVariant displayData(int item, int column) const;
    std::optional<int> daysLeft(const PackageVersion &version) const;
    QDateTime now() const;
    void invalidateTree() { m_tree.reset(); }

    GitHubClient *m_client; // not owned
    NamespaceRef m_owner;
    Package m_package;
    bool m_showDeleted = false;

    VersionStore m_store;
    VersionRowText m_rowText{m_store};
    ManifestLoader m_manifestLoader;
    QSet<qint64> m_highlighted;
    QIcon m_markIcon;

    QPointer<VersionListing> m_listing; // owned (child)
    bool m_listingStarted = false;
    bool m_listingComplete = false;
    QSet<qint64> m_listedNow; // ids the running listing delivered
    std::optional<ApiError> m_lastError;
    mutable std::optional<ImageTree> m_tree;
};

} // namespace Packhouse
