// The Overview's scan (issue #18) against the fake GitHub: sizes, orphans and broken images of scenarios with
// known answers, the referrers of the demo's signed image, bad manifests reported per package, the quota of a
// rescan, and a cancelled scan that keeps what it had.
#include "namespacescan.h"
#include "ocitestdata.h"
#include "blobusage.h"
#include "fakedemoscenario.h"
#include "fakeserverfixture.h"
#include "registryclient.h"
#include "responsecache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

const QString ociImage = u"application/vnd.oci.image.manifest.v1+json"_s;
const QString ociIndex = u"application/vnd.oci.image.index.v1+json"_s;

using OciTestData::bytesOf;
using OciTestData::descriptor;
using OciTestData::sha256;

QString blob(const char *name)
{
    return sha256(QByteArray("blob/") + name);
}

// An image manifest: a config of `configSize` and the named layers with their sizes.
QJsonObject image(const char *config, qint64 configSize, const QList<std::pair<const char *, qint64>> &layers)
{
    QJsonArray layerArray;
    for (const auto &[name, size] : layers)
        layerArray.append(descriptor(u"application/vnd.oci.image.layer.v1.tar+gzip"_s, blob(name), size));
    return QJsonObject{
        {u"schemaVersion"_s, 2},
        {u"mediaType"_s, ociImage},
        {u"config"_s, descriptor(u"application/vnd.oci.image.config.v1+json"_s, blob(config), configSize)},
        {u"layers"_s, layerArray}};
}

QJsonObject platformIndex(const QList<std::pair<QJsonObject, const char *>> &platforms)
{
    QJsonArray entries;
    for (const auto &[manifest, architecture] : platforms) {
        QJsonObject entry = descriptor(ociImage, sha256(bytesOf(manifest)), bytesOf(manifest).size());
        entry.insert(u"platform"_s, QJsonObject{{u"os"_s, u"linux"_s},
                                                {u"architecture"_s, QString::fromLatin1(architecture)}});
        entries.append(entry);
    }
    return QJsonObject{{u"schemaVersion"_s, 2}, {u"mediaType"_s, ociIndex}, {u"manifests"_s, entries}};
}

// A version of a container package; `manifest` empty: the registry does not have it.
QJsonObject version(qint64 id, const QJsonObject &manifest, const QStringList &tags, int ageDays,
                    const QString &digest = {})
{
    QJsonObject object{{u"id"_s, id},
                       {u"name"_s, digest.isEmpty() ? sha256(bytesOf(manifest)) : digest},
                       {u"tags"_s, QJsonArray::fromStringList(tags)},
                       {u"age_days"_s, ageDays}};
    if (!manifest.isEmpty())
        object.insert(u"manifest"_s, manifest);
    return object;
}

// The demo's users, tokens and packages, and an organization `measure` holding `packages`.
QJsonObject scenarioWith(const QJsonArray &packages)
{
    QJsonObject scenario = FakeGitHub::DemoScenario::scenario();
    QJsonArray orgs = scenario.value(u"orgs"_s).toArray();
    orgs.append(QJsonObject{{u"login"_s, u"measure"_s},
                            {u"id"_s, 9'200'001},
                            {u"admins"_s, QJsonArray{u"octocat"_s}},
                            {u"members"_s, QJsonArray{u"octocat"_s}},
                            {u"age_days"_s, 100}});
    scenario.insert(u"orgs"_s, orgs);
    QJsonArray all = scenario.value(u"packages"_s).toArray();
    for (const QJsonValue &package : packages)
        all.append(package);
    scenario.insert(u"packages"_s, all);
    return scenario;
}

QJsonObject package(qint64 id, const QString &type, const QString &name, const QJsonArray &versions)
{
    return QJsonObject{{u"id"_s, id},
                       {u"owner"_s, u"measure"_s},
                       {u"type"_s, type},
                       {u"name"_s, name},
                       {u"versions"_s, versions}};
}

class NamespaceScanTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        registry = std::make_unique<RegistryClient>(client.get(), QString());
    }

    // Lists and scans `owner` in full; false if it did not finish in time.
    bool runFully(NamespaceScan &scan)
    {
        if (!listPackages(scan))
            return false;
        scan.scanPackages();
        return waitForFinish(scan);
    }

    // Lists the packages of `scan`; false if that did not end in time. Then scanPackages() and
    // waitForFinish().
    bool listPackages(NamespaceScan &scan)
    {
        finishedScans.remove(&scan);
        QObject::connect(&scan, &NamespaceScan::finished, &scan,
                         [this, &scan] { finishedScans.insert(&scan); });
        bool listed = false;
        const QMetaObject::Connection connection =
            QObject::connect(&scan, &NamespaceScan::packagesListed, &scan, [&listed] { listed = true; });
        scan.listPackages();
        const bool inTime = waitUntil([&listed] { return listed; });
        QObject::disconnect(connection); // `listed` ends here
        return inTime;
    }

    bool waitForFinish(const NamespaceScan &scan)
    {
        return waitUntil([this, &scan] { return finishedScans.contains(&scan); }, 60000);
    }

    static const PackageHealth *find(const NamespaceScan &scan, const QString &name)
    {
        for (const PackageHealth &health : scan.packages()) {
            if (health.package.name == name)
                return &health;
        }
        return nullptr;
    }

    std::unique_ptr<RegistryClient> registry;
    QSet<const NamespaceScan *> finishedScans;
};

// app: 1.0 is a two-platform index (amd64: config c1 + layers base, app1; arm64: config c2 + layers base,
// app2), 0.9 a single image sharing `base`, `old` an index listing a platform manifest the registry no longer
// has, and one untagged single image no index lists.
struct KnownImages
{
    QJsonObject amd64 = image("c1", 10, {{"base", 1000}, {"app1", 200}});
    QJsonObject arm64 = image("c2", 20, {{"base", 1000}, {"app2", 300}});
    QJsonObject release = platformIndex({{amd64, "amd64"}, {arm64, "arm64"}});
    QJsonObject previous = image("c3", 30, {{"base", 1000}, {"prev", 400}});
    QJsonObject gone = image("c4", 40, {{"gone", 5000}});
    QJsonObject broken = platformIndex({{gone, "amd64"}});
    QJsonObject orphan = image("c5", 50, {{"orphan", 600}});

    QJsonArray versions() const
    {
        return {version(101, release, {u"1.0"_s, u"latest"_s}, 1),
                version(102, amd64, {}, 1),
                version(103, arm64, {}, 1),
                version(104, previous, {u"0.9"_s}, 40),
                version(105, broken, {u"old"_s}, 90),
                version(106, orphan, {}, 60)};
    }
    static qint64 bodies(const QList<QJsonObject> &manifests)
    {
        qint64 bytes = 0;
        for (const QJsonObject &manifest : manifests)
            bytes += bytesOf(manifest).size();
        return bytes;
    }
};

} // namespace

