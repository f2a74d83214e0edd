// Huge or hostile answers are bounded, not fatal (issue #10): a million versions, ten thousand tags, deep
// nesting, a 100 MB body.
#include "githubclient.h"
#include "jsondecoder.h"
#include "qtprinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>

using namespace Packhouse;
using ::testing::HasSubstr;
using ::testing::SizeIs;

namespace {

constexpr qint64 megabyte = 1024 * 1024;

// Peak resident memory since the last resetPeakMemory(), from /proc (Linux).
qint64 peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QJsonObject version(qint64 id, const QJsonObject &metadata = {})
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("sha256:%1").arg(id)},
        {QStringLiteral("url"),
         QStringLiteral("https://api.github.com/user/packages/container/app/versions/%1").arg(id)},
        {QStringLiteral("package_html_url"),
         QStringLiteral("https://github.com/users/me/packages/container/package/app")},
        {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00Z")},
    };
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonArray tagList(qsizetype count, QStringView prefix)
{
    QJsonArray tags;
    for (qsizetype i = 0; i < count; ++i)
        tags.append(prefix.toString() + QString::number(i));
    return tags;
}

QJsonObject containerMetadata(const QJsonArray &tags)
{
    return QJsonObject{{QStringLiteral("package_type"), QStringLiteral("container")},
                       {QStringLiteral("container"), QJsonObject{{QStringLiteral("tags"), tags}}}};
}

// A million small items, as one JSON array: each would be a version (or package) if it went further.
QByteArray millionItems()
{
    const QByteArray item = R"({"id":1,"name":"1.0.0","tags":["a,b"]})";
    QByteArray body;
    body.reserve(1'000'000 * (item.size() + 1) + 2);
    body += '[';
    for (int i = 0; i < 1'000'000; ++i) {
        if (i > 0)
            body += ',';
        body += item;
    }
    body += ']';
    return body;
}

} // namespace

TEST(HostileInput, AMillionItemsAreRefusedBeforeTheyCostMemory)
{
    const QByteArray body = millionItems();
    const bool measured = resetPeakMemory();
    const qint64 before = peakMemoryBytes();

    const auto versions = JsonDecoder::versions(body);
    const auto packages = JsonDecoder::packages(body);
    const auto organizations = JsonDecoder::organizations(body);

    ASSERT_FALSE(versions.ok());
    ASSERT_FALSE(packages.ok());
    ASSERT_FALSE(organizations.ok());
    for (const ApiError &error : {versions.error(), packages.error(), organizations.error()}) {
        EXPECT_EQ(error.kind, ApiError::Kind::Decode);
        EXPECT_EQ(error.field, QStringLiteral("[100000]"));
        EXPECT_THAT(error.message.toStdString(), HasSubstr("more than 100000 items"));
    }
    // Parsed, the document would take several times the body; refused, it takes next to nothing.
    if (measured && before > 0) {
        EXPECT_LT(peakMemoryBytes() - before, body.size() / 4) << "body of " << body.size() << " bytes";
    }
}

TEST(HostileInput, AMillionNestedContainersAreRefusedBeforeTheyCostMemory)
{
    // One top-level item holding a million tiny arrays: parsed, each would take ~170 bytes.
    QByteArray body = "[[";
    for (int i = 0; i < 1'000'000; ++i)
        body += i == 0 ? "[1]" : ",[1]";
    body += "]]";
    const bool measured = resetPeakMemory();
    const qint64 before = peakMemoryBytes();

    const auto versions = JsonDecoder::versions(body);
    const auto account = JsonDecoder::account(body);

    ASSERT_FALSE(versions.ok());
    ASSERT_FALSE(account.ok());
    for (const ApiError &error : {versions.error(), account.error()}) {
        EXPECT_EQ(error.field, QStringLiteral("$"));
        EXPECT_THAT(error.message.toStdString(), HasSubstr("more than 1000000 objects and arrays"));
    }
    EXPECT_TRUE(JsonDecoder::errorMessage(body).isEmpty());
    if (measured && before > 0) {
        EXPECT_LT(peakMemoryBytes() - before, body.size()) << "body of " << body.size() << " bytes";
    }
    // Just within the bound, the same shape is parsed (and then refused for what it is, not for its size).
    body.chop(2 + 4 * 2);
    body += "]]";
    const auto atLimit = JsonDecoder::versions(body);
    ASSERT_FALSE(atLimit.ok());
    EXPECT_EQ(atLimit.error().field, QStringLiteral("[0]"));
}

