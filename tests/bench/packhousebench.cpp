// packhouse-bench: measures Packhouse against the way other tools work, side by side in one run, on the fake
// GitHub with injected latency. Prints one JSON object as its last line (see README "Performance").
#include "browsingcontroller.h"
#include "fakeserverprocess.h"
#include "githubclient.h"
#include "jsondecoder.h"
#include "namespacemodel.h"
#include "operationqueue.h"
#include "overviewbench.h"
#include "packagelistmodel.h"
#include "session.h"
#include "versionlisting.h"
#include "versiontreemodel.h"
#include "xvfbdisplay.h"

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
// --quick: enough to see every part work.
constexpr int quickLatencyMs = 5;
constexpr int quickModelVersions = 2'000;

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

struct RefreshRun
{
    int quotaPoints = -1;
    int notModified = 0;
    int requests = 0;
    QString error; // empty when the refresh completed
};

// The app's Refresh (BrowsingController::refresh, the toolbar's button) with acme and its largest package
// open, in a session like the app's (memory cache), once what it shows has loaded: what refreshing costs.
RefreshRun refreshAsTheAppDoes(QNetworkAccessManager *network, FakeServerProcess &server)
{
    RefreshRun run;
    Account account;
    account.login = QStringLiteral("octocat");
    Session session(network, ServerConfig::fromApiUrl(server.url()).value(), fullToken, account, QString(),
                    nullptr);
    BrowsingController browsing;
    browsing.setSession(&session);
    const auto settled = [&browsing] {
        return !browsing.namespaces()->isLoading() && !browsing.isPackagesLoading() &&
               !browsing.isVersionsLoading();
    };
    browsing.openNamespace(acme);
    if (!waitFor(settled) || !browsing.packages()->isComplete() || browsing.packages()->rowCount() == 0) {
        run.error = QStringLiteral("acme's packages did not load");
        return run;
    }
    Package largest;
    for (int row = 0; row < browsing.packages()->rowCount(); ++row) {
        const Package package = browsing.packages()->packageAt(browsing.packages()->index(row, 0));
        if (package.versionCount > largest.versionCount)
            largest = package;
    }
    browsing.openPackage(largest);
    if (!waitFor(settled) || !browsing.versions()->isListingComplete()) {
        run.error = QStringLiteral("the versions of acme/%1 did not load").arg(largest.name);
        return run;
    }

    server.control(QStringLiteral("/_control/reset"), {}); // counts only the refresh
    browsing.refresh();
    if (!waitFor(settled) || !browsing.packages()->isComplete() ||
        !browsing.versions()->isListingComplete()) {
        run.error = QStringLiteral("the refresh did not complete");
        return run;
    }
    const QJsonObject counters = server.counters();
    run.quotaPoints = counters.value(u"quota_spent").toInt();
    run.notModified = counters.value(u"not_modified").toInt();
    run.requests = counters.value(u"total_requests").toInt();
    return run;
}

// p3 runs the shipped pacing against the fake's documented secondary limits, both sped up by this one factor:
// a second between deletes becomes 20 ms, GitHub's minute 1.2 s and its hour 72 s.
constexpr double pacingSpeedUp = 50;

struct PacingRun
{
    int rejections = -1;
    double rateRatio = 0; // achieved ÷ the most the documented limits allow in the run's time
    double etaError = -1; // |ETA at start − actual| ÷ actual
    bool retryHonoured = false;
    QString error;
};

// How many mutations the documented limits allow to start within `length` from a clean slate.
int documentedCeiling(const PacingLimits &limits, std::chrono::milliseconds length)
{
    MutationBudget budget(limits);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QDateTime end = start.addMSecs(length.count());
    int count = 0;
    for (QDateTime next = budget.nextStart(start); next <= end; next = budget.nextStart(next)) {
        budget.record(next);
        ++count;
    }
    return count;
}

