// Crash safety (issue #10): packhouse-delete-driver bulk-deletes 50 versions on the fake GitHub (a process of
// its own), is SIGKILLed mid-run, then restarted to recover and to restore. The journal must list every
// version the server deleted, all of them must come back, and the settings and cache must still be readable.
#include "accountsettings.h"
#include "deletionjournal.h"
#include "demotokens.h"
#include "githubclient.h"
#include "jsondecoder.h"
#include "qtprinters.h"
#include "responsecache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

constexpr int versionsToDelete = 50;
constexpr int killAfter = 20; // mutations the server has seen before the kill

// The fake GitHub as a process of its own, as the driver sees GitHub: neither shares the other's fate.
class FakeGitHubProcess
{
public:
    ~FakeGitHubProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(PACKHOUSE_FAKE_GITHUB_PATH), {u"--port"_s, u"0"_s});
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        const QByteArray prefix = "listening on ";
        const QByteArray line = m_process.readLine().trimmed();
        m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        return line.startsWith(prefix) && m_url.isValid();
    }

    QUrl url() const { return m_url; }

    // GET (no body) or POST a control request and wait for its JSON answer.
    QJsonObject control(const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_url;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            body.isEmpty() ? m_network.get(request)
                           : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        EXPECT_TRUE(QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30000)) << path.toStdString();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QJsonObject counters() { return control(u"/_control/counters"_s); }

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};

class CrashSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(root.isValid());
        ASSERT_TRUE(server.start());
        const auto config = ServerConfig::fromApiUrl(server.url());
        ASSERT_TRUE(config.ok());
        client = std::make_unique<GitHubClient>(&network, config.value());
        client->setToken(DemoTokens::full());
        client->setLogin(u"octocat"_s);
    }

    QString path(const QString &relative) const { return root.filePath(relative); }

    // The driver with its own XDG folders; the token travels in the environment only.
    QProcessEnvironment driverEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        environment.insert(u"GH_TOKEN"_s, DemoTokens::full());
        return environment;
    }

    void startDriver(QProcess &driver, const QString &mode) const
    {
        driver.setProcessEnvironment(driverEnvironment());
        driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        driver.start(QStringLiteral(PACKHOUSE_DELETE_DRIVER_PATH),
                     {mode, u"--api-url"_s, server.url().toString(), u"--journal"_s, journalPath(),
                      u"--cache"_s, path(u"cache/packhouse"_s), u"--count"_s,
                      QString::number(versionsToDelete), u"--interval-ms"_s, u"100"_s});
        ASSERT_TRUE(driver.waitForStarted(10000));
    }

    // The main window driven through one flow (tests/reliability/guiflowdriver.cpp), with the driver's
    // folders.
    void startGuiFlow(QProcess &gui, const QString &flow, const QString &package) const
    {
        gui.setProcessEnvironment(driverEnvironment());
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QStringLiteral(PACKHOUSE_GUI_FLOW_PATH),
                  {u"--api-url"_s, server.url().toString(), flow, package});
        ASSERT_TRUE(gui.waitForStarted(10000));
    }

    // Where the app keeps its journal (AppDataLocation) under the driver's XDG_DATA_HOME.
    QString guiJournalPath() const { return path(u"data/Packhouse/Packhouse/journal.jsonl"_s); }

    // Runs the driver to its end and returns its exit code.
    int runDriver(const QString &mode) const
    {
        QProcess driver;
        startDriver(driver, mode);
        EXPECT_TRUE(driver.waitForFinished(60000)) << mode.toStdString();
        return driver.exitStatus() == QProcess::NormalExit ? driver.exitCode() : -1;
    }

    QString journalPath() const { return path(u"data/packhouse/journal.jsonl"_s); }

    QList<QJsonObject> mutations(const QString &method)
    {
        QList<QJsonObject> list;
        for (const QJsonValue &mutation : server.counters().value(u"mutations").toArray()) {
            if (mutation.toObject().value(u"method").toString() == method)
                list.append(mutation.toObject());
        }
        return list;
    }

    static QSet<qint64> idsAnswered(const QList<QJsonObject> &mutations, int status)
    {
        QSet<qint64> ids;
        for (const QJsonObject &mutation : mutations) {
            if (mutation.value(u"status").toInt() == status)
                ids.insert(mutation.value(u"version_id").toInteger());
        }
        return ids;
    }

    ApiResponse await(ApiJob *job)
    {
        std::optional<ApiResponse> result;
        QObject::connect(job, &ApiJob::finished, job, [&result](const ApiResponse &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 15000));
        return result.value_or(ApiResponse{});
    }

    QTemporaryDir root;
    FakeGitHubProcess server;
    QNetworkAccessManager network;
    std::unique_ptr<GitHubClient> client;
};

} // namespace

