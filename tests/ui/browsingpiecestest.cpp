// The main window's building blocks that need no server: commands, links, scope explanations, texts.
#include "detailspane.h"
#include "namespacedelegate.h"
#include "namespacemodel.h"
#include "operationstatuswidget.h"
#include "panestatewidget.h"
#include "qtprinters.h"
#include "scopegate.h"
#include "screenshotdriver.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace std::chrono_literals;

namespace {

ServerConfig gitHubDotCom()
{
    return ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl()).value();
}

Package package(PackageType type, const QString &name, const QString &repository = {})
{
    Package p;
    p.type = type;
    p.name = name;
    p.ownerLogin = QStringLiteral("Acme");
    p.repositoryFullName = repository;
    return p;
}

PackageVersion version(const QString &name, const QStringList &tags = {})
{
    PackageVersion v;
    v.id = 7;
    v.name = name;
    v.tags = tags;
    return v;
}

const QString digest =
    QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

} // namespace

TEST(DetailsPaneCommand, ContainerPullsByTagOrDigestFromGhcrInLowerCase)
{
    const NamespaceRef owner = NamespaceRef::organization(QStringLiteral("Acme"));
    const Package web = package(PackageType::Container, QStringLiteral("Web"));

    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner, web, nullptr),
              QStringLiteral("docker pull ghcr.io/acme/web"));
    const PackageVersion tagged = version(digest, {QStringLiteral("v1.2.0"), QStringLiteral("latest")});
    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner, web, &tagged),
              QStringLiteral("docker pull ghcr.io/acme/web:v1.2.0"));
    const PackageVersion untagged = version(digest);
    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner, web, &untagged),
              QStringLiteral("docker pull ghcr.io/acme/web@") + digest);
}

TEST(DetailsPaneCommand, ContainerOnALocalServerKeepsThePort)
{
    const auto local = ServerConfig::fromApiUrl(QUrl(QStringLiteral("http://127.0.0.1:8123")));
    ASSERT_TRUE(local.ok());
    const PackageVersion tagged = version(digest, {QStringLiteral("latest")});
    EXPECT_EQ(DetailsPane::installCommand(local.value(), NamespaceRef::organization(QStringLiteral("acme")),
                                          package(PackageType::Container, QStringLiteral("team/worker")),
                                          &tagged),
              QStringLiteral("docker pull 127.0.0.1:8123/acme/team/worker:latest"));
}

TEST(DetailsPaneCommand, EveryOtherRegistryHasItsOwnSyntax)
{
    const NamespaceRef owner = NamespaceRef::organization(QStringLiteral("Acme"));
    const PackageVersion v = version(QStringLiteral("1.4.2"));

    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner,
                                          package(PackageType::Npm, QStringLiteral("cli")), &v),
              QStringLiteral("npm install @acme/cli@1.4.2"));
    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner,
                                          package(PackageType::NuGet, QStringLiteral("Acme.Core")), &v),
              QStringLiteral("dotnet add package Acme.Core --version 1.4.2"));
    EXPECT_EQ(DetailsPane::installCommand(gitHubDotCom(), owner,
                                          package(PackageType::RubyGems, QStringLiteral("acme")), &v),
              QStringLiteral("gem install acme -v 1.4.2"));
    EXPECT_EQ(
        DetailsPane::installCommand(gitHubDotCom(), owner,
                                    package(PackageType::Maven, QStringLiteral("com.acme.core-lib")), &v),
        QStringLiteral("<dependency>\n  <groupId>com.acme</groupId>\n  <artifactId>core-lib</artifactId>\n"
                       "  <version>1.4.2</version>\n</dependency>"));
    const PackageVersion dockerVersion = version(QStringLiteral("9"), {QStringLiteral("2.0")});
    EXPECT_EQ(DetailsPane::installCommand(
                  gitHubDotCom(), owner,
                  package(PackageType::Docker, QStringLiteral("Api"), QStringLiteral("Acme/Backend")),
                  &dockerVersion),
              QStringLiteral("docker pull docker.pkg.github.com/acme/backend/api:2.0"));
}

