// The GitHub client against the fake GitHub over real HTTP: auth, scopes, errors, retries, caching.
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "qtprinters.h"
#include "responsecache.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::Contains;
using ::testing::ElementsAre;

namespace {

const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

class GitHubClientTest : public FakeServerTest
{
protected:
    // The id of the first active version of a package.
    qint64 firstVersionId(const NamespaceRef &owner, PackageType type, const QString &name)
    {
        const ApiResponse response =
            await(client->listVersions(owner, type, name, GitHubClient::VersionState::Active));
        EXPECT_TRUE(response.ok());
        const auto versions = JsonDecoder::versions(response.body);
        EXPECT_TRUE(versions.ok() && !versions.value().isEmpty());
        return versions.ok() && !versions.value().isEmpty() ? versions.value().first().id : 0;
    }

    int quotaSpent() const { return counters().value(u"quota_spent").toInt(); }
};

} // namespace

TEST_F(GitHubClientTest, AuthenticatedUserReportsScopesAndRateLimit)
{
    QSignalSpy scopes(client.get(), &GitHubClient::scopesChanged);
    QSignalSpy rate(client.get(), &GitHubClient::rateLimitChanged);
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    ASSERT_TRUE(response.ok()) << response.error->message.toStdString();
    const auto account = JsonDecoder::account(response.body, Account::Type::User);
    ASSERT_TRUE(account.ok());
    EXPECT_EQ(account.value().login, QStringLiteral("octocat"));
    EXPECT_EQ(scopes.size(), 1);
    EXPECT_TRUE(client->scopes().allows(PackageAction::Delete, PackageType::Maven));
    EXPECT_THAT(client->scopes().granted(), Contains(QStringLiteral("delete:packages")));
    EXPECT_GE(rate.size(), 1);
    EXPECT_GT(client->rateLimit().limit, 0);
    EXPECT_GE(client->rateLimit().remaining, 0);
    EXPECT_TRUE(client->rateLimit().reset.isValid());
}

TEST_F(GitHubClientTest, UnknownTokenIsBadCredentialsWithGitHubsMessage)
{
    makeClient({}, QStringLiteral("ghp_thisTokenDoesNotExist000000000000000"));
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::BadCredentials);
    EXPECT_EQ(response.error->message, QStringLiteral("Bad credentials"));
}

TEST_F(GitHubClientTest, FineGrainedTokenIsRefusedOnPackages)
{
    makeClient({}, DemoTokens::fineGrained());
    EXPECT_EQ(client->tokenKind(), TokenKind::FineGrained);
    const ApiResponse response = await(client->listPackages(acme, PackageType::Container));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::FineGrainedToken);
}

TEST_F(GitHubClientTest, ReadOnlyTokenDeleteNamesTheMissingScope)
{
    makeClient({}, DemoTokens::readOnly());
    await(client->fetchAuthenticatedUser());
    EXPECT_THAT(client->scopes().missingFor(PackageAction::Delete, PackageType::Npm),
                ElementsAre(QStringLiteral("delete:packages")));
    const qint64 id = firstVersionId(acme, PackageType::Container, QStringLiteral("api"));
    const ApiResponse response =
        await(client->deleteVersion(acme, PackageType::Container, QStringLiteral("api"), id));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::MissingScope);
    EXPECT_TRUE(response.error->message.contains(QStringLiteral("delete:packages")))
        << response.error->message.toStdString();
    EXPECT_TRUE(counters().value(u"mutations").toArray().isEmpty() ||
                counters().value(u"mutations").toArray().first().toObject().value(u"status").toInt() == 403);
}

// /user/orgs accepts admin:org, read:org, repo, user or write:org: the token needs one, and the message names
// the narrowest in a line that fits the Namespaces pane.
TEST_F(GitHubClientTest, AcceptedScopesAreAlternativesAndTheNarrowestIsNamed)
{
    makeClient({}, DemoTokens::readOnly());
    server.injectFault({{u"status"_s, 403},
                        {u"path_contains"_s, u"/user/orgs"_s},
                        {u"accepted_scopes"_s, u"admin:org, read:org, repo, user, write:org"_s}});
    const ApiResponse response = await(client->fetchOrganizations());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::MissingScope);
    EXPECT_THAT(response.error->missingScopes, ElementsAre(QStringLiteral("read:org")));
    EXPECT_EQ(response.error->userMessage(), QStringLiteral("The token needs the read:org scope."));
}

