#pragma once

#include "account.h"
#include "scopes.h"
#include "serverconfig.h"
#include "tokensource.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Packhouse {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

class DeletionJournal;
class GitHubClient;
class JournalReconciler;
class OperationQueue;
class RegistryClient;
class ResponseCache;

// Everything one signed-in account needs, made in one place: the client holding the token, the registry
// client, the operation queue and the response cache. SessionManager owns the current one. A new session
// first settles the journal's unfinished attempts on its host (a crash may have cut a run between GitHub's
// answer and the journal's record of it), so that Recently deleted lists everything GitHub really deleted.
class Session : public QObject
{
    Q_OBJECT

public:
    // `cacheRoot`: responses go to cacheRoot/http, manifests to cacheRoot/manifests; empty = memory only.
    Session(QNetworkAccessManager *network, // not owned
            const ServerConfig &server, const QString &token, const Account &account,
            const QString &cacheRoot,
            DeletionJournal *journal, // not owned
            QObject *parent = nullptr);
    ~Session() override;

    GitHubClient *client() const { return m_client; }
    RegistryClient *registry() const { return m_registry; }
    OperationQueue *queue() const { return m_queue; }
    ResponseCache *cache() const { return m_cache.get(); }

    const Account &account() const { return m_account; }
    const ServerConfig &server() const;
    // The client's latest view of the token's scopes; until its first answer, the scopes seen at sign-in.
    Scopes scopes() const;
    // The scopes GET /user reported when the token was checked.
    void setVerifiedScopes(const Scopes &scopes) { m_verifiedScopes = scopes; }

    TokenSource tokenSource() const { return m_tokenSource; }
    void setTokenSource(TokenSource source) { m_tokenSource = source; }

    // Offline: GitHub could not be reached when the token was to be checked, so the session runs on the
    // login and scopes last confirmed for the host and shows what the cache holds; nothing is sent (see
    // GitHubClient::setOffline). `reason` says in plain words why GitHub could not be reached.
    void setOffline(const QString &reason);
    // The token was checked after all: requests go out again, unfinished journal entries are settled.
    void setOnline(const Scopes &verifiedScopes);
    bool isOffline() const;
    QString offlineReason() const { return m_offlineReason; }
    // When GitHub last confirmed what the cache holds for this account; invalid when it holds nothing.
    QDateTime cachedDataTime() const { return m_cachedDataTime; }

Q_SIGNALS:
    // The journal's attempts left without an outcome by a crash were settled with the server (see below).
    void journalReconciled();
    void offlineChanged(bool offline);

private:
    Account m_account;
    Scopes m_verifiedScopes;
    TokenSource m_tokenSource = TokenSource::SignInDialog;
    QString m_offlineReason;
    QDateTime m_cachedDataTime;
    std::unique_ptr<ResponseCache> m_cache;    // owned; outlives the client that points to it
    GitHubClient *m_client;                    // owned (child)
    RegistryClient *m_registry;                // owned (child)
    OperationQueue *m_queue;                   // owned (child)
    JournalReconciler *m_reconciler = nullptr; // owned (child); null without a journal
};

} // namespace Packhouse
