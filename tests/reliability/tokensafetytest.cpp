// Token safety (issue #10). After a full session in-process (sign in, browse, delete, restore, errors) no
// file Packhouse wrote and no log line holds a token, in any encoding it travels in. And no script or test
// starts a process with a token on its command line. (Redirects to another origin and plain-http API URLs are
// covered on the wire by WireTest and ServerConfig.*: not repeated here.)
#include "accountsettings.h"
#include "deletionjournal.h"
#include "deletionplan.h"
#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "memorytokenstore.h"
#include "operationqueue.h"
#include "packagelistmodel.h"
#include "qtprinters.h"
#include "registryclient.h"
#include "session.h"
#include "sessionmanager.h"
#include "signinresult.h"
#include "versiontreemodel.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::IsEmpty;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);
const QString notAToken = u"ghp_packhouseRejectedByTheServer00000000"_s;

// Every byte sequence that betrays `token`: as text (UTF-8 and UTF-16), its secret part without the prefix,
// and base64 as it travels in Basic auth ("octocat:TOKEN") at each of the three alignments it can take inside
// a longer base64 string (the stable middle of each).
QList<QByteArray> needlesFor(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    QList<QByteArray> needles{utf8, utf8.mid(utf8.indexOf('_') + 1),
                              QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2)};
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, ':') + utf8).toBase64();
        needles.append(encoded.mid(shift == 0 ? 0 : 4, encoded.size() - (shift == 0 ? 4 : 8)));
    }
    return needles;
}

// Sets XDG_* to folders in `root` for the test's duration, before anything of Packhouse exists.
class XdgGuard
{
public:
    explicit XdgGuard(const QString &root)
    {
        for (const char *name : names) {
            m_saved.append({name, qgetenv(name)});
            qputenv(name, (root + u'/' + QString::fromLatin1(name).toLower()).toUtf8());
        }
    }
    ~XdgGuard()
    {
        for (const auto &[name, value] : std::as_const(m_saved)) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }
    XdgGuard(const XdgGuard &) = delete;
    XdgGuard &operator=(const XdgGuard &) = delete;

private:
    static constexpr const char *names[] = {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                                            "XDG_STATE_HOME"};
    QList<std::pair<const char *, QByteArray>> m_saved;
};

// Captures every message (debug included) while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(u"packhouse.*=true"_s);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static const QList<QByteArray> &lines() { return s_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const QMutexLocker lock(&s_mutex); // Qt may log from its own threads
        s_lines.append(QByteArray(context.category ? context.category : "") + ": " + message.toUtf8());
    }

    QtMessageHandler m_previous = nullptr;
    static inline QList<QByteArray> s_lines;
    static inline QMutex s_mutex;
};

class TokenSafetyTest : public FakeServerTest
{
protected:
    Session *signIn(SessionManager &manager, const QString &token)
    {
        QSignalSpy started(&manager, &SessionManager::sessionStarted);
        manager.signIn(ServerConfig::fromApiUrl(server.url()).value(), token, true);
        EXPECT_TRUE(started.wait(15000));
        return manager.current();
    }

    Package package(Session *session, const NamespaceRef &owner, PackageType type, const QString &name)
    {
        const ApiResponse response = await(session->client()->getPackage(owner, type, name));
        EXPECT_TRUE(response.ok());
        auto decoded = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
        return decoded.ok() ? decoded.value() : Package{};
    }

    static bool runQueue(OperationQueue *queue, const QList<Operation> &operations)
    {
        return queue->run(operations) && waitUntil([queue] { return !queue->isRunning(); }, 60000);
    }
};

} // namespace