// A GitHub App user token sends no X-OAuth-Scopes: its scopes are unreported, nothing is refused beforehand,
// and GitHub's own refusal is explained per request.
TEST_F(GitHubClientTest, AnAppTokenReportsNoScopesAndGitHubDecides)
{
    makeClient({}, DemoTokens::appUser());
    ASSERT_TRUE(await(client->fetchAuthenticatedUser()).ok());
    EXPECT_FALSE(client->scopes().isReported());
    EXPECT_TRUE(client->scopes().allows(PackageAction::Delete, PackageType::Container));

    // acme/api is not one of its repositories: GitHub refuses, and the message says why it may.
    const qint64 apiVersion = firstVersionId(acme, PackageType::Container, QStringLiteral("api"));
    const ApiResponse refused =
        await(client->deleteVersion(acme, PackageType::Container, QStringLiteral("api"), apiVersion));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, ApiError::Kind::NotPermitted);
    EXPECT_THAT(refused.error->userMessage().toStdString(),
                ::testing::AllOf(::testing::HasSubstr("Resource not accessible by integration"),
                                 ::testing::HasSubstr("GitHub App and Actions tokens")));
    // acme/ui-kit is: the delete goes through.
    const qint64 uiKitVersion = firstVersionId(acme, PackageType::Npm, QStringLiteral("ui-kit"));
    EXPECT_TRUE(
        await(client->deleteVersion(acme, PackageType::Npm, QStringLiteral("ui-kit"), uiKitVersion)).ok());
}

TEST_F(GitHubClientTest, SsoProtectedOrgGivesTheAuthorizationUrl)
{
    QSignalSpy sso(client.get(), &GitHubClient::ssoRequired);
    const ApiResponse response = await(
        client->listPackages(NamespaceRef::organization(QStringLiteral("sso-corp")), PackageType::Container));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::SsoRequired);
    EXPECT_TRUE(response.error->ssoAuthorizationUrl.isValid());
    EXPECT_TRUE(response.error->ssoAuthorizationUrl.path().contains(QStringLiteral("/orgs/sso-corp/sso")));
    ASSERT_EQ(sso.size(), 1);
}

TEST_F(GitHubClientTest, PackageNamesWithSlashTravelEncoded)
{
    const ApiResponse response =
        await(client->getPackage(acme, PackageType::Container, QStringLiteral("team/worker")));
    ASSERT_TRUE(response.ok()) << response.error->message.toStdString();
    const auto package = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
    ASSERT_TRUE(package.ok());
    EXPECT_EQ(package.value().name, QStringLiteral("team/worker"));
    EXPECT_TRUE(response.url.toString(QUrl::FullyEncoded).contains(QStringLiteral("team%2Fworker")));
}

TEST_F(GitHubClientTest, DeletingTheOnlyVersionIsTheLastVersionError)
{
    const qint64 id = firstVersionId(acme, PackageType::Npm, QStringLiteral("solo"));
    const ApiResponse response =
        await(client->deleteVersion(acme, PackageType::Npm, QStringLiteral("solo"), id));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::LastVersion);
}

TEST_F(GitHubClientTest, PopularPublicVersionIsTheDownloadRule)
{
    const ApiResponse listing = await(client->listVersions(acme, PackageType::Npm, QStringLiteral("cli"),
                                                           GitHubClient::VersionState::Active));
    const auto versions = JsonDecoder::versions(listing.body);
    ASSERT_TRUE(versions.ok());
    const auto popular = std::find_if(versions.value().cbegin(), versions.value().cend(),
                                      [](const PackageVersion &v) { return v.name == u"3.0.0"; });
    ASSERT_NE(popular, versions.value().cend());
    const ApiResponse response =
        await(client->deleteVersion(acme, PackageType::Npm, QStringLiteral("cli"), popular->id));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::TooManyDownloads);
}

TEST_F(GitHubClientTest, NonAdminOrgDeleteIsNotFoundWithAHint)
{
    const NamespaceRef globex = NamespaceRef::organization(QStringLiteral("globex"));
    const ApiResponse packages = await(client->listPackages(globex, PackageType::Container));
    ASSERT_TRUE(packages.ok());
    const auto list = JsonDecoder::packages(packages.body);
    ASSERT_TRUE(list.ok() && !list.value().isEmpty());
    const QString name = list.value().first().name;
    const qint64 id = firstVersionId(globex, PackageType::Container, name);
    const ApiResponse response = await(client->deleteVersion(globex, PackageType::Container, name, id));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(response.error->userMessage().contains(QStringLiteral("admin")));
}

