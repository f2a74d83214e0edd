#include "fakeserverfixture.h"

#include <QTest>

using namespace Packhouse;

void FakeServerTest::SetUp()
{
    ASSERT_TRUE(server.listen());
    makeClient();
}

void FakeServerTest::makeClient(const ClientOptions &options, const QString &token)
{
    const auto config = ServerConfig::fromApiUrl(server.url());
    ASSERT_TRUE(config.ok());
    client = std::make_unique<GitHubClient>(&network, config.value(), options);
    client->setToken(token);
    client->setLogin(QStringLiteral("octocat"));
}

ApiResponse FakeServerTest::await(ApiJob *job, int timeoutMs)
{
    std::optional<ApiResponse> result;
    QObject::connect(job, &ApiJob::finished, job,
                     [&result](const ApiResponse &response) { result = response; });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        << "request did not finish";
    return result.value_or(ApiResponse{});
}

bool FakeServerTest::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}
