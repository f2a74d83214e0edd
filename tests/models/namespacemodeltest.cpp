#include "namespacemodel.h"

#include "fakeserverfixture.h"
#include "modeltesterbridge.h"
#include "modeltestutil.h"

#include <QSettings>
#include <QSignalSpy>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;

namespace {

class NamespaceModelTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        QSettings().remove(u"namespaces/"_s + client->server().hostKey());
    }
    void TearDown() override { QSettings().remove(u"namespaces/"_s + client->server().hostKey()); }

    static QList<QList<QVariant>> rows(const NamespaceModel &model)
    {
        return dumpModel(model, {role(Qt::DisplayRole), role(NamespaceModel::NamespaceKindRole)});
    }
    static QList<QVariant> row(const QString &login, NamespaceRef::Kind kind) { return {login, int(kind)}; }
};

TEST_F(NamespaceModelTest, ListsTheUserThenTheirOrganizations)
{
    NamespaceModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy loading(&model, &NamespaceModel::loadingChanged);

    model.setSignedInUser(u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));

    using Kind = NamespaceRef::Kind;
    EXPECT_THAT(rows(model),
                ElementsAre(row(u"octocat"_s, Kind::AuthenticatedUser), row(u"acme"_s, Kind::Organization),
                            row(u"sso-corp"_s, Kind::Organization), row(u"globex"_s, Kind::Organization)));
    EXPECT_EQ(model.namespaceAt(model.indexOf(u"acme"_s)), NamespaceRef::organization(u"acme"_s));
    EXPECT_EQ(model.namespaceAt(model.index(0)).apiPathPrefix(), u"/user"_s);
    // The full demo token may delete and restore.
    EXPECT_TRUE(model.index(1).data(NamespaceModel::CanDeleteRole).toBool());
    EXPECT_TRUE(model.index(1).data(NamespaceModel::CanRestoreRole).toBool());
    ASSERT_GE(loading.size(), 2);
    EXPECT_EQ(loading.first().first().toBool(), true);
    EXPECT_EQ(loading.last().first().toBool(), false);
}

TEST_F(NamespaceModelTest, ReadOnlyTokenMayNotDelete)
{
    makeClient({}, DemoTokens::readOnly());
    NamespaceModel model(client.get());
    ModelTesterBridge tester(&model);
    ASSERT_TRUE(await(client->fetchRateLimit()).ok()); // learns the scopes from the headers
    model.setSignedInUser(u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    EXPECT_FALSE(model.index(0).data(NamespaceModel::CanDeleteRole).toBool());
    EXPECT_FALSE(model.index(0).data(NamespaceModel::CanRestoreRole).toBool());
}

TEST_F(NamespaceModelTest, OpenedNamespaceIsRememberedPerHostAndCanBeForgotten)
{
    {
        NamespaceModel model(client.get());
        ModelTesterBridge tester(&model);
        model.setSignedInUser(u"octocat"_s);
        ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
        model.openNamespace(NamespaceRef::user(u"hubot"_s));
        model.openNamespace(NamespaceRef::user(u"hubot"_s));        // once only
        model.openNamespace(NamespaceRef::organization(u"acme"_s)); // already a row
        EXPECT_EQ(model.rowCount(), 5);
        EXPECT_EQ(model.indexOf(u"hubot"_s).row(), 4);
    }
    EXPECT_THAT(QSettings().value(u"namespaces/"_s + client->server().hostKey()).toStringList(),
                ElementsAre(u"user:hubot"_s, u"org:acme"_s));

    NamespaceModel again(client.get());
    ModelTesterBridge tester(&again);
    again.setSignedInUser(u"octocat"_s);
    EXPECT_EQ(again.data(again.indexOf(u"hubot"_s), NamespaceModel::NamespaceKindRole).toInt(),
              int(NamespaceRef::Kind::User));
    ASSERT_TRUE(waitUntil([&] { return !again.isLoading(); }));
    using Kind = NamespaceRef::Kind;
    // acme was opened by name and is an organization of the user: one row, in the organizations.
    EXPECT_THAT(rows(again),
                ElementsAre(row(u"octocat"_s, Kind::AuthenticatedUser), row(u"acme"_s, Kind::Organization),
                            row(u"sso-corp"_s, Kind::Organization), row(u"globex"_s, Kind::Organization),
                            row(u"hubot"_s, Kind::User)));

    again.forgetNamespace(again.indexOf(u"hubot"_s));
    again.forgetNamespace(again.indexOf(u"acme"_s)); // forgotten, but still a membership
    EXPECT_EQ(again.rowCount(), 4);
    EXPECT_FALSE(again.indexOf(u"hubot"_s).isValid());
    EXPECT_TRUE(QSettings().value(u"namespaces/"_s + client->server().hostKey()).toStringList().isEmpty());
}

TEST_F(NamespaceModelTest, FailedOrganizationListingIsReportedOnTheUserRow)
{
    NamespaceModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy errors(&model, &NamespaceModel::errorOccurred);
    server.injectFault(
        QJsonObject{{u"status"_s, 401}, {u"count"_s, 1}, {u"path_contains"_s, u"/user/orgs"_s}});

    model.setSignedInUser(u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));

    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().first().value<ApiError>().kind, ApiError::Kind::BadCredentials);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(model.index(0).data(ErrorRole).toString().isEmpty());
    EXPECT_EQ(model.index(0).data(ErrorKindRole).toInt(), int(ApiError::Kind::BadCredentials));

    model.refresh();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(model.index(0).data(ErrorRole).toString().isEmpty());
}

} // namespace