TEST_F(GitHubClientTest, RetriesServerErrorsForGets)
{
    ClientOptions options;
    options.retryBaseDelay = std::chrono::milliseconds(20);
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 502},
                                   {QStringLiteral("count"), 2},
                                   {QStringLiteral("path_contains"), QStringLiteral("/user")}});
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    EXPECT_TRUE(response.ok());
    EXPECT_EQ(waiting.size(), 2);
    EXPECT_EQ(counters().value(u"requests").toObject().value(u"GET /user").toInt(), 3);
}

TEST_F(GitHubClientTest, GivesUpAfterBoundedRetries)
{
    ClientOptions options;
    options.retryBaseDelay = std::chrono::milliseconds(10);
    options.maxRetries = 2;
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 503},
                                   {QStringLiteral("count"), 10},
                                   {QStringLiteral("path_contains"), QStringLiteral("/user")}});
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::ServerError);
    EXPECT_EQ(counters().value(u"requests").toObject().value(u"GET /user").toInt(), 3);
}

TEST_F(GitHubClientTest, HonoursRetryAfterOnSecondaryLimit)
{
    server.injectFault(QJsonObject{{QStringLiteral("status"), 429},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("retry_after"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/user")}});
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    QElapsedTimer clock;
    clock.start();
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    EXPECT_TRUE(response.ok());
    EXPECT_GE(clock.elapsed(), 1000);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().first().value<std::chrono::milliseconds>(), std::chrono::milliseconds(1000));
}

TEST_F(GitHubClientTest, SecondaryLimitWithoutRetryAfterWaitsAtLeastTheFallback)
{
    ClientOptions options;
    options.secondaryLimitFallbackWait = std::chrono::milliseconds(1500);
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("status"), 403},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/user")}});
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    EXPECT_TRUE(response.ok());
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().first().value<std::chrono::milliseconds>(), std::chrono::milliseconds(1500));
}

TEST_F(GitHubClientTest, SlowAnswerTimesOut)
{
    ClientOptions options;
    options.transferTimeout = std::chrono::milliseconds(300);
    options.maxRetries = 0;
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("delay_ms"), 3000},
                                   {QStringLiteral("count"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/user")}});
    const ApiResponse response = await(client->fetchAuthenticatedUser());
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::Timeout);
}

