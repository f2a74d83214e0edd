// BrowsingController: the session's models and what is open, without widgets (issue #16: the browsing state
// left MainWindow). Against the fake GitHub's demo data.
#include "browsingcontroller.h"

#include "fakeserverfixture.h"
#include "modeltesterbridge.h"
#include "namespacemodel.h"
#include "operation.h"
#include "packagelistmodel.h"
#include "session.h"
#include "versiontreemodel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

class BrowsingControllerTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        Account account;
        account.id = 583231;
        account.login = u"octocat"_s;
        session = std::make_unique<Session>(&network, ServerConfig::fromApiUrl(server.url()).value(),
                                            DemoTokens::full(), account, QString(), nullptr);
        controller.setSession(session.get());
    }

    void TearDown() override { controller.setSession(nullptr); }

    // Opens the namespace and waits until its packages are listed.
    void openNamespace(const NamespaceRef &owner)
    {
        ASSERT_TRUE(controller.openNamespace(owner));
        ASSERT_TRUE(waitUntil([&] { return controller.packages()->isComplete(); }));
    }

    // Opens a package of the open namespace and waits until its versions are listed.
    void openPackage(PackageType type, const QString &name)
    {
        PackageListModel *packages = controller.packages();
        ASSERT_TRUE(controller.openPackage(packages->packageAt(packages->indexOf(type, name))));
        ASSERT_TRUE(waitUntil([&] { return controller.versions()->isListingComplete(); }));
    }

    const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);
    std::unique_ptr<Session> session;
    BrowsingController controller;
};

} // namespace

TEST_F(BrowsingControllerTest, ASessionBringsItsModelsAndListsItsNamespacesUntilItEnds)
{
    ASSERT_NE(controller.namespaces(), nullptr);
    ASSERT_NE(controller.packages(), nullptr);
    ASSERT_NE(controller.versions(), nullptr);
    ModelTesterBridge tester(controller.namespaces());
    ASSERT_TRUE(waitUntil([&] { return !controller.namespaces()->isLoading(); }));
    EXPECT_TRUE(controller.namespaces()->indexOf(u"acme"_s).isValid());

    QSignalSpy modelsChanged(&controller, &BrowsingController::modelsChanged);
    QPointer<NamespaceModel> namespaces = controller.namespaces();
    controller.setSession(nullptr);
    EXPECT_EQ(modelsChanged.size(), 1);
    EXPECT_EQ(controller.namespaces(), nullptr);
    EXPECT_EQ(controller.versions(), nullptr);
    EXPECT_TRUE(namespaces.isNull()) << "the models go with the session";
    EXPECT_FALSE(controller.openNamespace(acme));
}

TEST_F(BrowsingControllerTest, OpensANamespaceThenAPackageOnceEach)
{
    ASSERT_NO_FATAL_FAILURE(openNamespace(acme));
    EXPECT_FALSE(controller.openNamespace(acme)) << "open already";
    EXPECT_EQ(controller.packages()->owner(), acme);
    ASSERT_NO_FATAL_FAILURE(openPackage(PackageType::Container, u"web"_s));
    ModelTesterBridge tester(controller.versions());
    EXPECT_EQ(controller.package()->name, u"web"_s);
    EXPECT_GT(controller.versions()->rowCount(), 0);
    EXPECT_FALSE(controller.openPackage(*controller.package())) << "open already";

    // Another namespace closes the package.
    QSignalSpy closed(&controller, &BrowsingController::packageClosed);
    ASSERT_NO_FATAL_FAILURE(openNamespace(NamespaceRef::authenticatedUser(u"octocat"_s)));
    EXPECT_EQ(closed.size(), 1);
    EXPECT_FALSE(controller.package().has_value());
}

TEST_F(BrowsingControllerTest, ADeletedPackageLeavesTheListAndClosesWhenOpen)
{
    ASSERT_NO_FATAL_FAILURE(openNamespace(acme));
    ASSERT_NO_FATAL_FAILURE(openPackage(PackageType::Npm, u"solo"_s));
    QSignalSpy closed(&controller, &BrowsingController::packageClosed);

    // Another owner's package of the same name: nothing here changes.
    controller.applySucceeded(Operation::onPackage(Operation::Kind::DeletePackage,
                                                   NamespaceRef::organization(u"globex"_s), PackageType::Npm,
                                                   u"solo"_s));
    EXPECT_TRUE(closed.isEmpty());
    EXPECT_TRUE(controller.packages()->indexOf(PackageType::Npm, u"solo"_s).isValid());

    controller.applySucceeded(
        Operation::onPackage(Operation::Kind::DeletePackage, acme, PackageType::Npm, u"solo"_s));
    EXPECT_EQ(closed.size(), 1);
    EXPECT_FALSE(controller.package().has_value());
    EXPECT_FALSE(controller.packages()->indexOf(PackageType::Npm, u"solo"_s).isValid());
}

TEST_F(BrowsingControllerTest, ADeletedVersionLeavesTheActiveListsOnly)
{
    ASSERT_NO_FATAL_FAILURE(openNamespace(acme));
    ASSERT_NO_FATAL_FAILURE(openPackage(PackageType::Npm, u"ui-kit"_s));
    const PackageVersion version = controller.versions()->versions().constFirst();
    const auto operation = [&](Operation::Kind kind) {
        return Operation::onVersion(kind, acme, PackageType::Npm, u"ui-kit"_s, version.id, version.name);
    };

    // A restore does not touch the active list; a delete takes the version out of it.
    controller.applySucceeded(operation(Operation::Kind::RestoreVersion));
    EXPECT_TRUE(controller.versions()->indexOfVersion(version.id).isValid());
    controller.applySucceeded(operation(Operation::Kind::DeleteVersion));
    EXPECT_FALSE(controller.versions()->indexOfVersion(version.id).isValid());
    EXPECT_TRUE(controller.package().has_value());
}

TEST_F(BrowsingControllerTest, ShowDeletedCarriesOverToTheNextSession)
{
    controller.setShowDeleted(true);
    EXPECT_TRUE(controller.versions()->showDeleted());
    controller.setSession(nullptr);
    controller.setSession(session.get());
    EXPECT_TRUE(controller.versions()->showDeleted());
}
