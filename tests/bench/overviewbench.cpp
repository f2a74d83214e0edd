#include "overviewbench.h"

#include "fakeserverprocess.h"
#include "githubclient.h"
#include "namespacescan.h"
#include "ocitestdata.h"
#include "registryclient.h"
#include "responsecache.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"ghp_packhouseBenchOverviewToken000000000"_s;
const QString organization = u"bigorg"_s;

using OciTestData::bytesOf;
using OciTestData::descriptor;
using OciTestData::sha256;

// A platform image of build `build`: a base layer shared by the package's images, and two of its own.
QJsonObject platformImage(const QString &package, int build, const char *architecture)
{
    const QString key = package + u'/' + QString::number(build) + u'/' + QLatin1StringView(architecture);
    const QString layer = u"application/vnd.oci.image.layer.v1.tar+gzip"_s;
    return QJsonObject{
        {u"schemaVersion"_s, 2},
        {u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
        {u"config"_s, descriptor(u"application/vnd.oci.image.config.v1+json"_s,
                                 sha256((key + u"/config"_s).toUtf8()), 1500)},
        {u"layers"_s, QJsonArray{descriptor(layer, sha256((package + u"/base"_s).toUtf8()), 30'000'000),
                                 descriptor(layer, sha256((key + u"/deps"_s).toUtf8()), 8'000'000),
                                 descriptor(layer, sha256((key + u"/app"_s).toUtf8()), 2'000'000)}}};
}

QJsonObject versionOf(qint64 id, const QJsonObject &manifest, const QStringList &tags, int ageHours)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, sha256(bytesOf(manifest))},
                       {u"tags"_s, QJsonArray::fromStringList(tags)},
                       {u"age_seconds"_s, ageHours * 3600},
                       {u"manifest"_s, manifest}};
}

