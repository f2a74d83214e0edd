// packhouse-prune: the app's retention rules, run headless (CI). The composition root of the command line:
// options, the token, one network manager, the clients, the journal, and the run. Qt Core and Network only.
#include "accountsettings.h"
#include "certificateauthorities.h"
#include "deletionjournal.h"
#include "githubclient.h"
#include "jsondecoder.h"
#include "keychaintokenstore.h"
#include "namespacescan.h"
#include "overviewreport.h"
#include "prunerun.h"
#include "registryclient.h"
#include "tokensource.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Packhouse;

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    write(stderr, QStringLiteral("packhouse-prune: %1\n").arg(message));
    return PruneRun::UsageError;
}

QString readTokenFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(in.readLine(4096)).trimmed();
}

void printReports(const PruneOptions &options, const QList<PrunePackageReport> &reports)
{
    if (options.format == PruneOptions::Format::Json) {
        QJsonDocument document;
        if (reports.size() == 1 && !options.everyPackage() && options.packages.size() == 1) {
            document.setObject(reports.constFirst().toJson());
        } else {
            QJsonArray array;
            for (const PrunePackageReport &report : reports)
                array.append(report.toJson());
            document.setArray(array);
        }
        write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PrunePackageReport &report : reports)
        write(stdout, report.toText(now) + u'\n');
}

