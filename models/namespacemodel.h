#pragma once

#include "account.h"
#include "apierror.h"
#include "modelroles.h"
#include "namespaceref.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace Packhouse {

class ApiJob;
class GitHubClient;

// The namespaces packages can be browsed in: the signed-in user, the organizations GitHub lists for them
// (GET /user/orgs: empty without read:org, hence also) the users and organizations opened by name,
// remembered per host in QSettings under "namespaces/<hostKey>". Organizations GitHub left out of the list
// until the token is authorized for their SAML single sign-on (X-GitHub-SSO: partial-results) are rows too,
// marked "needs single sign-on" and carrying the link that authorizes it.
class NamespaceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NamespaceKindRole = LastModelRole, // int(NamespaceRef::Kind)
        LoginRole,
        CanDeleteRole,  // the token's scopes allow deleting container versions here (org admin not known)
        CanRestoreRole, // likewise for restoring
        SsoAuthorizationUrlRole, // QUrl: where to authorize the token here; empty if not needed
    };

    NamespaceModel(GitHubClient *client, QObject *parent = nullptr);

    // Resets the model to the user's row plus the remembered namespaces, and loads the organizations.
    void setSignedInUser(const QString &login);
    // Adds the namespace (when new) and remembers it.
    void openNamespace(const NamespaceRef &owner);
    // Adds the namespace typed by name once GitHub knows it: as an organization, else as a user (/orgs/NAME
    // answers 404 for users). Ends in namespaceOpened() or namespaceLookupFailed().
    void openNamespaceByName(const QString &login);
    // Forgets an opened namespace; its row goes unless it is the user or one of their organizations.
    void forgetNamespace(const QModelIndex &index);
    NamespaceRef namespaceAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &login) const;
    // Lists the organizations again; rows of organizations the user left go.
    void refresh();
    bool isLoading() const { return !m_orgsJob.isNull() || !m_ssoLookups.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Packhouse::ApiError &error);
    void namespaceOpened(const Packhouse::NamespaceRef &owner);
    void namespaceLookupFailed(const QString &login, const QString &message);

private:
    enum class Source : quint8
    {
        SignedIn,
        Membership, // listed by /user/orgs
        Opened,
    };
    struct Entry
    {
        NamespaceRef ref;
        Source source;
        bool remembered = false;
        QUrl ssoAuthorizationUrl = {}; // set while GitHub leaves the organization out for SAML single sign-on
        qint64 organizationId = 0;     // known for the organizations left out that way
    };

    void fetchOrganizationsPage(int page);
    void applyOrganizations(const QList<Account> &organizations);
    // Names the organizations GitHub left out (ids only) and adds them as "needs single sign-on" rows.
    void lookUpLeftOutOrganizations();
    void addLeftOutOrganization(qint64 id, const QString &login);
    void finishLoading(const std::optional<ApiError> &error);
    void insertEntry(int row, const Entry &entry);
    QStringList rememberedKeys() const;
    void setRemembered(const NamespaceRef &owner, bool remember);
    QString settingsKey() const;
    int rowOf(const QString &login) const;

    GitHubClient *m_client; // not owned
    QList<Entry> m_entries;
    QList<Account> m_pendingOrganizations;
    QList<qint64> m_leftOutOrganizationIds; // X-GitHub-SSO: partial-results of the listing under way
    QPointer<ApiJob> m_orgsJob;
    QList<QPointer<ApiJob>> m_ssoLookups;
    std::optional<ApiError> m_error; // shown on the user's row
    std::optional<ApiError>
        m_stale; // the oldest cached page that stood in for GitHub in the listing under way
};

} // namespace Packhouse
