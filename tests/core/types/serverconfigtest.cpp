#include "qtprinters.h"
#include "serverconfig.h"

#include <gtest/gtest.h>

using namespace Packhouse;

TEST(ServerConfig, GitHubDotComUsesGhcr)
{
    const auto config = ServerConfig::fromUserInput(QStringLiteral("github.com"));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().apiUrl(), QUrl(QStringLiteral("https://api.github.com")));
    EXPECT_EQ(config.value().webUrl(), QUrl(QStringLiteral("https://github.com")));
    EXPECT_EQ(config.value().registryUrl(), QUrl(QStringLiteral("https://ghcr.io")));
    EXPECT_EQ(config.value().hostKind(), HostKind::GitHubDotCom);
}

TEST(ServerConfig, EnterpriseHostGetsApiV3AndContainersSubdomain)
{
    const auto config = ServerConfig::fromUserInput(QStringLiteral("ghe.example.com"));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().apiUrl(), QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    EXPECT_EQ(config.value().registryUrl(), QUrl(QStringLiteral("https://containers.ghe.example.com")));
    EXPECT_EQ(config.value().hostKind(), HostKind::EnterpriseServer);
    EXPECT_EQ(config.value().apiEndpoint(QStringLiteral("/user")),
              QUrl(QStringLiteral("https://ghe.example.com/api/v3/user")));
}

TEST(ServerConfig, RefusesPlainHttpToRemoteHost)
{
    const auto config = ServerConfig::fromApiUrl(QUrl(QStringLiteral("http://ghe.example.com/api/v3")));
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().kind, ApiError::Kind::InsecureUrl);
    EXPECT_TRUE(config.error().message.contains(QStringLiteral("HTTPS")));
}

TEST(ServerConfig, AllowsPlainHttpToLoopback)
{
    const auto config = ServerConfig::fromApiUrl(QUrl(QStringLiteral("http://127.0.0.1:8123")));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().registryUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123")));
    EXPECT_EQ(config.value().hostKey(), QStringLiteral("127.0.0.1:8123"));
}

TEST(ServerConfig, TokenOnlyForApiAndRegistryOrigins)
{
    const auto config = ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl());
    ASSERT_TRUE(config.ok());
    EXPECT_TRUE(config.value().mayReceiveToken(QUrl(QStringLiteral("https://api.github.com/user"))));
    EXPECT_TRUE(config.value().mayReceiveToken(QUrl(QStringLiteral("https://ghcr.io/token"))));
    EXPECT_FALSE(config.value().mayReceiveToken(QUrl(QStringLiteral("https://evil.example.com/user"))));
    EXPECT_FALSE(config.value().mayReceiveToken(QUrl(QStringLiteral("http://api.github.com/user"))));
}

TEST(ServerConfig, EndpointKeepsEncodedSlashInPackageNames)
{
    const auto config = ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl());
    ASSERT_TRUE(config.ok());
    const QUrl url = config.value().apiEndpoint(QStringLiteral("/orgs/acme/packages/container/team%2Fweb"));
    EXPECT_EQ(url.toString(QUrl::FullyEncoded),
              QStringLiteral("https://api.github.com/orgs/acme/packages/container/team%2Fweb"));
}
