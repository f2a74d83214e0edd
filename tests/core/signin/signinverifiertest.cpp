#include "signinverifier.h"
#include "fakeserverfixture.h"
#include "qtprinters.h"
#include "signintestsupport.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

class SignInVerifierTest : public FakeServerTest
{
protected:
    SignInResult verify(const QUrl &apiUrl, const QString &token)
    {
        const auto config = ServerConfig::fromApiUrl(apiUrl);
        EXPECT_TRUE(config.ok());
        SignInVerifier verifier(&network);
        QSignalSpy finished(&verifier, &SignInVerifier::finished);
        verifier.verify(config.value(), token);
        EXPECT_TRUE(finished.wait(15000)) << "verification did not finish";
        // Exactly one result: once the check is over, nothing is left that could send another.
        expectNothingLeftRunning(verifier);
        EXPECT_EQ(finished.size(), 1);
        return finished.isEmpty() ? SignInResult{} : finished.first().first().value<SignInResult>();
    }

    // Delivers what is queued already and deletes what the check dropped (its client, the client's job and
    // reply). After that the verifier is idle and no request is open, so a signal count taken now is final.
    void expectNothingLeftRunning(const SignInVerifier &verifier)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_FALSE(verifier.isRunning());
        EXPECT_TRUE(network.findChildren<QNetworkReply *>().isEmpty()) << "a request is still open";
    }
};

TEST_F(SignInVerifierTest, FullTokenNamesTheAccountAndEveryScope)
{
    const SignInResult result = verify(server.url(), DemoTokens::full());

    ASSERT_TRUE(result.ok) << result.error->message.toStdString();
    EXPECT_EQ(result.account.login, u"octocat");
    EXPECT_EQ(result.account.name, u"The Octocat");
    EXPECT_EQ(result.tokenKind, TokenKind::Classic);
    EXPECT_THAT(result.scopes.granted(),
                ElementsAre(u"read:packages", u"write:packages", u"delete:packages", u"read:org", u"repo"));
    for (PackageAction action : {PackageAction::Browse, PackageAction::Delete, PackageAction::Restore})
        EXPECT_TRUE(result.scopes.allows(action, PackageType::Maven));
}

TEST_F(SignInVerifierTest, ReadOnlyTokenBrowsesButCannotDeleteOrRestore)
{
    const SignInResult result = verify(server.url(), DemoTokens::readOnly());

    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.account.login, u"octocat");
    EXPECT_THAT(result.scopes.granted(), ElementsAre(u"read:packages"));
    EXPECT_TRUE(result.scopes.allows(PackageAction::Browse, PackageType::Container));
    EXPECT_THAT(result.scopes.missingFor(PackageAction::Delete, PackageType::Container),
                ElementsAre(u"delete:packages"));
    EXPECT_THAT(result.scopes.missingFor(PackageAction::Restore, PackageType::Npm),
                ElementsAre(u"write:packages"));
}

TEST_F(SignInVerifierTest, FineGrainedTokenIsRefusedWithoutARequest)
{
    // Nothing listens there: any request would end in a network error instead.
    const SignInResult result = verify(closedPortUrl(), DemoTokens::fineGrained());

    EXPECT_FALSE(result.ok);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, ApiError::Kind::FineGrainedToken);
    EXPECT_EQ(result.tokenKind, TokenKind::FineGrained);
    EXPECT_THAT(result.error->message.toStdString(), HasSubstr("accepts only classic"));
}

TEST_F(SignInVerifierTest, BadTokenCarriesGitHubsMessage)
{
    const QString token = QStringLiteral("ghp_notARealToken000000000000000000000000");
    const SignInResult result = verify(server.url(), token);

    EXPECT_FALSE(result.ok);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, ApiError::Kind::BadCredentials);
    EXPECT_EQ(result.error->message, u"Bad credentials");
    EXPECT_FALSE(result.error->userMessage().contains(token));
}

TEST_F(SignInVerifierTest, ServerDownIsANetworkError)
{
    const SignInResult result = verify(closedPortUrl(), DemoTokens::full());

    EXPECT_FALSE(result.ok);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Network);
    EXPECT_FALSE(result.error->message.isEmpty());
}

TEST_F(SignInVerifierTest, EmptyTokenIsRefusedWithoutARequest)
{
    const SignInResult result = verify(closedPortUrl(), QStringLiteral("  \n"));

    EXPECT_FALSE(result.ok);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->kind, ApiError::Kind::BadCredentials);
}

TEST_F(SignInVerifierTest, CancelEndsTheCheckOnceWithCancelled)
{
    server.setLatency(3000);
    SignInVerifier verifier(&network);
    QSignalSpy finished(&verifier, &SignInVerifier::finished);
    verifier.verify(ServerConfig::fromApiUrl(server.url()).value(), DemoTokens::full());
    EXPECT_TRUE(verifier.isRunning());

    verifier.cancel();

    EXPECT_FALSE(verifier.isRunning());
    ASSERT_TRUE(finished.wait(2000));
    // The aborted request is over too: the answer the server sends in 3 s has nowhere to go.
    expectNothingLeftRunning(verifier);
    ASSERT_EQ(finished.size(), 1);
    const auto result = finished.first().first().value<SignInResult>();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error->kind, ApiError::Kind::Cancelled);
}

} // namespace
