#include "browsingcontroller.h"

#include "namespacemodel.h"
#include "operation.h"
#include "packagelistmodel.h"
#include "session.h"
#include "versiontreemodel.h"

namespace Packhouse {

BrowsingController::BrowsingController(QObject *parent)
    : QObject(parent)
{}

BrowsingController::~BrowsingController() = default;

void BrowsingController::setSession(Session *session)
{
    if (m_sessionScope) {
        // Views let go of the models (modelsChanged) before they are deleted.
        QObject *scope = m_sessionScope;
        m_sessionScope = nullptr;
        m_namespaces = nullptr;
        m_packages = nullptr;
        m_versions = nullptr;
        m_session = nullptr;
        m_owner = {};
        m_package.reset();
        Q_EMIT modelsChanged();
        delete scope;
    }
    if (!session)
        return;
    m_session = session;
    m_sessionScope = new QObject(this);
    m_namespaces = new NamespaceModel(session->client(), m_sessionScope);
    m_packages = new PackageListModel(session->client(), m_sessionScope);
    m_versions = new VersionTreeModel(session->client(), session->registry(), m_sessionScope);
    m_versions->setShowDeleted(m_showDeleted);
    Q_EMIT modelsChanged();
    m_namespaces->setSignedInUser(session->account().login);
}

bool BrowsingController::openNamespace(const NamespaceRef &owner)
{
    if (!m_packages || (owner == m_owner && m_packages->owner() == owner))
        return false;
    m_owner = owner;
    closePackage();
    m_packages->setNamespace(owner);
    return true;
}

bool BrowsingController::openPackage(const Package &package)
{
    if (!m_versions)
        return false;
    if (m_package && m_package->type == package.type && m_package->name == package.name) {
        m_package = package; // a refresh may have brought new details
        return false;
    }
    m_package = package;
    m_versions->setPackage(m_owner, package);
    return true;
}

void BrowsingController::setShowDeleted(bool showDeleted)
{
    m_showDeleted = showDeleted;
    if (m_versions)
        m_versions->setShowDeleted(showDeleted);
}

void BrowsingController::refresh()
{
    if (!m_namespaces)
        return;
    m_namespaces->refresh();
    refreshListings();
}

void BrowsingController::refreshListings()
{
    if (!m_packages)
        return;
    if (m_packages->owner() == m_owner && !m_owner.login.isEmpty())
        m_packages->refresh();
    if (m_package)
        m_versions->refresh();
}

void BrowsingController::applySucceeded(const Operation &operation)
{
    if (!m_packages || operation.owner != m_owner)
        return;
    const bool openPackage =
        m_package && operation.packageType == m_package->type && operation.packageName == m_package->name;
    if (operation.kind == Operation::Kind::DeletePackage) {
        if (openPackage)
            closePackage();
        m_packages->removePackage(operation.packageType, operation.packageName);
        return;
    }
    if (!openPackage || operation.versionId == 0)
        return;
    if (operation.isDelete() != m_versions->showDeleted())
        m_versions->removeVersions({operation.versionId});
}

bool BrowsingController::isPackagesLoading() const
{
    return m_packages && m_packages->isLoading();
}

bool BrowsingController::isVersionsLoading() const
{
    return m_versions && m_versions->isLoading();
}

void BrowsingController::closePackage()
{
    const bool wasOpen = m_package.has_value();
    m_package.reset();
    if (wasOpen)
        Q_EMIT packageClosed();
}

} // namespace Packhouse
