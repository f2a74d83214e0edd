// packhouse-fake-github: the fake GitHub server as a process, for the demo and manual testing.
#include "fakedemoscenario.h"
#include "fakegithubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("packhouse-fake-github"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A fake GitHub (REST packages API and container registry) on 127.0.0.1.\n"
            "Prints \"listening on http(s)://127.0.0.1:PORT\" as its first line.\n\nDemo tokens:\n") +
        FakeGitHub::DemoScenario::tokenSummary());
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("\"demo\" (default) or a scenario JSON file."),
                                            QStringLiteral("demo|FILE"), QStringLiteral("demo"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port, 0 = any free port."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay of every answer."), QStringLiteral("N"),
                                           QStringLiteral("0"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"),
        QStringLiteral("Speak HTTPS with the self-signed test certificate in tests/fakegithub/tls/."));
    parser.addOptions({scenarioOption, portOption, latencyOption, tlsOption});
    parser.process(app);

    FakeGitHub::Server server;
    const QString scenario = parser.value(scenarioOption);
    if (scenario != QStringLiteral("demo")) {
        QFile file(scenario);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(scenario));
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.errorString();
        if (!document.isObject() || !server.loadScenario(document.object(), &error)) {
            std::fprintf(stderr, "invalid scenario %s: %s\n", qPrintable(scenario), qPrintable(error));
            return 2;
        }
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool latencyOk = false;
    server.setLatency(parser.value(latencyOption).toInt(&latencyOk));
    if (!portOk || port > 65535 || !latencyOk) {
        std::fprintf(stderr, "--port and --latency-ms take numbers\n");
        return 2;
    }
    const bool listening =
        parser.isSet(tlsOption) ? server.listenTls(quint16(port)) : server.listen(quint16(port));
    if (!listening) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