TEST(HostileInput, AHundredThousandVersionsAreDecoded)
{
    QJsonArray versions;
    for (qint64 id = 1; id <= JsonDecoder::maxListItems; ++id)
        versions.append(version(id));
    const auto result = JsonDecoder::versions(QJsonDocument(versions).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(result.ok()) << result.error().field.toStdString();
    ASSERT_THAT(result.value(), SizeIs(JsonDecoder::maxListItems));
    EXPECT_EQ(result.value().last().id, JsonDecoder::maxListItems);
}

TEST(HostileInput, TenThousandTagsOnOneVersionAreAccepted)
{
    const QJsonArray tags = tagList(JsonDecoder::maxTagsPerVersion, u"v");
    const auto result = JsonDecoder::versions(
        QJsonDocument(QJsonArray{version(1, containerMetadata(tags))}).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(result.ok()) << result.error().field.toStdString();
    ASSERT_THAT(result.value().first().tags, SizeIs(JsonDecoder::maxTagsPerVersion));
    EXPECT_EQ(result.value().first().tags.last(), QStringLiteral("v9999"));
}

TEST(HostileInput, MoreThanTenThousandTagsNameTheField)
{
    const QJsonArray tags = tagList(JsonDecoder::maxTagsPerVersion + 1, u"v");
    const auto result =
        JsonDecoder::versions(QJsonDocument(QJsonArray{version(1), version(2, containerMetadata(tags))})
                                  .toJson(QJsonDocument::Compact));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("[1].metadata.container.tags[10000]"));
}

TEST(HostileInput, ContainerAndDockerTagsTogetherAreBounded)
{
    QJsonObject metadata = containerMetadata(tagList(JsonDecoder::maxTagsPerVersion, u"c"));
    metadata.insert(QStringLiteral("docker"), QJsonObject{{QStringLiteral("tag"), tagList(1, u"d")}});
    const auto result = JsonDecoder::version(version(1, metadata));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("metadata.docker.tag"));

    metadata.insert(QStringLiteral("container"), QJsonObject{{QStringLiteral("tags"), tagList(9'999, u"c")}});
    const auto atLimit = JsonDecoder::version(version(1, metadata));
    ASSERT_TRUE(atLimit.ok()) << atLimit.error().field.toStdString();
    EXPECT_THAT(atLimit.value().tags, SizeIs(JsonDecoder::maxTagsPerVersion));
}

TEST(HostileInput, DeeplyNestedJsonIsADecodeError)
{
    for (const int depth : {64, 100'000}) {
        const QByteArray body = QByteArray(depth, '[') + QByteArray(depth, ']');
        const auto versions = JsonDecoder::versions(body);
        ASSERT_FALSE(versions.ok()) << depth;
        EXPECT_EQ(versions.error().kind, ApiError::Kind::Decode);
        EXPECT_FALSE(versions.error().field.isEmpty());

        const QByteArray objects =
            QByteArray(depth, '{').replace("{", R"({"a":)") + "1" + QByteArray(depth, '}');
        EXPECT_FALSE(JsonDecoder::account(objects).ok()) << depth;
        EXPECT_FALSE(JsonDecoder::rateLimit(objects).ok()) << depth;
        EXPECT_TRUE(JsonDecoder::errorMessage(objects).isEmpty()) << depth;
    }
}

namespace {

// Answers every request with 200 and an endless JSON-looking body, 1 MB at a time, until `limit` bytes or
// until the client hangs up; with `announce` it also declares the whole size in Content-Length.
class StreamingServer : public QObject
{
public:
    StreamingServer(qint64 limit, bool announce)
        : m_limit(limit)
        , m_announce(announce)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    qint64 bodyBytesSent() const { return m_sent; }
    bool hungUp() const { return m_hungUp; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_hungUp = true;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (m_started || !m_request.contains("\r\n\r\n"))
                return;
            m_started = true;
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += m_announce ? "Content-Length: " + QByteArray::number(m_limit) + "\r\n\r\n"
                               : QByteArray("Connection: close\r\n\r\n");
            socket->write(head);
            sendChunk(socket);
        });
        // Only what the kernel took counts as sent: a client that stops reading stops the stream.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->bytesToWrite() == 0)
                sendChunk(socket);
        });
    }

    void sendChunk(QTcpSocket *socket)
    {
        if (m_sent >= m_limit || socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray chunk(megabyte, ' ');
        const QByteArray part = chunk.left(qMin(megabyte, m_limit - m_sent));
        m_sent += part.size();
        socket->write(part);
    }

    QTcpServer m_server;
    QByteArray m_request;
    qint64 m_limit;
    bool m_announce;
    bool m_started = false;
    bool m_hungUp = false;
    qint64 m_sent = 0;
};

std::optional<ApiResponse> fetch(const QUrl &apiUrl, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager network;
    GitHubClient client(&network, ServerConfig::fromApiUrl(apiUrl).value());
    std::optional<ApiResponse> result;
    ApiJob *job = client.get(QStringLiteral("/user/packages"));
    QObject::connect(job, &ApiJob::finished, job,
                     [&result](const ApiResponse &response) { result = response; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, int(timeout.count()))) {
        ADD_FAILURE() << "no answer within " << timeout.count() << " ms";
    }
    return result;
}

} // namespace

TEST(HostileInput, AHundredMegabyteBodyIsAbortedAtTheLimit)
{
    constexpr qint64 hundredMegabytes = 100 * megabyte;
    ASSERT_EQ(ClientOptions{}.maxBodyBytes, 64 * megabyte);
    StreamingServer server(hundredMegabytes, false);
    ASSERT_TRUE(server.listen());

    const std::optional<ApiResponse> response = fetch(server.url(), std::chrono::seconds(60));

    ASSERT_TRUE(response.has_value());
    ASSERT_FALSE(response->ok());
    EXPECT_EQ(response->error->kind, ApiError::Kind::Network);
    EXPECT_THAT(response->error->message.toStdString(), HasSubstr("larger than 64 MB"));
    EXPECT_TRUE(response->body.isEmpty());
    // The client hung up soon after the limit: the rest of the 100 MB was never sent, let alone buffered.
    EXPECT_TRUE(QTest::qWaitFor([&server] { return server.hungUp(); }, 5000));
    EXPECT_GE(server.bodyBytesSent(), ClientOptions{}.maxBodyBytes);
    EXPECT_LT(server.bodyBytesSent(), hundredMegabytes);
}

TEST(HostileInput, AnAnnouncedHundredMegabyteBodyIsRefusedBeforeItArrives)
{
    constexpr qint64 hundredMegabytes = 100 * megabyte;
    StreamingServer server(hundredMegabytes, true);
    ASSERT_TRUE(server.listen());

    const std::optional<ApiResponse> response = fetch(server.url(), std::chrono::seconds(30));

    ASSERT_TRUE(response.has_value());
    ASSERT_FALSE(response->ok());
    EXPECT_THAT(response->error->message.toStdString(), HasSubstr("larger than 64 MB"));
    EXPECT_TRUE(QTest::qWaitFor([&server] { return server.hungUp(); }, 5000));
    // Content-Length alone decides: far less than the limit crossed the wire.
    EXPECT_LT(server.bodyBytesSent(), ClientOptions{}.maxBodyBytes / 4);
}
