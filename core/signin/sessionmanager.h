#pragma once

#include "signinresult.h"
#include "tokensource.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Packhouse {

class AccountSettings;
class DeletionJournal;
class MemoryTokenStore;
class Session;
class SignInVerifier;

// The app's one owner of sessions: finds a token (in the order below), checks it with GET /user, opens the
// Session, and signs out or switches hosts. Every token is checked before a session opens, or, when GitHub
// cannot be reached for it, the session opens offline on what was last confirmed and the token is checked
// again until GitHub answers (issue #21). The token is held here only while it is being checked; a session's
// client holds it afterwards.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(QNetworkAccessManager *network, // not owned
                   TokenStore *tokenStore,         // not owned
                   AccountSettings *settings,      // not owned
                   DeletionJournal *journal,       // not owned
                   const QString &cacheRoot,       // see Session; empty = memory only
                   QObject *parent = nullptr);
    ~SessionManager() override;

    // Token sources in order: `stdinToken` (if given) → GH_TOKEN / GITHUB_TOKEN (GH_ENTERPRISE_TOKEN /
    // GITHUB_ENTERPRISE_TOKEN for a GHES host) → the token store, for the login remembered on that host →
    // signInRequired(). A token that fails its check ends in signInFailed() and signInRequired(); one that
    // could not be checked because GitHub was unreachable opens an offline session (Session::isOffline())
    // with the login and scopes last confirmed for the host, when one was, and no dialog is asked for.
    void start(const ServerConfig &server, const std::optional<QString> &stdinToken = std::nullopt);
    // Checks `token`, then opens its session; keeps it in the keychain only when asked (and otherwise removes
    // an older one for that account). Ends in sessionStarted() or signInFailed().
    void signIn(const ServerConfig &server, const QString &token, bool rememberInKeychain);
    // Stops a running check; no signal follows for it.
    void cancelSignIn();
    bool isSigningIn() const { return m_pending.has_value(); }
    // Removes the token from the keychain, forgets the account in the settings, closes the session.
    void signOut();
    // Starts a session on another remembered host; the current one stays open until the new one is ready.
    void switchTo(const QString &hostKey);

    Session *current() const { return m_session; }

    // An offline session checks its token again after `first`, then after twice as long each time, at most
    // `longest` (30 s and 5 min unless set).
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // While the session is offline: when its token is checked next; invalid while a check runs.
    QDateTime nextReconnectAt() const { return m_nextReconnectAt; }
    // Checks the offline session's token now instead of waiting.
    void reconnectNow();
    // False once the keychain answered that it cannot be used (tokens then live in memory for this run).
    bool keychainAvailable() const;

Q_SIGNALS:
    void sessionStarted(Packhouse::Session *session);
    // The current session is closing; it is deleted on the next event-loop turn.
    void sessionEnded();
    void signInRequired(const Packhouse::ServerConfig &server, const QString &reason);
    void signInFailed(const Packhouse::SignInResult &result);
    void keychainUnavailable(const QString &message);
    // The offline session's next check was scheduled, or one started.
    void reconnectChanged();

private:
    struct Pending
    {
        ServerConfig server;
        QString token;
        TokenSource source;
        bool remember = false;
    };

    TokenStore *store() const;
    void verify(Pending pending);
    void abortVerification();
    void onVerified(const SignInResult &result);
    void rememberAccount(const SignInResult &result);
    void openOffline(const Pending &pending, const ApiError &error);
    void scheduleReconnect();
    void onReconnectVerified(const SignInResult &result);
    void stopReconnecting();
    void readStoredToken(const ServerConfig &server, const QString &login);
    void probeKeychain(const ServerConfig &server, const QString &reason);
    void keepToken(const ServerConfig &server, const QString &login, const QString &token, bool remember);
    bool noteStoreResult(const TokenStoreResult &result, const QString &what);
    // With an `offlineReason` the session opens offline.
    void openSession(const SignInResult &result, const QString &token, TokenSource source,
                     const QString &offlineReason = QString());
    void closeSession();

    QNetworkAccessManager *m_network; // not owned
    TokenStore *m_tokenStore;         // not owned
    AccountSettings *m_settings;      // not owned
    DeletionJournal *m_journal;       // not owned
    QString m_cacheRoot;
    std::unique_ptr<MemoryTokenStore> m_memoryStore; // owned; stands in once the keychain is unavailable
    QPointer<SignInVerifier> m_verifier;             // owned (child) while a check runs
    std::optional<Pending> m_pending;
    quint64 m_generation = 0;     // bumped by every start/sign-in: store answers for older ones are dropped
    Session *m_session = nullptr; // owned (child)

    std::optional<Pending> m_offline;          // the offline session's token, held until GitHub checks it
    QPointer<SignInVerifier> m_reconnectCheck; // owned (child) while the offline session's token is checked
    QTimer *m_reconnectTimer;                  // owned (child)
    QDateTime m_nextReconnectAt;
    int m_reconnectFailures = 0;
    std::chrono::milliseconds m_firstReconnectDelay{30'000};
    std::chrono::milliseconds m_longestReconnectDelay{5 * 60'000};
};

} // namespace Packhouse
