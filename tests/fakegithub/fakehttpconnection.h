#pragma once

#include "fakehttprequest.h"
#include "fakehttpresponse.h"

#include <QObject>

class QTcpSocket;

namespace FakeGitHub {

// One keep-alive HTTP/1.1 connection: parses requests one at a time and writes the answers it is given,
// possibly much later (latency) or broken on purpose (faults).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, QObject *parent);

    // Answers the pending request, then reads the next one from the connection.
    void respond(const HttpResponse &response);

signals:
    void requestReceived(const FakeGitHub::HttpRequest &request);

private:
    void readRequests();
    void rejectRequest(int status);

    QTcpSocket *m_socket; // owned (child)
    QByteArray m_buffer;
    bool m_awaitingAnswer = false;
    bool m_closeAfterAnswer = false;
};

} // namespace FakeGitHub