TEST_F(GitHubClientTest, DroppedConnectionIsRetriedForGets)
{
    ClientOptions options;
    options.retryBaseDelay = std::chrono::milliseconds(10);
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("drop"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/packages")}});
    const ApiResponse response = await(client->listPackages(acme, PackageType::Npm));
    ASSERT_TRUE(response.ok());
    EXPECT_TRUE(JsonDecoder::packages(response.body).ok());
}

TEST_F(GitHubClientTest, BodyCutShortIsRetriedLikeANetworkFailure)
{
    ClientOptions options;
    options.retryBaseDelay = std::chrono::milliseconds(10);
    makeClient(options);
    server.injectFault(QJsonObject{{QStringLiteral("truncate"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/packages")}});
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    const ApiResponse response = await(client->listPackages(acme, PackageType::Npm));
    ASSERT_TRUE(response.ok());
    EXPECT_TRUE(JsonDecoder::packages(response.body).ok());
    EXPECT_EQ(waiting.size(), 1);
}

TEST_F(GitHubClientTest, MalformedBodyIsADecodeErrorNotACrash)
{
    server.injectFault(QJsonObject{{QStringLiteral("malformed"), 1},
                                   {QStringLiteral("path_contains"), QStringLiteral("/packages")}});
    const ApiResponse response = await(client->listPackages(acme, PackageType::Npm));
    ASSERT_TRUE(response.ok());
    const auto packages = JsonDecoder::packages(response.body);
    ASSERT_FALSE(packages.ok());
    EXPECT_EQ(packages.error().kind, ApiError::Kind::Decode);
}

TEST_F(GitHubClientTest, UnchangedDataIsServedBy304WithoutSpendingQuota)
{
    QTemporaryDir dir;
    ResponseCache cache(dir.path());
    client->setCache(&cache);
    const ApiResponse first = await(client->listPackages(acme, PackageType::Container));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first.fromCache);
    const int quotaBefore = quotaSpent();
    const int notModifiedBefore = counters().value(u"not_modified").toInt();

    const ApiResponse second = await(client->listPackages(acme, PackageType::Container));
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.fromCache);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(quotaSpent(), quotaBefore);
    EXPECT_EQ(counters().value(u"not_modified").toInt(), notModifiedBefore + 1);

    // A fresh cache object on the same directory (the next start of the app) still validates.
    ResponseCache reopened(dir.path());
    client->setCache(&reopened);
    const ApiResponse third = await(client->listPackages(acme, PackageType::Container));
    EXPECT_TRUE(third.fromCache);
    EXPECT_EQ(quotaSpent(), quotaBefore);

    // What the cache wrote holds the answers but never the token that fetched them, in the encodings the
    // cache files use (QDataStream: bytes as they are, strings as UTF-16, big-endian unless told otherwise).
    const QString token = DemoTokens::full();
    const QList<QByteArray> needles{token.toUtf8(), QStringEncoder(QStringConverter::Utf16BE).encode(token),
                                    QStringEncoder(QStringConverter::Utf16LE).encode(token)};
    int files = 0;
    bool listingOnDisk = false;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        const QByteArray contents = file.readAll();
        ++files;
        listingOnDisk = listingOnDisk || contents.contains(first.body);
        for (const QByteArray &needle : needles)
            EXPECT_FALSE(contents.contains(needle)) << file.fileName().toStdString();
        EXPECT_FALSE(file.fileName().contains(token)) << file.fileName().toStdString();
    }
    // Not vacuous: these are the cache's files, with the answer that was cached.
    EXPECT_GE(files, 1);
    EXPECT_TRUE(listingOnDisk);
}

TEST_F(GitHubClientTest, CachedCopyStandsInWhenTheServerIsGone)
{
    ResponseCache cache(QString{});
    client->setCache(&cache);
    ASSERT_TRUE(await(client->listPackages(acme, PackageType::Npm)).ok());
    ClientOptions options;
    options.maxRetries = 0;
    client->setOptions(options);
    server.injectFault(QJsonObject{{QStringLiteral("drop"), 5}});
    const ApiResponse offline = await(client->listPackages(acme, PackageType::Npm));
    ASSERT_TRUE(offline.ok());
    EXPECT_TRUE(offline.stale);
}

// github.com speaks HTTPS: against the fake over TLS the client refuses a certificate it cannot trust at once
// (no retries: it will not become trusted), and works once its authority is trusted.
class GitHubClientOverTlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listenTls());
        ClientOptions options;
        options.retryBaseDelay = std::chrono::seconds(10);
        client =
            std::make_unique<GitHubClient>(&network, ServerConfig::fromApiUrl(server.url()).value(), options);
        client->setToken(DemoTokens::full());
        client->setLogin(QStringLiteral("octocat"));
    }
    void TearDown() override { QSslConfiguration::setDefaultConfiguration(systemTrust); }

    ApiResponse fetchUser(qint64 *elapsedMs)
    {
        std::optional<ApiResponse> result;
        ApiJob *job = client->fetchAuthenticatedUser();
        QObject::connect(job, &ApiJob::finished, job, [&result](const ApiResponse &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
        *elapsedMs = clock.elapsed();
        return result.value_or(ApiResponse{});
    }

    const QSslConfiguration systemTrust = QSslConfiguration::defaultConfiguration();
    FakeGitHub::Server server;
    QNetworkAccessManager network;
    std::unique_ptr<GitHubClient> client;
};

TEST_F(GitHubClientOverTlsTest, UntrustedCertificateFailsAtOnceWithoutSendingTheToken)
{
    qint64 elapsedMs = 0;
    const ApiResponse response = fetchUser(&elapsedMs);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::Network);
    EXPECT_TRUE(response.error->message.contains(u"SSL", Qt::CaseInsensitive))
        << response.error->message.toStdString();
    EXPECT_LT(elapsedMs, 5000); // a retry would have waited retryBaseDelay (10 s) first
    EXPECT_EQ(server.counters().value(u"total_requests").toInt(), 0);
}