TEST_F(NamespaceScanTest, SizesOrphansAndBrokenImagesOfKnownImages)
{
    const KnownImages images;
    ASSERT_TRUE(server.loadScenario(
        scenarioWith({package(7001, u"container"_s, u"app"_s, images.versions()),
                      package(7002, u"npm"_s, u"lib"_s,
                              {QJsonObject{{u"id"_s, 201}, {u"name"_s, u"0.1.0"_s}, {u"age_days"_s, 3}},
                               QJsonObject{{u"id"_s, 202}, {u"name"_s, u"0.2.0"_s}, {u"age_days"_s, 2}}})})));
    RetentionRule untagged;
    untagged.untaggedOnly = true;
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"measure"_s),
                       {{}, untagged, 6});
    ASSERT_TRUE(runFully(scan));

    ASSERT_EQ(scan.packages().size(), 2);
    EXPECT_TRUE(scan.isComplete());
    const PackageHealth *app = find(scan, u"app"_s);
    ASSERT_NE(app, nullptr);
    EXPECT_TRUE(app->scanned);
    EXPECT_EQ(app->versions, 6);
    EXPECT_EQ(app->tagged, 3);
    EXPECT_EQ(app->untagged, 3);
    EXPECT_EQ(app->orphans, 1);
    EXPECT_EQ(app->brokenImages, 1);
    // Each blob once: base (shared by three images) 1000, app1 200, app2 300, prev 400, orphan 600, configs
    // 10+20+30+50, and the manifests themselves. The broken index's missing manifest (and its 5000-byte
    // layer) is not stored.
    const qint64 manifests = KnownImages::bodies(
        {images.release, images.amd64, images.arm64, images.previous, images.broken, images.orphan});
    ASSERT_TRUE(app->sizeBytes.has_value());
    EXPECT_EQ(*app->sizeBytes, 1000 + 200 + 300 + 400 + 600 + 110 + manifests);
    // The rule takes the orphan: its layer, config and manifest are referenced by nothing else.
    ASSERT_EQ(app->ruleDeletions, 1);
    EXPECT_EQ(app->ruleDeletionIds, QList<qint64>{106});
    ASSERT_TRUE(app->reclaimableBytes.has_value());
    EXPECT_EQ(*app->reclaimableBytes, 600 + 50 + KnownImages::bodies({images.orphan}));
    EXPECT_EQ(app->newest.daysTo(QDateTime::currentDateTimeUtc()), 1);
    EXPECT_EQ(app->oldest.daysTo(QDateTime::currentDateTimeUtc()), 90);

    const PackageHealth *lib = find(scan, u"lib"_s);
    ASSERT_NE(lib, nullptr);
    EXPECT_EQ(lib->versions, 2);
    EXPECT_FALSE(lib->sizeBytes.has_value()) << "GitHub's API gives no size for npm packages";
    EXPECT_FALSE(lib->reclaimableBytes.has_value());
    EXPECT_EQ(lib->ruleDeletions, 0) << "npm versions have no tags: the rule would take them all";
    EXPECT_FALSE(lib->ruleRefusal.isEmpty());
}

TEST_F(NamespaceScanTest, DeletingAnImageFreesOnlyWhatNoStayingImageShares)
{
    const KnownImages images;
    QList<PackageVersion> versions;
    QHash<QString, OciManifest> manifests;
    for (const QJsonValue &value : images.versions()) {
        const QJsonObject object = value.toObject();
        PackageVersion version;
        version.id = object.value(u"id"_s).toInteger();
        version.name = object.value(u"name"_s).toString();
        versions.append(version);
        const QByteArray body = bytesOf(object.value(u"manifest"_s).toObject());
        manifests.insert(version.name, OciManifest::decode(body, version.name, {}).value());
    }
    const BlobUsage usage = BlobUsage::build(versions, manifests);
    // Deleting 1.0 (its index and both platform manifests): app1, app2, c1, c2 and the three manifests go;
    // `base` stays shared with 0.9.
    const BlobUsage::Split split = usage.split({101, 102, 103});
    EXPECT_EQ(split.freedBytes,
              200 + 300 + 10 + 20 + KnownImages::bodies({images.release, images.amd64, images.arm64}));
    EXPECT_EQ(split.sharedBytes, 1000);
    // Deleting everything that references `base` frees it too.
    EXPECT_EQ(usage.split({101, 102, 103, 104}).sharedBytes, 0);
}

TEST_F(NamespaceScanTest, ReferrersAreNeitherOrphansNorBroken)
{
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {});
    ASSERT_TRUE(runFully(scan));
    const PackageHealth *signedApp = find(scan, u"signed-app"_s);
    ASSERT_NE(signedApp, nullptr);
    EXPECT_TRUE(signedApp->complete) << signedApp->problems.join(u'\n').toStdString();
    // 1.9.0's multi-arch index lost its tag to a newer image: listed by nothing, it is the one orphan. The
    // referrers index re-pushed untagged (2.0.0's first signature) hangs under its subject, and the referrers
    // index left by the deleted 1.8.0 is a referrer, not an image.
    EXPECT_EQ(signedApp->orphans, 1);
    EXPECT_EQ(signedApp->brokenImages, 0);
    ASSERT_TRUE(signedApp->sizeBytes.has_value());
    EXPECT_GT(*signedApp->sizeBytes, 0);
}

