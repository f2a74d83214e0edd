#include "scopes.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Scopes, ParsesCommaSeparatedHeader)
{
    const Scopes scopes = Scopes::parse("repo, read:packages,delete:packages , ");
    EXPECT_THAT(scopes.granted(), ElementsAre(QStringLiteral("repo"), QStringLiteral("read:packages"),
                                              QStringLiteral("delete:packages")));
}

TEST(Scopes, EmptyHeaderGrantsNothing)
{
    EXPECT_THAT(Scopes::parse("").granted(), IsEmpty());
    EXPECT_FALSE(Scopes::parse("").allows(PackageAction::Browse, PackageType::Npm));
}

TEST(Scopes, WritePackagesImpliesRead)
{
    const Scopes scopes = Scopes::parse("write:packages");
    EXPECT_TRUE(scopes.has(QStringLiteral("read:packages")));
    EXPECT_TRUE(scopes.allows(PackageAction::Restore, PackageType::Container));
    EXPECT_THAT(scopes.missingFor(PackageAction::Delete, PackageType::Container),
                ElementsAre(QStringLiteral("delete:packages")));
}

TEST(Scopes, ReadOnlyTokenNamesWhatEachActionLacks)
{
    const Scopes scopes = Scopes::parse("read:packages");
    EXPECT_TRUE(scopes.allows(PackageAction::Browse, PackageType::Container));
    EXPECT_THAT(scopes.missingFor(PackageAction::Delete, PackageType::Npm),
                ElementsAre(QStringLiteral("delete:packages")));
    EXPECT_THAT(scopes.missingFor(PackageAction::Restore, PackageType::Npm),
                ElementsAre(QStringLiteral("write:packages")));
}

TEST(Scopes, MavenAlsoNeedsRepoOnGitHubDotCom)
{
    const Scopes scopes = Scopes::parse("read:packages, delete:packages");
    EXPECT_THAT(scopes.missingFor(PackageAction::Delete, PackageType::Maven),
                ElementsAre(QStringLiteral("repo")));
    EXPECT_TRUE(scopes.allows(PackageAction::Delete, PackageType::Npm));
}

TEST(Scopes, EnterpriseServerRegistriesOtherThanContainerNeedRepo)
{
    const Scopes scopes = Scopes::parse("read:packages, delete:packages");
    EXPECT_THAT(scopes.missingFor(PackageAction::Delete, PackageType::Npm, HostKind::EnterpriseServer),
                ElementsAre(QStringLiteral("repo")));
    EXPECT_TRUE(scopes.allows(PackageAction::Delete, PackageType::Container, HostKind::EnterpriseServer));
}

TEST(TokenKind, RecognisesPrefixes)
{
    EXPECT_EQ(tokenKindOf(u"ghp_abc"), TokenKind::Classic);
    EXPECT_EQ(tokenKindOf(u"github_pat_abc"), TokenKind::FineGrained);
    EXPECT_EQ(tokenKindOf(u"gho_abc"), TokenKind::OAuthApp);
    EXPECT_EQ(tokenKindOf(u"ghu_abc"), TokenKind::AppUser);
    EXPECT_EQ(tokenKindOf(u"ghs_abc"), TokenKind::AppInstallation);
    EXPECT_EQ(tokenKindOf(u"0123456789abcdef"), TokenKind::Unknown);
}

// X-Accepted-OAuth-Scopes lists alternatives (FACTS.md): name the one that would help, the narrowest.
TEST(Scopes, NarrowestOfTheAcceptedAlternatives)
{
    EXPECT_EQ(
        Scopes::narrowestOf({QStringLiteral("admin:org"), QStringLiteral("read:org"), QStringLiteral("repo"),
                             QStringLiteral("user"), QStringLiteral("write:org")}),
        QStringLiteral("read:org"));
    EXPECT_EQ(Scopes::narrowestOf({QStringLiteral("admin:org"), QStringLiteral("user")}),
              QStringLiteral("user"));
    EXPECT_EQ(Scopes::narrowestOf({QStringLiteral("write:packages"), QStringLiteral("admin:packages")}),
              QStringLiteral("write:packages"));
    EXPECT_TRUE(Scopes::narrowestOf({}).isEmpty());
}

// App and Actions tokens report no scopes: not "none", so nothing is refused beforehand.
TEST(Scopes, UnreportedScopesRefuseNothing)
{
    const Scopes unreported = Scopes::unreported();
    EXPECT_FALSE(unreported.isReported());
    EXPECT_TRUE(unreported.granted().isEmpty());
    EXPECT_TRUE(unreported.allows(PackageAction::Delete, PackageType::Maven));
    EXPECT_TRUE(unreported.missingFor(PackageAction::Restore, PackageType::Container).isEmpty());
    const Scopes none = Scopes::parse("");
    EXPECT_TRUE(none.isReported());
    EXPECT_FALSE(none.allows(PackageAction::Browse, PackageType::Container));
    EXPECT_NE(none, unreported);
}
