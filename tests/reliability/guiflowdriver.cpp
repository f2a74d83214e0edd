// packhouse-gui-flow: the main window composed as app/main.cpp composes it (settings, journal and cache in
// the XDG folders, the token from GH_TOKEN), driven as a person drives it: by its actions (found by object
// name) and dialogs, ending with File → Quit and the app's own event loop returning. Issue #19's crash hunt
// runs it in a loop (tests/reliability/gui-flow-loop.sh) and the crash-safety test SIGKILLs it mid-delete.
//
//   delete-package OWNER/TYPE/NAME   selects the package, reviews its deletion, types its name, deletes,
//   quits restore-package OWNER/TYPE/NAME  opens Recently deleted, restores the package, quits
//
// Prints one line per step; exits 0 when every step worked, 1 when one did not (the line says which).
#include "accountsettings.h"
#include "deletionjournal.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "operationqueue.h"
#include "restoredialog.h"
#include "reviewdeletiondialog.h"
#include "screenshotdriver.h"
#include "session.h"
#include "sessionmanager.h"
#include "widgetlookup.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace Packhouse;

namespace {

constexpr int stepTimeoutMs = 60000;

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl; // flushed: a watching test reads it while the driver runs
}

bool step(const QString &what, const std::function<bool()> &done)
{
    if (QTest::qWaitFor(done, stepTimeoutMs)) {
        say(QStringLiteral("ok %1").arg(what));
        return true;
    }
    say(QStringLiteral("failed %1").arg(what));
    return false;
}

void trigger(MainWindow &window, const char *actionName)
{
    if (auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName)))
        action->trigger();
}

bool deletePackage(MainWindow &window, const ScreenshotDriver::Target &target)
{
    if (!step(QStringLiteral("package selected"), [&] {
            return window.selectNamespace(target.namespaceLogin) &&
                   window.selectPackage(target.type, target.packageName) && !window.isVersionsLoading();
        }))
        return false;
    window.versionView()->clearSelection(); // no version selected: Delete… offers the whole package
    trigger(window, "deleteAction");
    ReviewDeletionDialog *review = nullptr;
    if (!step(QStringLiteral("review open"), [&] {
            review = window.findChild<ReviewDeletionDialog *>();
            return review && review->isVisible();
        }))
        return false;
    QLineEdit *confirmation = nullptr;
    if (!step(QStringLiteral("confirmation offered"), [&] {
            confirmation = findByName<QLineEdit>(review, QStringLiteral("Confirmation"));
            return confirmation && confirmation->isVisible();
        }))
        return false;
    QTest::keyClicks(confirmation, target.packageName);
    QPushButton *confirm = acceptButton(review);
    if (!step(QStringLiteral("delete enabled"), [&] { return confirm && confirm->isEnabled(); }))
        return false;
    QSignalSpy finished(window.session()->queue(), &OperationQueue::finished);
    QTest::mouseClick(confirm, Qt::LeftButton);
    if (!step(QStringLiteral("deleted"), [&] { return !finished.isEmpty(); }))
        return false;
    return finished.first().at(1).toInt() == 0; // failed
}

bool restorePackage(MainWindow &window, const ScreenshotDriver::Target &target)
{
    trigger(window, "recentlyDeletedAction");
    RestoreDialog *dialog = nullptr;
    QTreeWidget *list = nullptr;
    QTreeWidgetItem *entry = nullptr;
    const QString prefix = QStringLiteral("%1/%2 ").arg(target.namespaceLogin, target.packageName);
    if (!step(QStringLiteral("package listed as recently deleted"), [&] {
            dialog = window.findChild<RestoreDialog *>();
            list = dialog ? findByName<QTreeWidget>(dialog, QStringLiteral("Recently deleted")) : nullptr;
            for (int row = 0; list && row < list->topLevelItemCount(); ++row) {
                if (list->topLevelItem(row)->text(0).startsWith(prefix))
                    entry = list->topLevelItem(row);
            }
            return entry != nullptr;
        }))
        return false;
    list->clearSelection();
    entry->setSelected(true);
    auto *restore = findByName<QPushButton>(dialog, QStringLiteral("Restore selected"));
    if (!step(QStringLiteral("restore enabled"), [&] { return restore && restore->isEnabled(); }))
        return false;
    QSignalSpy finished(window.session()->queue(), &OperationQueue::finished);
    QTest::mouseClick(restore, Qt::LeftButton);
    if (!step(QStringLiteral("restored"), [&] { return !finished.isEmpty(); }))
        return false;
    dialog->reject();
    return finished.first().at(1).toInt() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Packhouse"));
    QCoreApplication::setOrganizationName(QStringLiteral("Packhouse"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives Packhouse's main window through one flow."));
    parser.addHelpOption();
    const QCommandLineOption apiUrlOption(QStringLiteral("api-url"), QStringLiteral("The fake GitHub."),
                                          QStringLiteral("URL"));
    parser.addOption(apiUrlOption);
    parser.addPositionalArgument(QStringLiteral("flow"), QStringLiteral("delete-package or restore-package"));
    parser.addPositionalArgument(QStringLiteral("package"), QStringLiteral("OWNER/TYPE/NAME"));
    parser.process(app);

    const QString flow = parser.positionalArguments().value(0);
    const auto target = ScreenshotDriver::parseSelection(parser.positionalArguments().value(1));
    const auto server = ServerConfig::fromApiUrl(QUrl(parser.value(apiUrlOption)));
    if ((flow != u"delete-package" && flow != u"restore-package") || !target || !server.ok()) {
        say(QStringLiteral("usage: packhouse-gui-flow --api-url URL delete-package|restore-package "
                           "OWNER/TYPE/NAME"));
        return 2;
    }

    QNetworkAccessManager network;
    QSettings settings;
    AccountSettings accounts(&settings);
    MemoryTokenStore tokens; // the token comes from GH_TOKEN, as `GH_TOKEN=… packhouse` takes it
    DeletionJournal journal(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("journal.jsonl")));
    SessionManager sessions(&network, &tokens, &accounts, &journal,
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    MainWindow window(&sessions, &accounts, &journal, &settings);
    window.resize(1100, 700);
    window.show();
    sessions.start(server.value());

    if (!step(QStringLiteral("signed in"), [&] { return window.session() != nullptr; }))
        return 1;
    const bool ok =
        flow == u"delete-package" ? deletePackage(window, *target) : restorePackage(window, *target);
    if (!ok)
        return 1;
    // File → Quit, handled by the app's own event loop as when a person quits.
    QTimer::singleShot(0, &window, [&window] { trigger(window, "quitAction"); });
    const int status = QApplication::exec();
    say(QStringLiteral("quit %1").arg(status));
    return status;
}
