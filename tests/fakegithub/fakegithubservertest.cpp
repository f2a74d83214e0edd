// Drives the fake GitHub over real HTTP and checks the behaviours Packhouse relies on (issue #3).
// Every REST JSON answer is also checked against packages-openapi.json by FakeGitHubTestClient.
#include "fakegithubserver.h"
#include "fakedemoscenario.h"
#include "fakegithubtestclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using FakeGitHub::DemoScenario;
using testing::HasSubstr;
using testing::StartsWith;

namespace {

const QString fullToken = DemoScenario::fullAccessToken();
const QString readOnlyToken = DemoScenario::readOnlyToken();
const QString fineGrainedToken = DemoScenario::fineGrainedToken();

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

class FakeGitHubServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.listen());
        m_client = std::make_unique<FakeGitHubTestClient>(m_server.url());
    }

    TestReply get(const QString &path, const QString &token = fullToken,
                  const FakeGitHubTestClient::Headers &headers = {})
    {
        return m_client->send("GET", path, token, headers);
    }
    TestReply send(const QByteArray &method, const QString &path, const QString &token = fullToken,
                   const QByteArray &body = {})
    {
        return m_client->send(method, path, token, {}, body);
    }
    TestReply control(const QString &path, const QJsonObject &body)
    {
        return m_client->send("POST", path, QString(), {},
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // The version of a package whose name or first tag is `label`.
    QJsonObject findVersion(const QString &versionsPath, const QString &label,
                            const QString &state = QStringLiteral("active"))
    {
        const TestReply reply = get(versionsPath + QStringLiteral("?per_page=100&state=") + state);
        for (const QJsonValue &value : reply.json().toArray()) {
            const QJsonObject version = value.toObject();
            const QJsonArray tags = version.value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("container"))
                                        .toObject()
                                        .value(QStringLiteral("tags"))
                                        .toArray();
            if (version.value(QStringLiteral("name")).toString() == label || tags.contains(label))
                return version;
        }
        ADD_FAILURE() << "no version " << label.toStdString() << " in " << versionsPath.toStdString();
        return {};
    }
    QString versionPath(const QString &versionsPath, const QJsonObject &version) const
    {
        return versionsPath + u'/' + QString::number(version.value(QStringLiteral("id")).toInteger());
    }

    FakeGitHub::Server m_server;
    std::unique_ptr<FakeGitHubTestClient> m_client;
};

const QString webVersions = QStringLiteral("/orgs/acme/packages/container/web/versions");

// --- Authentication, scopes, tokens ---

TEST_F(FakeGitHubServerTest, UnknownTokenGets401BadCredentials)
{
    const TestReply reply = get(QStringLiteral("/user"), QStringLiteral("ghp_doesNotExist"));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.message(), QStringLiteral("Bad credentials"));
    EXPECT_EQ(reply.json().toObject().value(QStringLiteral("documentation_url")).toString(),
              QStringLiteral("https://docs.github.com/rest"));
}

TEST_F(FakeGitHubServerTest, AuthenticatedUserWithScopeHeaders)
{
    const TestReply reply = get(QStringLiteral("/user"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().toObject().value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));
    EXPECT_EQ(reply.json().toObject().value(QStringLiteral("id")).toInteger(), 583231);
    EXPECT_EQ(reply.header("X-OAuth-Scopes"),
              QByteArrayLiteral("read:packages, write:packages, delete:packages, read:org, repo"));
    const TestReply listing = get(QStringLiteral("/user/packages?package_type=npm"));
    EXPECT_EQ(listing.header("X-Accepted-OAuth-Scopes"), QByteArrayLiteral("read:packages"));
}

TEST_F(FakeGitHubServerTest, MissingDeleteScopeGets403NamingIt)
{
    const QJsonObject version =
        findVersion(QStringLiteral("/orgs/acme/packages/npm/ui-kit/versions"), QStringLiteral("1.0.0"));
    const TestReply reply =
        send("DELETE", versionPath(QStringLiteral("/orgs/acme/packages/npm/ui-kit/versions"), version),
             readOnlyToken);
    EXPECT_EQ(reply.status, 403);
    EXPECT_THAT(reply.message().toStdString(), HasSubstr("delete:packages"));
    EXPECT_EQ(reply.header("X-OAuth-Scopes"), QByteArrayLiteral("read:packages"));
    EXPECT_THAT(reply.header("X-Accepted-OAuth-Scopes").toStdString(), HasSubstr("delete:packages"));
}

TEST_F(FakeGitHubServerTest, FineGrainedTokenIsRefusedOnPackagesButKnowsTheUser)
{
    EXPECT_EQ(get(QStringLiteral("/user"), fineGrainedToken).status, 200);
    const TestReply reply = get(QStringLiteral("/user/packages?package_type=container"), fineGrainedToken);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.header("X-OAuth-Scopes"), QByteArray());
}

TEST_F(FakeGitHubServerTest, SsoOrganizationNeedsAuthorizedToken)
{
    const QString path = QStringLiteral("/orgs/sso-corp/packages?package_type=npm");
    const TestReply refused = get(path);
    EXPECT_EQ(refused.status, 403);
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("SAML"));
    EXPECT_THAT(refused.header("X-GitHub-SSO").toStdString(),
                StartsWith("required; url=" + m_server.url().toString().toStdString() +
                           "/orgs/sso-corp/sso?authorization_request="));
    ASSERT_EQ(control(QStringLiteral("/_control/sso"), {{QStringLiteral("org"), QStringLiteral("sso-corp")}})
                  .status,
              200);
    const TestReply allowed = get(path);
    EXPECT_EQ(allowed.status, 200);
    EXPECT_EQ(allowed.json().toArray().size(), 1);
}

