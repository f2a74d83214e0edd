#include "sessionmanager.h"

#include "accountsettings.h"
#include "memorytokenstore.h"
#include "session.h"
#include "signinverifier.h"

#include <utility>

namespace Packhouse {

SessionManager::SessionManager(QNetworkAccessManager *network, TokenStore *tokenStore,
                               AccountSettings *settings, DeletionJournal *journal, const QString &cacheRoot,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_settings(settings)
    , m_journal(journal)
    , m_cacheRoot(cacheRoot)
{}

SessionManager::~SessionManager() = default;

bool SessionManager::keychainAvailable() const
{
    return !m_memoryStore && m_tokenStore->isPersistent();
}

TokenStore *SessionManager::store() const
{
    return m_memoryStore ? static_cast<TokenStore *>(m_memoryStore.get()) : m_tokenStore;
}

void SessionManager::start(const ServerConfig &server, const std::optional<QString> &stdinToken)
{
    cancelSignIn();
    if (stdinToken && !stdinToken->trimmed().isEmpty())
        return verify({server, *stdinToken, TokenSource::Stdin, false});
    if (const auto token = environmentToken(server))
        return verify({server, *token, TokenSource::Environment, false});
    const QString login = m_settings->login(server.hostKey());
    if (login.isEmpty())
        return probeKeychain(
            server, tr("Sign in to %1 with a personal access token (classic).").arg(server.hostKey()));
    readStoredToken(server, login);
}

void SessionManager::signIn(const ServerConfig &server, const QString &token, bool rememberInKeychain)
{
    cancelSignIn();
    verify({server, token, TokenSource::SignInDialog, rememberInKeychain});
}

void SessionManager::cancelSignIn()
{
    ++m_generation;
    abortVerification();
    m_pending.reset();
}

void SessionManager::verify(Pending pending)
{
    abortVerification();
    const ServerConfig server = pending.server;
    const QString token = pending.token;
    m_pending = std::move(pending);
    m_verifier = new SignInVerifier(m_network, this);
    connect(m_verifier, &SignInVerifier::finished, this, &SessionManager::onVerified);
    m_verifier->verify(server, token);
}

void SessionManager::abortVerification()
{
    if (!m_verifier)
        return;
    // Disconnected first, and deleted before its queued Cancelled result could arrive.
    disconnect(m_verifier, nullptr, this, nullptr);
    m_verifier->cancel();
    m_verifier->deleteLater();
    m_verifier.clear();
}

void SessionManager::onVerified(const SignInResult &result)
{
    if (m_verifier) {
        m_verifier->deleteLater();
        m_verifier.clear();
    }
    if (!m_pending)
        return;
    const Pending pending = std::exchange(m_pending, std::nullopt).value();

    if (!result.ok) {
        Q_EMIT signInFailed(result);
        if (pending.source != TokenSource::SignInDialog) {
            const QString why = result.error ? result.error->userMessage() : QString();
            Q_EMIT signInRequired(pending.server, tr("The token from the %1 could not be used. %2")
                                                      .arg(tokenSourceDisplayName(pending.source), why));
        }
        return;
    }

    m_settings->remember(result.server, result.account.login);
    m_settings->setLastHost(result.server.hostKey());
    // Tokens from stdin or the environment are never written anywhere; the keychain's own needs no rewrite.
    if (pending.source == TokenSource::SignInDialog)
        keepToken(result.server, result.account.login, pending.token.trimmed(), pending.remember);
    openSession(result, pending.token.trimmed(), pending.source);
}

void SessionManager::readStoredToken(const ServerConfig &server, const QString &login)
{
    const quint64 generation = m_generation;
    TokenStoreJob *job = store()->read(server.hostKey(), login);
    connect(job, &TokenStoreJob::finished, this,
            [this, generation, server, login](const TokenStoreResult &result) {
                if (generation != m_generation)
                    return;
                if (result.status == TokenStoreResult::Status::Ok && !result.token.isEmpty())
                    return verify({server, result.token, TokenSource::Keychain, false});
                QString reason;
                if (noteStoreResult(result, QStringLiteral("read")))
                    reason = tr("No token is stored for %1 on %2: sign in.").arg(login, server.hostKey());
                else
                    reason = tr("The stored token for %1 on %2 could not be read (%3): sign in.")
                                 .arg(login, server.hostKey(), result.message);
                Q_EMIT signInRequired(server, reason);
            });
}

// Reads an entry that need not exist, so that an unusable keychain is known before the sign-in dialog shows.
void SessionManager::probeKeychain(const ServerConfig &server, const QString &reason)
{
    const quint64 generation = m_generation;
    const auto ask = [this, generation, server, reason] {
        if (generation == m_generation)
            Q_EMIT signInRequired(server, reason);
    };
    if (!keychainAvailable()) {
        // Queued all the same: start() never answers from inside the call.
        QMetaObject::invokeMethod(this, ask, Qt::QueuedConnection);
        return;
    }
    TokenStoreJob *job = store()->read(server.hostKey(), QString());
    connect(job, &TokenStoreJob::finished, this, [this, ask](const TokenStoreResult &result) {
        noteStoreResult(result, QStringLiteral("probe"));
        ask();
    });
}

void SessionManager::keepToken(const ServerConfig &server, const QString &login, const QString &token,
                               bool remember)
{
    const QString host = server.hostKey();
    TokenStoreJob *job = remember ? store()->write(host, login, token) : store()->remove(host, login);
    connect(job, &TokenStoreJob::finished, this,
            [this, host, login, token, remember](const TokenStoreResult &result) {
                const bool usable =
                    noteStoreResult(result, remember ? QStringLiteral("write") : QStringLiteral("remove"));
                // Unavailable: the token lives on in memory for this run, as noteStoreResult announced.
                if (!usable && remember && m_memoryStore)
                    m_memoryStore->write(host, login, token);
            });
}

// Returns false when the store failed. The first "unavailable" answer switches to memory-only tokens.
bool SessionManager::noteStoreResult(const TokenStoreResult &result, const QString &what)
{
    switch (result.status) {
    case TokenStoreResult::Status::Ok:
    case TokenStoreResult::Status::NotFound:
        return true;
    case TokenStoreResult::Status::Unavailable:
        qCWarning(lcSession) << "keychain unavailable on" << what << ":" << result.message;
        if (!m_memoryStore) {
            m_memoryStore = std::make_unique<MemoryTokenStore>();
            Q_EMIT keychainUnavailable(
                tr("No keychain is available (%1). Your token is kept in memory only and is forgotten when "
                   "Packhouse quits.")
                    .arg(result.message));
        }
        return false;
    case TokenStoreResult::Status::Failed:
        qCWarning(lcSession) << "keychain" << what << "failed:" << result.message;
        if (what == u"write")
            Q_EMIT keychainUnavailable(
                tr("The token could not be saved in the keychain (%1). It is kept for this run only.")
                    .arg(result.message));
        return false;
    }
    return false;
}

void SessionManager::openSession(const SignInResult &result, const QString &token, TokenSource source)
{
    closeSession();
    m_session = new Session(m_network, result.server, token, result.account, m_cacheRoot, m_journal, this);
    m_session->setVerifiedScopes(result.scopes);
    m_session->setTokenSource(source);
    Q_EMIT sessionStarted(m_session);
}

void SessionManager::closeSession()
{
    if (!m_session)
        return;
    Session *closing = std::exchange(m_session, nullptr);
    Q_EMIT sessionEnded();
    closing->deleteLater();
}

void SessionManager::signOut()
{
    cancelSignIn();
    if (!m_session)
        return;
    const QString host = m_session->server().hostKey();
    const QString login = m_session->account().login;
    TokenStoreJob *job = store()->remove(host, login);
    connect(job, &TokenStoreJob::finished, this,
            [this](const TokenStoreResult &result) { noteStoreResult(result, QStringLiteral("remove")); });
    m_settings->forget(host);
    qCInfo(lcSession) << "signed out of" << login << "on" << host;
    closeSession();
}

void SessionManager::switchTo(const QString &hostKey)
{
    const auto server = ServerConfig::fromApiUrl(m_settings->apiUrl(hostKey));
    if (!server.ok()) {
        SignInResult result;
        result.error = server.error();
        Q_EMIT signInFailed(result);
        return;
    }
    start(server.value());
}

} // namespace Packhouse
