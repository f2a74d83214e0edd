#include "mainwindowfixture.h"

#include "demotokens.h"
#include "versiontreemodel.h"

#include <QAction>

using namespace Packhouse;

void MainWindowTest::SetUp()
{
    FakeServerTest::SetUp();
    ASSERT_TRUE(dir.isValid());
    settings =
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    accounts = std::make_unique<AccountSettings>(settings.get());
    journal = std::make_unique<DeletionJournal>(dir.filePath(QStringLiteral("journal.jsonl")));
    sessions = std::make_unique<SessionManager>(&network, &tokens, accounts.get(), journal.get(), QString());
    window = std::make_unique<MainWindow>(sessions.get(), accounts.get(), journal.get(), settings.get());
    window->show();
}

void MainWindowTest::TearDown()
{
    window.reset();
    sessions.reset();
}

ServerConfig MainWindowTest::serverConfig() const
{
    return ServerConfig::fromApiUrl(server.url()).value();
}

void MainWindowTest::signIn(const QString &token)
{
    sessions->start(serverConfig(), token);
    ASSERT_TRUE(waitUntil([&] { return window->session() != nullptr; }));
}

void MainWindowTest::browseTo(const QString &login, PackageType type, const QString &name)
{
    ASSERT_TRUE(waitUntil([&] { return window->selectNamespace(login); }))
        << "namespace " << login.toStdString();
    ASSERT_TRUE(waitUntil([&] { return window->selectPackage(type, name); }))
        << "package " << name.toStdString();
    ASSERT_TRUE(
        waitUntil([&] { return !window->isVersionsLoading() && window->versionModel()->rowCount() > 0; }));
}

QProcessEnvironment MainWindowTest::appEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GH_TOKEN"), DemoTokens::full());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(xdg), dir.filePath(QString::fromLatin1(xdg)));
    return env;
}

QAction *MainWindowTest::action(const char *objectName) const
{
    return window->findChild<QAction *>(QString::fromLatin1(objectName));
}

void MainWindowTest::restartWithCache(const QString &cacheRoot)
{
    window.reset();
    sessions = std::make_unique<SessionManager>(&network, &tokens, accounts.get(), journal.get(), cacheRoot);
    window = std::make_unique<MainWindow>(sessions.get(), accounts.get(), journal.get(), settings.get());
    window->show();
}