TEST_F(FakeGitHubServerTest, UserOrganizationsListsTheDemoOrgs)
{
    const TestReply reply = get(QStringLiteral("/user/orgs"));
    ASSERT_EQ(reply.status, 200);
    QStringList logins;
    for (const QJsonValue &org : reply.json().toArray())
        logins.append(org.toObject().value(QStringLiteral("login")).toString());
    EXPECT_EQ(logins,
              (QStringList{QStringLiteral("acme"), QStringLiteral("sso-corp"), QStringLiteral("globex")}));
    EXPECT_EQ(get(QStringLiteral("/orgs/acme")).status, 200);
    EXPECT_EQ(get(QStringLiteral("/users/hubot")).json().toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("User"));
}

TEST_F(FakeGitHubServerTest, OtherUsersShowOnlyPublicPackages)
{
    const TestReply reply = get(QStringLiteral("/users/hubot/packages?package_type=npm"));
    ASSERT_EQ(reply.status, 200);
    ASSERT_EQ(reply.json().toArray().size(), 1);
    EXPECT_EQ(reply.json().toArray().at(0).toObject().value(QStringLiteral("visibility")).toString(),
              QStringLiteral("public"));
}

// --- Listing, paging, ordering ---

TEST_F(FakeGitHubServerTest, AcmeHasThirtyPlusPackagesOverAllSixTypes)
{
    int total = 0;
    for (const QString &type :
         {QStringLiteral("npm"), QStringLiteral("maven"), QStringLiteral("rubygems"),
          QStringLiteral("docker"), QStringLiteral("nuget"), QStringLiteral("container")}) {
        const TestReply reply = get(QStringLiteral("/orgs/acme/packages?per_page=100&package_type=") + type);
        ASSERT_EQ(reply.status, 200);
        EXPECT_GE(reply.json().toArray().size(), 1) << type.toStdString();
        total += int(reply.json().toArray().size());
    }
    EXPECT_GE(total, 30);
}

TEST_F(FakeGitHubServerTest, PagingDefaultsTo30WithAbsoluteLinksCarryingPerPage)
{
    const TestReply first = get(webVersions.left(webVersions.size() - 12) + QStringLiteral("api/versions"));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.json().toArray().size(), 30);
    const QString root = m_server.url().toString();
    EXPECT_EQ(first.header("Link"),
              (u'<' + root +
               QStringLiteral("/orgs/acme/packages/container/api/versions?page=2>; rel=\"next\", <") + root +
               QStringLiteral("/orgs/acme/packages/container/api/versions?page=12>; rel=\"last\""))
                  .toLatin1());

    const TestReply middle =
        get(QStringLiteral("/orgs/acme/packages/container/api/versions?per_page=100&page=2"));
    EXPECT_EQ(middle.json().toArray().size(), 100);
    const QString link = QString::fromLatin1(middle.header("Link"));
    EXPECT_THAT(link.toStdString(), HasSubstr("versions?per_page=100&page=1>; rel=\"prev\""));
    EXPECT_THAT(link.toStdString(), HasSubstr("versions?per_page=100&page=3>; rel=\"next\""));
    EXPECT_THAT(link.toStdString(), HasSubstr("versions?per_page=100&page=4>; rel=\"last\""));
    EXPECT_THAT(link.toStdString(), HasSubstr("versions?per_page=100&page=1>; rel=\"first\""));

    const TestReply last =
        get(QStringLiteral("/orgs/acme/packages/container/api/versions?per_page=100&page=4"));
    EXPECT_EQ(last.json().toArray().size(), 50);
    EXPECT_THAT(last.header("Link").toStdString(), testing::Not(HasSubstr("rel=\"next\"")));
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/container/api/versions?per_page=500"))
                  .json()
                  .toArray()
                  .size(),
              100);
}