// Lists the big package as the app does just before deleting (its GET points count), then deletes `count`
// untagged versions at the shipped pacing, with one secondary-limit answer injected mid-run.
PacingRun deletePaced(GitHubClient &client, FakeServerProcess &server, int count)
{
    PacingRun run;
    const PacingLimits limits = PacingLimits::spedUp(pacingSpeedUp);
    server.control(QStringLiteral("/_control/secondary"),
                   QJsonObject{{QStringLiteral("points_per_minute"), 900},
                               {QStringLiteral("content_per_minute"), 80},
                               {QStringLiteral("content_per_hour"), 500},
                               {QStringLiteral("max_concurrent"), 100},
                               {QStringLiteral("status"), 403},
                               {QStringLiteral("retry_after"), 1},
                               {QStringLiteral("time_scale"), pacingSpeedUp}});

    QList<Operation> operations;
    VersionListing listing(&client, octocat, PackageType::Container, bigPackage,
                           GitHubClient::VersionState::Active);
    bool listed = false;
    QObject::connect(
        &listing, &VersionListing::versionsReceived, &listing, [&](const QList<PackageVersion> &page) {
            for (const PackageVersion &version : page) {
                if (!version.isTagged() && operations.size() < count)
                    operations.append(Operation::onVersion(Operation::Kind::DeleteVersion, octocat,
                                                           PackageType::Container, bigPackage, version.id,
                                                           version.name));
            }
        });
    QObject::connect(&listing, &VersionListing::finished, &listing,
                     [&](const ListingOutcome &outcome) { listed = outcome.complete; });
    listing.start();
    if (!waitFor([&listing] { return !listing.isRunning(); }) || !listed || operations.size() < count) {
        run.error = QStringLiteral("the listing before the deletes did not complete");
        return run;
    }
    // A secondary-limit answer halfway: it must be waited out (Retry-After: 1) and the delete not repeated.
    const qint64 refusedOnce = operations.at(count / 2).versionId;
    server.control(
        QStringLiteral("/_control/faults"),
        QJsonObject{{QStringLiteral("status"), 403},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("retry_after"), 1},
                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                    {QStringLiteral("path_contains"), QStringLiteral("/versions/%1").arg(refusedOnce)}});
    const int rejectedBefore = server.counters().value(u"secondary_rejections").toInt();

    OperationQueue queue(&client, nullptr);
    queue.setPacing(limits);
    bool waitedRetryAfter = false;
    QObject::connect(&queue, &OperationQueue::waiting, &queue,
                     [&](std::chrono::milliseconds delay, const QString &) {
                         waitedRetryAfter = waitedRetryAfter || delay >= std::chrono::seconds(1);
                     });
    QElapsedTimer clock;
    clock.start();
    queue.run(operations);
    const auto eta = queue.estimatedRemaining();

    waitFor([&queue] { return !queue.isRunning(); });
    const qint64 took = clock.elapsed();

    run.rejections = server.counters().value(u"secondary_rejections").toInt() - rejectedBefore;
    run.rateRatio = double(queue.finishedCount()) /
                    double(qMax(1, documentedCeiling(limits, std::chrono::milliseconds(took))));
    run.etaError = std::abs(double(eta.count() - took)) / double(took);
    QHash<qint64, int> deletedTimes;
    for (const QJsonValue &mutation : server.counters().value(u"mutations").toArray()) {
        if (mutation[u"status"_s].toInt() == 204)
            ++deletedTimes[mutation[u"version_id"_s].toInteger()];
    }
    const bool onceEach =
        std::all_of(operations.cbegin(), operations.cend(),
                    [&](const Operation &operation) { return deletedTimes.value(operation.versionId) == 1; });
    run.retryHonoured = waitedRetryAfter && onceEach && queue.failedCount() == 0;
    if (queue.failedCount() > 0)
        run.error = QStringLiteral("%1 deletes failed").arg(queue.failedCount());
    return run;
}

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject{} : QJsonDocument::fromJson(lines.last()).object();
}

