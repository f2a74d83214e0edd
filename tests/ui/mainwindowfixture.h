#pragma once

// The main window on the demo scenario of the fake GitHub, with its settings, journal and session manager in
// a temporary folder: what the main-window suites (browsing, stress) are built on.
#include "accountsettings.h"
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "sessionmanager.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class QAction;

class MainWindowTest : public FakeServerTest
{
protected:
    void SetUp() override;
    void TearDown() override;

    Packhouse::ServerConfig serverConfig() const;
    void signIn(const QString &token);
    // Namespace → package, as a person clicks through; then the versions listed.
    void browseTo(const QString &login, Packhouse::PackageType type, const QString &name);
    // The app as a person starts it: the full token in GH_TOKEN, no display, its files under `dir`.
    QProcessEnvironment appEnvironment() const;
    QAction *action(const char *objectName) const;
    // Quits and starts again on the same settings, tokens and journal, with the response cache on disk under
    // `cacheRoot` (the fixture's first run keeps it in memory).
    void restartWithCache(const QString &cacheRoot);

    QTemporaryDir dir;
    Packhouse::MemoryTokenStore tokens;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Packhouse::AccountSettings> accounts;
    std::unique_ptr<Packhouse::DeletionJournal> journal;
    std::unique_ptr<Packhouse::SessionManager> sessions;
    std::unique_ptr<Packhouse::MainWindow> window;
};
