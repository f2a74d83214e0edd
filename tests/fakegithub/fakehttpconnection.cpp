#include "fakehttpconnection.h"

#include <QSslSocket>

namespace FakeGitHub {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::readRequests()
{
    m_buffer += m_socket->readAll();
    // Every complete request is served at once; none after one that asked to close the connection.
    while (!m_closeAfter && !m_closed) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > maxHeaderBytes)
                rejectRequest(431);
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            rejectRequest(400);
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype queryStart = target.indexOf('?');
        request.rawPath = queryStart < 0 ? target : target.left(queryStart);
        request.rawQuery = queryStart < 0 ? QByteArray() : target.mid(queryStart + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        bool lengthOk = true;
        const qsizetype length = request.headers.value("content-length", "0").toLongLong(&lengthOk);
        if (!lengthOk || length < 0) {
            rejectRequest(400);
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        request.sequence = m_nextSequence++;
        request.overTls = qobject_cast<QSslSocket *>(m_socket) != nullptr;
        if (request.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0")
            m_closeAfter = request.sequence;
        emit requestReceived(request);
    }
}

void HttpConnection::rejectRequest(int status)
{
    const quint64 sequence = m_nextSequence++;
    m_closeAfter = sequence;
    HttpResponse response;
    response.status = status;
    respond(sequence, response);
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (m_closed || sequence < m_nextToWrite)
        return;
    m_waiting.insert(sequence, response);
    while (!m_closed && m_waiting.contains(m_nextToWrite)) {
        const quint64 current = m_nextToWrite++;
        write(m_waiting.take(current), m_closeAfter == current);
    }
}

void HttpConnection::write(const HttpResponse &response, bool closeAfter)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closed = true;
        return;
    }
    if (response.delivery == HttpResponse::Delivery::Drop) {
        m_closed = true;
        m_socket->abort();
        return;
    }
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 204 && response.status != 304)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    // A truncated answer promises keep-alive like a healthy one, then the connection dies mid-body.
    head += closeAfter ? QByteArrayLiteral("Connection: close\r\n\r\n")
                       : QByteArrayLiteral("Connection: keep-alive\r\n\r\n");
    if (response.delivery == HttpResponse::Delivery::Truncate)
        head += response.body.left(response.body.size() / 2);
    else if (!response.bodyOmitted)
        head += response.body;
    m_socket->write(head); // one write: the answer leaves in as few packets as it can
    if (closeAfter || response.delivery == HttpResponse::Delivery::Truncate) {
        m_closed = true;
        m_socket->disconnectFromHost();
    }
}

} // namespace FakeGitHub