TEST_F(FakeGitHubServerTest, SinglePageHasNoLinkHeader)
{
    const TestReply reply = get(QStringLiteral("/orgs/acme/packages/npm/solo/versions"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_FALSE(reply.hasHeader("Link"));
}

TEST_F(FakeGitHubServerTest, PackageListRefusesBeyondTenThousandResults)
{
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages?package_type=npm&per_page=100&page=100")).status, 200);
    const TestReply reply = get(QStringLiteral("/orgs/acme/packages?package_type=npm&per_page=100&page=101"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_FALSE(reply.message().isEmpty());
}

TEST_F(FakeGitHubServerTest, VersionsAreNewestFirstAcrossPages)
{
    QStringList created;
    for (int page = 1; page <= 3; ++page) {
        const TestReply reply =
            get(QStringLiteral("/user/packages/container/ci-cache/versions?per_page=100&page=%1").arg(page));
        ASSERT_EQ(reply.status, 200);
        for (const QJsonValue &v : reply.json().toArray())
            created.append(v.toObject().value(QStringLiteral("created_at")).toString());
    }
    ASSERT_EQ(created.size(), 300);
    EXPECT_TRUE(std::is_sorted(created.rbegin(), created.rend()));
    EXPECT_THAT(get(QStringLiteral("/user/packages/container/ci-cache/versions?per_page=100"))
                    .header("Link")
                    .toStdString(),
                HasSubstr("page=120>; rel=\"last\""));
}

TEST_F(FakeGitHubServerTest, PackageNamesWithSlashArriveEncoded)
{
    const TestReply reply = get(QStringLiteral("/orgs/acme/packages/container/team%2Fworker"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("team/worker"));
    EXPECT_THAT(reply.json().toObject().value(QStringLiteral("url")).toString().toStdString(),
                HasSubstr("team%2Fworker"));
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/container/team/worker")).status, 404);
}

TEST_F(FakeGitHubServerTest, ContainerAndDockerMetadataCarryTags)
{
    const QJsonObject latest = findVersion(webVersions, QStringLiteral("latest"));
    const QJsonArray tags = latest.value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("container"))
                                .toObject()
                                .value(QStringLiteral("tags"))
                                .toArray();
    EXPECT_TRUE(tags.contains(QStringLiteral("1.4.0")));
    EXPECT_FALSE(latest.contains(QStringLiteral("deleted_at")));
    const TestReply docker = get(QStringLiteral("/user/packages/docker/legacy-app/versions"));
    const QJsonObject metadata =
        docker.json().toArray().at(0).toObject().value(QStringLiteral("metadata")).toObject();
    EXPECT_EQ(metadata.value(QStringLiteral("package_type")).toString(), QStringLiteral("docker"));
    EXPECT_EQ(
        metadata.value(QStringLiteral("docker")).toObject().value(QStringLiteral("tag")).toArray().size(), 1);
}

// --- Rate limits, ETags ---

TEST_F(FakeGitHubServerTest, RateLimitHeadersCountAuthenticatedAnswers)
{
    const TestReply first = get(QStringLiteral("/user"));
    const TestReply second = get(QStringLiteral("/user"));
    EXPECT_EQ(first.header("X-RateLimit-Limit"), QByteArrayLiteral("5000"));
    EXPECT_EQ(first.header("X-RateLimit-Resource"), QByteArrayLiteral("core"));
    EXPECT_EQ(second.header("X-RateLimit-Used").toInt(), first.header("X-RateLimit-Used").toInt() + 1);
    EXPECT_EQ(second.header("X-RateLimit-Remaining").toInt(),
              5000 - second.header("X-RateLimit-Used").toInt());
    EXPECT_GT(first.header("X-RateLimit-Reset").toLongLong(), QDateTime::currentSecsSinceEpoch());
    const TestReply rateLimit = get(QStringLiteral("/rate_limit"));
    EXPECT_EQ(rateLimit.json()
                  .toObject()
                  .value(QStringLiteral("rate"))
                  .toObject()
                  .value(QStringLiteral("used"))
                  .toInt(),
              2);
    EXPECT_EQ(m_server.counters().value(QStringLiteral("quota_spent")).toInt(), 2); // /rate_limit is free
}

TEST_F(FakeGitHubServerTest, MatchingIfNoneMatchGets304WithoutSpendingQuota)
{
    const QString path = QStringLiteral("/orgs/acme/packages?package_type=container");
    const TestReply first = get(path);
    const QByteArray etag = first.header("ETag");
    ASSERT_TRUE(etag.startsWith('"') && !etag.startsWith("W/"));
    EXPECT_EQ(etag, '"' + QCryptographicHash::hash(first.body, QCryptographicHash::Sha256).toHex() + '"');
    const TestReply cached = get(path, fullToken, {{"If-None-Match", etag}});
    EXPECT_EQ(cached.status, 304);
    EXPECT_TRUE(cached.body.isEmpty());
    EXPECT_EQ(cached.header("X-RateLimit-Remaining"), first.header("X-RateLimit-Remaining"));
    const QJsonObject counters = m_server.counters();
    EXPECT_EQ(counters.value(QStringLiteral("not_modified")).toInt(), 1);
    EXPECT_EQ(counters.value(QStringLiteral("quota_spent")).toInt(), 1);
    EXPECT_EQ(get(path, fullToken, {{"If-None-Match", "\"other\""}}).status, 200);
}

TEST_F(FakeGitHubServerTest, EtagChangesWhenTheDataChanges)
{
    const TestReply before = get(webVersions);
    const QJsonObject orphan = before.json().toArray().at(1).toObject();
    ASSERT_EQ(send("DELETE", versionPath(webVersions, orphan)).status, 204);
    const TestReply after = get(webVersions, fullToken, {{"If-None-Match", before.header("ETag")}});
    EXPECT_EQ(after.status, 200);
    EXPECT_NE(after.header("ETag"), before.header("ETag"));
}

TEST_F(FakeGitHubServerTest, HeadAnswersHeadersWithoutBody)
{
    const TestReply get = this->get(QStringLiteral("/orgs/acme/packages/container/web"));
    const TestReply head =
        m_client->send("HEAD", QStringLiteral("/orgs/acme/packages/container/web"), fullToken);
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.isEmpty());
    EXPECT_EQ(head.header("ETag"), get.header("ETag"));
}

TEST_F(FakeGitHubServerTest, PrimaryLimitExhaustedGets403WithZeroRemaining)
{
    QJsonObject scenario = DemoScenario::scenario();
    scenario.insert(QStringLiteral("primary_limit"), 2);
    ASSERT_TRUE(m_server.loadScenario(scenario));
    EXPECT_EQ(get(QStringLiteral("/user")).status, 200);
    EXPECT_EQ(get(QStringLiteral("/user")).header("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
    const TestReply exhausted = get(QStringLiteral("/user"));
    EXPECT_EQ(exhausted.status, 403);
    EXPECT_EQ(exhausted.header("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
    EXPECT_THAT(exhausted.message().toStdString(), HasSubstr("API rate limit exceeded"));
    EXPECT_EQ(get(QStringLiteral("/rate_limit")).status, 200);
}

TEST_F(FakeGitHubServerTest, SecondaryPointsBudgetRejectsWithRetryAfter)
{
    m_server.setSecondaryLimits({{QStringLiteral("points_per_minute"), 3}});
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(get(QStringLiteral("/user")).status, 200);
    const TestReply rejected = get(QStringLiteral("/user"));
    EXPECT_EQ(rejected.status, 403);
    EXPECT_EQ(rejected.header("Retry-After"), QByteArrayLiteral("60"));
    EXPECT_THAT(rejected.message().toStdString(), HasSubstr("secondary rate limit"));
    EXPECT_NE(rejected.header("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
    EXPECT_EQ(m_server.counters().value(QStringLiteral("secondary_rejections")).toInt(), 1);
}

TEST_F(FakeGitHubServerTest, SecondaryLimitAs429WithoutRetryAfterAndMutationsCostFive)
{
    ASSERT_EQ(
        control(QStringLiteral("/_control/secondary"), {{QStringLiteral("points_per_minute"), 6},
                                                        {QStringLiteral("status"), 429},
                                                        {QStringLiteral("retry_after"), QJsonValue::Null}})
            .status,
        200);
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-02")).status, 204); // 5 points
    EXPECT_EQ(get(QStringLiteral("/user")).status, 200); // another endpoint: its own budget
    const TestReply rejected = send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-04"));
    EXPECT_EQ(rejected.status, 429);
    EXPECT_FALSE(rejected.hasHeader("Retry-After"));
    EXPECT_THAT(rejected.message().toStdString(), HasSubstr("content creation"));
}

// GitHub's documented limits together: besides the points per endpoint, about 80 mutations a minute and 500
// an hour. `time_scale` shrinks the windows (here the minute to 0.6 s and the hour to 36 s).
TEST_F(FakeGitHubServerTest, MutationsAreLimitedPerMinuteAndPerHourOnAScaledClock)
{
    ASSERT_EQ(control(QStringLiteral("/_control/secondary"), {{QStringLiteral("content_per_minute"), 2},
                                                             {QStringLiteral("content_per_hour"), 3},
                                                             {QStringLiteral("time_scale"), 100}})
                  .status,
              200);
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-02")).status, 204);
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-04")).status, 204);
    const TestReply thirdInTheMinute = send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-06"));
    EXPECT_EQ(thirdInTheMinute.status, 403);
    EXPECT_THAT(thirdInTheMinute.message().toStdString(), HasSubstr("content creation"));
    EXPECT_EQ(get(QStringLiteral("/user")).status, 200); // reads are not content creation
    QTest::qWait(700);                                   // a (scaled) minute later
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-06")).status, 204);
    QTest::qWait(700);
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/svc-08")).status, 403); // the hour's 3
    EXPECT_EQ(control(QStringLiteral("/_control/secondary"), {{QStringLiteral("time_scale"), 0}}).status, 422);
}

TEST_F(FakeGitHubServerTest, ConcurrentRequestsOverlapAndTheCapRejectsExcess)
{
    m_server.setLatency(300);
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 8; ++i)
        replies.append(m_client->start("GET", QStringLiteral("/user"), fullToken));
    for (QNetworkReply *reply : replies)
        EXPECT_EQ(m_client->finish(reply).status, 200);
    EXPECT_LT(timer.elapsed(), 8 * 300);
    EXPECT_GE(m_server.counters().value(QStringLiteral("peak_concurrency")).toInt(), 4);

    m_server.reset();
    m_server.setSecondaryLimits({{QStringLiteral("max_concurrent"), 2}});
    replies.clear();
    for (int i = 0; i < 6; ++i)
        replies.append(m_client->start("GET", QStringLiteral("/user"), fullToken));
    int rejected = 0;
    for (QNetworkReply *reply : replies)
        rejected += m_client->finish(reply).status == 403;
    EXPECT_GE(rejected, 1);
    EXPECT_EQ(m_server.counters().value(QStringLiteral("secondary_rejections")).toInt(), rejected);
}

// --- Delete and restore rules ---

TEST_F(FakeGitHubServerTest, LastVersionCannotBeDeleted)
{
    const QString versions = QStringLiteral("/orgs/acme/packages/npm/solo/versions");
    const TestReply reply =
        send("DELETE", versionPath(versions, findVersion(versions, QStringLiteral("1.0.0"))));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.message(),
              QStringLiteral(
                  "You cannot delete the last version of a package. You must delete the package instead."));
}

TEST_F(FakeGitHubServerTest, PopularPublicVersionCannotBeDeleted)
{
    const QString versions = QStringLiteral("/orgs/acme/packages/npm/cli/versions");
    const TestReply reply =
        send("DELETE", versionPath(versions, findVersion(versions, QStringLiteral("3.0.0"))));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.message(),
              QStringLiteral("Publicly visible package versions with more than 5000 downloads cannot be "
                             "deleted. Contact GitHub support for further assistance."));
    EXPECT_EQ(send("DELETE", versionPath(versions, findVersion(versions, QStringLiteral("3.0.1")))).status,
              204);
}

TEST_F(FakeGitHubServerTest, NonAdminGetsPackageNotFound)
{
    const QString versions = QStringLiteral("/orgs/globex/packages/npm/widgets/versions");
    const QJsonObject version = findVersion(versions, QStringLiteral("2.0.0"));
    const TestReply reply = send("DELETE", versionPath(versions, version));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.message(), QStringLiteral("Package not found."));
    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/globex/packages/npm/widgets")).status, 404);
}

TEST_F(FakeGitHubServerTest, DeletedVersionMovesToStateDeletedAndRestoresWithin30Days)
{
    const QJsonObject version = findVersion(webVersions, QStringLiteral("1.2.0"));
    const QString path = versionPath(webVersions, version);
    EXPECT_EQ(send("DELETE", path).status, 204);
    EXPECT_EQ(send("DELETE", path).status, 404); // already gone: a retried delete learns it happened
    const QJsonObject deleted = findVersion(webVersions, QStringLiteral("1.2.0"), QStringLiteral("deleted"));
    EXPECT_TRUE(deleted.contains(QStringLiteral("deleted_at")));
    EXPECT_EQ(send("POST", path + QStringLiteral("/restore")).status, 204);
    EXPECT_FALSE(findVersion(webVersions, QStringLiteral("1.2.0")).contains(QStringLiteral("deleted_at")));

    const QJsonArray mutations = m_server.counters().value(QStringLiteral("mutations")).toArray();
    ASSERT_EQ(mutations.size(), 3);
    const QJsonObject first = mutations.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
    EXPECT_EQ(first.value(QStringLiteral("path")).toString(), path);
    EXPECT_EQ(first.value(QStringLiteral("status")).toInt(), 204);
    EXPECT_EQ(first.value(QStringLiteral("namespace")).toString(), QStringLiteral("acme"));
    EXPECT_EQ(first.value(QStringLiteral("package")).toString(), QStringLiteral("web"));
    EXPECT_EQ(first.value(QStringLiteral("version_id")).toInteger(),
              version.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(mutations.at(2).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
}

TEST_F(FakeGitHubServerTest, RestoreIsRefusedAfter30Days)
{
    const QString path = versionPath(webVersions, findVersion(webVersions, QStringLiteral("1.3.0")));
    ASSERT_EQ(send("DELETE", path).status, 204);
    ASSERT_EQ(control(QStringLiteral("/_control/clock"), {{QStringLiteral("advance_days"), 31}}).status, 200);
    const TestReply reply = send("POST", path + QStringLiteral("/restore"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_THAT(reply.message().toStdString(), HasSubstr("30 days"));
}

TEST_F(FakeGitHubServerTest, DemoDeletedVersionsAre3And40DaysOld)
{
    const TestReply reply = get(webVersions + QStringLiteral("?state=deleted"));
    ASSERT_EQ(reply.json().toArray().size(), 2);
    QList<qint64> ages;
    for (const QJsonValue &v : reply.json().toArray()) {
        const QDateTime deletedAt =
            QDateTime::fromString(v.toObject().value(QStringLiteral("deleted_at")).toString(), Qt::ISODate);
        ages.append(deletedAt.daysTo(QDateTime::currentDateTimeUtc()));
        const QString path = versionPath(webVersions, v.toObject()) + QStringLiteral("/restore");
        EXPECT_EQ(send("POST", path).status, ages.constLast() < 30 ? 204 : 400);
    }
    std::sort(ages.begin(), ages.end());
    EXPECT_EQ(ages, (QList<qint64>{3, 40}));
}

TEST_F(FakeGitHubServerTest, DeletedPackageDisappearsAndIsRestorableByName)
{
    const TestReply deleted = send("POST", QStringLiteral("/orgs/acme/packages/npm/old-tool/restore"));
    EXPECT_EQ(deleted.status, 204);
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/npm/old-tool")).status, 200);

    EXPECT_EQ(send("DELETE", QStringLiteral("/orgs/acme/packages/npm/ui-kit")).status, 204);
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/npm/ui-kit")).status, 404);
    const TestReply listing = get(QStringLiteral("/orgs/acme/packages?package_type=npm&per_page=100"));
    for (const QJsonValue &p : listing.json().toArray())
        EXPECT_NE(p.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ui-kit"));
    EXPECT_EQ(send("POST", QStringLiteral("/orgs/acme/packages/npm/ui-kit/restore")).status, 204);
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/npm/ui-kit")).status, 200);
}

// A small scenario of its own: container tag rules, maven's repo scope, name reuse.
TEST_F(FakeGitHubServerTest, ScenarioContainerTagRulesMavenScopeAndNameReuse)
{
    const QJsonObject scenario = parse(R"({
      "users": [{"login": "mona", "id": 7}],
      "tokens": [{"token": "ghp_mona", "user": "mona", "scopes": ["read:packages", "write:packages", "delete:packages"]}],
      "packages": [
        {"owner": "mona", "type": "container", "name": "app", "versions": [
          {"id": 1, "name": "sha256:aa", "tags": ["v1"], "age_days": 2},
          {"id": 2, "name": "sha256:bb", "age_days": 1}]},
        {"owner": "mona", "type": "container", "name": "scratch", "versions": [{"id": 3, "name": "sha256:cc"}]},
        {"owner": "mona", "type": "maven", "name": "com.mona.lib", "versions": [
          {"id": 4, "name": "1.0"}, {"id": 5, "name": "1.1"}]},
        {"owner": "mona", "type": "npm", "name": "dup", "versions": [
          {"id": 6, "name": "1.0.0", "deleted_age_days": 1}, {"id": 7, "name": "1.0.0"}, {"id": 8, "name": "2.0.0"}]}
      ]})");
    QString error;
    ASSERT_TRUE(m_server.loadScenario(scenario, &error)) << error.toStdString();
    const QString token = QStringLiteral("ghp_mona");
    const TestReply tagged = send("DELETE", QStringLiteral("/user/packages/container/app/versions/1"), token);
    EXPECT_EQ(tagged.status, 400);
    EXPECT_EQ(
        tagged.message(),
        QStringLiteral(
            "You cannot delete the last tagged version of a package. You must delete the package instead."));
    EXPECT_EQ(send("DELETE", QStringLiteral("/user/packages/container/app/versions/2"), token).status, 204);
    EXPECT_EQ(send("DELETE", QStringLiteral("/user/packages/container/scratch/versions/3"), token).status,
              204);
    const TestReply maven =
        send("DELETE", QStringLiteral("/user/packages/maven/com.mona.lib/versions/4"), token);
    EXPECT_EQ(maven.status, 403);
    EXPECT_THAT(maven.message().toStdString(), HasSubstr("repo"));
    const TestReply reused =
        send("POST", QStringLiteral("/users/mona/packages/npm/dup/versions/6/restore"), token);
    EXPECT_EQ(reused.status, 400);
    EXPECT_THAT(reused.message().toStdString(), HasSubstr("already exists"));
    QString invalid;
    EXPECT_FALSE(m_server.loadScenario(
        parse(R"({"packages": [{"owner": "nobody", "type": "npm", "name": "x"}]})"), &invalid));
    EXPECT_FALSE(invalid.isEmpty());
}

// --- Registry ---

class FakeRegistryTest : public FakeGitHubServerTest
{
protected:
    QString registryToken(const QString &repository)
    {
        const QByteArray basic = "Basic " + (QByteArrayLiteral("octocat:") + fullToken.toLatin1()).toBase64();
        const TestReply reply = m_client->send(
            "GET", QStringLiteral("/token?scope=repository:%1:pull&service=127.0.0.1").arg(repository),
            QString(), {{"Authorization", basic}});
        EXPECT_EQ(reply.status, 200);
        return reply.json().toObject().value(QStringLiteral("token")).toString();
    }
    TestReply manifest(const QString &repository, const QString &reference, const QString &token,
                       const QByteArray &accept)
    {
        return m_client->send("GET", QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference), token,
                              {{"Accept", accept}});
    }
    const QByteArray allTypes =
        "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json";
};

TEST_F(FakeRegistryTest, UnauthenticatedManifestGets401WithChallenge)
{
    const TestReply reply =
        manifest(QStringLiteral("acme/web"), QStringLiteral("latest"), QString(), allTypes);
    EXPECT_EQ(reply.status, 401);
    const QString host = m_server.url().authority();
    EXPECT_EQ(
        reply.header("WWW-Authenticate"),
        QStringLiteral("Bearer realm=\"http://%1/token\",service=\"%1\",scope=\"repository:acme/web:pull\"")
            .arg(host)
            .toLatin1());
    const TestReply badPat =
        m_client->send("GET", QStringLiteral("/token?scope=repository:acme/web:pull"), QString(),
                       {{"Authorization", "Basic " + QByteArrayLiteral("octocat:nope").toBase64()}});
    EXPECT_EQ(badPat.status, 401);
}

TEST_F(FakeRegistryTest, IndexChildrenAndAttestationMatchRestVersions)
{
    const QString token = registryToken(QStringLiteral("acme/web"));
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject latest = findVersion(webVersions, QStringLiteral("1.4.0"));
    const QString digest = latest.value(QStringLiteral("name")).toString();
    const TestReply index = manifest(QStringLiteral("acme/web"), digest, token, allTypes);
    ASSERT_EQ(index.status, 200);
    EXPECT_EQ(index.header("Content-Type"), QByteArrayLiteral("application/vnd.oci.image.index.v1+json"));
    EXPECT_EQ(index.header("Docker-Content-Digest"), digest.toLatin1());
    EXPECT_EQ(
        QStringLiteral("sha256:") +
            QString::fromLatin1(QCryptographicHash::hash(index.body, QCryptographicHash::Sha256).toHex()),
        digest);

    QStringList restNames;
    for (const QJsonValue &v : get(webVersions + QStringLiteral("?per_page=100")).json().toArray())
        restNames.append(v.toObject().value(QStringLiteral("name")).toString());
    const QJsonArray children = index.json().toObject().value(QStringLiteral("manifests")).toArray();
    ASSERT_EQ(children.size(), 3);
    QStringList platforms;
    QString attestationSubject;
    for (const QJsonValue &child : children) {
        const QJsonObject entry = child.toObject();
        EXPECT_TRUE(restNames.contains(entry.value(QStringLiteral("digest")).toString()));
        const QJsonObject platform = entry.value(QStringLiteral("platform")).toObject();
        platforms.append(platform.value(QStringLiteral("os")).toString() + u'/' +
                         platform.value(QStringLiteral("architecture")).toString());
        const QJsonObject annotations = entry.value(QStringLiteral("annotations")).toObject();
        if (annotations.value(QStringLiteral("vnd.docker.reference.type")).toString() ==
            QStringLiteral("attestation-manifest"))
            attestationSubject = annotations.value(QStringLiteral("vnd.docker.reference.digest")).toString();
    }
    EXPECT_EQ(platforms, (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"),
                                      QStringLiteral("unknown/unknown")}));
    EXPECT_EQ(attestationSubject, children.at(0).toObject().value(QStringLiteral("digest")).toString());

    // 1.3.0 and 1.4.0 share their arm64 manifest.
    const TestReply older = manifest(QStringLiteral("acme/web"), QStringLiteral("1.3.0"), token, allTypes);
    EXPECT_EQ(older.json().toObject().value(QStringLiteral("manifests")).toArray().at(1), children.at(1));

    const TestReply platform = manifest(QStringLiteral("acme/web"),
                                        children.at(0).toObject().value(QStringLiteral("digest")).toString(),
                                        token, "application/vnd.oci.image.manifest.v1+json");
    ASSERT_EQ(platform.status, 200);
    EXPECT_EQ(platform.json().toObject().value(QStringLiteral("layers")).toArray().size(), 3);
    EXPECT_EQ(m_server.counters().value(QStringLiteral("manifest_downloads")).toInt(), 3);
}

TEST_F(FakeRegistryTest, IndexNeedsTheIndexMediaTypeInAccept)
{
    const QString token = registryToken(QStringLiteral("acme/web"));
    const TestReply reply = manifest(QStringLiteral("acme/web"), QStringLiteral("latest"), token,
                                     "application/vnd.oci.image.manifest.v1+json");
    EXPECT_EQ(reply.status, 404);
    const QJsonObject error =
        reply.json().toObject().value(QStringLiteral("errors")).toArray().at(0).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("MANIFEST_UNKNOWN"));
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(),
              QStringLiteral("OCI index found, but Accept header does not support OCI indexes"));
}

TEST_F(FakeRegistryTest, SlashNamesAndDeleteIsUnsupported)
{
    const QString token = registryToken(QStringLiteral("acme/team/worker"));
    EXPECT_EQ(manifest(QStringLiteral("acme/team/worker"), QStringLiteral("latest"), token, allTypes).status,
              200);
    const TestReply deleted =
        m_client->send("DELETE", QStringLiteral("/v2/acme/team/worker/manifests/latest"), token);
    EXPECT_EQ(deleted.status, 405);
    EXPECT_EQ(deleted.json()
                  .toObject()
                  .value(QStringLiteral("errors"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("UNSUPPORTED"));
    // A token for one repository does not open another.
    EXPECT_EQ(manifest(QStringLiteral("acme/web"), QStringLiteral("latest"), token, allTypes).status, 401);
}

// --- Faults and bad input ---

TEST_F(FakeGitHubServerTest, StatusFaultsHitTheNextMatchingAnswers)
{
    m_server.injectFault({{QStringLiteral("status"), 502},
                          {QStringLiteral("count"), 2},
                          {QStringLiteral("path_contains"), QStringLiteral("/versions")}});
    EXPECT_EQ(get(QStringLiteral("/user")).status, 200);
    const TestReply faulted = get(webVersions);
    EXPECT_EQ(faulted.status, 502);
    EXPECT_FALSE(faulted.message().isEmpty());
    EXPECT_EQ(get(webVersions).status, 502);
    EXPECT_EQ(get(webVersions).status, 200);

    m_server.injectFault({{QStringLiteral("status"), 429}, {QStringLiteral("retry_after"), 7}});
    const TestReply limited = get(QStringLiteral("/user"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), QByteArrayLiteral("7"));
    EXPECT_THAT(limited.message().toStdString(), HasSubstr("secondary rate limit"));
    EXPECT_TRUE(limited.hasHeader("X-RateLimit-Remaining"));
}

TEST_F(FakeGitHubServerTest, DroppedConnectionFailsTheRequest)
{
    ASSERT_EQ(control(QStringLiteral("/_control/faults"), {{QStringLiteral("drop"), 3}}).status, 200);
    const TestReply reply = get(QStringLiteral("/user"));
    EXPECT_NE(reply.error, QNetworkReply::NoError);
    EXPECT_EQ(reply.status, 0);
    ASSERT_EQ(control(QStringLiteral("/_control/faults"), {{QStringLiteral("clear"), true}}).status, 200);
    EXPECT_EQ(get(QStringLiteral("/user")).status, 200);
}

TEST_F(FakeGitHubServerTest, TruncatedBodyIsAnError)
{
    m_server.injectFault({{QStringLiteral("truncate"), 1}});
    const TestReply reply = get(QStringLiteral("/orgs/acme/packages?package_type=container"));
    EXPECT_NE(reply.error, QNetworkReply::NoError);
    EXPECT_EQ(m_server.counters().value(QStringLiteral("total_requests")).toInt(), 1);
}

TEST_F(FakeGitHubServerTest, MalformedBodyIsNotJson)
{
    m_server.injectFault({{QStringLiteral("malformed"), 1}});
    const TestReply reply = get(QStringLiteral("/user"));
    EXPECT_EQ(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
}

TEST_F(FakeGitHubServerTest, DelayedDeleteTimesOutButHappens)
{
    const QJsonObject version = findVersion(webVersions, QStringLiteral("1.2.0"));
    m_server.injectFault({{QStringLiteral("delay_ms"), 1500}, {QStringLiteral("count"), 1}});
    const TestReply reply =
        m_client->send("DELETE", versionPath(webVersions, version), fullToken, {}, {}, 300);
    EXPECT_EQ(reply.error, QNetworkReply::OperationCanceledError);
    EXPECT_TRUE(findVersion(webVersions, QStringLiteral("1.2.0"), QStringLiteral("deleted"))
                    .contains(QStringLiteral("deleted_at")));
}

TEST_F(FakeGitHubServerTest, BadInputGetsGitHubErrorShape)
{
    const TestReply unknown = get(QStringLiteral("/orgs/acme/nothing-here"));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.message(), QStringLiteral("Not Found"));
    EXPECT_TRUE(unknown.json().toObject().contains(QStringLiteral("documentation_url")));
    const TestReply noType = get(QStringLiteral("/orgs/acme/packages"));
    EXPECT_EQ(noType.status, 422);
    EXPECT_THAT(noType.message().toStdString(), HasSubstr("package_type"));
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages?package_type=npm&page=abc")).status, 400);
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages?package_type=npm&per_page=-1")).status, 400);
    EXPECT_EQ(get(QStringLiteral("/orgs/acme/packages/npm/ui-kit/versions/notanumber")).status, 404);
    const TestReply json =
        send("POST", QStringLiteral("/orgs/acme/packages/npm/old-tool/restore"), fullToken, "{not json");
    EXPECT_EQ(json.status, 400);
    EXPECT_EQ(json.message(), QStringLiteral("Problems parsing JSON"));
    const TestReply controlJson =
        m_client->send("POST", QStringLiteral("/_control/faults"), QString(), {}, "[1,");
    EXPECT_EQ(controlJson.status, 400);
    EXPECT_EQ(get(QStringLiteral("/user"), QString()).status, 401);
}

TEST_F(FakeGitHubServerTest, CountersByRouteAndReset)
{
    get(QStringLiteral("/orgs/acme/packages?package_type=npm"));
    get(QStringLiteral("/orgs/globex/packages?package_type=npm"));
    get(QStringLiteral("/orgs/acme/packages/container/team%2Fworker/versions"));
    const TestReply counters = get(QStringLiteral("/_control/counters"), QString());
    const QJsonObject byRoute = counters.json().toObject().value(QStringLiteral("requests")).toObject();
    EXPECT_EQ(byRoute.value(QStringLiteral("GET /orgs/{org}/packages")).toInt(), 2);
    EXPECT_EQ(byRoute.value(QStringLiteral("GET /orgs/{org}/packages/{package_type}/{package_name}/versions"))
                  .toInt(),
              1);
    EXPECT_EQ(counters.json().toObject().value(QStringLiteral("total_requests")).toInt(), 3);
    ASSERT_EQ(control(QStringLiteral("/_control/reset"), {}).status, 200);
    EXPECT_EQ(m_server.counters().value(QStringLiteral("total_requests")).toInt(), 0);
}

TEST(FakeGitHubExecutable, PrintsItsUrlFirstAndServes)
{
    QProcess process;
    process.start(QStringLiteral(PACKHOUSE_FAKE_GITHUB_EXE), {QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray line;
    // The demo is generated before listening: slow under sanitizers on a busy machine.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            line += process.readAllStandardOutput();
            return line.contains('\n');
        },
        60000));
    const QRegularExpression pattern(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(line));
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    FakeGitHubTestClient client{QUrl(match.captured(1))};
    EXPECT_EQ(client.send("GET", QStringLiteral("/user"), fullToken).status, 200);
    process.kill();
    process.waitForFinished();

    QProcess help;
    help.start(QStringLiteral(PACKHOUSE_FAKE_GITHUB_EXE), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(60000));
    const QString text = QString::fromLatin1(help.readAllStandardOutput());
    EXPECT_TRUE(text.contains(fullToken) && text.contains(readOnlyToken) && text.contains(fineGrainedToken));
}

} // namespace

// Over TLS the fake names itself with https:// everywhere a client follows: Link, html_url, the registry
// realm.
TEST(FakeGitHubOverTls, ServesHttpsAndNamesItselfWithHttps)
{
    const QSslConfiguration systemTrust = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trust = systemTrust;
    trust.addCaCertificate(FakeGitHub::Server::tlsCertificate());
    QSslConfiguration::setDefaultConfiguration(trust);

    FakeGitHub::Server server;
    ASSERT_TRUE(server.listenTls());
    EXPECT_EQ(server.url().scheme(), QStringLiteral("https"));
    FakeGitHubTestClient client(server.url());
    const TestReply versions = client.send(
        "GET", QStringLiteral("/orgs/acme/packages/container/web/versions?per_page=1"), fullToken, {});
    EXPECT_EQ(versions.status, 200) << versions.error;
    EXPECT_THAT(versions.header("Link").toStdString(), HasSubstr("<https://127.0.0.1:"));
    EXPECT_THAT(versions.json().toArray().first().toObject().value(u"html_url").toString().toStdString(),
                StartsWith("https://127.0.0.1:"));
    const TestReply challenge =
        client.send("GET", QStringLiteral("/v2/acme/web/manifests/latest"), QString(), {});
    EXPECT_EQ(challenge.status, 401);
    EXPECT_THAT(challenge.header("WWW-Authenticate").toStdString(), StartsWith("Bearer realm=\"https://"));

    QSslConfiguration::setDefaultConfiguration(systemTrust);
}

TEST_F(FakeGitHubServerTest, SsoOrganizationLeftOutOfListsIsNamedByIdAndMayAnswer404)
{
    ASSERT_EQ(control(QStringLiteral("/_control/sso"), {{QStringLiteral("org"), QStringLiteral("sso-corp")},
                                                        {QStringLiteral("left_out_of_lists"), true},
                                                        {QStringLiteral("answers_not_found"), true}})
                  .status,
              200);
    const TestReply orgs = get(QStringLiteral("/user/orgs"));
    ASSERT_EQ(orgs.status, 200);
    EXPECT_EQ(orgs.json().toArray().size(), 2);
    // Only the id: NamespaceModelTest names it with GET /organizations?since=ID-1 (not in the OpenAPI
    // extract).
    const QJsonObject ssoCorp = get(QStringLiteral("/orgs/sso-corp")).json().toObject();
    EXPECT_EQ(orgs.header("X-GitHub-SSO"),
              "partial-results; organizations=" + QByteArray::number(ssoCorp.value(u"id").toInteger()));
    EXPECT_EQ(get(QStringLiteral("/orgs/sso-corp/packages?package_type=npm")).status, 404);
}

TEST_F(FakeGitHubServerTest, ClockSkewMovesTheDateAndTheRateLimitReset)
{
    ASSERT_EQ(control(QStringLiteral("/_control/clock"), {{QStringLiteral("skew_seconds"), -7200}}).status,
              200);
    const TestReply reply = get(QStringLiteral("/user"));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(reply.header("Date")).mid(5),
                                                   QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"));
    ASSERT_TRUE(date.isValid());
    EXPECT_NEAR(double(QDateTime::currentDateTimeUtc().toSecsSinceEpoch() - date.toSecsSinceEpoch()), 7200,
                5);
    EXPECT_NEAR(double(reply.header("X-RateLimit-Reset").toLongLong() - QDateTime::currentSecsSinceEpoch()),
                3600 - 7200, 5);
}

TEST_F(FakeGitHubServerTest, RegistryTokenEndpointCanMove)
{
    ASSERT_EQ(control(QStringLiteral("/_control/registry"),
                      {{QStringLiteral("token_path"), QStringLiteral("/auth/token")}})
                  .status,
              200);
    const TestReply challenge = get(QStringLiteral("/v2/"), QString());
    EXPECT_EQ(challenge.status, 401);
    EXPECT_THAT(challenge.header("WWW-Authenticate").toStdString(),
                StartsWith("Bearer realm=\"" + m_server.url().toString().toStdString() + "/auth/token\""));
    // /token is an unknown route now; RegistryClientTest gets its tokens from /auth/token.
    EXPECT_EQ(get(QStringLiteral("/token?scope=repository:hubot/hubot-bot:pull"), QString()).status, 404);
}