// --report: the namespace's overview, printed once the scan ends; nothing is deleted.
void scanAndReport(GitHubClient *client, RegistryClient *registry, const PruneOptions &options,
                   const NamespaceRef &owner)
{
    NamespaceScan::Options scanOptions;
    if (!options.everyType)
        scanOptions.types = {options.type};
    if (!options.rule.isEmpty())
        scanOptions.rule = options.rule;
    auto *scan = new NamespaceScan(client, registry, owner, scanOptions, client);
    QObject::connect(scan, &NamespaceScan::packagesListed, scan, [scan, &options] {
        if (const auto error = scan->listingError(); error && scan->packages().isEmpty()) {
            write(stderr, QStringLiteral("packhouse-prune: %1\n").arg(error->userMessage()));
            QCoreApplication::exit(PruneRun::UsageError);
            return;
        }
        if (!options.quiet)
            write(stderr, QCoreApplication::translate("main", "Scanning %n package(s) of %1…\n", nullptr,
                                                      int(scan->packages().size()))
                              .arg(scan->owner().login));
        scan->scanPackages();
    });
    QObject::connect(scan, &NamespaceScan::finished, scan, [scan, &options] {
        const OverviewReport report(scan->owner().login, scan->isComplete(), scan->packages());
        switch (options.format) {
        case PruneOptions::Format::Json:
            write(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
            break;
        case PruneOptions::Format::Csv:
            write(stdout, report.toCsv());
            break;
        case PruneOptions::Format::Text:
            write(stdout, report.toText(QDateTime::currentDateTimeUtc()));
            break;
        }
        QCoreApplication::exit(scan->isComplete() ? PruneRun::Success : PruneRun::SomeFailed);
    });
    scan->listPackages();
}

void startReport(GitHubClient *client, RegistryClient *registry, const PruneOptions &options)
{
    if (!options.ownerIsMe)
        return scanAndReport(client, registry, options, options.owner);
    ApiJob *job = client->fetchAuthenticatedUser();
    QObject::connect(
        job, &ApiJob::finished, client, [client, registry, &options](const ApiResponse &response) {
            const auto account =
                response.ok() ? JsonDecoder::account(response.body) : Result<Account>(*response.error);
            if (!account.ok()) {
                usageError(
                    QCoreApplication::translate("main", "--me: GitHub did not name the token's user: %1")
                        .arg(account.error().userMessage()));
                QCoreApplication::exit(PruneRun::UsageError);
                return;
            }
            client->setLogin(account.value().login);
            scanAndReport(client, registry, options, NamespaceRef::authenticatedUser(account.value().login));
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names: the same journal file and keychain entries.
    QCoreApplication::setApplicationName(QStringLiteral("Packhouse"));
    QCoreApplication::setOrganizationName(QStringLiteral("Packhouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACKHOUSE_VERSION));
    // The app's language (--lang, else the system's) for the help, the errors and the report's words; the
    // JSON report's keys and statuses stay as they are.
    Translations::setUp(app.arguments());
    // The report and the progress lines say what happened; the clients' request log is for QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("packhouse.*.info=false"));

    QString help;
    const Result<PruneOptions> parsed = PruneOptions::parse(app.arguments().mid(1), &help);
    if (!help.isEmpty()) {
        write(stdout, help);
        return PruneRun::Success;
    }
    if (!parsed.ok())
        return usageError(parsed.error().message);
    const PruneOptions options = parsed.value();
    if (!options.caCertificatesPath.isEmpty()) {
        const QList<QSslCertificate> authorities =
            CertificateAuthorities::readPem(options.caCertificatesPath);
        if (authorities.isEmpty())
            return usageError(
                QCoreApplication::translate("main", "--ca-certificates: no PEM certificate in %1")
                    .arg(options.caCertificatesPath));
        CertificateAuthorities::trust(authorities);
    }

    QNetworkAccessManager network;
    GitHubClient client(&network, options.server, ClientOptions{});
    RegistryClient registry(&client, QString());
    DeletionJournal journal(options.journalPath.isEmpty() ? DeletionJournal::defaultFilePath()
                                                          : options.journalPath);
    PruneRun run(&client, &registry, &journal, options);
    // Only the owner is known before GitHub names the token's user; it doubles as the registry's user name.
    client.setLogin(options.owner.login);

    QObject::connect(&run, &PruneRun::progress, &app, [&options](const QString &line) {
        if (!options.quiet)
            write(stderr, line + u'\n');
    });
    QObject::connect(&run, &PruneRun::finished, &app, [&](int exitCode) {
        if (!run.fatalError().isEmpty())
            write(stderr, QStringLiteral("packhouse-prune: %1\n").arg(run.fatalError()));
        else
            printReports(options, run.reports());
        QCoreApplication::exit(exitCode);
    });

    const auto startWith = [&client, &registry, &run, &options](const QString &token) {
        client.setToken(token);
        if (options.report)
            startReport(&client, &registry, options);
        else
            run.start();
    };
    // The token: --token-stdin, else GH_TOKEN / GITHUB_TOKEN, else the app's keychain entry. Never an
    // argument.
    if (options.tokenFromStdin) {
        const QString token = readTokenFromStdin();
        if (token.isEmpty())
            return usageError(
                QCoreApplication::translate("main", "--token-stdin: standard input held no token"));
        QTimer::singleShot(0, &run, [&startWith, token] { startWith(token); });
    } else if (const auto token = environmentToken(options.server)) {
        QTimer::singleShot(0, &run, [&startWith, token] { startWith(*token); });
    } else {
        QSettings settings;
        AccountSettings accounts(&settings);
        const QString login = accounts.login(options.server.hostKey());
        if (login.isEmpty())
            return usageError(QCoreApplication::translate(
                                  "main",
                                  "no token: pipe one to --token-stdin, or set GH_TOKEN or GITHUB_TOKEN "
                                  "(no account of %1 is remembered by the app)")
                                  .arg(options.server.hostKey()));
        auto *keychain = new KeychainTokenStore(&app);
        TokenStoreJob *job = keychain->read(options.server.hostKey(), login);
        QObject::connect(
            job, &TokenStoreJob::finished, &app, [&startWith, &options](const TokenStoreResult &result) {
                if (result.status != TokenStoreResult::Status::Ok) {
                    write(stderr,
                          QStringLiteral("packhouse-prune: %1\n")
                              .arg(QCoreApplication::translate("main", "no token for %1 in the keychain: %2")
                                       .arg(options.server.hostKey(), result.message)));
                    QCoreApplication::exit(PruneRun::UsageError);
                    return;
                }
                startWith(result.token);
            });
    }
    return app.exec();
}
