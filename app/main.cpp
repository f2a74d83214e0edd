// The composition root: the command line, the app's one network manager, settings, token store, journal and
// session manager, and the main window.
#include "accountsettings.h"
#include "certificateauthorities.h"
#include "deletionjournal.h"
#include "fusionpalettes.h"
#include "keychaintokenstore.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "screenshotdriver.h"
#include "serverconfig.h"
#include "sessionmanager.h"
#include "startupreporter.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

struct Options
{
    QCommandLineOption apiUrl{QStringLiteral("api-url"),
                              QCoreApplication::translate("main", "The GitHub API to use (default: the last "
                                                                  "host signed in to, else github.com)."),
                              QStringLiteral("URL")};
    QCommandLineOption caCertificates{
        QStringLiteral("ca-certificates"),
        QCoreApplication::translate("main", "Also trust the certificate authorities in FILE (PEM), e.g. the "
                                            "private CA of a GitHub Enterprise Server."),
        QStringLiteral("FILE")};
    QCommandLineOption tokenStdin{QStringLiteral("token-stdin"),
                                  QCoreApplication::translate("main", "Read the token from standard input.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main",
                                                              "Render the window to FILE (a PNG) once "
                                                              "the selection is loaded, then exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption select{QStringLiteral("select"),
                              QCoreApplication::translate("main", "Open NAMESPACE/TYPE/PACKAGE, e.g. "
                                                                  "acme/container/web."),
                              QStringLiteral("PATH")};
    QCommandLineOption scene{
        QStringLiteral("scene"),
        QCoreApplication::translate(
            "main", "With --screenshot: what to show: window (default), "
                    "review (the review of deleting the release before the newest multi-arch image), deleted "
                    "(Show deleted), retention (the Retention rules panel) or overview (the namespace's "
                    "Overview, scanned)."),
        QStringLiteral("SCENE"), QStringLiteral("window")};
    QCommandLineOption palette{
        QStringLiteral("palette"),
        QCoreApplication::translate("main",
                                    "Draw in Qt's Fusion style with its light or dark palette instead of "
                                    "the system's look (default: the system's)."),
        QStringLiteral("light|dark")};
    QCommandLineOption reportStartup{QStringLiteral("report-startup"),
                                     QCoreApplication::translate("main",
                                                                 "Print start-up figures (first paint, "
                                                                 "memory once idle) and exit; for the "
                                                                 "benchmarks.")};
    QCommandLineOption language = Packhouse::Translations::languageOption();
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Browse, review, delete and restore GitHub Packages safely.\n"
        "The token comes from --token-stdin, GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub "
        "Enterprise Server), the keychain, or the sign-in dialog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.apiUrl);
    parser.addOption(options.caCertificates);
    parser.addOption(options.tokenStdin);
    parser.addOption(options.screenshot);
    parser.addOption(options.select);
    parser.addOption(options.scene);
    parser.addOption(options.palette);
    parser.addOption(options.reportStartup);
    parser.addOption(options.language);
}

bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "packhouse: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Packhouse"));
    QCoreApplication::setOrganizationName(QStringLiteral("Packhouse"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("packhouse.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACKHOUSE_VERSION));

    // --help and --version print and exit without a display.
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        Packhouse::Translations::setUp(app.arguments());
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    // Before anything speaks: the language of --lang, else the system's.
    Packhouse::Translations::setUp(app.arguments());
    // The installed theme icon when there is one, else the copy built into the binary.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.packhouse.Packhouse"),
                                                 QIcon(QStringLiteral(":/packhouse/icons/packhouse.svg"))));
    // Lets Wayland compositors match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.packhouse.Packhouse"));
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    using namespace Packhouse;
    const bool screenshot = parser.isSet(options.screenshot);
    std::optional<ScreenshotDriver::Target> target;
    if (parser.isSet(options.select)) {
        target = ScreenshotDriver::parseSelection(parser.value(options.select));
        if (!target)
            return fail(QCoreApplication::translate("main", "--select wants NAMESPACE/TYPE/PACKAGE, e.g. "
                                                            "acme/container/web"));
    }

    if (parser.isSet(options.palette)) {
        const auto palette = FusionPalettes::named(parser.value(options.palette));
        if (!palette)
            return fail(QCoreApplication::translate("main", "--palette wants light or dark"));
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(*palette);
    }

    const auto scene = ScreenshotDriver::parseScene(parser.value(options.scene));
    if (!scene)
        return fail(QCoreApplication::translate(
            "main", "--scene wants window, review, deleted, retention or overview"));

    QList<QSslCertificate> extraAuthorities;
    if (parser.isSet(options.caCertificates)) {
        const QString pemFile = parser.value(options.caCertificates);
        extraAuthorities = CertificateAuthorities::readPem(pemFile);
        if (extraAuthorities.isEmpty())
            return fail(QCoreApplication::translate("main", "--ca-certificates: no PEM certificate in %1")
                            .arg(pemFile));
    }

    std::optional<QString> stdinToken;
    if (parser.isSet(options.tokenStdin)) {
        QTextStream in(stdin);
        stdinToken = in.readLine().trimmed();
        if (stdinToken->isEmpty())
            return fail(QCoreApplication::translate("main", "--token-stdin: no token on standard input"));
    }

    QNetworkAccessManager network;
    // A headless render neither reads nor changes the user's settings: the picture is the same every time.
    QTemporaryDir scratch;
    const auto settings = screenshot
                              ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                                            QSettings::IniFormat)
                              : std::make_unique<QSettings>();
    AccountSettings accounts(settings.get());

    std::optional<ServerConfig> server;
    if (parser.isSet(options.apiUrl)) {
        const auto parsed = ServerConfig::fromApiUrl(QUrl(parser.value(options.apiUrl), QUrl::StrictMode));
        if (!parsed.ok())
            return fail(
                QCoreApplication::translate("main", "--api-url: %1").arg(parsed.error().userMessage()));
        server = parsed.value();
    } else if (const QString last = accounts.lastHost(); !last.isEmpty()) {
        if (const auto remembered = ServerConfig::fromApiUrl(accounts.apiUrl(last)); remembered.ok())
            server = remembered.value();
    }
    if (!server)
        server = ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl()).value();

    // Nor does it touch the keychain or leave a disk cache behind.
    std::unique_ptr<QObject> tokenStoreOwner;
    TokenStore *tokenStore = nullptr;
    if (screenshot) {
        auto *memory = new MemoryTokenStore;
        tokenStoreOwner.reset(memory);
        tokenStore = memory;
    } else {
        auto *keychain = new KeychainTokenStore;
        tokenStoreOwner.reset(keychain);
        tokenStore = keychain;
    }
    const QString cacheRoot =
        screenshot ? QString() : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    DeletionJournal journal(DeletionJournal::defaultFilePath());
    SessionManager sessions(&network, tokenStore, &accounts, &journal, cacheRoot);

    MainWindow window(&sessions, &accounts, &journal, settings.get());
    if (screenshot)
        window.resize(1280, 800);
    std::unique_ptr<StartupReporter> startupReporter;
    if (parser.isSet(options.reportStartup))
        startupReporter = std::make_unique<StartupReporter>(&window);
    window.show();

    // With --select alone the driver only navigates; with --screenshot it also renders and quits.
    std::unique_ptr<ScreenshotDriver> driver;
    if (screenshot || target) {
        const QString file = parser.value(options.screenshot);
        driver = std::make_unique<ScreenshotDriver>(&window, &sessions, file, target, *scene);
        if (screenshot) {
            QObject::connect(driver.get(), &ScreenshotDriver::finished, &app,
                             [file](bool ok, const QString &message) {
                                 if (!message.isEmpty())
                                     std::fprintf(stderr, "packhouse: screenshot: %s\n", qPrintable(message));
                                 if (ok)
                                     std::fprintf(stdout, "wrote %s\n", qPrintable(file));
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
        }
        driver->start();
    }

    // Applied only now, after the window is made: reading the system's authorities takes a while. The file
    // was read up front so that a bad one fails before anything shows.
    if (!extraAuthorities.isEmpty())
        CertificateAuthorities::trust(extraAuthorities);
    sessions.start(*server, stdinToken);
    return app.exec();
}
