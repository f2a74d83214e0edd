#pragma once

#include "fakecounters.h"
#include "fakefaultinjector.h"
#include "fakeregistryapi.h"
#include "fakerestapi.h"
#include "fakesecondarylimiter.h"
#include "fakestore.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QTcpServer;

namespace FakeGitHub {

class HttpConnection;
struct HttpRequest;

// A test double of GitHub (REST packages API + ghcr-like registry + a /_control API) served over real
// HTTP/1.1, plain or over TLS, on 127.0.0.1, in the event loop of the thread that owns it.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    bool listen(quint16 port = 0); // plain HTTP on 127.0.0.1 only; 0 = any free port
    // HTTPS, as github.com speaks it, with a self-signed certificate (tlsCertificate()) a client must trust.
    bool listenTls(quint16 port = 0);
    QUrl url() const; // http(s)://127.0.0.1:PORT: the API root, the registry on the same origin
    // Stops listening and drops every open connection, as a server that went away: connections are refused
    // until listen() again (on the same port to come back).
    void close();
    static QSslCertificate tlsCertificate();

    void loadDemo(); // the built-in demo scenario (also loaded at construction)
    bool loadScenario(const QJsonObject &scenario, QString *error = nullptr);
    void reset(); // the loaded scenario's initial state, counters, faults, tokens and limits reset
    void setLatency(int ms);
    void advanceClock(int days);
    QJsonObject counters() const;
    void injectFault(const QJsonObject &fault);
    void setSecondaryLimits(const QJsonObject &limits);
    // Marks the token (all tokens when empty) as SAML-authorized for the organization.
    void setSsoAuthorized(const QString &org, bool authorized, const QString &token = QString());
    // How the SSO organization answers unauthorized tokens: left out of /user/orgs (X-GitHub-SSO:
    // partial-results), and 404 instead of 403 on its own routes. False for an unknown organization.
    bool setSsoBehaviour(const QString &org, bool leftOutOfLists, bool answersNotFound);
    // The server's clock (Date, x-ratelimit-reset) runs this far off real time.
    void setClockSkew(qint64 seconds) { m_rest.setClockSkew(seconds); }
    // Serves the registry's token endpoint at `path` instead of /token (the 401 challenge names it).
    void setRegistryTokenPath(const QByteArray &path) { m_registry.setTokenPath(path); }

private:
    bool listenOn(QTcpServer *server, quint16 port);
    void acceptConnections();
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse control(const HttpRequest &request);
    HttpResponse faulted(const FaultInjector::Fault &fault, const HttpRequest &request) const;
    // A colleague's or a CI job's delete between two of the client's requests.
    void deleteVersionBehindTheClientsBack(qint64 versionId);
    void deliver(HttpConnection *connection, quint64 sequence, const HttpResponse &response, int delayMs);

    QTcpServer *m_server = nullptr; // owned (child), made by listen() or listenTls()
    Store m_initial;
    Store m_store;
    Counters m_counters;
    SecondaryLimiter m_limiter;
    FaultInjector m_faults;
    RestApi m_rest;
    RegistryApi m_registry;
    int m_latencyMs = 0;
    int m_inFlight = 0;
};

} // namespace FakeGitHub
