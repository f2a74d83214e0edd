#include "sessionmanager.h"

#include "accountsettings.h"
#include "memorytokenstore.h"
#include "session.h"
#include "signinverifier.h"

#include <QTimer>

#include <utility>

namespace Packhouse {

namespace {

// Drops a running check without hearing from it again: disconnected first, and deleted before its queued
// Cancelled result could arrive.
void discard(QPointer<SignInVerifier> &verifier, QObject *listener)
{
    if (!verifier)
        return;
    QObject::disconnect(verifier, nullptr, listener, nullptr);
    verifier->cancel();
    verifier->deleteLater();
    verifier.clear();
}

// Why GitHub could not be reached, in words a person reads: Qt's "Connection refused", "Host … not found".
QString unreachableReason(const ApiError &error)
{
    return error.kind == ApiError::Kind::Timeout ? SessionManager::tr("it did not answer in time")
                                                 : error.message;
}

QString refusalReason(TokenSource source, const SignInResult &result)
{
    return SessionManager::tr("The token from the %1 could not be used. %2")
        .arg(tokenSourceDisplayName(source), result.error ? result.error->userMessage() : QString());
}

} // namespace

SessionManager::SessionManager(QNetworkAccessManager *network, TokenStore *tokenStore,
                               AccountSettings *settings, DeletionJournal *journal, const QString &cacheRoot,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_settings(settings)
    , m_journal(journal)
    , m_cacheRoot(cacheRoot)
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SessionManager::reconnectNow);
}

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
    discard(m_verifier, this);
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
        // No answer from GitHub is no verdict on the token: browse what was last seen, and check it later.
        const bool remembered = !m_settings->login(pending.server.hostKey()).isEmpty();
        if (result.error->unreachable && pending.source != TokenSource::SignInDialog && remembered)
            return openOffline(pending, *result.error);
        Q_EMIT signInFailed(result);
        if (pending.source != TokenSource::SignInDialog) {
            Q_EMIT signInRequired(pending.server, refusalReason(pending.source, result));
        }
        return;
    }

    rememberAccount(result);
    // Tokens from stdin or the environment are never written anywhere; the keychain's own needs no rewrite.
    if (pending.source == TokenSource::SignInDialog)
        keepToken(result.server, result.account.login, pending.token.trimmed(), pending.remember);
    openSession(result, pending.token.trimmed(), pending.source);
}

void SessionManager::rememberAccount(const SignInResult &result)
{
    m_settings->remember(result.server, result.account.login);
    m_settings->rememberScopes(result.server.hostKey(), result.scopes);
    m_settings->setLastHost(result.server.hostKey());
}

void SessionManager::openOffline(const Pending &pending, const ApiError &error)
{
    const QString host = pending.server.hostKey();
    SignInResult lastConfirmed;
    lastConfirmed.server = pending.server;
    lastConfirmed.account.login = m_settings->login(host);
    lastConfirmed.scopes = m_settings->scopes(host);
    openSession(lastConfirmed, pending.token.trimmed(), pending.source, unreachableReason(error));
    m_offline = pending;
    m_reconnectFailures = 0;
    scheduleReconnect();
}

void SessionManager::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstReconnectDelay = first;
    m_longestReconnectDelay = longest;
}

void SessionManager::scheduleReconnect()
{
    const std::chrono::milliseconds delay = std::min<std::chrono::milliseconds>(
        m_firstReconnectDelay * (1 << std::min(m_reconnectFailures, 16)), m_longestReconnectDelay);
    m_nextReconnectAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_reconnectTimer->start(delay);
    Q_EMIT reconnectChanged();
}

void SessionManager::reconnectNow()
{
    if (!m_offline || m_reconnectCheck)
        return;
    m_reconnectTimer->stop();
    m_nextReconnectAt = {};
    m_reconnectCheck = new SignInVerifier(m_network, this);
    connect(m_reconnectCheck, &SignInVerifier::finished, this, &SessionManager::onReconnectVerified);
    m_reconnectCheck->verify(m_offline->server, m_offline->token);
    Q_EMIT reconnectChanged();
}

void SessionManager::onReconnectVerified(const SignInResult &result)
{
    m_reconnectCheck->deleteLater();
    m_reconnectCheck.clear();
    if (!m_offline || !m_session)
        return;
    if (!result.ok && result.error->unreachable) {
        ++m_reconnectFailures;
        m_session->setOffline(unreachableReason(*result.error));
        scheduleReconnect();
        return;
    }
    const Pending pending = std::exchange(m_offline, std::nullopt).value();
    if (!result.ok) {
        // GitHub answered, and refused the token: as at start, the person is asked for one.
        closeSession();
        Q_EMIT signInFailed(result);
        Q_EMIT signInRequired(pending.server, refusalReason(pending.source, result));
        return;
    }
    rememberAccount(result);
    // Another login behind the token has another cache: its own session.
    if (result.account.login.compare(m_session->account().login, Qt::CaseInsensitive) != 0)
        return openSession(result, pending.token.trimmed(), pending.source);
    m_session->setOnline(result.scopes);
    Q_EMIT reconnectChanged();
}

void SessionManager::stopReconnecting()
{
    discard(m_reconnectCheck, this);
    m_reconnectTimer->stop();
    m_nextReconnectAt = {};
    m_offline.reset();
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

void SessionManager::openSession(const SignInResult &result, const QString &token, TokenSource source,
                                 const QString &offlineReason)
{
    closeSession();
    m_session = new Session(m_network, result.server, token, result.account, m_cacheRoot, m_journal, this);
    m_session->setVerifiedScopes(result.scopes);
    m_session->setTokenSource(source);
    if (!offlineReason.isEmpty())
        m_session->setOffline(offlineReason);
    Q_EMIT sessionStarted(m_session);
}

void SessionManager::closeSession()
{
    stopReconnecting();
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
