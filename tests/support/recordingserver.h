#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A tiny HTTP/1.1 server on 127.0.0.1 that records every request and answers with scripted responses: for
// checking exactly what the client puts on the wire (headers, redirects, credentials).
class RecordingServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body = QByteArrayLiteral("{}");
    };

    explicit RecordingServer(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &path = {}) const;

    // Answers the next requests in order; when none are left, 200 "{}".
    void enqueue(const Response &response) { m_script.append(response); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);

    QList<Response> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTcpServer m_server; // last: destroyed first, so its sockets' signals find the members above alive
};
