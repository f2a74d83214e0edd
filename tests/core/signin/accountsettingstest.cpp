#include "accountsettings.h"
#include "qtprinters.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;

namespace {

ServerConfig server(const QString &input)
{
    const auto config = ServerConfig::fromUserInput(input);
    EXPECT_TRUE(config.ok());
    return config.value();
}

TEST(AccountSettingsTest, RemembersOneAccountPerHostAcrossInstances)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        AccountSettings accounts(&settings);
        accounts.remember(server(QStringLiteral("github.com")), QStringLiteral("octocat"));
        accounts.remember(server(QStringLiteral("https://ghe.example.com:8443")), QStringLiteral("mona"));
        accounts.remember(server(QStringLiteral("github.com")), QStringLiteral("hubot")); // replaces octocat
        accounts.setLastHost(QStringLiteral("ghe.example.com:8443"));
    }
    QSettings settings(file, QSettings::IniFormat);
    AccountSettings accounts(&settings);

    EXPECT_THAT(accounts.hosts(), ElementsAre(u"ghe.example.com:8443", u"github.com"));
    EXPECT_EQ(accounts.login(QStringLiteral("github.com")), u"hubot");
    EXPECT_EQ(accounts.apiUrl(QStringLiteral("github.com")), QUrl(QStringLiteral("https://api.github.com")));
    EXPECT_EQ(accounts.apiUrl(QStringLiteral("ghe.example.com:8443")),
              QUrl(QStringLiteral("https://ghe.example.com:8443/api/v3")));
    EXPECT_EQ(accounts.login(QStringLiteral("GHE.example.com:8443")), u"mona");
    EXPECT_EQ(accounts.lastHost(), u"ghe.example.com:8443");
}

TEST(AccountSettingsTest, RemembersTheConfirmedScopesNoneAndUnreportedApartAcrossInstances)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        AccountSettings accounts(&settings);
        accounts.rememberScopes(QStringLiteral("github.com"),
                                Scopes(QStringList{QStringLiteral("read:packages"), QStringLiteral("repo")}));
        accounts.rememberScopes(QStringLiteral("ghe.example.com"), Scopes(QStringList{}));
        accounts.rememberScopes(QStringLiteral("apps.example.com"), Scopes::unreported());
    }
    QSettings settings(file, QSettings::IniFormat);
    AccountSettings accounts(&settings);

    EXPECT_THAT(accounts.scopes(QStringLiteral("github.com")).granted(),
                ElementsAre(u"read:packages", u"repo"));
    EXPECT_TRUE(accounts.scopes(QStringLiteral("ghe.example.com")).isReported());
    EXPECT_TRUE(accounts.scopes(QStringLiteral("ghe.example.com")).granted().isEmpty());
    EXPECT_FALSE(accounts.scopes(QStringLiteral("apps.example.com")).isReported());
    EXPECT_FALSE(accounts.scopes(QStringLiteral("never.example.com")).isReported());
}

TEST(AccountSettingsTest, ForgetRemovesTheHostAndALastHostPointingAtIt)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AccountSettings accounts(&settings);
    accounts.remember(server(QStringLiteral("github.com")), QStringLiteral("octocat"));
    accounts.remember(server(QStringLiteral("ghe.example.com")), QStringLiteral("mona"));
    accounts.setLastHost(QStringLiteral("ghe.example.com"));

    accounts.forget(QStringLiteral("ghe.example.com"));

    EXPECT_THAT(accounts.hosts(), ElementsAre(u"github.com"));
    EXPECT_TRUE(accounts.login(QStringLiteral("ghe.example.com")).isEmpty());
    EXPECT_TRUE(accounts.lastHost().isEmpty());
}

} // namespace
