#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class SchemaChecker;

// What a test got back from the fake server.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QJsonValue json() const;
    QString message() const;
};

// Talks real HTTP to the fake server with QNetworkAccessManager and checks every GitHub REST JSON answer
// against the OpenAPI schema of its route (ADD_FAILURE on a mismatch).
class FakeGitHubTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit FakeGitHubTestClient(const QUrl &root);

    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                         const Headers &headers = {}, const QByteArray &body = {}, int timeoutMs = 0);
    TestReply finish(QNetworkReply *reply);
    TestReply send(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                   const Headers &headers = {}, const QByteArray &body = {}, int timeoutMs = 0);

    static SchemaChecker &schemas();

private:
    void checkSchema(const QByteArray &method, const QUrl &url, const TestReply &reply) const;

    QUrl m_root;
    QNetworkAccessManager m_nam;
};