TEST_F(GitHubClientOverTlsTest, TrustedAuthorityGivesTheApiOverHttps)
{
    QSslConfiguration trust = systemTrust;
    trust.addCaCertificate(FakeGitHub::Server::tlsCertificate());
    QSslConfiguration::setDefaultConfiguration(trust);
    qint64 elapsedMs = 0;
    const ApiResponse user = fetchUser(&elapsedMs);
    ASSERT_TRUE(user.ok()) << user.error->message.toStdString();
    EXPECT_TRUE(client->scopes().allows(PackageAction::Delete, PackageType::Container));

    std::optional<ApiResponse> page;
    ApiJob *job = client->listVersions(acme, PackageType::Container, QStringLiteral("web"),
                                       GitHubClient::VersionState::Active, 1, 1);
    QObject::connect(job, &ApiJob::finished, job, [&page](const ApiResponse &r) { page = r; });
    ASSERT_TRUE(QTest::qWaitFor([&page] { return page.has_value(); }, 15000));
    ASSERT_TRUE(page->ok());
    ASSERT_TRUE(page->links.next.has_value());
    EXPECT_EQ(page->links.next->scheme(), QStringLiteral("https"));
    const auto versions = JsonDecoder::versions(page->body);
    ASSERT_TRUE(versions.ok() && !versions.value().isEmpty());
    EXPECT_EQ(versions.value().first().htmlUrl.scheme(), QStringLiteral("https"));
}

// The server's clock says when its budget resets: a local clock two hours ahead must not make the client
// think the reset long past (and hammer the API), nor one behind make it wait hours too long.
TEST_F(GitHubClientTest, PrimaryLimitWaitIsMeasuredOnTheServersClock)
{
    const QJsonObject scenario{
        {u"primary_limit"_s, 1},
        {u"users"_s, QJsonArray{QJsonObject{{u"login"_s, u"octocat"_s}}}},
        {u"tokens"_s, QJsonArray{QJsonObject{{u"token"_s, DemoTokens::full()},
                                             {u"user"_s, u"octocat"_s},
                                             {u"scopes"_s, QJsonArray{u"read:packages"_s}}}}},
    };
    ASSERT_TRUE(server.loadScenario(scenario));
    server.setClockSkew(-2 * 3600);
    ASSERT_TRUE(await(client->fetchAuthenticatedUser()).ok());

    const ApiResponse refused = await(client->fetchAuthenticatedUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, ApiError::Kind::PrimaryRateLimit);
    EXPECT_TRUE(refused.error->retryAfterFromServer);
    EXPECT_GE(refused.error->retryAfter, std::chrono::seconds(3590));
    EXPECT_LE(refused.error->retryAfter, std::chrono::seconds(3600));
}

TEST_F(GitHubClientTest, SecondaryLimitWithoutRetryAfterBacksOffExponentiallyThenStops)
{
    ClientOptions options;
    options.secondaryLimitFallbackWait = std::chrono::milliseconds(40);
    options.maxSecondaryLimitRetries = 3;
    makeClient(options);
    server.injectFault(QJsonObject{{u"status"_s, 403}, {u"count"_s, 10}, {u"path_contains"_s, u"/user"_s}});
    QSignalSpy waiting(client.get(), &GitHubClient::waiting);
    const ApiResponse response = await(client->fetchAuthenticatedUser());

    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::SecondaryRateLimit);
    QList<std::chrono::milliseconds> delays;
    for (const QList<QVariant> &signal : waiting)
        delays.append(signal.first().value<std::chrono::milliseconds>());
    using std::chrono::milliseconds;
    EXPECT_THAT(delays, ElementsAre(milliseconds(40), milliseconds(80), milliseconds(160)));
    EXPECT_EQ(counters().value(u"requests").toObject().value(u"GET /user").toInt(), 4);
    EXPECT_EQ(response.error->triesBeforeGivingUp, 4);
    EXPECT_TRUE(response.error->userMessage().contains(u"4 tries"))
        << response.error->userMessage().toStdString();
}

// A SAML organization may answer 404 rather than 403 to a token not authorized for it: the message says so.
TEST_F(GitHubClientTest, NotFoundFromAnSsoOrganizationMayBeSso)
{
    ASSERT_TRUE(server.setSsoBehaviour(u"sso-corp"_s, false, true));
    const ApiResponse response =
        await(client->listPackages(NamespaceRef::organization(u"sso-corp"_s), PackageType::Container));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error->kind, ApiError::Kind::NotFound);
    EXPECT_TRUE(response.error->userMessage().contains(u"single sign-on"))
        << response.error->userMessage().toStdString();
}