TEST_F(TokenSafetyTest, NoFileAndNoLogLineHoldsTheTokenAfterAFullSession)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const XdgGuard xdg(root.path());
    const LogCapture log;
    {
        QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                               u"/packhouse.conf"_s,
                           QSettings::IniFormat);
        AccountSettings accounts(&settings);
        DeletionJournal journal(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                u"/journal.jsonl"_s);
        MemoryTokenStore store;
        SessionManager manager(&network, &store, &accounts, &journal,
                               QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
        ASSERT_TRUE(manager.current() == nullptr);

        // A rejected token first.
        QSignalSpy failed(&manager, &SessionManager::signInFailed);
        manager.signIn(ServerConfig::fromApiUrl(server.url()).value(), notAToken, true);
        ASSERT_TRUE(failed.wait(15000));

        Session *session = signIn(manager, DemoTokens::full());
        ASSERT_NE(session, nullptr);
        QList<Operation> operations;
        { // the models go before their session does
            // Browse: packages, a container tree with its manifests (registry Basic auth), a plain listing.
            PackageListModel packages(session->client());
            QSignalSpy refreshed(&packages, &PackageListModel::refreshed);
            packages.setNamespace(acme);
            ASSERT_TRUE(refreshed.wait(15000));
            VersionTreeModel web(session->client(), session->registry());
            QSignalSpy webListed(&web, &VersionTreeModel::listingFinished);
            web.setPackage(acme, package(session, acme, PackageType::Container, u"web"_s));
            ASSERT_TRUE(webListed.wait(15000));
            web.loadAllManifests();
            ASSERT_TRUE(waitUntil([&] { return web.manifestsComplete(); }));

            // Delete two untagged versions from a complete listing, then restore them.
            VersionTreeModel api(session->client(), session->registry());
            QSignalSpy apiListed(&api, &VersionTreeModel::listingFinished);
            api.setPackage(acme, package(session, acme, PackageType::Container, u"api"_s));
            ASSERT_TRUE(apiListed.wait(15000));
            ASSERT_TRUE(api.isListingComplete());
            api.loadAllManifests(); // untagged versions may be children of an index: the tree decides
            ASSERT_TRUE(waitUntil([&] { return api.manifestsComplete(); }, 60000));
            QSet<qint64> selected;
            for (const PackageVersion &version : api.versions()) {
                if (!version.isTagged() && selected.size() < 2)
                    selected.insert(version.id);
            }
            const DeletionPlan plan =
                DeletionPlan::forContainer(api.imageTree(), api.versions(), selected, false, true);
            ASSERT_EQ(plan.deletions().size(), 2);
            operations = plan.operations(acme, PackageType::Container, u"api"_s);
            ASSERT_TRUE(runQueue(session->queue(), operations));
            EXPECT_EQ(session->queue()->failedCount(), 0);
            for (Operation &operation : operations)
                operation.kind = Operation::Kind::RestoreVersion;
            ASSERT_TRUE(runQueue(session->queue(), operations));
            EXPECT_EQ(session->queue()->failedCount(), 0);

            // Errors: SSO, a 5xx beyond retries, and a delete with a read-only token.
            QSignalSpy errors(&packages, &PackageListModel::errorOccurred);
            packages.setNamespace(NamespaceRef::organization(u"sso-corp"_s));
            ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty() && !packages.isLoading(); }));
            EXPECT_EQ(packages.lastError()->kind, ApiError::Kind::SsoRequired);
            server.injectFault(QJsonObject{{u"status"_s, 502}, {u"count"_s, 1000}});
            packages.setNamespace(acme);
            ASSERT_TRUE(waitUntil([&] { return !packages.isLoading(); }, 30000));
            EXPECT_EQ(packages.lastError()->kind, ApiError::Kind::ServerError);
            server.injectFault(QJsonObject{{u"clear"_s, true}});
        }

        session = signIn(manager, DemoTokens::readOnly());
        ASSERT_NE(session, nullptr);
        ASSERT_TRUE(runQueue(session->queue(), {operations.first()}));
        ASSERT_TRUE(session->queue()->results().first().error);
        EXPECT_EQ(session->queue()->results().first().error->kind, ApiError::Kind::MissingScope);
        settings.sync();
    }

    // The scan would prove nothing over empty folders or an empty log.
    QList<QString> files;
    for (QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        files.append(it.next());
    const auto wrote = [&files](const QString &part) {
        return std::any_of(files.cbegin(), files.cend(),
                           [&part](const QString &file) { return file.contains(part); });
    };
    EXPECT_TRUE(wrote(u"/packhouse.conf"_s));
    EXPECT_TRUE(wrote(u"/journal.jsonl"_s));
    EXPECT_TRUE(wrote(u"/http/"_s));
    EXPECT_TRUE(wrote(u"/manifests/"_s));
    EXPECT_TRUE(std::any_of(LogCapture::lines().cbegin(), LogCapture::lines().cend(),
                            [](const QByteArray &line) { return line.startsWith("packhouse.network: "); }));

    for (const QString &token : {DemoTokens::full(), DemoTokens::readOnly(), notAToken}) {
        for (const QByteArray &needle : needlesFor(token)) {
            for (const QString &file : std::as_const(files)) {
                QFile in(file);
                ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << file.toStdString();
                EXPECT_FALSE(in.readAll().contains(needle))
                    << file.toStdString() << " holds " << needle.toStdString();
            }
            for (const QByteArray &line : LogCapture::lines())
                EXPECT_FALSE(line.contains(needle)) << "log: " << line.toStdString();
        }
    }
}

