#include "fakeserverprocess.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

FakeServerProcess::~FakeServerProcess()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool FakeServerProcess::start(const QString &executable, int latencyMs, const QString &scenarioFile)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                          QString::number(latencyMs), QStringLiteral("--tls")};
    if (!scenarioFile.isEmpty())
        arguments << QStringLiteral("--scenario") << scenarioFile;
    m_process.start(executable, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000))
            return false;
    }
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix))
        return false;
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_url.isValid();
}

QJsonObject FakeServerProcess::control(const QString &path, const QJsonObject &body)
{
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = body.isEmpty() && path.endsWith(u"counters")
                               ? m_network.get(request)
                               : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        reply->abort();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject FakeServerProcess::counters()
{
    return control(QStringLiteral("/_control/counters"), {});
}
