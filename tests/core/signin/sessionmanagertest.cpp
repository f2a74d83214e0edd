#include "sessionmanager.h"
#include "accountsettings.h"
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "keychaintokenstore.h"
#include "memorytokenstore.h"
#include "qtprinters.h"
#include "secretservice.h"
#include "session.h"
#include "signintestsupport.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

enum class StoreKind
{
    Memory,
    Keychain
};

// A store whose every answer is "no keychain here", as on a desktop without a Secret Service.
class UnavailableTokenStore : public TokenStore
{
public:
    TokenStoreJob *read(const QString &, const QString &) override { return unavailable(); }
    TokenStoreJob *write(const QString &, const QString &, const QString &) override { return unavailable(); }
    TokenStoreJob *remove(const QString &, const QString &) override { return unavailable(); }
    bool isPersistent() const override { return true; }

private:
    static TokenStoreJob *unavailable()
    {
        auto *job = new TokenStoreJob;
        job->finish({TokenStoreResult::Status::Unavailable, {}, QStringLiteral("No D-Bus session")});
        return job;
    }
};

// Passes every call on to `inner` and notes it, and whether all the jobs it handed out have finished: a test
// waits for that end point instead of sleeping, and then knows which writes were ever started.
class RecordingTokenStore : public QObject, public TokenStore
{
public:
    explicit RecordingTokenStore(TokenStore *inner) // not owned
        : m_inner(inner)
    {}

    TokenStoreJob *read(const QString &host, const QString &login) override
    {
        return noted(QStringLiteral("read"), m_inner->read(host, login));
    }
    TokenStoreJob *write(const QString &host, const QString &login, const QString &token) override
    {
        return noted(QStringLiteral("write"), m_inner->write(host, login, token));
    }
    TokenStoreJob *remove(const QString &host, const QString &login) override
    {
        return noted(QStringLiteral("remove"), m_inner->remove(host, login));
    }
    bool isPersistent() const override { return m_inner->isPersistent(); }

    QStringList calls() const { return m_calls; }
    bool allFinished() const { return m_unfinished == 0; }

private:
    TokenStoreJob *noted(const QString &call, TokenStoreJob *job)
    {
        m_calls.append(call);
        ++m_unfinished;
        // Connected before the caller can connect: counted as finished before the caller hears of it.
        connect(job, &TokenStoreJob::finished, this, [this] { --m_unfinished; });
        return job;
    }

    TokenStore *m_inner;
    QStringList m_calls;
    int m_unfinished = 0;
};