// --- No token on a command line ----------------------------------------------------------------------------

namespace {

// A GitHub token literal (classic or fine-grained).
const QRegularExpression tokenLiteral(uR"((gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,})"_s);
// `--token VALUE` / `--token=VALUE` (the stdin form, --token-stdin, carries no value).
const QRegularExpression tokenOption(uR"(--token("\)?\s*,\s*|=|\s+)\S)"_s);
// A shell expansion of a *TOKEN variable.
const QRegularExpression tokenExpansion(uR"(\$\{?[A-Z_]*TOKEN\b)"_s);
// NAME=value as a variable assignment (export, or a prefix of a command: the value goes to the environment).
const QRegularExpression assignment(uR"((^|\s)(export\s+)?[A-Z_][A-Z0-9_]*=)"_s);

// Shell: a line (comments dropped) that passes a token as an argument. A token may go to a variable or,
// through a pipe, to standard input (echo "$GH_TOKEN" | packhouse --token-stdin).
QStringList shellFindings(const QString &script)
{
    QStringList findings;
    const QStringList lines = script.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.startsWith(u'#'))
            continue;
        const bool passesToken =
            line.contains(tokenOption) || ((line.contains(tokenLiteral) || line.contains(tokenExpansion)) &&
                                           !line.contains(assignment) && !line.contains(u'|'));
        if (passesToken)
            findings.append(u"line %1: %2"_s.arg(i + 1).arg(line));
    }
    return findings;
}