TEST_F(CrashSafetyTest, KilledMidDeleteLosesNothingAndEverythingComesBack)
{
    const NamespaceRef octocat = NamespaceRef::authenticatedUser(u"octocat"_s);
    // What the driver will plan: the first 50 untagged versions of the first page.
    const ApiResponse page = await(client->listVersions(octocat, PackageType::Container, u"ci-cache"_s,
                                                        GitHubClient::VersionState::Active, 1, 100));
    ASSERT_TRUE(page.ok());
    QList<qint64> planned;
    const auto pageVersions = JsonDecoder::versions(page.body);
    ASSERT_TRUE(pageVersions.ok());
    for (const PackageVersion &version : pageVersions.value()) {
        if (!version.isTagged() && planned.size() < versionsToDelete)
            planned.append(version.id);
    }
    ASSERT_EQ(planned.size(), versionsToDelete);
    const QSet<qint64> plannedSet(planned.cbegin(), planned.cend());
    // The 21st delete is carried out at once but answered late: the kill lands between the server's delete
    // and the journal's Done, the case only asking the server can settle.
    const qint64 inFlight = planned.at(killAfter);
    server.control(
        u"/_control/faults"_s,
        {{u"delay_ms"_s, 20000}, {u"count"_s, 1}, {u"path_contains"_s, u"/versions/%1"_s.arg(inFlight)}});

    {
        QProcess driver;
        startDriver(driver, u"delete"_s);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return idsAnswered(mutations(u"DELETE"_s), 204).contains(inFlight); }, 60000));
        driver.kill(); // SIGKILL
        ASSERT_TRUE(driver.waitForFinished(10000));
        EXPECT_EQ(driver.exitStatus(), QProcess::CrashExit);
    }
    const QSet<qint64> deletedBeforeKill = idsAnswered(mutations(u"DELETE"_s), 204);
    EXPECT_GT(deletedBeforeKill.size(), killAfter);
    EXPECT_LT(deletedBeforeKill.size(), versionsToDelete);

    // The settings as the kill left them, before any other run touches them: intact, and holding what the
    // driver wrote before its first delete.
    const QString settingsPath = path(u"config/Packhouse/packhouse-delete-driver.conf"_s);
    {
        ASSERT_TRUE(QFile::exists(settingsPath));
        QSettings settings(settingsPath, QSettings::IniFormat);
        EXPECT_EQ(settings.status(), QSettings::NoError);
        EXPECT_EQ(settings.value(u"driver/lastMode"_s).toString(), u"delete"_s);
        AccountSettings accounts(&settings);
        EXPECT_EQ(accounts.lastHost(), client->server().hostKey());
        EXPECT_EQ(accounts.login(client->server().hostKey()), u"octocat"_s);
    }

    DeletionJournal journal(journalPath());
    QSet<qint64> unfinished;
    for (const JournalEntry &entry : journal.unfinished())
        unfinished.insert(entry.versionId);
    EXPECT_TRUE(unfinished.contains(inFlight));
    // A write the kill tore in half: the journal must skip it and keep going.
    {
        QFile file(journalPath());
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(R"({"op":"torn","host":"127.0.0.1)");
    }

    // Restart: settle what was in flight with the server.
    EXPECT_EQ(runDriver(u"recover"_s), 0);
    EXPECT_TRUE(journal.unfinished().isEmpty());
    EXPECT_EQ(journal.corruptLines(), 1);
    QSet<qint64> restorable;
    for (const JournalEntry &entry : journal.restorable(QDateTime::currentDateTimeUtc()))
        restorable.insert(entry.versionId);
    EXPECT_EQ(restorable, deletedBeforeKill) << "the journal must list every version the server deleted";
    // Nothing outside the plan, no delete done twice.
    const QList<QJsonObject> deletes = mutations(u"DELETE"_s);
    EXPECT_TRUE(idsAnswered(deletes, 204).subtract(plannedSet).isEmpty());
    EXPECT_EQ(idsAnswered(deletes, 204).size(), deletes.size());

    // The recover run wrote the same file again, over what the kill left: it stays readable, keeps the
    // account and now names that run.
    QSettings settings(settingsPath, QSettings::IniFormat);
    EXPECT_EQ(settings.status(), QSettings::NoError);
    EXPECT_EQ(settings.value(u"driver/lastMode"_s).toString(), u"recover"_s);
    AccountSettings accounts(&settings);
    EXPECT_EQ(accounts.lastHost(), client->server().hostKey());
    EXPECT_EQ(accounts.login(client->server().hostKey()), u"octocat"_s);
    // The cached listing is readable and is the page the driver planned from.
    ResponseCache cache(path(u"cache/packhouse"_s));
    client->setCache(&cache);
    const auto cached = client->cachedResponse(page.url);
    ASSERT_TRUE(cached.has_value());
    EXPECT_EQ(cached->body, page.body);
    client->setCache(nullptr);

    // "Recently deleted" brings every one of them back.
    EXPECT_EQ(runDriver(u"restore"_s), 0);
    EXPECT_EQ(idsAnswered(mutations(u"POST"_s), 204), deletedBeforeKill);
    EXPECT_TRUE(journal.restorable(QDateTime::currentDateTimeUtc()).isEmpty());
    const ApiResponse stillDeleted = await(client->listVersions(
        octocat, PackageType::Container, u"ci-cache"_s, GitHubClient::VersionState::Deleted, 1, 100));
    ASSERT_TRUE(stillDeleted.ok());
    EXPECT_TRUE(JsonDecoder::versions(stillDeleted.body).value().isEmpty());
}

