#pragma once

#include "namespaceref.h"
#include "package.h"
#include "session.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Packhouse {

class NamespaceModel;
class PackageListModel;
class VersionTreeModel;
struct Operation;

// The browsing state of the signed-in session, without widgets: the session's models (namespaces, packages,
// versions), which namespace and package are open, and how operations that succeeded change what is listed.
// MainWindow shows it and turns clicks into its calls; the rules are tested on their own
// (tests/models/browsingcontrollertest.cpp).
class BrowsingController : public QObject
{
    Q_OBJECT

public:
    explicit BrowsingController(QObject *parent = nullptr);
    ~BrowsingController() override;

    // Builds the models of `session` (given to them, never owned) and lists its namespaces; null drops them.
    void setSession(Session *session);
    Session *session() const { return m_session.data(); }
    // Null while no session is open.
    NamespaceModel *namespaces() const { return m_namespaces; }
    PackageListModel *packages() const { return m_packages; }
    VersionTreeModel *versions() const { return m_versions; }

    const NamespaceRef &owner() const { return m_owner; }
    const std::optional<Package> &package() const { return m_package; }

    // Lists the packages of `owner`, closing the open package; false when it is open already.
    bool openNamespace(const NamespaceRef &owner);
    // Lists the versions of `package` (of the open namespace); false when it is open already (then only its
    // details may have changed, e.g. after a refresh).
    bool openPackage(const Package &package);
    void setShowDeleted(bool showDeleted);
    bool showDeleted() const { return m_showDeleted; }

    // Lists again what is shown: the namespaces, the open namespace's packages, the open package's versions.
    void refresh();
    // After restores: the packages and versions shown may have come back.
    void refreshListings();
    // A deleted version leaves the active list (a restored one the deleted list); a deleted package leaves
    // the package list and, when it was open, closes.
    void applySucceeded(const Operation &operation);

    bool isPackagesLoading() const;
    bool isVersionsLoading() const;

Q_SIGNALS:
    // setSession() made new models (or dropped them): views take them from the getters.
    void modelsChanged();
    // The open package closed: another namespace opened, or the package was deleted.
    void packageClosed();

private:
    void closePackage();

    QPointer<Session> m_session;
    QObject *m_sessionScope = nullptr;      // owned; parent of the models below
    NamespaceModel *m_namespaces = nullptr; // owned (child of m_sessionScope)
    PackageListModel *m_packages = nullptr; // owned (child of m_sessionScope)
    VersionTreeModel *m_versions = nullptr; // owned (child of m_sessionScope)
    NamespaceRef m_owner;
    std::optional<Package> m_package;
    bool m_showDeleted = false;
};

} // namespace Packhouse