TokenStoreResult awaitStore(TokenStoreJob *job)
{
    std::optional<TokenStoreResult> result;
    QObject::connect(job, &TokenStoreJob::finished, job,
                     [&result](const TokenStoreResult &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) << "store job hung";
    return result.value_or(TokenStoreResult{});
}

class SessionManagerTest : public FakeServerTest, public ::testing::WithParamInterface<StoreKind>
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        ASSERT_TRUE(m_scratch.dir.isValid());
        if (GetParam() == StoreKind::Memory) {
            m_store = std::make_unique<MemoryTokenStore>();
        } else {
            if (!SecretService::available()) {
                if (SecretService::required())
                    FAIL() << "PACKHOUSE_REQUIRE_KEYCHAIN=1, but there is " << SecretService::missing;
                GTEST_SKIP() << SecretService::skipReason;
            }
            auto keychain =
                std::make_unique<KeychainTokenStore>(nullptr, QStringLiteral("packhouse-signin-tests"));
            // A Secret Service is there: a keychain that does not work fails the test, never skips it.
            const auto probe = awaitStore(
                keychain->write(QStringLiteral("probe"), QStringLiteral("probe"), QStringLiteral("probe")));
            ASSERT_TRUE(probe.status == TokenStoreResult::Status::Ok)
                << "the Secret Service answered: " << probe.message.toStdString();
            awaitStore(keychain->remove(QStringLiteral("probe"), QStringLiteral("probe")));
            m_store = std::move(keychain);
        }
        m_recording = std::make_unique<RecordingTokenStore>(m_store.get());
        m_manager = makeManager(m_recording.get());
    }

    void TearDown() override
    {
        // The keychain is shared with later runs: leave nothing behind.
        if (m_store) {
            for (const QString &host : m_cleanupHosts)
                awaitStore(m_store->remove(host, QStringLiteral("octocat")));
        }
    }

    std::unique_ptr<SessionManager> makeManager(TokenStore *store)
    {
        return std::make_unique<SessionManager>(&network, store, &m_scratch.accounts, &m_scratch.journal,
                                                m_scratch.dir.filePath(QStringLiteral("cache")));
    }

    ServerConfig config() const { return ServerConfig::fromApiUrl(server.url()).value(); }
    QString host() const { return config().hostKey(); }

    // Puts `token` in the store as octocat's and remembers the account, as an earlier sign-in would.
    void storeToken(const QString &token)
    {
        m_cleanupHosts.append(host());
        ASSERT_EQ(awaitStore(m_store->write(host(), QStringLiteral("octocat"), token)).status,
                  TokenStoreResult::Status::Ok);
        m_scratch.accounts.remember(config(), QStringLiteral("octocat"));
    }

    Session *awaitSession(SessionManager &manager)
    {
        EXPECT_TRUE(waitUntil([&manager] { return manager.current() != nullptr; })) << "no session started";
        return manager.current();
    }

    // Signs in with GH_TOKEN while GitHub answers, so that the host's login and scopes are remembered; the
    // token stays in the environment for the next start.
    void signInOnceWithTheEnvironmentToken()
    {
        qputenv("GH_TOKEN", DemoTokens::full().toUtf8());
        m_manager->start(config());
        ASSERT_NE(awaitSession(*m_manager), nullptr);
        ASSERT_FALSE(m_manager->current()->isOffline());
    }

    TokenStoreResult storedFor(const QString &hostKey)
    {
        return awaitStore(m_store->read(hostKey, QStringLiteral("octocat")));
    }

    SessionScratch m_scratch;
    TokenEnvironmentGuard m_environment;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<RecordingTokenStore> m_recording; // m_store as m_manager uses it
    std::unique_ptr<SessionManager> m_manager;
    QStringList m_cleanupHosts;
};

TEST_P(SessionManagerTest, StdinTokenComesBeforeEnvironmentAndStore)
{
    storeToken(DemoTokens::full());
    qputenv("GH_TOKEN", DemoTokens::full().toUtf8());

    m_manager->start(config(), DemoTokens::readOnly());

    Session *session = awaitSession(*m_manager);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->tokenSource(), TokenSource::Stdin);
    EXPECT_EQ(session->account().login, u"octocat");
    EXPECT_THAT(session->scopes().granted(), ElementsAre(u"read:packages"));
}

TEST_P(SessionManagerTest, EnvironmentComesBeforeStoreAndIsNeverWrittenToIt)
{
    qputenv("GITHUB_TOKEN", DemoTokens::readOnly().toUtf8());
    m_cleanupHosts.append(host());

    m_manager->start(config());

    Session *session = awaitSession(*m_manager);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->tokenSource(), TokenSource::Environment);
    EXPECT_THAT(session->scopes().granted(), ElementsAre(u"read:packages"));
    EXPECT_EQ(m_scratch.accounts.login(host()), u"octocat");
    // Every store call the manager made has been answered: none is left that could still write.
    ASSERT_TRUE(waitUntil([this] { return m_recording->allFinished(); }));
    EXPECT_FALSE(m_recording->calls().contains(QStringLiteral("write")))
        << m_recording->calls().join(u' ').toStdString();
    EXPECT_EQ(storedFor(host()).status, TokenStoreResult::Status::NotFound);
}

