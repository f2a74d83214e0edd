#include "signinverifier.h"

#include "githubclient.h"
#include "jsondecoder.h"
#include "session.h"

#include <QTimer>

namespace Packhouse {

namespace {

ApiError refusal(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Sign-in is interactive: one quick retry, then let the person decide.
ClientOptions signInOptions()
{
    ClientOptions options;
    options.maxRetries = 1;
    options.retryBaseDelay = std::chrono::milliseconds(300);
    options.transferTimeout = std::chrono::milliseconds(20'000);
    return options;
}

} // namespace

SignInVerifier::SignInVerifier(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

SignInVerifier::~SignInVerifier() = default;

void SignInVerifier::verify(const ServerConfig &server, const QString &token)
{
    cancel();
    const QString trimmed = token.trimmed();
    SignInResult result;
    result.server = server;
    result.tokenKind = tokenKindOf(trimmed);

    if (trimmed.isEmpty()) {
        result.error = refusal(ApiError::Kind::BadCredentials, tr("No token was entered."));
        return finishLater(result);
    }
    if (result.tokenKind == TokenKind::FineGrained) {
        result.error = refusal(
            ApiError::Kind::FineGrainedToken,
            tr("This is a fine-grained personal access token. GitHub Packages accepts only classic personal "
               "access tokens: create a classic token with the read:packages scope (and write:packages, "
               "delete:packages to restore and delete)."));
        return finishLater(result);
    }

    m_pending = result;
    m_client = std::make_unique<GitHubClient>(m_network, server, signInOptions());
    m_client->setToken(trimmed);
    m_job = m_client->fetchAuthenticatedUser();
    connect(m_job, &ApiJob::finished, this, &SignInVerifier::onUser);
    qCInfo(lcSession) << "checking a" << tokenKindDisplayName(result.tokenKind) << "with"
                      << server.apiEndpoint(QStringLiteral("/user")).toDisplayString();
}

void SignInVerifier::cancel()
{
    if (!m_client)
        return;
    SignInResult result = m_pending;
    result.error = ApiError::cancelled();
    // Disconnect first: the aborted job's own finished() must not count as a second result.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
    }
    finishLater(result);
}

void SignInVerifier::onUser(const ApiResponse &response)
{
    SignInResult result = m_pending;
    if (response.ok()) {
        auto account = JsonDecoder::account(response.body, Account::Type::User);
        if (account.ok()) {
            result.ok = true;
            result.account = account.value();
            result.scopes = m_client->scopes();
        } else {
            result.error = account.error();
        }
    } else {
        result.error = response.error;
    }
    finishNow(result);
}

void SignInVerifier::dropClient()
{
    m_job.clear();
    // The token goes at once; the client itself later, since this may run inside one of its signals.
    if (GitHubClient *client = m_client.release()) {
        client->clearToken();
        client->deleteLater();
    }
}

void SignInVerifier::finishLater(const SignInResult &result)
{
    dropClient();
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

void SignInVerifier::finishNow(const SignInResult &result)
{
    dropClient();
    if (result.ok)
        qCInfo(lcSession) << "token accepted for" << result.account.login << "scopes"
                          << result.scopes.granted();
    else
        qCInfo(lcSession) << "token check failed:" << apiErrorKindName(result.error->kind)
                          << result.error->message;
    Q_EMIT finished(result);
}

} // namespace Packhouse
