#include "session.h"

#include "githubclient.h"
#include "journalreconciler.h"
#include "operationqueue.h"
#include "registryclient.h"
#include "responsecache.h"

namespace Packhouse {

Q_LOGGING_CATEGORY(lcSession, "packhouse.session")

namespace {

QString below(const QString &root, const QString &name)
{
    return root.isEmpty() ? QString() : root + u'/' + name;
}

} // namespace

Session::Session(QNetworkAccessManager *network, const ServerConfig &server, const QString &token,
                 const Account &account, const QString &cacheRoot, DeletionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_cache(std::make_unique<ResponseCache>(below(cacheRoot, QStringLiteral("http"))))
    , m_client(new GitHubClient(network, server, {}, this))
    , m_registry(new RegistryClient(m_client, below(cacheRoot, QStringLiteral("manifests")), this))
    , m_queue(new OperationQueue(m_client, journal, this))
{
    m_client->setToken(token);
    m_client->setLogin(account.login);
    m_client->setCache(m_cache.get());
    if (journal) {
        m_reconciler = new JournalReconciler(m_client, journal, this);
        connect(m_reconciler, &JournalReconciler::finished, this, &Session::journalReconciled);
        m_reconciler->start();
    }
    qCInfo(lcSession) << "session opened for" << account.login << "on" << server.hostKey();
}

Session::~Session()
{
    // Children go after this body, the cache with the members: drop the client's pointer and token first.
    m_client->setCache(nullptr);
    m_client->clearToken();
    qCInfo(lcSession) << "session closed for" << m_account.login << "on" << m_client->server().hostKey();
}

void Session::setOffline(const QString &reason)
{
    const bool changed = !isOffline();
    m_offlineReason = reason;
    m_client->setOffline(reason);
    m_cachedDataTime = m_cache->lastConfirmed(m_client->cacheAccount());
    qCInfo(lcSession) << "offline on" << m_client->server().hostKey() << ":" << reason;
    if (changed)
        Q_EMIT offlineChanged(true);
}

void Session::setOnline(const Scopes &verifiedScopes)
{
    if (!isOffline())
        return;
    m_offlineReason.clear();
    m_client->setOffline(QString());
    m_verifiedScopes = verifiedScopes;
    qCInfo(lcSession) << "online again on" << m_client->server().hostKey();
    if (m_reconciler)
        m_reconciler->start(); // what it left unsettled while offline
    Q_EMIT offlineChanged(false);
}

bool Session::isOffline() const
{
    return m_client->isOffline();
}

const ServerConfig &Session::server() const
{
    return m_client->server();
}

Scopes Session::scopes() const
{
    return m_client->scopesKnown() ? m_client->scopes() : m_verifiedScopes;
}

} // namespace Packhouse