TEST_F(NamespaceModelTest, OpensANamespaceByNameAsOrganizationElseUser)
{
    NamespaceModel model(client.get());
    ModelTesterBridge tester(&model);
    model.setSignedInUser(u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    QSignalSpy opened(&model, &NamespaceModel::namespaceOpened);
    QSignalSpy failed(&model, &NamespaceModel::namespaceLookupFailed);

    model.openNamespaceByName(u"hubot"_s); // /orgs/hubot answers 404: a user
    ASSERT_TRUE(waitUntil([&] { return !opened.isEmpty() || !failed.isEmpty(); }));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().first().value<NamespaceRef>(), NamespaceRef::user(u"hubot"_s));
    EXPECT_EQ(model.data(model.indexOf(u"hubot"_s), NamespaceModel::NamespaceKindRole).toInt(),
              int(NamespaceRef::Kind::User));

    model.openNamespaceByName(u"no-such-owner"_s);
    ASSERT_TRUE(waitUntil([&] { return !failed.isEmpty(); }));
    EXPECT_EQ(opened.size(), 1);
    EXPECT_EQ(failed.first().at(0).toString(), u"no-such-owner"_s);
    EXPECT_TRUE(failed.first().at(1).toString().startsWith(u"No organization or user named no-such-owner"));
    EXPECT_FALSE(model.indexOf(u"no-such-owner"_s).isValid());
}

// X-GitHub-SSO: partial-results names (by id) the SAML organizations GitHub left out of /user/orgs: they are
// rows marked "needs single sign-on" with the link that authorizes the token, not hidden; once authorized,
// they are ordinary rows again.
TEST_F(NamespaceModelTest, OrganizationsLeftOutForSingleSignOnAreRowsWithTheAuthorizeLink)
{
    ASSERT_TRUE(server.setSsoBehaviour(u"sso-corp"_s, true, false));
    NamespaceModel model(client.get());
    ModelTesterBridge tester(&model);
    model.setSignedInUser(u"octocat"_s);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));

    const QModelIndex ssoCorp = model.indexOf(u"sso-corp"_s);
    ASSERT_TRUE(ssoCorp.isValid()) << "the organization GitHub left out is listed";
    EXPECT_EQ(ssoCorp.data(Qt::DisplayRole).toString(), u"sso-corp (needs single sign-on)"_s);
    EXPECT_EQ(ssoCorp.data(NamespaceModel::LoginRole).toString(), u"sso-corp"_s);
    EXPECT_EQ(ssoCorp.data(ErrorKindRole).toInt(), int(ApiError::Kind::SsoRequired));
    const QUrl authorize = ssoCorp.data(NamespaceModel::SsoAuthorizationUrlRole).toUrl();
    EXPECT_EQ(authorize.path(), u"/orgs/sso-corp/sso"_s);
    EXPECT_TRUE(model.indexOf(u"acme"_s).data(NamespaceModel::SsoAuthorizationUrlRole).toUrl().isEmpty());
    EXPECT_EQ(model.namespaceAt(ssoCorp), NamespaceRef::organization(u"sso-corp"_s));

    server.setSsoAuthorized(u"sso-corp"_s, true);
    model.refresh();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    const QModelIndex authorized = model.indexOf(u"sso-corp"_s);
    ASSERT_TRUE(authorized.isValid());
    EXPECT_EQ(authorized.data(Qt::DisplayRole).toString(), u"sso-corp"_s);
    EXPECT_TRUE(authorized.data(NamespaceModel::SsoAuthorizationUrlRole).toUrl().isEmpty());
}