TEST_F(NamespaceScanTest, BadOrUnreachableManifestsAreReportedPerPackage)
{
    QJsonObject unknownType = image("c6", 10, {{"x", 1}});
    unknownType.insert(u"mediaType"_s, u"application/vnd.example.unknown+json"_s);
    QJsonObject negative = image("c7", 10, {{"y", -5}});
    QJsonObject absurd = image("c8", 10, {{"z", qint64(1) << 50}});
    const QJsonObject fine = image("c9", 10, {{"fine", 700}});
    ASSERT_TRUE(server.loadScenario(
        scenarioWith({package(7101, u"container"_s, u"bad"_s,
                              {version(301, unknownType, {u"a"_s}, 1), version(302, negative, {u"b"_s}, 2),
                               version(303, absurd, {u"c"_s}, 3), version(304, fine, {u"d"_s}, 4)}),
                      package(7102, u"container"_s, u"unreachable"_s,
                              {version(401, {}, {u"1"_s}, 1, sha256("not in the registry 1")),
                               version(402, {}, {}, 2, sha256("not in the registry 2"))}),
                      package(7103, u"container"_s, u"good"_s, {version(501, fine, {u"v1"_s}, 1)})})));
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"measure"_s), {});
    ASSERT_TRUE(runFully(scan));
    ASSERT_EQ(scan.packages().size(), 3);
    EXPECT_FALSE(scan.isComplete());

    const PackageHealth *bad = find(scan, u"bad"_s);
    ASSERT_NE(bad, nullptr);
    EXPECT_FALSE(bad->complete);
    ASSERT_EQ(bad->problems.size(), 1);
    EXPECT_TRUE(bad->problems.constFirst().startsWith(u"3 manifest"_s))
        << bad->problems.constFirst().toStdString();
    ASSERT_TRUE(bad->sizeBytes.has_value()) << "what could be read is counted";
    EXPECT_EQ(*bad->sizeBytes, 700 + 10 + bytesOf(fine).size());
    EXPECT_TRUE(bad->sizeIsPartial) << "a lower bound, not the size";

    const PackageHealth *unreachable = find(scan, u"unreachable"_s);
    ASSERT_NE(unreachable, nullptr);
    EXPECT_FALSE(unreachable->complete);
    EXPECT_FALSE(unreachable->sizeBytes.has_value()) << "no manifest read: no size, never a made-up 0";
    EXPECT_EQ(unreachable->versions, 2);

    const PackageHealth *good = find(scan, u"good"_s);
    ASSERT_NE(good, nullptr);
    EXPECT_TRUE(good->complete);
    EXPECT_EQ(good->sizeBytes, 700 + 10 + bytesOf(fine).size());
}

TEST_F(NamespaceScanTest, ARescanOfAnUnchangedNamespaceCostsNoQuotaAndReadsNoManifestTwice)
{
    ResponseCache cache(QString{});
    client->setCache(&cache);
    const auto quota = [this] { return counters().value(u"quota_spent"_s).toInt(); };
    const auto downloads = [this] { return counters().value(u"manifest_downloads"_s).toInt(); };

    NamespaceScan first(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {});
    ASSERT_TRUE(runFully(first));
    const int quotaOfFirst = quota();
    const int downloadsOfFirst = downloads();
    EXPECT_GT(downloadsOfFirst, 0);
    EXPECT_LE(quotaOfFirst, first.estimatedRestRequests() + 6) << "the estimate plus the six type listings";

    NamespaceScan second(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {});
    ASSERT_TRUE(runFully(second));
    EXPECT_EQ(quota(), quotaOfFirst) << "every page revalidated with its ETag: 304s cost nothing";
    EXPECT_EQ(downloads(), downloadsOfFirst) << "manifests are cached by digest";
    ASSERT_EQ(second.packages().size(), first.packages().size());
    for (qsizetype i = 0; i < first.packages().size(); ++i) {
        EXPECT_EQ(second.packages().at(i).sizeBytes, first.packages().at(i).sizeBytes);
        EXPECT_EQ(second.packages().at(i).versions, first.packages().at(i).versions);
    }
}

TEST_F(NamespaceScanTest, ACappedScanCoversAPrefixAndSaysItIsPartial)
{
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {});
    ASSERT_TRUE(listPackages(scan));
    const int packages = int(scan.packages().size());
    ASSERT_GT(packages, 3);
    // Room for the closing re-list (one page per type) and two packages' pages.
    scan.scanPackages(6 + 2);
    ASSERT_TRUE(waitForFinish(scan));
    EXPECT_EQ(scan.toScanCount(), 2);
    EXPECT_FALSE(scan.isComplete());
    EXPECT_TRUE(scan.packages().at(0).scanned);
    EXPECT_TRUE(scan.packages().at(1).scanned);
    EXPECT_FALSE(scan.packages().at(2).scanned);
}

