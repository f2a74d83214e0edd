// What the client puts on the wire, checked with a recording server: headers, credentials, redirects.
#include "demotokens.h"
#include "githubclient.h"
#include "qtprinters.h"
#include "recordingserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <gtest/gtest.h>

using namespace Packhouse;

namespace {

class WireTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(api.listen());
        ASSERT_TRUE(elsewhere.listen());
        client = std::make_unique<GitHubClient>(&network, ServerConfig::fromApiUrl(api.url()).value());
        client->setToken(DemoTokens::full());
        client->setLogin(QStringLiteral("octocat"));
    }

    ApiResponse await(ApiJob *job)
    {
        std::optional<ApiResponse> result;
        QObject::connect(job, &ApiJob::finished, job,
                         [&result](const ApiResponse &response) { result = response; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 10000));
        return result.value_or(ApiResponse{});
    }

    RecordingServer api;
    RecordingServer elsewhere; // another origin: same host, another port
    QNetworkAccessManager network;
    std::unique_ptr<GitHubClient> client;
};

} // namespace

TEST_F(WireTest, SendsGitHubHeadersAndTheToken)
{
    const ApiResponse response = await(client->get(QStringLiteral("/user")));
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(api.requests().size(), 1);
    const auto &headers = api.requests().first().headers;
    EXPECT_EQ(headers.value("accept"), "application/vnd.github+json");
    EXPECT_EQ(headers.value("x-github-api-version"), "2022-11-28");
    EXPECT_TRUE(headers.value("user-agent").startsWith("Packhouse/"));
    EXPECT_EQ(headers.value("authorization"), "Bearer " + DemoTokens::full().toUtf8());
}

TEST_F(WireTest, RedirectToAnotherOriginCarriesNoToken)
{
    api.enqueue({302, {{"Location", elsewhere.url(QStringLiteral("/moved")).toEncoded()}}, {}});
    const ApiResponse response = await(client->get(QStringLiteral("/user")));
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(elsewhere.requests().size(), 1);
    EXPECT_EQ(elsewhere.requests().first().target, "/moved");
    EXPECT_FALSE(elsewhere.requests().first().headers.contains("authorization"));
}

TEST_F(WireTest, RedirectWithinTheApiOriginKeepsTheToken)
{
    api.enqueue({301, {{"Location", "/renamed"}}, {}});
    const ApiResponse response = await(client->get(QStringLiteral("/user")));
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(api.requests().size(), 2);
    EXPECT_EQ(api.requests().at(1).target, "/renamed");
    EXPECT_EQ(api.requests().at(1).headers.value("authorization"), "Bearer " + DemoTokens::full().toUtf8());
}

TEST_F(WireTest, LinkToAnotherOriginIsFollowedWithoutToken)
{
    const ApiResponse response = await(client->getUrl(elsewhere.url(QStringLiteral("/page2"))));
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(elsewhere.requests().size(), 1);
    EXPECT_FALSE(elsewhere.requests().first().headers.contains("authorization"));
}

TEST_F(WireTest, PlainHttpToARemoteHostIsRefusedBeforeConnecting)
{
    const ApiResponse response = await(client->getUrl(QUrl(QStringLiteral("http://example.com/user"))));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::InsecureUrl);
    EXPECT_FALSE(ServerConfig::fromApiUrl(QUrl(QStringLiteral("http://ghe.example.com/api/v3"))).ok());
}

TEST_F(WireTest, OversizedAnswerIsRefusedNotBuffered)
{
    ClientOptions options;
    options.maxBodyBytes = 1024 * 1024;
    client->setOptions(options);
    api.enqueue({200, {}, QByteArray(3 * 1024 * 1024, 'x')});
    const ApiResponse response = await(client->get(QStringLiteral("/user")));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::Network);
    EXPECT_TRUE(response.body.isEmpty());
}

TEST_F(WireTest, ErrorsCarryGitHubsMessage)
{
    api.enqueue(
        {422, {}, R"({"message":"Validation Failed","documentation_url":"https://docs.github.com/rest"})"});
    const ApiResponse response = await(client->get(QStringLiteral("/user")));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::BadRequest);
    EXPECT_EQ(response.error->message, QStringLiteral("Validation Failed"));
    EXPECT_EQ(response.error->httpStatus, 422);
}
