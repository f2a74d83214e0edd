#pragma once

#include "fakehttprequest.h"
#include "fakehttpresponse.h"

#include <QMap>
#include <QObject>

#include <optional>

class QTcpSocket;

namespace FakeGitHub {

// One keep-alive HTTP/1.1 connection. Pipelined requests are all handed over as they arrive, so they are
// served concurrently as a real server's are; their answers, which may come much later (latency) or broken
// on purpose (faults), go out in request order as HTTP/1.1 demands.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, QObject *parent);

    // Answers the request with this sequence number, once every earlier one is answered.
    void respond(quint64 sequence, const HttpResponse &response);

signals:
    void requestReceived(const FakeGitHub::HttpRequest &request);

private:
    void readRequests();
    void rejectRequest(int status);
    void write(const HttpResponse &response, bool closeAfter);

    QTcpSocket *m_socket; // owned (child)
    QByteArray m_buffer;
    quint64 m_nextSequence = 0;            // given to the next request parsed
    quint64 m_nextToWrite = 0;             // the answer the connection waits for
    QMap<quint64, HttpResponse> m_waiting; // answers ready before an earlier one
    std::optional<quint64> m_closeAfter;   // the request after whose answer the connection closes
    bool m_closed = false;
};

} // namespace FakeGitHub
