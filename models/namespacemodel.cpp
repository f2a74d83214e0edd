#include "namespacemodel.h"

#include "githubclient.h"
#include "jsondecoder.h"

#include <QSet>
#include <QSettings>

namespace Packhouse {

namespace {

// Remembered as "org:LOGIN" or "user:LOGIN".
QString keyOf(const NamespaceRef &owner)
{
    return (owner.isOrganization() ? QStringLiteral("org:") : QStringLiteral("user:")) + owner.login;
}

std::optional<NamespaceRef> refOf(const QString &key)
{
    if (key.startsWith(u"org:") && key.size() > 4)
        return NamespaceRef::organization(key.mid(4));
    if (key.startsWith(u"user:") && key.size() > 5)
        return NamespaceRef::user(key.mid(5));
    return std::nullopt;
}

QString ssoMessage(const QString &organization)
{
    return NamespaceModel::tr(
               "GitHub leaves %1 out until the token is authorized for its SAML single sign-on.")
        .arg(organization);
}

} // namespace

NamespaceModel::NamespaceModel(GitHubClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

void NamespaceModel::setSignedInUser(const QString &login)
{
    if (m_orgsJob)
        m_orgsJob->abort();
    for (const QPointer<ApiJob> &lookup : std::exchange(m_ssoLookups, {})) {
        if (lookup)
            lookup->abort();
    }
    beginResetModel();
    m_entries.clear();
    m_error.reset();
    m_entries.append({NamespaceRef::authenticatedUser(login), Source::SignedIn, false});
    for (const QString &key : rememberedKeys()) {
        const auto ref = refOf(key);
        if (ref && rowOf(ref->login) < 0)
            m_entries.append({*ref, Source::Opened, true});
    }
    endResetModel();
    refresh();
}

void NamespaceModel::openNamespace(const NamespaceRef &owner)
{
    if (owner.login.isEmpty())
        return;
    const int row = rowOf(owner.login);
    if (row < 0) {
        insertEntry(int(m_entries.size()), {owner, Source::Opened, true});
    } else if (m_entries[row].source != Source::SignedIn) {
        m_entries[row].remembered = true;
    }
    if (row < 0 || m_entries[row].source != Source::SignedIn)
        setRemembered(owner, true);
}

void NamespaceModel::openNamespaceByName(const QString &login)
{
    const auto opened = [this](const NamespaceRef &owner) {
        openNamespace(owner);
        Q_EMIT namespaceOpened(owner);
    };
    ApiJob *job = m_client->fetchAccount(NamespaceRef::organization(login));
    connect(job, &ApiJob::finished, this, [this, login, opened](const ApiResponse &response) {
        if (response.ok()) {
            opened(NamespaceRef::organization(login));
            return;
        }
        if (response.error->kind != ApiError::Kind::NotFound) {
            Q_EMIT namespaceLookupFailed(login, response.error->userMessage());
            return;
        }
        ApiJob *userJob = m_client->fetchAccount(NamespaceRef::user(login));
        connect(userJob, &ApiJob::finished, this, [this, login, opened](const ApiResponse &userResponse) {
            if (userResponse.ok())
                opened(NamespaceRef::user(login));
            else
                Q_EMIT namespaceLookupFailed(
                    login,
                    tr("No organization or user named %1: %2").arg(login, userResponse.error->userMessage()));
        });
    });
}

void NamespaceModel::forgetNamespace(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return;
    const Entry entry = m_entries[index.row()];
    if (entry.source == Source::SignedIn)
        return;
    setRemembered(entry.ref, false);
    if (entry.source == Source::Opened) {
        beginRemoveRows({}, index.row(), index.row());
        m_entries.removeAt(index.row());
        endRemoveRows();
    } else {
        m_entries[index.row()].remembered = false;
    }
}

NamespaceRef NamespaceModel::namespaceAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_entries[index.row()].ref;
}

QModelIndex NamespaceModel::indexOf(const QString &login) const
{
    const int row = rowOf(login);
    return row < 0 ? QModelIndex() : index(row);
}

void NamespaceModel::refresh()
{
    if (m_entries.isEmpty() || isLoading())
        return;
    m_pendingOrganizations.clear();
    m_leftOutOrganizationIds.clear();
    m_stale.reset();
    fetchOrganizationsPage(1);
    Q_EMIT dataChanged(index(0), index(0), {LoadingRole});
    Q_EMIT loadingChanged(true);
}

void NamespaceModel::fetchOrganizationsPage(int page)
{
    m_orgsJob = m_client->fetchOrganizations(page);
    connect(
        m_orgsJob, &ApiJob::finished, this,
        [this, page, job = m_orgsJob.data()](const ApiResponse &response) {
            if (m_orgsJob != job)
                return;
            m_orgsJob.clear();
            std::optional<ApiError> error = response.error;
            if (!error) {
                auto organizations = JsonDecoder::organizations(response.body);
                if (organizations.ok()) {
                    m_pendingOrganizations += organizations.value();
                    if (response.stale && (!m_stale || response.cachedAt < m_stale->dataTime))
                        m_stale = ApiError::stale(response.staleReason, response.cachedAt);
                    for (qint64 id : response.ssoLeftOutOrganizationIds) {
                        if (!m_leftOutOrganizationIds.contains(id))
                            m_leftOutOrganizationIds.append(id);
                    }
                    if (response.links.next) {
                        fetchOrganizationsPage(page + 1);
                        return;
                    }
                    applyOrganizations(m_pendingOrganizations);
                    lookUpLeftOutOrganizations();
                    // A cached copy stood in for GitHub: the pane says how old it is.
                    error = m_stale;
                } else {
                    error = organizations.error();
                }
            }
            finishLoading(error);
        });
}

void NamespaceModel::finishLoading(const std::optional<ApiError> &error)
{
    m_error = error;
    Q_EMIT dataChanged(index(0), index(0), {LoadingRole, ErrorRole, ErrorKindRole, Qt::ToolTipRole});
    if (!isLoading())
        Q_EMIT loadingChanged(false);
    if (error)
        Q_EMIT errorOccurred(*error);
}

void NamespaceModel::lookUpLeftOutOrganizations()
{
    for (qint64 id : std::as_const(m_leftOutOrganizationIds)) {
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [id](const Entry &entry) { return entry.organizationId == id; });
        if (known)
            continue;
        ApiJob *job = m_client->fetchOrganizationById(id);
        m_ssoLookups.append(job);
        connect(job, &ApiJob::finished, this, [this, id, job](const ApiResponse &response) {
            if (!m_ssoLookups.removeOne(job))
                return;
            const auto found = response.ok() ? JsonDecoder::organizations(response.body)
                                             : Result<QList<Account>>(*response.error);
            const bool named = found.ok() && !found.value().isEmpty() && found.value().first().id == id;
            if (named) {
                addLeftOutOrganization(id, found.value().first().login);
            } else {
                const QString why =
                    found.ok() ? tr("GitHub has no organization with that id") : found.error().userMessage();
                Q_EMIT namespaceLookupFailed(
                    QString::number(id),
                    tr("GitHub left out organization %1, which needs SAML single sign-on, and its name could "
                       "not be looked up: %2")
                        .arg(id)
                        .arg(why));
            }
            if (!isLoading()) {
                Q_EMIT dataChanged(index(0), index(0), {LoadingRole});
                Q_EMIT loadingChanged(false);
            }
        });
    }
}