// A part measured by another program: its figures, or why there are none.
struct PartRun
{
    QJsonObject figures;
    QString error; // empty when the part measured
};

PartRun runModelBench(int versionCount)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(PACKHOUSE_MODEL_BENCH_PATH),
                  {QStringLiteral("--versions"), QString::number(versionCount)});
    const bool finished = process.waitForFinished(600'000);
    const QJsonObject figures = lastJsonLine(process.readAllStandardOutput());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !figures.contains(u"p4_bytes_per_version"))
        return {{}, QStringLiteral("packhouse-model-bench did not finish with its figures")};
    return {figures, {}};
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T(-1) : values.at(values.size() / 2);
}

struct AppStart
{
    qint64 firstPaintMs = -1; // from process start, as this process saw the app's "first-paint" line
    double idleRssMb = -1;
    bool namespacesLoaded = false;
};

AppStart startApp(const QProcessEnvironment &env, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(PACKHOUSE_APP_PATH), arguments);
    AppStart start;
    QByteArray output;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (start.firstPaintMs < 0 && output.contains("first-paint"))
            start.firstPaintMs = clock.elapsed();
        if (clock.elapsed() > 60'000)
            process.kill();
    }
    const QJsonObject report = lastJsonLine(output);
    start.idleRssMb = report.value(u"idle_rss_mb").toDouble(-1);
    start.namespacesLoaded = report.value(u"namespaces_loaded").toBool();
    return start;
}

// Process start to the first painted window: the first run with an empty cache (cold), then `warmRuns` with
// the cache it left, as a user's every later start; memory once the demo's namespaces are loaded (the app
// reports it). On a real X server (Xvfb) when there is one, as on a desktop; else offscreen.
PartRun runStartup(const QUrl &apiUrl, int warmRuns)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GH_TOKEN"), fullToken);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    XvfbDisplay xvfb;
    const bool onX = xvfb.start();
    if (onX) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), xvfb.name());
    } else {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    const QStringList arguments{
        QStringLiteral("--api-url"), apiUrl.toString(), QStringLiteral("--ca-certificates"),
        QStringLiteral(PACKHOUSE_FAKE_GITHUB_CERTIFICATE), QStringLiteral("--report-startup")};
    QList<qint64> warmPaintMs;
    QList<double> warmRssMb;
    qint64 coldPaintMs = -1;
    for (int run = 0; run <= warmRuns; ++run) {
        const AppStart start = startApp(env, arguments);
        if (start.firstPaintMs < 0 || !start.namespacesLoaded)
            return {
                {},
                QStringLiteral("run %1 of the app: %2")
                    .arg(run + 1)
                    .arg(start.firstPaintMs < 0 ? u"no window painted"_s : u"the namespaces did not load"_s)};
        if (run == 0) {
            coldPaintMs = start.firstPaintMs;
        } else {
            warmPaintMs.append(start.firstPaintMs);
            warmRssMb.append(start.idleRssMb);
        }
    }
    return {QJsonObject{{QStringLiteral("p5_platform"), onX ? u"xvfb"_s : u"offscreen"_s},
                        {QStringLiteral("p5_first_paint_cold_ms"), coldPaintMs},
                        {QStringLiteral("p5_first_paint_median_ms"), median(warmPaintMs)},
                        {QStringLiteral("p5_warm_runs"), warmRuns},
                        {QStringLiteral("p5_idle_rss_mb"), median(warmRssMb)}},
            {}};
}

// The big package's version count as GitHub reports it; -1 when it could not be read.
int bigPackageVersionCount(GitHubClient &client)
{
    const ApiResponse response = await(client.getPackage(octocat, PackageType::Container, bigPackage));
    const auto package = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
    return response.ok() && package.ok() ? package.value().versionCount : -1;
}