// C++: the argument list of every process start (start/startDetached/setArguments on a QProcess declared in
// the file, QProcess::startDetached/execute) must not hold a token: no DemoTokens::…, no token literal, no
// --token with a value. Other start() calls (SessionManager::start(server, token)) are not command lines.
QStringList cppFindings(const QString &source)
{
    // `QProcess name;`, `QProcess *name`, `unique_ptr<QProcess> name`, `name = new QProcess`.
    static const QRegularExpression declaration(
        uR"(\bQProcess(?:\s*[*&>]\s*|\s+)(\w+)\s*[;({=]|(\w+)\s*=\s*new\s+QProcess\b)"_s);
    QStringList processes;
    for (auto match = declaration.globalMatch(source); match.hasNext();) {
        const auto found = match.next();
        processes.append(QRegularExpression::escape(found.captured(1) + found.captured(2)));
    }
    const QString receivers =
        processes.isEmpty()
            ? QString()
            : u"\\b(%1)\\s*(\\.|->)\\s*(start|startDetached|setArguments)|"_s.arg(processes.join(u'|'));
    const QRegularExpression call(u"(%1\\bQProcess::(startDetached|execute))\\s*\\("_s.arg(receivers));
    QStringList findings;
    for (auto match = call.globalMatch(source); match.hasNext();) {
        const auto found = match.next();
        // The call's text up to its balanced closing parenthesis.
        qsizetype end = found.capturedEnd();
        for (int depth = 1; end < source.size() && depth > 0; ++end)
            depth += source.at(end) == u'(' ? 1 : source.at(end) == u')' ? -1 : 0;
        const QString arguments = source.mid(found.capturedEnd(), end - found.capturedEnd());
        if (arguments.contains(u"DemoTokens::"_s) || arguments.contains(tokenLiteral) ||
            arguments.contains(tokenOption)) {
            const qsizetype line = source.left(found.capturedStart()).count(u'\n') + 1;
            findings.append(u"line %1: %2"_s.arg(line).arg(arguments.simplified()));
        }
    }
    return findings;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(TokenOnCommandLine, TheScannersFlagWhatPassesATokenAndNothingElse)
{
    EXPECT_THAT(shellFindings(u"export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000\n"
                              "GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000 ./packhouse --api-url x\n"
                              "# packhouse --token ghp_packhouseDemoFullAccessToken00000000\n"
                              "printf '%s' \"$GH_TOKEN\" | ./packhouse --token-stdin\n"_s),
                IsEmpty());
    EXPECT_EQ(shellFindings(u"./packhouse --token ghp_packhouseDemoFullAccessToken00000000\n"
                            "./packhouse --token=\"$GH_TOKEN\"\n"
                            "curl -H \"Authorization: Bearer $GH_TOKEN\" https://api.github.com\n"
                            "./tool ghp_packhouseDemoFullAccessToken00000000\n"_s)
                  .size(),
              4);
    EXPECT_THAT(cppFindings(uR"(QProcess app; app.start(path, {QStringLiteral("--token-stdin")});
                               timer.start(50); env.insert(u"GH_TOKEN"_s, DemoTokens::full());
                               manager.start(config, DemoTokens::full());)"_s),
                IsEmpty());
    EXPECT_EQ(cppFindings(uR"(QProcess app;
                             app.start(path, {QStringLiteral("--api-url"), url,
                                              QStringLiteral("--token"), DemoTokens::full()});
                             auto *p = new QProcess(this);
                             p->setArguments({u"ghp_packhouseDemoFullAccessToken00000000"_s});
                             QProcess::execute(u"tool"_s, {u"--token=x"_s});)"_s)
                  .size(),
              3);
}

TEST(TokenOnCommandLine, NoScriptOrTestPassesATokenAsAnArgument)
{
    const QString source = QStringLiteral(PACKHOUSE_SOURCE_DIR);
    QStringList scripts{source + u"/run"_s, source + u"/.ci/run"_s};
    for (QDirIterator it(source + u"/packaging"_s, {u"*.sh"_s}, QDir::Files); it.hasNext();)
        scripts.append(it.next());
    QStringList sources;
    for (QDirIterator it(source + u"/tests"_s, {u"*.sh"_s, u"*.cpp"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString file = it.next();
        (file.endsWith(u".sh"_s) ? scripts : sources).append(file);
    }
    // This file holds the scanners' own examples.
    sources.erase(
        std::remove_if(sources.begin(), sources.end(),
                       [](const QString &file) { return file.endsWith(u"/tokensafetytest.cpp"_s); }),
        sources.end());
    ASSERT_GE(scripts.size(), 4);
    ASSERT_GE(sources.size(), 20);

    for (const QString &script : std::as_const(scripts)) {
        const QString text = readText(script);
        EXPECT_FALSE(text.isEmpty()) << script.toStdString();
        EXPECT_THAT(shellFindings(text), IsEmpty()) << script.toStdString();
    }
    for (const QString &file : std::as_const(sources))
        EXPECT_THAT(cppFindings(readText(file)), IsEmpty()) << file.toStdString();
}