TEST(DetailsPaneLinks, SettingsPageIsTheOwnersPackageSettingsWithTheNameEncoded)
{
    const Package worker = package(PackageType::Container, QStringLiteral("team/worker"));
    EXPECT_EQ(
        DetailsPane::settingsUrl(gitHubDotCom(), NamespaceRef::organization(QStringLiteral("acme")), worker)
            .toString(),
        QStringLiteral("https://github.com/orgs/acme/packages/container/team%2Fworker/settings"));
    EXPECT_EQ(DetailsPane::settingsUrl(gitHubDotCom(),
                                       NamespaceRef::authenticatedUser(QStringLiteral("octocat")),
                                       package(PackageType::Npm, QStringLiteral("solo")))
                  .toString(),
              QStringLiteral("https://github.com/users/octocat/packages/npm/solo/settings"));
    EXPECT_EQ(
        DetailsPane::packageUrl(gitHubDotCom(), NamespaceRef::organization(QStringLiteral("acme")), worker)
            .toString(),
        QStringLiteral("https://github.com/orgs/acme/packages/container/package/team%2Fworker"));
}

TEST(DetailsPaneWidget, ShowsAVersionWithItsDigestAndCommand)
{
    DetailsPane pane;
    pane.setServer(gitHubDotCom());
    const PackageVersion tagged = version(digest, {QStringLiteral("latest")});
    pane.showVersion(NamespaceRef::organization(QStringLiteral("acme")),
                     package(PackageType::Container, QStringLiteral("web")), tagged,
                     QStringLiteral("linux/arm64"));

    EXPECT_EQ(pane.accessibleName(), QStringLiteral("Details"));
    EXPECT_EQ(pane.digest(), digest);
    EXPECT_EQ(pane.command(), QStringLiteral("docker pull ghcr.io/acme/web:latest"));
    EXPECT_TRUE(pane.title().startsWith(QStringLiteral("web")));
    QStringList buttons;
    for (const QPushButton *button : pane.findChildren<QPushButton *>())
        buttons << button->text();
    EXPECT_THAT(buttons,
                ::testing::IsSupersetOf({QStringLiteral("Open on GitHub"), QStringLiteral("Package settings"),
                                         QStringLiteral("Copy")}));
}

TEST(ScopeGate, NamesTheMissingScopeAndOrgAdminRights)
{
    const Scopes readOnly(QStringList{QStringLiteral("read:packages")});
    const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));
    const NamespaceRef me = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));

    EXPECT_EQ(
        ScopeGate::missingReason(PackageAction::Delete, PackageType::Container, HostKind::GitHubDotCom,
                                 readOnly, acme),
        QStringLiteral("Delete needs the delete:packages scope and admin rights on the package in acme"));
    EXPECT_EQ(ScopeGate::missingReason(PackageAction::Restore, PackageType::Npm, HostKind::GitHubDotCom,
                                       readOnly, me),
              QStringLiteral("Restore needs the write:packages scope"));
    EXPECT_THAT(ScopeGate::missingReason(PackageAction::Delete, PackageType::Maven, HostKind::GitHubDotCom,
                                         readOnly, me)
                    .toStdString(),
                ::testing::AllOf(::testing::HasSubstr("delete:packages"), ::testing::HasSubstr("repo"),
                                 ::testing::HasSubstr("scopes")));
    const Scopes full(QStringList{QStringLiteral("read:packages"), QStringLiteral("write:packages"),
                                  QStringLiteral("delete:packages")});
    EXPECT_TRUE(ScopeGate::missingReason(PackageAction::Delete, PackageType::Container,
                                         HostKind::GitHubDotCom, full, acme)
                    .isEmpty());
}

TEST(OperationStatusWidget, SaysWhatRunsHowFarAndHowLong)
{
    EXPECT_EQ(OperationStatusWidget::describe(true, 3, 12, 8200ms),
              QStringLiteral("Deleting 3/12 · about 9 s left"));
    EXPECT_EQ(OperationStatusWidget::describe(false, 1, 2, 1000ms),
              QStringLiteral("Restoring 1/2 · about 1 s left"));
    EXPECT_EQ(OperationStatusWidget::describe(true, 12, 12, 0ms), QStringLiteral("Deleting 12/12"));
}

