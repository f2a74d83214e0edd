#include "fakegithubserver.h"

#include "fakedemoscenario.h"
#include "fakehttpconnection.h"
#include "fakerouter.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace FakeGitHub {

namespace {

QString faultMessage(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("Bad credentials");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Validation Failed");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("We couldn't respond to your request in time. Sorry about that. Please try "
                              "resubmitting your request and contact us if the problem persists.");
    default:
        return QStringLiteral("Error");
    }
}

HttpResponse ok()
{
    return RestApi::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Server::Server(QObject *parent)
    : QObject(parent)
    , m_rest(m_store, m_counters, m_limiter)
    , m_registry(m_store, m_counters)
{
    loadDemo();
}

Server::~Server() = default;

bool Server::listen(quint16 port)
{
    return listenOn(new QTcpServer(this), port);
}

bool Server::listenTls(quint16 port)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tlsCertificate());
    configuration.setPrivateKey(
        QSslKey(resource(QStringLiteral(":/fakegithub/tls/fake-github-key.pem")), QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    server->setSslConfiguration(configuration);
    return listenOn(server, port);
}

bool Server::listenOn(QTcpServer *server, quint16 port)
{
    delete m_server;
    m_server = server;
    // A TLS connection is pending once its handshake is done, which newConnection does not wait for.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Server::acceptConnections);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void Server::close()
{
    delete m_server;
    m_server = nullptr;
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

QSslCertificate Server::tlsCertificate()
{
    return QSslCertificate(resource(QStringLiteral(":/fakegithub/tls/fake-github-cert.pem")));
}

QUrl Server::url() const
{
    QUrl url;
    url.setScheme(qobject_cast<QSslServer *>(m_server) ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

void Server::loadDemo()
{
    // Parsed once per process: suites start many servers, and the demo holds over 12,000 versions.
    static const Store demo = [] {
        Store store;
        QString error;
        const bool loaded = store.load(DemoScenario::scenario(), &error);
        Q_ASSERT_X(loaded, "FakeGitHub::Server::loadDemo", qPrintable(error));
        return store;
    }();
    m_initial = demo;
    reset();
}

bool Server::loadScenario(const QJsonObject &scenario, QString *error)
{
    Store store;
    if (!store.load(scenario, error))
        return false;
    m_initial = store;
    reset();
    return true;
}

void Server::reset()
{
    m_store = m_initial;
    m_counters = Counters();
    m_faults.clear();
    m_rest.resetQuota();
    m_rest.setClockSkew(0);
    m_registry.reset();
    m_limiter.resetToDefaults();
    m_limiter.configure(m_initial.secondaryLimits(), nullptr);
}

void Server::setLatency(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void Server::advanceClock(int days)
{
    m_store.advanceDays(days);
}

QJsonObject Server::counters() const
{
    return m_counters.toJson();
}

void Server::injectFault(const QJsonObject &fault)
{
    QString error;
    if (!m_faults.add(fault, &error))
        qWarning("FakeGitHub: ignoring fault: %s", qPrintable(error));
}

void Server::setSecondaryLimits(const QJsonObject &limits)
{
    QString error;
    if (!m_limiter.configure(limits, &error))
        qWarning("FakeGitHub: ignoring secondary limits: %s", qPrintable(error));
}

void Server::setSsoAuthorized(const QString &org, bool authorized, const QString &token)
{
    m_store.setSsoAuthorized(org, token, authorized);
}

bool Server::setSsoBehaviour(const QString &org, bool leftOutOfLists, bool answersNotFound)
{
    return m_store.setSsoBehaviour(org, leftOutOfLists, answersNotFound);
}

void Server::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Answers go out at once, as a real server's do: without this, Nagle's algorithm and the client's
        // delayed ACK add some 40 ms to every answer written in more than one piece.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void Server::handle(HttpConnection *connection, const HttpRequest &request)
{
    if (request.rawPath.startsWith("/_control/")) {
        connection->respond(request.sequence, control(request));
        return;
    }
    ++m_inFlight;
    m_counters.peakConcurrency = std::max(m_counters.peakConcurrency, m_inFlight);
    ++m_counters.totalRequests;
    const Route route = Router::match(request, m_registry.tokenPath());
    ++m_counters.requests[route.key];

    const QString target = QString::fromLatin1(request.rawPath + '?' + request.rawQuery);
    const std::optional<FaultInjector::Fault> fault =
        m_faults.take(QString::fromLatin1(request.method), target);
    using Kind = FaultInjector::Fault::Kind;
    // Status and malformed faults replace the answer; the others happen to a request the server did execute.
    if (fault && (fault->kind == Kind::Status || fault->kind == Kind::Malformed)) {
        const HttpResponse response = faulted(*fault, request);
        deliver(connection, request.sequence,
                route.isRegistry() ? response
                                   : m_rest.decorate(request, route, response, fault->acceptedScopes),
                m_latencyMs);
        return;
    }
    if (fault && fault->kind == Kind::DeleteVersion)
        deleteVersionBehindTheClientsBack(fault->versionId);
    HttpResponse response =
        route.isRegistry() ? m_registry.handle(request, route) : m_rest.handle(request, route, m_inFlight);
    int delay = m_latencyMs;
    if (fault && fault->kind == Kind::Drop)
        response.delivery = HttpResponse::Delivery::Drop;
    else if (fault && fault->kind == Kind::Truncate)
        response.delivery = HttpResponse::Delivery::Truncate;
    else if (fault && fault->kind == Kind::Delay)
        delay += fault->delayMs;
    deliver(connection, request.sequence, response, delay);
}

void Server::deleteVersionBehindTheClientsBack(qint64 versionId)
{
    for (Package &package : m_store.packages()) {
        if (PackageVersion *version = package.version(versionId); version && !version->isDeleted()) {
            version->deletedAt = m_store.now();
            return;
        }
    }
}

HttpResponse Server::faulted(const FaultInjector::Fault &fault, const HttpRequest &request) const
{
    if (fault.kind == FaultInjector::Fault::Kind::Malformed) {
        HttpResponse response;
        response.body = QByteArrayLiteral("{\"id\": 1, \"name\": \"broken");
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        return response;
    }
    if (!fault.acceptedScopes.isEmpty())
        return RestApi::error(fault.status,
                              QStringLiteral("Resource not accessible by personal access token"));
    if (fault.status == 403 || fault.status == 429)
        return RestApi::secondaryLimitError(request.method, fault.status, fault.retryAfter);
    HttpResponse response = RestApi::error(fault.status, faultMessage(fault.status));
    if (fault.retryAfter)
        response.setHeader("Retry-After", QByteArray::number(*fault.retryAfter));
    return response;
}

void Server::deliver(HttpConnection *connection, quint64 sequence, const HttpResponse &response, int delayMs)
{
    if (delayMs <= 0) {
        --m_inFlight;
        connection->respond(sequence, response);
        return;
    }
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this,
                       [this, connection = QPointer<HttpConnection>(connection), sequence, response] {
                           --m_inFlight;
                           if (connection)
                               connection->respond(sequence, response);
                       });
}

HttpResponse Server::control(const HttpRequest &request)
{
    const QByteArray action = request.rawPath.mid(int(qstrlen("/_control/")));
    if (request.method == "GET" && action == "counters")
        return RestApi::json(200, counters());
    if (request.method != "POST")
        return RestApi::error(404, QStringLiteral("Not Found"));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return RestApi::error(400, QStringLiteral("Problems parsing JSON"));
    const QJsonObject body = document.object();
    QString error;
    const auto invalid = [&error] { return RestApi::error(422, error); };
    if (action == "reset") {
        reset();
    } else if (action == "clock") {
        const QJsonValue days = body.value(QStringLiteral("advance_days"));
        const QJsonValue skew = body.value(QStringLiteral("skew_seconds"));
        if ((days.isUndefined() && skew.isUndefined()) || (!days.isUndefined() && !days.isDouble()) ||
            (!skew.isUndefined() && !skew.isDouble())) {
            error = QStringLiteral("advance_days or skew_seconds must be a number");
            return invalid();
        }
        advanceClock(days.toInt());
        if (skew.isDouble())
            setClockSkew(qint64(skew.toDouble()));
    } else if (action == "registry") {
        const QString path = body.value(QStringLiteral("token_path")).toString();
        if (!path.startsWith(u'/') || path.startsWith(QStringLiteral("/v2/")) ||
            path.startsWith(QStringLiteral("/_control/"))) {
            error = QStringLiteral("token_path must be a path outside /v2/ and /_control/");
            return invalid();
        }
        setRegistryTokenPath(path.toLatin1());
    } else if (action == "latency") {
        if (!body.value(QStringLiteral("ms")).isDouble()) {
            error = QStringLiteral("ms must be a number");
            return invalid();
        }
        setLatency(body.value(QStringLiteral("ms")).toInt());
    } else if (action == "faults") {
        if (!m_faults.add(body, &error))
            return invalid();
    } else if (action == "secondary") {
        if (!m_limiter.configure(body, &error))
            return invalid();
    } else if (action == "scenario") {
        if (!loadScenario(body, &error))
            return invalid();
    } else if (action == "sso") {
        const QString org = body.value(QStringLiteral("org")).toString();
        if (!m_store.account(org)) {
            error = QStringLiteral("unknown org");
            return invalid();
        }
        const QJsonValue leftOut = body.value(QStringLiteral("left_out_of_lists"));
        const QJsonValue notFound = body.value(QStringLiteral("answers_not_found"));
        const bool setsBehaviour = !leftOut.isUndefined() || !notFound.isUndefined();
        if (setsBehaviour)
            setSsoBehaviour(org, leftOut.toBool(), notFound.toBool());
        if (!setsBehaviour || body.contains(QStringLiteral("authorized")))
            setSsoAuthorized(org, body.value(QStringLiteral("authorized")).toBool(true),
                             body.value(QStringLiteral("token")).toString());
    } else {
        return RestApi::error(404, QStringLiteral("Not Found"));
    }
    return ok();
}

} // namespace FakeGitHub