void NamespaceModel::addLeftOutOrganization(qint64 id, const QString &login)
{
    // GitHub's page for the organization's single sign-on; a 403 on its packages then gives the link that
    // authorizes this very token.
    QUrl authorizationUrl = m_client->server().webUrl();
    authorizationUrl.setPath(QStringLiteral("/orgs/%1/sso").arg(login));
    int row = rowOf(login);
    if (row < 0) {
        int memberships = 0;
        for (const Entry &entry : std::as_const(m_entries))
            memberships += entry.source == Source::Membership ? 1 : 0;
        row = 1 + memberships;
        insertEntry(row, {NamespaceRef::organization(login), Source::Membership, false});
    }
    m_entries[row].ssoAuthorizationUrl = authorizationUrl;
    m_entries[row].organizationId = id;
    Q_EMIT dataChanged(index(row), index(row));
}

void NamespaceModel::applyOrganizations(const QList<Account> &organizations)
{
    QSet<QString> listed;
    for (const Account &organization : organizations)
        listed.insert(organization.login.toCaseFolded());
    // Still left out for single sign-on: their rows stay as they are. Listed again: authorized now.
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.organizationId == 0 || m_leftOutOrganizationIds.contains(entry.organizationId))
            continue;
        entry.organizationId = 0;
        entry.ssoAuthorizationUrl.clear();
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.organizationId != 0)
            listed.insert(entry.ref.login.toCaseFolded());
    }
    // Organizations the user left: their rows go unless opened by name.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &entry = m_entries[row];
        if (entry.source != Source::Membership || listed.contains(entry.ref.login.toCaseFolded()))
            continue;
        if (entry.remembered) {
            entry.source = Source::Opened;
        } else {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    int memberships = 0;
    for (const Entry &entry : std::as_const(m_entries))
        memberships += entry.source == Source::Membership ? 1 : 0;
    for (const Account &organization : organizations) {
        const int row = rowOf(organization.login);
        if (row >= 0 && m_entries[row].source == Source::Opened) {
            // Opened by name before the listing said it is one of the user's: it moves to them.
            const int target = 1 + memberships++;
            m_entries[row].source = Source::Membership;
            if (row != target && beginMoveRows({}, row, row, {}, target)) {
                m_entries.move(row, target);
                endMoveRows();
            }
            continue;
        }
        if (row >= 0)
            continue;
        // Memberships follow the user's row, in GitHub's order, before the namespaces opened by name.
        insertEntry(1 + memberships++,
                    {NamespaceRef::organization(organization.login), Source::Membership, false});
    }
}

