#include "keychaintokenstore.h"
#include "memorytokenstore.h"
#include "qtprinters.h"
#include "secretservice.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Packhouse;
using Status = TokenStoreResult::Status;

namespace {

const char *statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "Ok";
    case Status::NotFound:
        return "NotFound";
    case Status::Unavailable:
        return "Unavailable";
    case Status::Failed:
        return "Failed";
    }
    return "?";
}

// Waits for the job's one result, checking that it arrives queued and only once. The job deletes itself after
// finished(); once it is gone nothing more can come from it, so the count is final then, without a sleep.
TokenStoreResult await(TokenStoreJob *job)
{
    QSignalSpy spy(job, &TokenStoreJob::finished);
    QPointer<TokenStoreJob> guard(job);
    EXPECT_EQ(spy.count(), 0) << "finished() must not be emitted inside the call that created the job";
    if (!spy.wait(20'000)) {
        ADD_FAILURE() << "the token store job did not finish";
        return {};
    }
    // What is queued already (a second result would be), then the job's own deleteLater().
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull()) << "the job must delete itself";
    EXPECT_EQ(spy.count(), 1);
    return spy.at(0).at(0).value<TokenStoreResult>();
}

// The store tests share one body: the keychain and the in-memory store keep the same promises.
void expectWriteReadOverwriteRemove(TokenStore &store, const QString &host)
{
    const QString login = QStringLiteral("octocat");
    const TokenStoreResult written = await(store.write(host, login, QStringLiteral("ghp_first")));
    ASSERT_EQ(written.status, Status::Ok) << written.message.toStdString();

    const TokenStoreResult read = await(store.read(host, login));
    ASSERT_EQ(read.status, Status::Ok) << read.message.toStdString();
    EXPECT_EQ(read.token, QStringLiteral("ghp_first"));

    ASSERT_EQ(await(store.write(host, login, QStringLiteral("ghp_second"))).status, Status::Ok);
    EXPECT_EQ(await(store.read(host, QStringLiteral("OctoCat"))).token, QStringLiteral("ghp_second"));

    ASSERT_EQ(await(store.remove(host, login)).status, Status::Ok);
    const TokenStoreResult gone = await(store.read(host, login));
    EXPECT_EQ(gone.status, Status::NotFound) << statusName(gone.status);
    EXPECT_TRUE(gone.token.isEmpty());
}

void expectTwoHostsSideBySide(TokenStore &store)
{
    const QString login = QStringLiteral("octocat");
    const QString dotCom = QStringLiteral("github.com");
    const QString enterprise = QStringLiteral("ghe.example.com:8443");
    ASSERT_EQ(await(store.write(dotCom, login, QStringLiteral("ghp_dotcom"))).status, Status::Ok);
    ASSERT_EQ(await(store.write(enterprise, login, QStringLiteral("ghp_enterprise"))).status, Status::Ok);

    EXPECT_EQ(await(store.read(dotCom, login)).token, QStringLiteral("ghp_dotcom"));
    EXPECT_EQ(await(store.read(enterprise, login)).token, QStringLiteral("ghp_enterprise"));

    ASSERT_EQ(await(store.remove(dotCom, login)).status, Status::Ok);
    EXPECT_EQ(await(store.read(dotCom, login)).status, Status::NotFound);
    EXPECT_EQ(await(store.read(enterprise, login)).token, QStringLiteral("ghp_enterprise"));
    EXPECT_EQ(await(store.remove(enterprise, login)).status, Status::Ok);
}

// Set in the child process of the no-keychain test.
constexpr char noKeychainChildVariable[] = "PACKHOUSE_TEST_NO_KEYCHAIN_CHILD";

} // namespace

TEST(TokenStore, KeysAreCaseInsensitive)
{
    EXPECT_EQ(TokenStore::keyFor(QStringLiteral("GitHub.com"), QStringLiteral("OctoCat")),
              QStringLiteral("github.com/octocat"));
    EXPECT_NE(TokenStore::keyFor(QStringLiteral("github.com"), QStringLiteral("a")),
              TokenStore::keyFor(QStringLiteral("ghe.example.com"), QStringLiteral("a")));
}

TEST(MemoryTokenStore, WriteReadOverwriteRemove)
{
    MemoryTokenStore store;
    EXPECT_FALSE(store.isPersistent());
    expectWriteReadOverwriteRemove(store, QStringLiteral("github.com"));
}

TEST(MemoryTokenStore, TwoHostsSideBySide)
{
    MemoryTokenStore store;
    expectTwoHostsSideBySide(store);
}

