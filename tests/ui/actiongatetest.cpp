// ActionGate: what Delete, Restore and the other actions may do for a browsing state, and the reason shown
// when they may not (issue #16: the rules left MainWindow::updateActions for a pure, tested gate).
#include "actiongate.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::HasSubstr;

namespace {

const Scopes everything(QStringList{QStringLiteral("read:packages"), QStringLiteral("write:packages"),
                                    QStringLiteral("delete:packages")});

ActionGate::Context signedInOnAPackage(const Scopes &scopes = everything)
{
    ActionGate::Context context;
    context.signedIn = true;
    context.scopes = scopes;
    context.owner = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
    context.packageName = QStringLiteral("web");
    context.packageType = PackageType::Container;
    return context;
}

std::string reason(const ActionGate::State &state)
{
    return state.reason.toStdString();
}

} // namespace

TEST(ActionGateTest, SignedOutEverySessionActionIsOffAndSaysToSignIn)
{
    const ActionGate::Result gate = ActionGate::evaluate({});
    EXPECT_FALSE(gate.remove.enabled);
    EXPECT_EQ(gate.remove.reason, QStringLiteral("Sign in to delete versions"));
    EXPECT_FALSE(gate.restore.enabled);
    EXPECT_EQ(gate.restore.reason, QStringLiteral("Sign in to restore versions"));
    EXPECT_FALSE(gate.refresh || gate.openNamespace || gate.showDeleted || gate.retention.enabled ||
                 gate.recentlyDeleted || gate.signOut || gate.copyDigest || gate.openOnGitHub);
    EXPECT_TRUE(gate.missingScopes.isEmpty());
}

TEST(ActionGateTest, AMissingScopeDisablesTheActionAndNamesTheScope)
{
    const ActionGate::Result gate =
        ActionGate::evaluate(signedInOnAPackage(Scopes(QStringList{QStringLiteral("read:packages")})));
    EXPECT_FALSE(gate.remove.enabled);
    EXPECT_THAT(reason(gate.remove), HasSubstr("delete:packages"));
    EXPECT_FALSE(gate.restore.enabled);
    EXPECT_THAT(reason(gate.restore), HasSubstr("write:packages"));
    EXPECT_THAT(gate.missingScopes.toStdString(), HasSubstr("delete:packages"));
    EXPECT_THAT(gate.missingScopes.toStdString(), HasSubstr("write:packages"));
    EXPECT_TRUE(gate.refresh); // browsing needs no more
}

TEST(ActionGateTest, MavenAlsoNeedsRepo)
{
    ActionGate::Context context = signedInOnAPackage();
    context.packageType = PackageType::Maven;
    const ActionGate::Result gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.remove.enabled);
    EXPECT_THAT(reason(gate.remove), HasSubstr("repo"));
}

TEST(ActionGateTest, DeleteTakesTheSelectedVersionsOrElseTheWholePackage)
{
    ActionGate::Context context = signedInOnAPackage();
    EXPECT_TRUE(ActionGate::evaluate(context).remove.enabled);
    EXPECT_EQ(ActionGate::evaluate(context).remove.reason,
              QStringLiteral("Review and delete the whole package web (Del)"));
    context.versionsSelected = true;
    EXPECT_EQ(ActionGate::evaluate(context).remove.reason,
              QStringLiteral("Review and delete the selected versions (Del)"));
    context.packageName.reset();
    context.versionsSelected = false;
    EXPECT_FALSE(ActionGate::evaluate(context).remove.enabled);
    EXPECT_EQ(ActionGate::evaluate(context).remove.reason,
              QStringLiteral("Select versions or a package to delete"));
}

TEST(ActionGateTest, OrganizationPackagesMentionAdminRights)
{
    ActionGate::Context context = signedInOnAPackage();
    context.owner = NamespaceRef::organization(QStringLiteral("acme"));
    const ActionGate::Result gate = ActionGate::evaluate(context);
    EXPECT_TRUE(gate.remove.enabled);
    EXPECT_THAT(reason(gate.remove), HasSubstr("admin"));
}