TEST_P(SessionManagerTest, GhTokenComesBeforeGithubToken)
{
    qputenv("GH_TOKEN", DemoTokens::readOnly().toUtf8());
    qputenv("GITHUB_TOKEN", DemoTokens::full().toUtf8());

    m_manager->start(config());

    Session *session = awaitSession(*m_manager);
    ASSERT_NE(session, nullptr);
    EXPECT_THAT(session->scopes().granted(), ElementsAre(u"read:packages"));
}

TEST_P(SessionManagerTest, EnvironmentBeatsAStoredToken)
{
    storeToken(DemoTokens::full());
    qputenv("GH_TOKEN", DemoTokens::readOnly().toUtf8());

    m_manager->start(config());

    Session *session = awaitSession(*m_manager);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->tokenSource(), TokenSource::Environment);
    EXPECT_THAT(session->scopes().granted(), ElementsAre(u"read:packages"));
    EXPECT_EQ(storedFor(host()).token, DemoTokens::full()); // untouched
}

TEST_P(SessionManagerTest, StoredTokenIsUsedWhenNothingElseIsGiven)
{
    storeToken(DemoTokens::full());

    m_manager->start(config());

    Session *session = awaitSession(*m_manager);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->tokenSource(), TokenSource::Keychain);
    EXPECT_TRUE(session->scopes().allows(PackageAction::Delete, PackageType::Container));
    EXPECT_EQ(session->client()->login(), u"octocat");
    EXPECT_NE(session->registry(), nullptr);
    EXPECT_NE(session->queue(), nullptr);
    EXPECT_NE(session->cache(), nullptr);
}

TEST_P(SessionManagerTest, EnterpriseHostIgnoresGhToken)
{
    qputenv("GH_TOKEN", DemoTokens::full().toUtf8());
    QSignalSpy required(m_manager.get(), &SessionManager::signInRequired);
    const auto ghes = ServerConfig::fromUserInput(QStringLiteral("ghe.example.com")).value();

    m_manager->start(ghes);

    ASSERT_TRUE(required.wait(15000));
    EXPECT_EQ(required.first().first().value<ServerConfig>(), ghes);
    EXPECT_EQ(m_manager->current(), nullptr);
}

TEST_P(SessionManagerTest, NothingRememberedAsksForSignIn)
{
    QSignalSpy required(m_manager.get(), &SessionManager::signInRequired);

    m_manager->start(config());

    ASSERT_TRUE(required.wait(15000));
    EXPECT_THAT(required.first().at(1).toString().toStdString(), HasSubstr("Sign in to"));
    EXPECT_EQ(m_manager->current(), nullptr);
}

TEST_P(SessionManagerTest, RememberedLoginWithoutStoredTokenAsksForSignIn)
{
    m_scratch.accounts.remember(config(), QStringLiteral("octocat"));
    QSignalSpy required(m_manager.get(), &SessionManager::signInRequired);

    m_manager->start(config());

    ASSERT_TRUE(required.wait(15000));
    EXPECT_THAT(required.first().at(1).toString().toStdString(), HasSubstr("No token is stored for octocat"));
}