TEST(MemoryTokenStore, MissingEntryIsNotFound)
{
    MemoryTokenStore store;
    EXPECT_EQ(await(store.read(QStringLiteral("github.com"), QStringLiteral("nobody"))).status,
              Status::NotFound);
    EXPECT_EQ(await(store.remove(QStringLiteral("github.com"), QStringLiteral("nobody"))).status,
              Status::NotFound);
}

TEST(TokenStoreJob, FinishesOnceEvenWhenToldTwice)
{
    auto *job = new TokenStoreJob;
    job->finish({Status::Ok, {}, {}});
    job->finish({Status::Failed, {}, QStringLiteral("too late")});
    EXPECT_EQ(await(job).status, Status::Ok);
}

// Runs against the real Secret Service: tests/with-secret-service.sh provides one and sets
// PACKHOUSE_REQUIRE_KEYCHAIN=1, which turns a missing service into a failure instead of a skip.
class KeychainTokenStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsSet(noKeychainChildVariable))
            GTEST_SKIP() << "the no-keychain child runs only its own test";
        if (!SecretService::available()) {
            if (SecretService::required())
                FAIL() << "PACKHOUSE_REQUIRE_KEYCHAIN=1, but there is " << SecretService::missing;
            GTEST_SKIP() << SecretService::skipReason;
        }
        // A Secret Service is there: from here on a keychain that does not answer properly fails, never
        // skips.
        const TokenStoreResult probe =
            await(store.read(QStringLiteral("probe.invalid"), QStringLiteral("nobody")));
        ASSERT_EQ(probe.status, Status::NotFound)
            << statusName(probe.status) << ": " << probe.message.toStdString();
    }

    // A service of its own: the tests never touch the user's real Packhouse tokens.
    KeychainTokenStore store{nullptr,
                             QStringLiteral("packhouse-tests-%1").arg(QCoreApplication::applicationPid())};
};

TEST_F(KeychainTokenStoreTest, WriteReadOverwriteRemove)
{
    EXPECT_TRUE(store.isPersistent());
    expectWriteReadOverwriteRemove(store, QStringLiteral("github.com"));
}

TEST_F(KeychainTokenStoreTest, TwoHostsSideBySide)
{
    expectTwoHostsSideBySide(store);
}

TEST_F(KeychainTokenStoreTest, MissingEntryIsNotFound)
{
    const TokenStoreResult result =
        await(store.read(QStringLiteral("github.com"), QStringLiteral("never-stored")));
    EXPECT_EQ(result.status, Status::NotFound)
        << statusName(result.status) << ": " << result.message.toStdString();
    EXPECT_TRUE(result.token.isEmpty());
}

TEST_F(KeychainTokenStoreTest, ServicesDoNotSeeEachOthersTokens)
{
    KeychainTokenStore other(nullptr, store.service() + QStringLiteral("-other"));
    ASSERT_EQ(
        await(store.write(QStringLiteral("github.com"), QStringLiteral("a"), QStringLiteral("ghp_x"))).status,
        Status::Ok);
    EXPECT_EQ(await(other.read(QStringLiteral("github.com"), QStringLiteral("a"))).status, Status::NotFound);
    EXPECT_EQ(await(store.remove(QStringLiteral("github.com"), QStringLiteral("a"))).status, Status::Ok);
}

// Without a session bus there is no Secret Service: the store must say Unavailable (so the app can offer the
// in-memory store) rather than fail obscurely or fall back to a file. The session bus of a process cannot be
// swapped once Qt has connected to it, so the check runs in a child process with a bus address that leads
// nowhere.
TEST(KeychainTokenStoreNoBackend, ReportsUnavailable)
{
    if (qEnvironmentVariableIsSet(noKeychainChildVariable)) {
        KeychainTokenStore store(nullptr, QStringLiteral("packhouse-tests-no-backend"));
        const TokenStoreResult read =
            await(store.read(QStringLiteral("github.com"), QStringLiteral("octocat")));
        EXPECT_EQ(read.status, Status::Unavailable)
            << statusName(read.status) << ": " << read.message.toStdString();
        EXPECT_FALSE(read.message.isEmpty());
        const TokenStoreResult written = await(store.write(
            QStringLiteral("github.com"), QStringLiteral("octocat"), QStringLiteral("ghp_secret")));
        EXPECT_EQ(written.status, Status::Unavailable) << statusName(written.status);
        EXPECT_FALSE(written.message.contains(QStringLiteral("ghp_secret")));
        return;
    }

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(noKeychainChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/packhouse-test-bus"));
    environment.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=KeychainTokenStoreNoBackend.ReportsUnavailable")});
    ASSERT_TRUE(child.waitForFinished(60'000));
    const QByteArray output = child.readAll();
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
}