TEST(PaneStateWidget, ShowsTheErrorInPlaceWithARetryThatAsksAgain)
{
    auto *content = new QLabel(QStringLiteral("rows"));
    PaneStateWidget pane(content, QStringLiteral("Packages"));
    pane.show();
    QSignalSpy retries(&pane, &PaneStateWidget::retryRequested);
    QPushButton *retry = pane.findChild<QPushButton *>();
    ASSERT_NE(retry, nullptr);
    EXPECT_FALSE(retry->isVisible());

    pane.showError(QStringLiteral("GitHub is unreachable"));
    EXPECT_TRUE(retry->isVisible());
    EXPECT_TRUE(content->isVisible()); // the cached rows stay
    retry->click();
    EXPECT_EQ(retries.count(), 1);

    pane.setLoading(true); // a new attempt replaces the failure
    EXPECT_TRUE(pane.errorText().isEmpty());
    EXPECT_FALSE(retry->isVisible());
}

TEST(ScreenshotDriverSelection, ParsesNamespaceTypeAndNameWithSlashes)
{
    const auto target = ScreenshotDriver::parseSelection(QStringLiteral("acme/container/team/worker"));
    ASSERT_TRUE(target.has_value());
    EXPECT_EQ(target->namespaceLogin, QStringLiteral("acme"));
    EXPECT_EQ(target->type, PackageType::Container);
    EXPECT_EQ(target->packageName, QStringLiteral("team/worker"));
    EXPECT_EQ(ScreenshotDriver::parseSelection(QStringLiteral("acme/npm/cli"))->type, PackageType::Npm);
    EXPECT_FALSE(ScreenshotDriver::parseSelection(QStringLiteral("acme/bogus/web")).has_value());
    EXPECT_FALSE(ScreenshotDriver::parseSelection(QStringLiteral("acme/container")).has_value());
    EXPECT_FALSE(ScreenshotDriver::parseSelection(QStringLiteral("acme")).has_value());
}

// Users and organizations look different in the namespace list; a row that does not say is drawn as text.
TEST(NamespaceDelegate, DrawsAPersonForUsersAndABuildingForOrganizations)
{
    struct Delegate : NamespaceDelegate
    {
        using NamespaceDelegate::initStyleOption;
    };
    QStandardItemModel model;
    const auto addRow = [&model](const QString &login, std::optional<NamespaceRef::Kind> kind) {
        auto *item = new QStandardItem(login);
        if (kind)
            item->setData(int(*kind), NamespaceModel::NamespaceKindRole);
        model.appendRow(item);
    };
    addRow(QStringLiteral("octocat"), NamespaceRef::Kind::AuthenticatedUser);
    addRow(QStringLiteral("hubot"), NamespaceRef::Kind::User);
    addRow(QStringLiteral("acme"), NamespaceRef::Kind::Organization);
    addRow(QStringLiteral("plain"), std::nullopt);

    const Delegate delegate;
    const auto iconOf = [&](int row) {
        QStyleOptionViewItem option;
        delegate.initStyleOption(&option, model.index(row, 0));
        EXPECT_EQ(option.text, model.index(row, 0).data().toString());
        return std::pair(option.icon, option.features.testFlag(QStyleOptionViewItem::HasDecoration));
    };
    const auto [signedIn, signedInDecorated] = iconOf(0);
    const auto [user, userDecorated] = iconOf(1);
    const auto [organization, organizationDecorated] = iconOf(2);
    const auto [plain, plainDecorated] = iconOf(3);
    ASSERT_FALSE(signedIn.pixmap(16).isNull()) << "the icon resources are not linked in";
    ASSERT_FALSE(organization.pixmap(16).isNull());
    EXPECT_TRUE(signedInDecorated && userDecorated && organizationDecorated);
    EXPECT_EQ(signedIn.cacheKey(), user.cacheKey());
    EXPECT_NE(user.cacheKey(), organization.cacheKey());
    EXPECT_NE(user.pixmap(16).toImage(), organization.pixmap(16).toImage());
    EXPECT_TRUE(plain.isNull());
    EXPECT_FALSE(plainDecorated);
}
