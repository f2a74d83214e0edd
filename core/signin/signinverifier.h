#pragma once

#include "signinresult.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Packhouse {

class ApiJob;
struct ApiResponse;
class GitHubClient;

// Checks a token with GET /user: who it belongs to and which scopes it carries. Fine-grained tokens are
// refused without a request, since GitHub Packages accepts classic tokens only. One check at a time: a new
// verify() cancels the running one. Each verify() ends in exactly one finished(), always asynchronously.
class SignInVerifier : public QObject
{
    Q_OBJECT

public:
    explicit SignInVerifier(QNetworkAccessManager *network, // not owned
                            QObject *parent = nullptr);
    ~SignInVerifier() override;

    void verify(const ServerConfig &server, const QString &token);
    // Ends a running check with a Cancelled error; does nothing when idle.
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    void finished(const Packhouse::SignInResult &result);

private:
    void onUser(const ApiResponse &response);
    void dropClient();
    void finishLater(const SignInResult &result);
    void finishNow(const SignInResult &result);

    QNetworkAccessManager *m_network;       // not owned
    std::unique_ptr<GitHubClient> m_client; // owned while a check runs; holds the token only then
    QPointer<ApiJob> m_job;
    SignInResult m_pending;
};

} // namespace Packhouse
