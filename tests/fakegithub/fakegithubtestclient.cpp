#include "fakegithubtestclient.h"

#include "fakehttprequest.h"
#include "fakerouter.h"
#include "schemachecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

QJsonValue TestReply::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString TestReply::message() const
{
    return json().toObject().value(QStringLiteral("message")).toString();
}

FakeGitHubTestClient::FakeGitHubTestClient(const QUrl &root)
    : m_root(root)
{}

SchemaChecker &FakeGitHubTestClient::schemas()
{
    static SchemaChecker checker = [] {
        SchemaChecker loaded;
        QString error;
        if (!loaded.load(QStringLiteral(PACKHOUSE_GITHUB_API_DIR "/packages-openapi.json"), &error))
            ADD_FAILURE() << "cannot load the OpenAPI description: " << error.toStdString();
        return loaded;
    }();
    return checker;
}

QNetworkReply *FakeGitHubTestClient::start(const QByteArray &method, const QString &pathAndQuery,
                                           const QString &token, const Headers &headers,
                                           const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_root.toString() + pathAndQuery));
    request.setRawHeader("User-Agent", "packhouse-tests/1.0");
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    // A custom "HEAD" would make QNetworkAccessManager wait for the body that Content-Length announces.
    return method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
}

TestReply FakeGitHubTestClient::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        EXPECT_TRUE(finished.wait(20000)) << "no answer from the fake server";
    }
    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    checkSchema(reply->operation() == QNetworkAccessManager::HeadOperation
                    ? QByteArrayLiteral("HEAD")
                    : reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
                reply->url(), result);
    reply->deleteLater();
    return result;
}

TestReply FakeGitHubTestClient::send(const QByteArray &method, const QString &pathAndQuery,
                                     const QString &token, const Headers &headers, const QByteArray &body,
                                     int timeoutMs)
{
    return finish(start(method, pathAndQuery, token, headers, body, timeoutMs));
}

void FakeGitHubTestClient::checkSchema(const QByteArray &method, const QUrl &url,
                                       const TestReply &reply) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    FakeGitHub::HttpRequest request;
    request.method = method;
    request.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    const FakeGitHub::Route route = FakeGitHub::Router::match(request);
    // Registry and control answers are not GitHub REST; unparseable bodies are the malformed-fault tests'
    // business.
    if (route.isRegistry() || request.rawPath.startsWith("/_control") ||
        parseError.error != QJsonParseError::NoError)
        return;
    const QString pathTemplate = route.key.mid(route.key.indexOf(u' ') + 1);
    QJsonObject schema =
        reply.status >= 400
            ? schemas().schema(QStringLiteral("#/components/schemas/basic-error"))
            : schemas().responseSchema(pathTemplate, QString::fromLatin1(method), reply.status);
    if (schema.isEmpty() && reply.status < 400) {
        ADD_FAILURE() << "no schema documented for " << method.constData() << ' '
                      << pathTemplate.toStdString() << ' ' << reply.status;
        return;
    }
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QStringList problems = schemas().validate(value, schema);
    EXPECT_TRUE(problems.isEmpty()) << method.constData() << ' ' << url.toString().toStdString() << ":\n  "
                                    << problems.mid(0, 10).join(QStringLiteral("\n  ")).toStdString();
}