// Issue #19: the GUI itself, not only the core driver, SIGKILLed right after GitHub carried out the DELETE of
// a whole package and before the answer reached it. Restarted, the window lists the package under Recently
// deleted (the new session settles the journal's unfinished attempt with the server) and restores it.
TEST_F(CrashSafetyTest, KilledGuiRightAfterADeleteLosesNoJournalEntry)
{
    const QString package = u"acme/npm/solo"_s;
    server.control(u"/_control/faults"_s, {{u"delay_ms"_s, 20000},
                                           {u"count"_s, 1},
                                           {u"method"_s, u"DELETE"_s},
                                           {u"path_contains"_s, u"/packages/npm/solo"_s}});
    {
        QProcess gui;
        startGuiFlow(gui, u"delete-package"_s, package);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !mutations(u"DELETE"_s).isEmpty(); }, 60000));
        gui.kill(); // SIGKILL
        ASSERT_TRUE(gui.waitForFinished(10000));
        EXPECT_EQ(gui.exitStatus(), QProcess::CrashExit);
    }
    ASSERT_EQ(mutations(u"DELETE"_s).size(), 1);
    EXPECT_EQ(mutations(u"DELETE"_s).constFirst().value(u"status").toInt(), 204);
    DeletionJournal journal(guiJournalPath());
    ASSERT_EQ(journal.unfinished().size(), 1) << "the attempt was journaled before the DELETE went out";
    EXPECT_EQ(journal.unfinished().constFirst().packageName, u"solo"_s);

    // Restart: the package is listed as recently deleted and comes back.
    QProcess gui;
    startGuiFlow(gui, u"restore-package"_s, package);
    ASSERT_TRUE(gui.waitForFinished(120000));
    EXPECT_EQ(gui.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(gui.exitCode(), 0);
    EXPECT_TRUE(journal.unfinished().isEmpty());
    EXPECT_TRUE(journal.restorable(QDateTime::currentDateTimeUtc()).isEmpty());
    ASSERT_EQ(mutations(u"POST"_s).size(), 1);
    EXPECT_EQ(mutations(u"POST"_s).constFirst().value(u"status").toInt(), 204);
}