void NamespaceModel::insertEntry(int row, const Entry &entry)
{
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

int NamespaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NamespaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    const bool signedInRow = entry.source == Source::SignedIn;
    const bool needsSso = !entry.ssoAuthorizationUrl.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return needsSso ? tr("%1 (needs single sign-on)").arg(entry.ref.login) : entry.ref.login;
    case LoginRole:
    case IdRole:
        return entry.ref.login;
    case Qt::ToolTipRole:
        if (signedInRow && m_error)
            return m_error->userMessage();
        if (needsSso)
            return ssoMessage(entry.ref.login);
        return entry.ref.isOrganization() ? tr("Organization %1").arg(entry.ref.login)
                                          : tr("User %1").arg(entry.ref.login);
    case NamespaceKindRole:
    case NodeKindRole:
        return int(entry.ref.kind);
    case CanDeleteRole:
        return m_client->scopes().allows(PackageAction::Delete, PackageType::Container,
                                         m_client->server().hostKind());
    case CanRestoreRole:
        return m_client->scopes().allows(PackageAction::Restore, PackageType::Container,
                                         m_client->server().hostKind());
    case LoadingRole:
        return signedInRow && isLoading();
    case ErrorRole:
        if (needsSso)
            return ssoMessage(entry.ref.login);
        return signedInRow && m_error ? m_error->userMessage() : QString();
    case ErrorKindRole:
        if (needsSso)
            return int(ApiError::Kind::SsoRequired);
        return signedInRow && m_error ? int(m_error->kind) : -1;
    case SsoAuthorizationUrlRole:
        return entry.ssoAuthorizationUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> NamespaceModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NamespaceKindRole, "namespaceKind");
    names.insert(LoginRole, "login");
    names.insert(CanDeleteRole, "canDelete");
    names.insert(CanRestoreRole, "canRestore");
    names.insert(LoadingRole, "loading");
    names.insert(ErrorRole, "error");
    names.insert(SsoAuthorizationUrlRole, "ssoAuthorizationUrl");
    return names;
}

QStringList NamespaceModel::rememberedKeys() const
{
    return QSettings().value(settingsKey()).toStringList();
}

void NamespaceModel::setRemembered(const NamespaceRef &owner, bool remember)
{
    QStringList keys = rememberedKeys();
    const QString key = keyOf(owner);
    keys.removeAll(key);
    if (remember)
        keys.append(key);
    QSettings().setValue(settingsKey(), keys);
}

QString NamespaceModel::settingsKey() const
{
    return QStringLiteral("namespaces/") + m_client->server().hostKey();
}

int NamespaceModel::rowOf(const QString &login) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].ref.login.compare(login, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

} // namespace Packhouse