// `packages` packages with `versions` versions in all, a quarter of them container packages of two-platform
// images (index + linux/amd64 + linux/arm64), the rest spread over the other five types.
QJsonObject bigOrganization(int packages, int versions)
{
    const QStringList otherTypes{u"npm"_s, u"maven"_s, u"rubygems"_s, u"nuget"_s, u"docker"_s};
    const int perPackage = versions / packages;
    QJsonArray all;
    qint64 nextId = 1'000'000;
    for (int p = 0; p < packages; ++p) {
        const bool container = p % 4 == 0;
        const QString type = container ? u"container"_s : otherTypes.at(p % otherTypes.size());
        const QString name = u"pkg-%1"_s.arg(p, 3, 10, QLatin1Char('0'));
        QJsonArray packageVersions;
        if (container) {
            for (int build = 0; packageVersions.size() + 3 <= perPackage; ++build) {
                const QJsonObject amd64 = platformImage(name, build, "amd64");
                const QJsonObject arm64 = platformImage(name, build, "arm64");
                QJsonArray entries;
                for (const auto &[image, architecture] :
                     {std::pair{amd64, "amd64"}, std::pair{arm64, "arm64"}}) {
                    const QByteArray bytes = bytesOf(image);
                    QJsonObject entry =
                        descriptor(image[u"mediaType"_s].toString(), sha256(bytes), bytes.size());
                    entry.insert(u"platform"_s,
                                 QJsonObject{{u"os"_s, u"linux"_s},
                                             {u"architecture"_s, QLatin1StringView(architecture)}});
                    entries.append(entry);
                }
                const QJsonObject index{{u"schemaVersion"_s, 2},
                                        {u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s},
                                        {u"manifests"_s, entries}};
                // Every fifth build lost its tag to a newer one: an untagged index, the kind of orphan to
                // see.
                const QStringList tags =
                    build % 5 == 4 ? QStringList() : QStringList{u"build-%1"_s.arg(build)};
                packageVersions.append(versionOf(nextId++, amd64, {}, build + 1));
                packageVersions.append(versionOf(nextId++, arm64, {}, build + 1));
                packageVersions.append(versionOf(nextId++, index, tags, build));
            }
        } else {
            for (int v = 0; v < perPackage; ++v) {
                packageVersions.append(QJsonObject{
                    {u"id"_s, nextId++}, {u"name"_s, u"1.%1.0"_s.arg(v)}, {u"age_seconds"_s, v * 3600}});
            }
        }
        all.append(QJsonObject{{u"owner"_s, organization},
                               {u"type"_s, type},
                               {u"name"_s, name},
                               {u"versions"_s, packageVersions}});
    }
    return QJsonObject{{u"users"_s, QJsonArray{QJsonObject{{u"login"_s, u"octocat"_s}}}},
                       {u"orgs"_s, QJsonArray{QJsonObject{{u"login"_s, organization},
                                                          {u"admins"_s, QJsonArray{u"octocat"_s}},
                                                          {u"members"_s, QJsonArray{u"octocat"_s}}}}},
                       {u"tokens"_s, QJsonArray{QJsonObject{{u"token"_s, token},
                                                            {u"user"_s, u"octocat"_s},
                                                            {u"scopes"_s, QJsonArray{u"read:packages"_s}}}}},
                       {u"packages"_s, all}};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(100);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// What the app keeps for the Overview: its client, caches and the scan.
struct Session
{
    explicit Session(QNetworkAccessManager *network, const QUrl &url)
        : client(network, ServerConfig::fromApiUrl(url).value(), ClientOptions{})
        , cache(QString())
        , registry(&client, QString())
    {
        client.setToken(token);
        client.setLogin(u"octocat"_s);
        client.setCache(&cache);
    }

    GitHubClient client;
    ResponseCache cache;
    RegistryClient registry;
};

struct ScanRun
{
    qint64 ms = -1;
    bool complete = false;
    int packages = 0;
    int versions = 0;
};

ScanRun scanOnce(Session &session)
{
    NamespaceScan scan(&session.client, &session.registry, NamespaceRef::organization(organization), {});
    bool finished = false;
    QObject::connect(&scan, &NamespaceScan::packagesListed, &scan, [&scan] { scan.scanPackages(); });
    QObject::connect(&scan, &NamespaceScan::finished, &scan, [&finished] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    scan.listPackages();
    ScanRun run;
    if (!waitFor([&finished] { return finished; }, 600'000))
        return run;
    run.ms = clock.elapsed();
    run.complete = scan.isComplete();
    run.packages = int(scan.packages().size());
    for (const PackageHealth &health : scan.packages())
        run.versions += health.versions;
    return run;
}

// REST requests the server saw (the registry's /v2/ and token requests spend no REST quota).
int restRequests(FakeServerProcess &server)
{
    const QJsonObject byRoute = server.counters().value(u"requests"_s).toObject();
    int requests = 0;
    for (auto it = byRoute.begin(); it != byRoute.end(); ++it) {
        if (!it.key().contains(u"/v2/"_s) && !it.key().contains(u"token"_s))
            requests += it.value().toInt();
    }
    return requests;
}

// "VmRSS" (now) or "VmHWM" (the peak) of this process, in KiB.
qint64 memoryKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T(-1) : values.at(values.size() / 2);
}

} // namespace

int runOverviewMemoryChild(const QString &apiUrl)
{
    QNetworkAccessManager network;
    const qint64 baseline = memoryKiB("VmRSS");
    Session session(&network, QUrl(apiUrl));
    const ScanRun run = scanOnce(session);
    if (!run.complete)
        return 1;
    std::printf("%lld\n", memoryKiB("VmHWM") - baseline);
    return 0;
}

OverviewBenchRun runOverviewBench(const QString &fakeGitHubPath, int latencyMs, bool quick)
{
    const int packageCount = quick ? 20 : 200;
    const int versionCount = quick ? 1'000 : 50'000;
    QTemporaryDir dir;
    QFile scenario(dir.filePath(u"big-organization.json"_s));
    if (!scenario.open(QIODevice::WriteOnly) ||
        scenario.write(
            QJsonDocument(bigOrganization(packageCount, versionCount)).toJson(QJsonDocument::Compact)) < 0)
        return {{}, u"could not write the scenario"_s};
    scenario.close();
    FakeServerProcess server;
    if (!server.start(fakeGitHubPath, latencyMs, scenario.fileName()))
        return {{}, u"could not start the fake GitHub with the big organization"_s};

    QNetworkAccessManager network;
    QList<qint64> coldMs;
    QList<int> coldRequests;
    ScanRun cold;
    const int runs = quick ? 1 : 3;
    for (int run = 0; run < runs; ++run) {
        server.control(u"/_control/reset"_s, {});
        Session session(&network, server.url());
        cold = scanOnce(session);
        if (!cold.complete || cold.packages != packageCount)
            return {
                {},
                u"a cold scan did not complete (%1 of %2 packages)"_s.arg(cold.packages).arg(packageCount)};
        coldMs.append(cold.ms);
        coldRequests.append(restRequests(server));
    }

    // The rescan: the same session (the app's caches), nothing changed on the server. Each starts with the
    // server's limits reset, as a minute later: a scan spends most of an endpoint's 900 secondary points.
    QList<qint64> rescanMs;
    QList<int> rescanPoints;
    {
        server.control(u"/_control/reset"_s, {});
        Session session(&network, server.url());
        if (!scanOnce(session).complete)
            return {{}, u"the scan before the rescans did not complete"_s};
        for (int run = 0; run < runs; ++run) {
            server.control(u"/_control/reset"_s, {});
            const int spentBefore = server.counters().value(u"quota_spent"_s).toInt();
            const ScanRun rescan = scanOnce(session);
            if (!rescan.complete)
                return {{}, u"a rescan did not complete"_s};
            rescanMs.append(rescan.ms);
            rescanPoints.append(server.counters().value(u"quota_spent"_s).toInt() - spentBefore);
        }
    }
    // Memory: a process of its own that holds what the Overview holds after a cold scan.
    server.control(u"/_control/reset"_s, {});
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(overviewMemoryChildArgument), server.url().toString()});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0)
        return {{}, u"the memory measurement's scan did not complete"_s};
    const qint64 memoryKiB = child.readAllStandardOutput().trimmed().toLongLong();
    return {{{u"p7_packages"_s, packageCount},
             {u"p7_versions"_s, cold.versions},
             {u"p7_scan_ms"_s, median(coldMs)},
             {u"p7_rest_requests"_s, median(coldRequests)},
             {u"p7_rescan_ms"_s, median(rescanMs)},
             {u"p7_rescan_points"_s, *std::max_element(rescanPoints.cbegin(), rescanPoints.cend())},
             {u"p7_memory_mb"_s, std::round(double(memoryKiB) / 102.4) / 10.0}},
            {}};
}