TEST_F(NamespaceScanTest, ACapTooSmallForTheClosingRelistScansNothing)
{
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {});
    ASSERT_TRUE(listPackages(scan));
    EXPECT_EQ(scan.packagesWithin(3), 0);
    const int quotaBefore = counters().value(u"quota_spent"_s).toInt();
    scan.scanPackages(3);
    ASSERT_TRUE(waitForFinish(scan));
    EXPECT_EQ(scan.toScanCount(), 0);
    EXPECT_EQ(counters().value(u"quota_spent"_s).toInt(), quotaBefore) << "a cap is a cap";
}

TEST_F(NamespaceScanTest, ACancelledScanKeepsWhatItScannedMarkedPartial)
{
    server.setLatency(30);
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"acme"_s), {{}, {}, 1});
    QObject::connect(&scan, &NamespaceScan::packageScanned, &scan, [&scan](int) {
        if (scan.scannedCount() == 2)
            scan.cancel();
    });
    ASSERT_TRUE(listPackages(scan));
    scan.scanPackages();
    ASSERT_TRUE(waitForFinish(scan));
    EXPECT_TRUE(scan.wasCancelled());
    EXPECT_FALSE(scan.isComplete());
    // What was running when the scan was cancelled never completes later (as a package with no versions).
    int scannedAfterFinish = 0;
    QObject::connect(&scan, &NamespaceScan::packageScanned, &scan,
                     [&scannedAfterFinish](int) { ++scannedAfterFinish; });
    QTest::qWait(500);
    EXPECT_EQ(scannedAfterFinish, 0);
    EXPECT_EQ(scan.scannedCount(), 2);
    const auto scanned = std::count_if(scan.packages().cbegin(), scan.packages().cend(),
                                       [](const PackageHealth &health) { return health.scanned; });
    EXPECT_EQ(scanned, 2);
    EXPECT_GT(scan.packages().size(), 2);
}

// Version counts are checked by one re-list of the packages at the end: a version deleted after its package's
// pages were read moves the package's count, and that package is scanned again.
TEST_F(NamespaceScanTest, APackageThatChangedDuringTheScanIsScannedAgain)
{
    ASSERT_TRUE(server.loadScenario(
        scenarioWith({package(7201, u"npm"_s, u"moving"_s,
                              {QJsonObject{{u"id"_s, 601}, {u"name"_s, u"1.0.0"_s}, {u"age_days"_s, 3}},
                               QJsonObject{{u"id"_s, 602}, {u"name"_s, u"1.1.0"_s}, {u"age_days"_s, 2}},
                               QJsonObject{{u"id"_s, 603}, {u"name"_s, u"1.2.0"_s}, {u"age_days"_s, 1}}})})));
    NamespaceScan scan(client.get(), registry.get(), NamespaceRef::organization(u"measure"_s), {});
    bool finished = false;
    int scans = 0;
    QObject::connect(&scan, &NamespaceScan::packagesListed, &scan, [this, &scan] {
        // The next package list is the closing re-list: 1.2.0 goes just before it.
        server.injectFault(
            QJsonObject{{u"delete_version"_s, 603}, {u"path_contains"_s, u"package_type=npm"_s}});
        scan.scanPackages();
    });
    QObject::connect(&scan, &NamespaceScan::packageScanned, &scan, [&scans](int) { ++scans; });
    QObject::connect(&scan, &NamespaceScan::finished, &scan, [&finished] { finished = true; });
    scan.listPackages();
    ASSERT_TRUE(waitUntil([&finished] { return finished; }));

    EXPECT_EQ(scans, 2) << "scanned, then scanned again after the re-list";
    ASSERT_EQ(scan.packages().size(), 1);
    const PackageHealth &moving = scan.packages().constFirst();
    EXPECT_EQ(moving.versions, 2);
    EXPECT_EQ(moving.package.versionCount, 2);
    EXPECT_TRUE(moving.complete);
    EXPECT_TRUE(scan.isComplete());
}