// One cold packhouse-prune dry run over the big package, as CI would start it: process start to exit.
qint64 runPruneDryRun(const QUrl &apiUrl)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GH_TOKEN"), fullToken);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QStringList arguments{QStringLiteral("--api-url"),
                                apiUrl.toString(),
                                QStringLiteral("--ca-certificates"),
                                QStringLiteral(PACKHOUSE_FAKE_GITHUB_CERTIFICATE),
                                QStringLiteral("--me"),
                                QStringLiteral("--type"),
                                QStringLiteral("container"),
                                QStringLiteral("--package"),
                                bigPackage,
                                QStringLiteral("--untagged-only"),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--quiet")};
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(PACKHOUSE_PRUNE_PATH), arguments);
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1;
    const qint64 elapsed = clock.elapsed();
    // A dry run that planned nothing measured nothing.
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return report.value(u"complete").toBool() && !report.value(u"delete").toArray().isEmpty() ? elapsed : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The fake speaks HTTPS, as github.com does, with a certificate we trust for this run only.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QStringLiteral(PACKHOUSE_FAKE_GITHUB_CERTIFICATE));
    QSslConfiguration::setDefaultConfiguration(tls);
    // `packhouse-bench p1 p3` runs only those parts; no part named runs them all. `--quick`: small sizes and
    // single runs, so that `./run test` notices a broken benchmark; its figures mean nothing.
    if (app.arguments().size() == 3 &&
        app.arguments().at(1) == QLatin1StringView(overviewMemoryChildArgument))
        return runOverviewMemoryChild(app.arguments().at(2));
    QStringList parts = app.arguments().mid(1);
    const bool quick = parts.removeAll(QStringLiteral("--quick")) > 0;
    const auto wanted = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1StringView(part));
    };
    const int latency = quick ? quickLatencyMs : latencyMs;
    QJsonObject result;
    if (quick)
        result.insert(QStringLiteral("quick"), true);
    // A part that could not measure reports no figure: it says why, and the program fails.
    bool failed = false;
    const auto fail = [&failed](const char *part, const QString &why) {
        std::fprintf(stderr, "packhouse-bench: %s failed: %s\n", part, qPrintable(why));
        failed = true;
    };

    FakeServerProcess server;
    if (!server.start(QStringLiteral(PACKHOUSE_FAKE_GITHUB_PATH), latency)) {
        std::fprintf(stderr, "packhouse-bench: could not start the fake GitHub\n");
        return 1;
    }
    QNetworkAccessManager network;

    // p1: list the 12,000 versions: Link-following vs Packhouse's parallel pages.
    if (wanted("p1")) {
        auto client = makeClient(&network, server.url());
        const int versionCount = bigPackageVersionCount(*client);
        int serialVersions = 0;
        const qint64 serialMs = listSerially(*client, &serialVersions);

        // The app's own settings: ClientOptions' defaults.
        auto parallelClient = makeClient(&network, server.url());
        server.control(QStringLiteral("/_control/reset"), {});
        const ParallelRun parallel = listInParallel(*parallelClient, versionCount);
        if (versionCount <= 0 || serialMs < 0 || parallel.totalMs < 0 || parallel.versions != versionCount ||
            serialVersions != versionCount) {
            fail("p1", QStringLiteral("a listing failed (%1 versions expected, %2 listed in parallel, %3 "
                                      "page by page)")
                           .arg(versionCount)
                           .arg(parallel.versions)
                           .arg(serialVersions));
        } else {
            result.insert(QStringLiteral("p1_serial_ms"), serialMs);
            result.insert(QStringLiteral("p1_parallel_ms"), parallel.totalMs);
            result.insert(QStringLiteral("p1_versions"), parallel.versions);
            result.insert(QStringLiteral("p1_ratio"), double(parallel.totalMs) / double(serialMs));
            // On the wire, as the server saw them: what the pipelining really achieved.
            result.insert(QStringLiteral("p1_peak_in_flight"),
                          server.counters().value(u"peak_concurrency").toInt());
            result.insert(QStringLiteral("p1_client_peak_in_flight"), parallelClient->peakRequestsInFlight());
            result.insert(QStringLiteral("p1_first_rows_ms"), parallel.firstPageMs);
        }
    }

    // p2: the app's Refresh of an unchanged namespace, with the ETag cache, costs no primary quota.
    if (wanted("p2")) {
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        const RefreshRun refresh = refreshAsTheAppDoes(&network, server);
        if (!refresh.error.isEmpty()) {
            fail("p2", refresh.error);
        } else {
            result.insert(QStringLiteral("p2_quota_points"), refresh.quotaPoints);
            result.insert(QStringLiteral("p2_not_modified"), refresh.notModified);
            result.insert(QStringLiteral("p2_requests"), refresh.requests);
        }
    }

    // p3: 300 deletes paced to the secondary-limit budget.
    if (wanted("p3")) {
        server.control(QStringLiteral("/_control/reset"), {});
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        auto client = makeClient(&network, server.url());
        // 1,000 deletes cross GitHub's hourly budget of 500; --quick checks that the part works.
        const PacingRun pacing = deletePaced(*client, server, quick ? 40 : 1000);
        if (!pacing.error.isEmpty()) {
            fail("p3", pacing.error);
        } else {
            result.insert(QStringLiteral("p3_rejections"), pacing.rejections);
            result.insert(QStringLiteral("p3_rate_ratio"), pacing.rateRatio);
            result.insert(QStringLiteral("p3_eta_error"), pacing.etaError);
            result.insert(QStringLiteral("p3_retry_honoured"), pacing.retryHonoured);
            result.insert(QStringLiteral("p3_speed_up"), pacingSpeedUp);
        }
    }

    // p4: the 100,000-version model (its own program, so its memory figure is its own), and p5: the app's
    // start (its own processes).
    const auto merge = [&](const char *part, const PartRun &run) {
        if (!run.error.isEmpty())
            fail(part, run.error);
        for (auto it = run.figures.begin(); it != run.figures.end(); ++it)
            result.insert(it.key(), it.value());
    };
    if (wanted("p4"))
        merge("p4", runModelBench(quick ? quickModelVersions : 100'000));
    if (wanted("p5")) {
        server.control(QStringLiteral("/_control/reset"), {});
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
        merge("p5", runStartup(server.url(), quick ? 1 : 5));
    }

    // p6: a packhouse-prune dry run over the 12,000-version package against the app's own listing of it, same
    // latency, cold (new client, no cache; a new process), the median of five each.
    if (wanted("p6")) {
        server.control(QStringLiteral("/_control/reset"), {});
        server.control(QStringLiteral("/_control/latency"), QJsonObject{{QStringLiteral("ms"), latency}});
        auto probe = makeClient(&network, server.url());
        const int versionCount = bigPackageVersionCount(*probe);
        QList<qint64> listings;
        QList<qint64> dryRuns;
        for (int run = 0; run < (quick ? 1 : 5); ++run) {
            auto client = makeClient(&network, server.url());
            listings.append(listInParallel(*client, versionCount).totalMs);
            dryRuns.append(runPruneDryRun(server.url()));
        }
        if (versionCount < 0 || listings.contains(-1) || dryRuns.contains(-1)) {
            fail("p6", QStringLiteral("a listing or dry run did not complete"));
        } else {
            result.insert(QStringLiteral("p6_listing_ms"), median(listings));
            result.insert(QStringLiteral("p6_dry_run_ms"), median(dryRuns));
            result.insert(QStringLiteral("p6_ratio"), double(median(dryRuns)) / double(median(listings)));
        }
    }

    // p7: the Overview's scan of an organization of 200 packages and 50,000 versions (issue #18), its own
    // server.
    if (wanted("p7"))
        merge("p7", [&] {
            const OverviewBenchRun run =
                runOverviewBench(QStringLiteral(PACKHOUSE_FAKE_GITHUB_PATH), latency, quick);
            return PartRun{run.figures, run.error};
        }());

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failed ? 1 : 0;
}
