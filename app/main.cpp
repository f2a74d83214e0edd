#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse, review, delete and restore GitHub Packages safely."));
    parser.addHelpOption();
    parser.addVersionOption();
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
        QCommandLineParser parser;
        describe(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    Packhouse::MainWindow window;
    window.show();
    return app.exec();
}
