// packhouse-delete-driver: Packhouse's core doing a bulk delete, in a process of its own so that the
// crash-safety test can SIGKILL it mid-run (issue #10). Core only: GitHubClient, OperationQueue,
// DeletionJournal, JournalReconciler, ResponseCache, AccountSettings (QSettings under XDG_CONFIG_HOME). The
// token comes from GH_TOKEN, never from the command line.
//
//   delete   lists the package's first 100 versions and deletes the first --count untagged ones, paced
//   recover  settles the journal's unfinished attempts with the server (JournalReconciler)
//   restore  restores everything the journal lists as recently deleted on this server
#include "accountsettings.h"
#include "deletionjournal.h"
#include "githubclient.h"
#include "journalreconciler.h"
#include "jsondecoder.h"
#include "operationqueue.h"
#include "responsecache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Packhouse;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl; // flushed: the test reads progress while the driver runs
}

int fail(const QString &message)
{
    QTextStream(stderr) << "packhouse-delete-driver: " << message << Qt::endl;
    return 2;
}

QList<Operation> untaggedDeletions(const NamespaceRef &owner, const QString &packageName,
                                   const QList<PackageVersion> &versions, int count)
{
    QList<Operation> operations;
    for (const PackageVersion &version : versions) {
        if (version.isTagged() || operations.size() >= count)
            continue;
        operations.append(Operation::onVersion(Operation::Kind::DeleteVersion, owner, PackageType::Container,
                                               packageName, version.id, version.name));
    }
    return operations;
}

QList<Operation> restoresOf(const QList<JournalEntry> &entries, const QString &host)
{
    QList<Operation> operations;
    for (const JournalEntry &entry : entries) {
        if (entry.host.compare(host, Qt::CaseInsensitive) != 0 ||
            entry.action != JournalEntry::Action::DeleteVersion)
            continue;
        operations.append(Operation::undoing(entry));
    }
    return operations;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Packhouse"));
    QCoreApplication::setApplicationName(QStringLiteral("packhouse-delete-driver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bulk delete, recover and restore through Packhouse's core. "
                       "The token is read from GH_TOKEN."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("delete, recover or restore"));
    const QCommandLineOption apiUrlOption(QStringLiteral("api-url"), QStringLiteral("API root URL."),
                                          QStringLiteral("url"));
    const QCommandLineOption journalOption(QStringLiteral("journal"), QStringLiteral("Journal file."),
                                           QStringLiteral("path"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Response cache folder."),
                                         QStringLiteral("path"));
    const QCommandLineOption packageOption(QStringLiteral("package"),
                                           QStringLiteral("Container package of the signed-in user."),
                                           QStringLiteral("name"), QStringLiteral("ci-cache"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Versions to delete."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Pacing between mutations."), QStringLiteral("ms"),
                                            QStringLiteral("100"));
    parser.addOptions({apiUrlOption, journalOption, cacheOption, packageOption, countOption, intervalOption});
    parser.process(app);

    const QString mode = parser.positionalArguments().value(0);
    if (mode != u"delete" && mode != u"recover" && mode != u"restore")
        return fail(QStringLiteral("mode must be delete, recover or restore"));
    const QString token = qEnvironmentVariable("GH_TOKEN");
    if (token.isEmpty())
        return fail(QStringLiteral("GH_TOKEN is not set"));
    const auto server = ServerConfig::fromApiUrl(QUrl(parser.value(apiUrlOption)));
    if (!server.ok())
        return fail(server.error().message);
    if (parser.value(journalOption).isEmpty() || parser.value(cacheOption).isEmpty())
        return fail(QStringLiteral("--journal and --cache are required"));

    QNetworkAccessManager network;
    ResponseCache cache(parser.value(cacheOption));
    GitHubClient client(&network, server.value());
    client.setToken(token);
    client.setCache(&cache);
    DeletionJournal journal(parser.value(journalOption));
    OperationQueue queue(&client, &journal);
    queue.setPacing(
        PacingLimits::withInterval(std::chrono::milliseconds(parser.value(intervalOption).toInt())));
    JournalReconciler reconciler(&client, &journal);
    QSettings settings;
    AccountSettings accounts(&settings);

    QObject::connect(&queue, &OperationQueue::operationFinished, &app,
                     [&queue](int index, const OperationResult &result) {
                         const qint64 id = queue.operations().at(index).versionId;
                         switch (result.status) {
                         case OperationResult::Status::Done:
                             say(QStringLiteral("done %1").arg(id));
                             break;
                         case OperationResult::Status::Skipped:
                             say(QStringLiteral("skipped %1: %2").arg(id).arg(result.skipReason));
                             break;
                         default:
                             say(QStringLiteral("failed %1: %2").arg(id).arg(result.error->userMessage()));
                             break;
                         }
                     });
    QObject::connect(&queue, &OperationQueue::finished, &app,
                     [](int succeeded, int failed, int skipped, bool) {
                         say(QStringLiteral("finished %1 %2 %3").arg(succeeded).arg(failed).arg(skipped));
                         QCoreApplication::exit(failed == 0 ? 0 : 1);
                     });
    QObject::connect(&reconciler, &JournalReconciler::finished, &app, [](int settled, int unsettled) {
        say(QStringLiteral("reconciled %1 %2").arg(settled).arg(unsettled));
        QCoreApplication::exit(unsettled == 0 ? 0 : 1);
    });

    const auto runMode = [&](const QString &login) {
        const NamespaceRef owner = NamespaceRef::authenticatedUser(login);
        if (mode == u"recover") {
            reconciler.start();
        } else if (mode == u"restore") {
            const QList<Operation> restores =
                restoresOf(journal.restorable(QDateTime::currentDateTimeUtc()), server.value().hostKey());
            say(QStringLiteral("restoring %1").arg(restores.size()));
            if (!queue.run(restores))
                QCoreApplication::exit(2);
        } else {
            const QString packageName = parser.value(packageOption);
            ApiJob *job = client.listVersions(owner, PackageType::Container, packageName,
                                              GitHubClient::VersionState::Active, 1, 100);
            QObject::connect(
                job, &ApiJob::finished, &app, [&, owner, packageName](const ApiResponse &response) {
                    const auto versions = response.ok() ? JsonDecoder::versions(response.body)
                                                        : Result<QList<PackageVersion>>(*response.error);
                    if (!versions.ok()) {
                        fail(versions.error().message);
                        QCoreApplication::exit(2);
                        return;
                    }
                    const QList<Operation> deletions = untaggedDeletions(owner, packageName, versions.value(),
                                                                         parser.value(countOption).toInt());
                    say(QStringLiteral("deleting %1").arg(deletions.size()));
                    queue.run(deletions);
                });
        }
    };

    ApiJob *user = client.fetchAuthenticatedUser();
    QObject::connect(user, &ApiJob::finished, &app, [&](const ApiResponse &response) {
        const auto account =
            response.ok() ? JsonDecoder::account(response.body) : Result<Account>(*response.error);
        if (!account.ok()) {
            fail(account.error().message);
            QCoreApplication::exit(2);
            return;
        }
        client.setLogin(account.value().login);
        accounts.remember(server.value(), account.value().login);
        accounts.setLastHost(server.value().hostKey());
        settings.setValue(QStringLiteral("driver/lastMode"), mode);
        settings.sync(); // written (atomically, by QSettings) before the first mutation
        runMode(account.value().login);
    });
    return QCoreApplication::exec();
}