TEST(ActionGateTest, ShowDeletedTurnsDeleteOffAndRestoreToTheSelection)
{
    ActionGate::Context context = signedInOnAPackage();
    context.showingDeleted = true;
    ActionGate::Result gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.remove.enabled);
    EXPECT_THAT(reason(gate.remove), HasSubstr("turn off Show deleted"));
    EXPECT_FALSE(gate.restore.enabled);
    EXPECT_EQ(gate.restore.reason, QStringLiteral("Select deleted versions to restore"));
    context.versionsSelected = true;
    gate = ActionGate::evaluate(context);
    EXPECT_TRUE(gate.restore.enabled);
    EXPECT_EQ(gate.restore.reason, QStringLiteral("Restore the selected deleted versions"));
}

TEST(ActionGateTest, ARunningOperationHoldsDeleteAndRestore)
{
    ActionGate::Context context = signedInOnAPackage();
    context.operationRunning = true;
    context.versionsSelected = true;
    const ActionGate::Result gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.remove.enabled);
    EXPECT_FALSE(gate.restore.enabled);
    EXPECT_EQ(gate.remove.reason, QStringLiteral("Wait for the running operation to finish"));
}

TEST(ActionGateTest, CopyDigestOnlyForAContainerWithADigestShown)
{
    ActionGate::Context context = signedInOnAPackage();
    EXPECT_FALSE(ActionGate::evaluate(context).copyDigest);
    context.digestShown = true;
    EXPECT_TRUE(ActionGate::evaluate(context).copyDigest);
    context.packageType = PackageType::Npm;
    EXPECT_FALSE(ActionGate::evaluate(context).copyDigest);
    EXPECT_TRUE(ActionGate::evaluate(context).retention.enabled);
    EXPECT_TRUE(ActionGate::evaluate(context).openOnGitHub);
}

TEST(ActionGateTest, OfflineNothingChangesAndEachRefusalSaysOfflineWhileBrowsingStays)
{
    ActionGate::Context context = signedInOnAPackage();
    context.offline = true;
    context.versionsSelected = true;
    ActionGate::Result gate = ActionGate::evaluate(context);
    for (const ActionGate::State &state : {gate.remove, gate.restore, gate.retention}) {
        EXPECT_FALSE(state.enabled);
        EXPECT_THAT(reason(state), HasSubstr("offline"));
    }
    EXPECT_TRUE(gate.refresh && gate.showDeleted && gate.recentlyDeleted && gate.openOnGitHub);

    // The whole package (nothing selected) and Show deleted's restore: refused all the same.
    context.versionsSelected = false;
    EXPECT_THAT(reason(ActionGate::evaluate(context).remove), HasSubstr("offline"));
    context.showingDeleted = true;
    context.versionsSelected = true;
    EXPECT_THAT(reason(ActionGate::evaluate(context).restore), HasSubstr("offline"));
}

// Issue #18: the Overview of the selected namespace needs what browsing needs, and GitHub.
TEST(ActionGateTest, TheOverviewNeedsANamespaceTheBrowsingScopeAndGitHub)
{
    EXPECT_EQ(ActionGate::evaluate({}).overview.reason,
              QStringLiteral("Sign in to see a namespace's overview"));

    ActionGate::Context context = signedInOnAPackage(Scopes(QStringList{QStringLiteral("read:packages")}));
    ActionGate::Result gate = ActionGate::evaluate(context);
    EXPECT_TRUE(gate.overview.enabled);
    EXPECT_THAT(reason(gate.overview), HasSubstr("octocat"));

    context.packageName.reset(); // a namespace is enough
    EXPECT_TRUE(ActionGate::evaluate(context).overview.enabled);

    context.owner = {};
    gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.overview.enabled);
    EXPECT_EQ(gate.overview.reason, QStringLiteral("Select a namespace to see its overview"));

    context = signedInOnAPackage(Scopes(QStringList{QStringLiteral("read:org")}));
    gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.overview.enabled);
    EXPECT_THAT(reason(gate.overview), HasSubstr("read:packages"));

    context = signedInOnAPackage();
    context.offline = true;
    gate = ActionGate::evaluate(context);
    EXPECT_FALSE(gate.overview.enabled);
    EXPECT_EQ(gate.overview.reason, ActionGate::offlineReason());
}
