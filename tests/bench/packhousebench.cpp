// packhouse-bench: measures Packhouse against the way other tools work, side by side in one run, on the fake
// GitHub with injected latency. Prints one JSON object as its last line (see README "Performance").
#include "fakeserverprocess.h"
#include "githubclient.h"
#include "jsondecoder.h"
#include "operationqueue.h"
#include "packagelisting.h"
#include "responsecache.h"
#include "versionlisting.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Packhouse;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString fullToken = QStringLiteral("ghp_packhouseDemoFullAccessToken00000000");
const NamespaceRef octocat = NamespaceRef::authenticatedUser(QStringLiteral("octocat"));
const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));
const QString bigPackage = QStringLiteral("ci-cache");
constexpr int latencyMs = 50;

// Blocks in the event loop until `condition` holds. Not QTest::qWaitFor: it sleeps 10 ms between rounds of
// events, which would add up to 10 ms to every measured round trip.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 600'000)
{
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer wakeAtDeadline;
    wakeAtDeadline.setSingleShot(true);
    wakeAtDeadline.start(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

std::unique_ptr<GitHubClient> makeClient(QNetworkAccessManager *network, const QUrl &url,
                                         const ClientOptions &options = {})
{
    auto client = std::make_unique<GitHubClient>(network, ServerConfig::fromApiUrl(url).value(), options);
    client->setToken(fullToken);
    client->setLogin(QStringLiteral("octocat"));
    return client;
}

ApiResponse await(ApiJob *job)
{
    std::optional<ApiResponse> result;
    QObject::connect(job, &ApiJob::finished, job,
                     [&result](const ApiResponse &response) { result = response; });
    waitFor([&result] { return result.has_value(); });
    return result.value_or(ApiResponse{});
}

// The way other tools list: follow Link: next, one page of 100 at a time.
qint64 listSerially(GitHubClient &client, int *versions)
{
    QUrlQuery query = GitHubClient::pageQuery(1, 100);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    std::optional<QUrl> next = client.endpoint(
        GitHubClient::packagePath(octocat, PackageType::Container, bigPackage) + u"/versions"_s, query);
    QElapsedTimer clock;
    clock.start();
    *versions = 0;
    while (next) {
        const ApiResponse response = await(client.getUrl(*next));
        if (!response.ok())
            return -1;
        *versions += int(JsonDecoder::versions(response.body).value().size());
        next = response.links.next;
    }
    return clock.elapsed();
}

struct ParallelRun
{
    qint64 totalMs = -1;
    qint64 firstPageMs = -1;
    int versions = 0;
};

ParallelRun listInParallel(GitHubClient &client, int expectedCount)
{
    ParallelRun run;
    VersionListing listing(&client, octocat, PackageType::Container, bigPackage,
                           GitHubClient::VersionState::Active);
    listing.setExpectedCount(expectedCount);
    QElapsedTimer clock;
    bool done = false;
    QObject::connect(&listing, &VersionListing::versionsReceived, &listing,
                     [&](const QList<PackageVersion> &page) {
                         if (run.firstPageMs < 0)
                             run.firstPageMs = clock.elapsed();
                         run.versions += int(page.size());
                     });
    QObject::connect(&listing, &VersionListing::finished, &listing, [&](const ListingOutcome &outcome) {
        run.totalMs = outcome.complete ? clock.elapsed() : -1;
        done = true;
    });
    clock.start();
    listing.start();
    waitFor([&done] { return done; });
    return run;
}

int quotaSpent(FakeServerProcess &server)
{
    return server.counters().value(u"quota_spent").toInt();
}

// Lists every package of acme and the versions of five of them, through `cache`.
void refreshNamespace(GitHubClient &client)
{
    PackageListing packages(&client, acme, allPackageTypes());
    QList<Package> found;
    bool done = false;
    QObject::connect(&packages, &PackageListing::packagesReceived, &packages,
                     [&](PackageType, const QList<Package> &page) { found.append(page); });
    QObject::connect(&packages, &PackageListing::finished, &packages,
                     [&](const ListingOutcome &) { done = true; });
    packages.start();
    waitFor([&done] { return done; });
    std::sort(found.begin(), found.end(), [](const Package &a, const Package &b) { return a.name < b.name; });
    for (const Package &package : found.mid(0, 5)) {
        VersionListing versions(&client, acme, package.type, package.name,
                                GitHubClient::VersionState::Active);
        versions.setExpectedCount(package.versionCount);
        bool listed = false;
        QObject::connect(&versions, &VersionListing::finished, &versions,
                         [&](const ListingOutcome &) { listed = true; });
        versions.start();
        waitFor([&listed] { return listed; });
    }
}

struct PacingRun
{
    int rejections = -1;
    double rateRatio = 0;
    int failed = -1;
};

PacingRun deletePaced(GitHubClient &client, FakeServerProcess &server, int count)
{
    PacingRun run;
    // GitHub's budget: 900 points a minute, 5 points a delete → one delete every 334 ms at most.
    constexpr int pointsPerMinute = 900;
    const auto interval = std::chrono::milliseconds((60'000 * 5 + pointsPerMinute - 1) / pointsPerMinute + 1);
    server.control(QStringLiteral("/_control/secondary"),
                   QJsonObject{{QStringLiteral("points_per_minute"), pointsPerMinute},
                               {QStringLiteral("max_concurrent"), 100},
                               {QStringLiteral("status"), 403},
                               {QStringLiteral("retry_after"), 60}});

    QList<Operation> operations;
    for (int page = 1; operations.size() < count; ++page) {
        const ApiResponse response = await(client.listVersions(
            octocat, PackageType::Container, bigPackage, GitHubClient::VersionState::Active, page, 100));
        // The Result must outlive the loop: a range-for over a temporary's member dangles.
        const auto versions = JsonDecoder::versions(response.body);
        if (!versions.ok())
            break;
        for (const PackageVersion &version : versions.value()) {
            if (version.isTagged() || operations.size() >= count)
                continue;
            operations.append(Operation::onVersion(Operation::Kind::DeleteVersion, octocat,
                                                   PackageType::Container, bigPackage, version.id,
                                                   version.name));
        }
    }
    // The listing above spent GET points too: start the deletions with a fresh minute.
    QTest::qWait(61'000);
    const int rejectedBefore = server.counters().value(u"secondary_rejections").toInt();

    OperationQueue queue(&client, nullptr);
    queue.setInterval(interval);
    QList<qint64> starts;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&queue, &OperationQueue::operationStarted, &queue,
                     [&](int) { starts.append(clock.elapsed()); });
    queue.run(operations);
    waitFor([&queue] { return !queue.isRunning(); });

    run.failed = queue.failedCount();
    run.rejections = server.counters().value(u"secondary_rejections").toInt() - rejectedBefore;
    if (starts.size() > 1) {
        const double achievedPerMs = double(starts.size() - 1) / double(starts.last() - starts.first());
        const double configuredPerMs = 1.0 / double(interval.count());
        run.rateRatio = achievedPerMs / configuredPerMs;
    }
    return run;
}

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject{} : QJsonDocument::fromJson(lines.last()).object();
}

QJsonObject runModelBench()
{
    QProcess process;
    process.start(QStringLiteral(PACKHOUSE_MODEL_BENCH_PATH), {});
    process.waitForFinished(600'000);
    return lastJsonLine(process.readAllStandardOutput());
}

// App start to first painted window, and memory once the namespaces are loaded (the app reports both).
QJsonObject runStartup(const QUrl &apiUrl)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GH_TOKEN"), fullToken);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QStringList arguments{
        QStringLiteral("--api-url"), apiUrl.toString(), QStringLiteral("--ca-certificates"),
        QStringLiteral(PACKHOUSE_FAKE_GITHUB_CERTIFICATE), QStringLiteral("--report-startup")};
    QJsonObject best;
    // The first run fills the cache; the figures come from the runs that start with it, as a user's would.
    for (int run = 0; run < 4; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(PACKHOUSE_APP_PATH), arguments);
        qint64 firstPaint = -1;
        QByteArray output;
        while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
            if (firstPaint < 0 && output.contains("first-paint"))
                firstPaint = clock.elapsed();
            if (clock.elapsed() > 60'000)
                process.kill();
        }
        const QJsonObject report = lastJsonLine(output);
        if (run == 0 || firstPaint < 0)
            continue;
        if (best.isEmpty() || firstPaint < best.value(u"p5_first_paint_ms").toInteger()) {
            best = QJsonObject{{QStringLiteral("p5_first_paint_ms"), firstPaint},
                               {QStringLiteral("p5_idle_rss_mb"), report.value(u"idle_rss_mb")}};
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The fake speaks HTTPS, as github.com does, with a certificate we trust for this run only.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QStringLiteral(PACKHOUSE_FAKE_GITHUB_CERTIFICATE));
    QSslConfiguration::setDefaultConfiguration(tls);
    // `packhouse-bench p1 p3` runs only those parts; no arguments runs them all.
    const QStringList parts = app.arguments().mid(1);
    const auto wanted = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1StringView(part));
    };
    QJsonObject result;

    FakeServerProcess server;
    if (!server.start(QStringLiteral(PACKHOUSE_FAKE_GITHUB_PATH), latencyMs)) {
        std::fprintf(stderr, "packhouse-bench: could not start the fake GitHub\n");
        return 1;
    }
    QNetworkAccessManager network;

    // p1: list the 12,000 versions: Link-following vs Packhouse's parallel pages.
    if (wanted("p1")) {
        auto client = makeClient(&network, server.url());
        const ApiResponse package = await(client->getPackage(octocat, PackageType::Container, bigPackage));
        const int versionCount =
            JsonDecoder::package(QJsonDocument::fromJson(package.body).object()).value().versionCount;
        int serialVersions = 0;
        const qint64 serialMs = listSerially(*client, &serialVersions);

        // The app's own settings: ClientOptions' defaults.
        auto parallelClient = makeClient(&network, server.url());
        server.control(QStringLiteral("/_control/reset"), {});
        const ParallelRun parallel = listInParallel(*parallelClient, versionCount);
        result.insert(QStringLiteral("p1_serial_ms"), serialMs);
        result.insert(QStringLiteral("p1_parallel_ms"), parallel.totalMs);
        result.insert(QStringLiteral("p1_versions"), parallel.versions);
        result.insert(QStringLiteral("p1_ratio"), double(parallel.totalMs) / double(serialMs));
        // On the wire, as the server saw them: what the pipelining really achieved.
        result.insert(QStringLiteral("p1_peak_in_flight"),
                      server.counters().value(u"peak_concurrency").toInt());
        result.insert(QStringLiteral("p1_client_peak_in_flight"), parallelClient->peakRequestsInFlight());
        result.insert(QStringLiteral("p1_first_rows_ms"), parallel.firstPageMs);
        result.insert(QStringLiteral("p1_serial_versions"), serialVersions);
    }

    // p2: refreshing an unchanged namespace with the ETag cache costs no primary quota.
    if (wanted("p2")) {
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        ResponseCache cache(QString{});
        auto client = makeClient(&network, server.url());
        client->setCache(&cache);
        refreshNamespace(*client);
        const int before = quotaSpent(server);
        refreshNamespace(*client);
        result.insert(QStringLiteral("p2_quota_points"), quotaSpent(server) - before);
        result.insert(QStringLiteral("p2_not_modified"), server.counters().value(u"not_modified").toInt());
    }

    // p3: 300 deletes paced to the secondary-limit budget.
    if (wanted("p3")) {
        server.control(QStringLiteral("/_control/reset"), {});
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        auto client = makeClient(&network, server.url());
        const PacingRun pacing = deletePaced(*client, server, 300);
        result.insert(QStringLiteral("p3_secondary_rejections"), pacing.rejections);
        result.insert(QStringLiteral("p3_rate_ratio"), pacing.rateRatio);
        result.insert(QStringLiteral("p3_failed"), pacing.failed);
    }

    // p4: the 100,000-version model (its own program, so its memory figure is its own).
    if (wanted("p4")) {
        const QJsonObject model = runModelBench();
        for (auto it = model.begin(); it != model.end(); ++it)
            result.insert(it.key(), it.value());
    }

    // p5: the app's start.
    if (wanted("p5")) {
        server.control(QStringLiteral("/_control/reset"), {});
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        const QJsonObject startup = runStartup(server.url());
        for (auto it = startup.begin(); it != startup.end(); ++it)
            result.insert(it.key(), it.value());
    }

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