TEST_P(SessionManagerTest, RejectedEnvironmentTokenFailsAndAsksForSignIn)
{
    const QByteArray bad = "ghp_revokedToken0000000000000000000000000";
    qputenv("GH_TOKEN", bad);
    QSignalSpy failed(m_manager.get(), &SessionManager::signInFailed);
    QSignalSpy required(m_manager.get(), &SessionManager::signInRequired);

    m_manager->start(config());

    ASSERT_TRUE(required.wait(15000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<SignInResult>().error->kind, ApiError::Kind::BadCredentials);
    const QString reason = required.first().at(1).toString();
    EXPECT_THAT(reason.toStdString(), HasSubstr("environment variable"));
    EXPECT_THAT(reason.toStdString(), HasSubstr("Bad credentials"));
    EXPECT_FALSE(reason.contains(QString::fromLatin1(bad)));
}

TEST_P(SessionManagerTest, SignInRemembersInStoreOnlyWhenAsked)
{
    m_cleanupHosts.append(host());
    m_manager->signIn(config(), DemoTokens::readOnly(), false);
    ASSERT_NE(awaitSession(*m_manager), nullptr);
    EXPECT_EQ(m_manager->current()->tokenSource(), TokenSource::SignInDialog);
    // Not asked to remember: the manager removes any older token instead of writing; wait for its answer.
    ASSERT_TRUE(waitUntil([this] { return m_recording->allFinished(); }));
    EXPECT_EQ(m_recording->calls(), QStringList{QStringLiteral("remove")});
    EXPECT_EQ(storedFor(host()).status, TokenStoreResult::Status::NotFound);

    QSignalSpy started(m_manager.get(), &SessionManager::sessionStarted);
    m_manager->signIn(config(), DemoTokens::full(), true);
    ASSERT_TRUE(started.wait(15000));
    ASSERT_TRUE(waitUntil([this] { return m_recording->allFinished(); }));
    EXPECT_EQ(m_recording->calls(), (QStringList{QStringLiteral("remove"), QStringLiteral("write")}));
    EXPECT_EQ(storedFor(host()).token, DemoTokens::full());
}

TEST_P(SessionManagerTest, TokenNeverReachesTheSettingsFile)
{
    m_cleanupHosts.append(host());
    m_manager->signIn(config(), DemoTokens::full(), true);
    ASSERT_NE(awaitSession(*m_manager), nullptr);
    m_scratch.settings.sync();

    QFile file(m_scratch.settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_TRUE(contents.contains("octocat"));
    EXPECT_FALSE(contents.contains(DemoTokens::full().toUtf8()));
}

TEST_P(SessionManagerTest, SignOutRemovesTheStoredTokenAndClosesTheSession)
{
    m_cleanupHosts.append(host());
    m_manager->signIn(config(), DemoTokens::full(), true);
    ASSERT_NE(awaitSession(*m_manager), nullptr);
    ASSERT_TRUE(waitUntil([this] { return storedFor(host()).status == TokenStoreResult::Status::Ok; }));
    QSignalSpy ended(m_manager.get(), &SessionManager::sessionEnded);

    m_manager->signOut();

    EXPECT_EQ(ended.size(), 1);
    EXPECT_EQ(m_manager->current(), nullptr);
    EXPECT_TRUE(waitUntil([this] { return storedFor(host()).status == TokenStoreResult::Status::NotFound; }));
    EXPECT_FALSE(m_scratch.accounts.hosts().contains(host()));
}

TEST_P(SessionManagerTest, TwoHostsAreRememberedSideBySide)
{
    FakeGitHub::Server second;
    ASSERT_TRUE(second.listen());
    const ServerConfig secondConfig = ServerConfig::fromApiUrl(second.url()).value();
    m_cleanupHosts << host() << secondConfig.hostKey();

    QSignalSpy started(m_manager.get(), &SessionManager::sessionStarted);
    m_manager->signIn(config(), DemoTokens::full(), true);
    ASSERT_TRUE(started.wait(15000));
    m_manager->signIn(secondConfig, DemoTokens::readOnly(), true);
    ASSERT_TRUE(started.wait(15000));
    EXPECT_EQ(m_manager->current()->server(), secondConfig);
    EXPECT_EQ(m_scratch.accounts.lastHost(), secondConfig.hostKey());

    EXPECT_THAT(m_scratch.accounts.hosts(), testing::UnorderedElementsAre(host(), secondConfig.hostKey()));
    EXPECT_TRUE(waitUntil([&] {
        return storedFor(host()).token == DemoTokens::full() &&
               storedFor(secondConfig.hostKey()).token == DemoTokens::readOnly();
    }));

    QSignalSpy ended(m_manager.get(), &SessionManager::sessionEnded);
    m_manager->switchTo(host());
    ASSERT_TRUE(started.wait(15000));
    EXPECT_EQ(ended.size(), 1);
    EXPECT_EQ(m_manager->current()->server(), config());
    EXPECT_EQ(m_manager->current()->tokenSource(), TokenSource::Keychain);
    EXPECT_TRUE(m_manager->current()->scopes().has(QStringLiteral("delete:packages")));
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

TEST_P(SessionManagerTest, TokensNeverReachTheLog)
{
    QLoggingCategory::setFilterRules(QStringLiteral("packhouse.*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    m_cleanupHosts.append(host());
    const QByteArray bad = "ghp_revokedToken1111111111111111111111111";

    qputenv("GH_TOKEN", bad);
    m_manager->start(config());
    EXPECT_TRUE(waitUntil([this] { return !m_manager->isSigningIn(); }));
    qunsetenv("GH_TOKEN");
    m_manager->signIn(config(), DemoTokens::full(), true);
    awaitSession(*m_manager);
    EXPECT_TRUE(waitUntil([this] { return storedFor(host()).status == TokenStoreResult::Status::Ok; }));
    m_manager->signOut();
    EXPECT_TRUE(waitUntil([this] { return storedFor(host()).status == TokenStoreResult::Status::NotFound; }));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    EXPECT_FALSE(capturedLog.isEmpty()) << "nothing was logged: the check below would prove nothing";
    for (const QString &line : std::as_const(capturedLog)) {
        EXPECT_FALSE(line.contains(DemoTokens::full())) << line.toStdString();
        EXPECT_FALSE(line.contains(QString::fromLatin1(bad))) << line.toStdString();
    }
}

TEST_P(SessionManagerTest, UnreachableGitHubAtStartOpensOfflineOnTheRememberedLoginAndScopes)
{
    signInOnceWithTheEnvironmentToken();
    EXPECT_EQ(m_scratch.accounts.login(host()), u"octocat");
    EXPECT_TRUE(m_scratch.accounts.scopes(host()).has(QStringLiteral("delete:packages")));
    const ServerConfig remembered = config();
    server.close();

    auto restarted = makeManager(m_recording.get());
    QSignalSpy required(restarted.get(), &SessionManager::signInRequired);
    QSignalSpy failed(restarted.get(), &SessionManager::signInFailed);
    restarted->start(remembered);

    Session *session = awaitSession(*restarted);
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(session->isOffline());
    EXPECT_TRUE(session->client()->isOffline());
    EXPECT_EQ(session->account().login, u"octocat");
    EXPECT_EQ(session->tokenSource(), TokenSource::Environment);
    EXPECT_TRUE(session->scopes().allows(PackageAction::Delete, PackageType::Container));
    EXPECT_THAT(session->offlineReason().toStdString(), HasSubstr("refused"));
    // The shipped schedule: the first try again after 30 s.
    const qint64 untilRetry = QDateTime::currentDateTimeUtc().msecsTo(restarted->nextReconnectAt());
    EXPECT_GT(untilRetry, 25'000);
    EXPECT_LE(untilRetry, 30'000);
    // Nothing asked for a token.
    QTest::qWait(50);
    EXPECT_TRUE(required.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}

TEST_P(SessionManagerTest, ARejectedTokenWithARememberedLoginStillAsksForOneAndSaysWhy)
{
    signInOnceWithTheEnvironmentToken();
    qputenv("GH_TOKEN", "ghp_revokedToken0000000000000000000000000");
    auto restarted = makeManager(m_recording.get());
    QSignalSpy required(restarted.get(), &SessionManager::signInRequired);

    restarted->start(config());

    ASSERT_TRUE(required.wait(15000));
    EXPECT_EQ(restarted->current(), nullptr);
    EXPECT_THAT(required.first().at(1).toString().toStdString(), HasSubstr("Bad credentials"));
}

TEST_P(SessionManagerTest, AnOfflineSessionGoesOnlineByItselfWhenGitHubAnswersAgain)
{
    signInOnceWithTheEnvironmentToken();
    // What the first session saw is in the cache: the user's organizations.
    ASSERT_TRUE(await(m_manager->current()->client()->fetchOrganizations()).ok());
    const ServerConfig remembered = config();
    const quint16 port = quint16(server.url().port());
    server.close();

    auto restarted = makeManager(m_recording.get());
    restarted->setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QSignalSpy reconnects(restarted.get(), &SessionManager::reconnectChanged);
    restarted->start(remembered);
    Session *session = awaitSession(*restarted);
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(session->isOffline());
    QSignalSpy offlineChanged(session, &Session::offlineChanged);

    // Offline, the cache answers at once, marked stale with the reason; nothing goes on the wire.
    const ApiResponse cached = await(session->client()->fetchOrganizations());
    EXPECT_TRUE(cached.ok());
    EXPECT_TRUE(cached.stale);
    EXPECT_TRUE(cached.cachedAt.isValid());
    const ApiResponse uncached = await(session->client()->get(QStringLiteral("/orgs/never-seen")));
    ASSERT_TRUE(uncached.error.has_value());
    EXPECT_TRUE(uncached.error->unreachable);
    // It keeps trying while GitHub stays away: scheduled, tried, scheduled again.
    ASSERT_TRUE(waitUntil([&] { return reconnects.size() >= 4; }));
    EXPECT_TRUE(session->isOffline());

    ASSERT_TRUE(server.listen(port));
    ASSERT_TRUE(waitUntil([&] { return !session->isOffline(); }, 5000));
    EXPECT_EQ(restarted->current(), session); // the same session, its views kept
    EXPECT_EQ(offlineChanged.size(), 1);
    EXPECT_FALSE(session->client()->isOffline());
    EXPECT_FALSE(restarted->nextReconnectAt().isValid());
    const qint64 quotaBefore = counters()[QStringLiteral("quota_spent")].toInteger();
    const ApiResponse fresh = await(session->client()->fetchOrganizations());
    EXPECT_TRUE(fresh.ok());
    EXPECT_FALSE(fresh.stale);
    // Through the ETag cache: GitHub's 304 for what did not change spends nothing.
    EXPECT_EQ(counters()[QStringLiteral("quota_spent")].toInteger(), quotaBefore);
}

std::string storeName(const ::testing::TestParamInfo<StoreKind> &param)
{
    return param.param == StoreKind::Memory ? "Memory" : "Keychain";
}

INSTANTIATE_TEST_SUITE_P(Stores, SessionManagerTest,
                         ::testing::Values(StoreKind::Memory, StoreKind::Keychain), storeName);

// Without a keychain the token lives in memory for the run, and the user is told once.
class NoKeychainTest : public SessionManagerTest
{};

TEST_P(NoKeychainTest, TokenIsKeptInMemoryAndTheUserIsTold)
{
    UnavailableTokenStore unavailable;
    auto manager = makeManager(&unavailable);
    QSignalSpy told(manager.get(), &SessionManager::keychainUnavailable);
    EXPECT_TRUE(manager->keychainAvailable());

    manager->signIn(config(), DemoTokens::full(), true);
    ASSERT_NE(awaitSession(*manager), nullptr);
    ASSERT_TRUE(waitUntil([&told] { return !told.isEmpty(); }));
    EXPECT_FALSE(manager->keychainAvailable());
    EXPECT_THAT(told.first().first().toString().toStdString(), HasSubstr("memory only"));

    // The next start on this host finds the in-memory token.
    QSignalSpy started(manager.get(), &SessionManager::sessionStarted);
    manager->start(config());
    ASSERT_TRUE(started.wait(15000));
    EXPECT_EQ(manager->current()->tokenSource(), TokenSource::Keychain);
    EXPECT_EQ(told.size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Unavailable, NoKeychainTest, ::testing::Values(StoreKind::Memory));

} // namespace
