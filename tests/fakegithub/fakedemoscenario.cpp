#include "fakedemoscenario.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace FakeGitHub {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

const QString ociManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString ociIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");

QString sha256(const QByteArray &data)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The digest is the hash of exactly the bytes the registry will serve (the Store serializes compactly).
QString digestOf(const QJsonObject &manifest)
{
    return sha256(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
}

QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("digest"), digest},
                       {QStringLiteral("size"), size}};
}

// A number derived from the text alone (qHash may be seeded), for plausible, stable layer sizes.
qint64 stableNumber(const QString &text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return qint64(quint32(uchar(hash[0])) << 16 | quint32(uchar(hash[1])) << 8 | uchar(hash[2]));
}

QJsonObject platformManifest(const QString &seed, const QString &arch)
{
    const QString key = seed + u'/' + arch;
    QJsonArray layers;
    for (int i = 0; i < 3; ++i) {
        layers.append(descriptor(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"),
                                 sha256((key + QStringLiteral("/layer") + QString::number(i)).toUtf8()),
                                 1'000'000 + stableNumber(key) % 9'000'000 / (i + 1)));
    }
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), ociManifest},
        {QStringLiteral("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"),
                                              sha256((key + QStringLiteral("/config")).toUtf8()), 1469)},
        {QStringLiteral("layers"), layers}};
}

QJsonObject attestationManifest(const QString &seed, const QString &subject)
{
    QJsonObject layer = descriptor(QStringLiteral("application/vnd.in-toto+json"),
                                   sha256((seed + subject + QStringLiteral("/provenance")).toUtf8()), 4211);
    layer.insert(QStringLiteral("annotations"),
                 QJsonObject{{QStringLiteral("in-toto.io/predicate-type"),
                              QStringLiteral("https://slsa.dev/provenance/v0.2")}});
    return QJsonObject{{QStringLiteral("schemaVersion"), 2},
                       {QStringLiteral("mediaType"), ociManifest},
                       {QStringLiteral("config"),
                        descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"),
                                   sha256((seed + subject + QStringLiteral("/att-config")).toUtf8()), 167)},
                       {QStringLiteral("layers"), QJsonArray{layer}}};
}

qint64 sizeOf(const QJsonObject &manifest)
{
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact).size();
}

// An OCI 1.1 referrer (a sigstore bundle, a cosign signature): an artifact whose `subject` is the image it
// describes, with the empty config.
QJsonObject referringManifest(const QString &seed, const QString &artifactType, const QJsonObject &subject)
{
    const QJsonObject emptyConfig =
        descriptor(QStringLiteral("application/vnd.oci.empty.v1+json"), sha256(QByteArrayLiteral("{}")), 2);
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), ociManifest},
        {QStringLiteral("artifactType"), artifactType},
        {QStringLiteral("config"), emptyConfig},
        {QStringLiteral("layers"), QJsonArray{descriptor(artifactType, sha256(seed.toUtf8()), 3301)}},
        {QStringLiteral("subject"), descriptor(subject.value(QStringLiteral("mediaType")).toString(),
                                               digestOf(subject), sizeOf(subject))}};
}

// The referrers tag schema's index (ghcr.io has no referrers API), tagged `sha256-<hex of the subject>`:
// it lists the referrers with their artifact types and has none of its own, as ghcr.io may report it.
QJsonObject referrersIndex(const QList<QJsonObject> &referrers)
{
    QJsonArray entries;
    for (const QJsonObject &referrer : referrers) {
        QJsonObject entry = descriptor(ociManifest, digestOf(referrer), sizeOf(referrer));
        entry.insert(QStringLiteral("artifactType"), referrer.value(QStringLiteral("artifactType")));
        entries.append(entry);
    }
    return QJsonObject{{QStringLiteral("schemaVersion"), 2},
                       {QStringLiteral("mediaType"), ociIndex},
                       {QStringLiteral("manifests"), entries}};
}

// Older cosign's signature: an image manifest with a simple-signing layer, tagged `sha256-<hex>.sig`.
QJsonObject cosignSignature(const QString &seed)
{
    QJsonObject layer = descriptor(QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json"),
                                   sha256((seed + QStringLiteral("/payload")).toUtf8()), 245);
    layer.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("dev.cosignproject.cosign/signature"), QStringLiteral("MEUCIQ==")}});
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), ociManifest},
        {QStringLiteral("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"),
                                              sha256((seed + QStringLiteral("/config")).toUtf8()), 233)},
        {QStringLiteral("layers"), QJsonArray{layer}}};
}

QString referrerTag(const QJsonObject &subject, QStringView suffix = {})
{
    return QStringLiteral("sha256-") + digestOf(subject).mid(7) + suffix.toString();
}

class Builder
{
public:
    QJsonArray packages;

    QJsonObject version(const QString &name, qint64 ageSeconds, const QStringList &tags = {})
    {
        QJsonObject v{{QStringLiteral("id"), m_nextVersionId++},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("age_seconds"), ageSeconds}};
        if (!tags.isEmpty())
            v.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        return v;
    }

    QJsonObject manifestVersion(const QJsonObject &manifest, qint64 ageSeconds, const QStringList &tags = {})
    {
        QJsonObject v = version(digestOf(manifest), ageSeconds, tags);
        v.insert(QStringLiteral("manifest"), manifest);
        return v;
    }

    // A multi-arch image: one untagged version per platform manifest (unless shared from an earlier index)
    // and one attestation, then the tagged index that lists them.
    void addImage(QJsonArray &versions, const QString &seed, const QStringList &tags, qint64 ageSeconds,
                  QMap<QString, QJsonObject> shared = {})
    {
        QJsonArray entries;
        QString amd64Digest;
        qint64 age = ageSeconds + 4;
        for (const QString &arch : {QStringLiteral("amd64"), QStringLiteral("arm64")}) {
            const bool reused = shared.contains(arch);
            const QJsonObject manifest = reused ? shared.value(arch) : platformManifest(seed, arch);
            if (!reused)
                versions.append(manifestVersion(manifest, age--));
            QJsonObject entry = descriptor(ociManifest, digestOf(manifest), sizeOf(manifest));
            entry.insert(QStringLiteral("platform"),
                         QJsonObject{{QStringLiteral("architecture"), arch},
                                     {QStringLiteral("os"), QStringLiteral("linux")}});
            entries.append(entry);
            if (arch == QStringLiteral("amd64"))
                amd64Digest = digestOf(manifest);
        }
        const QJsonObject attestation = attestationManifest(seed, amd64Digest);
        versions.append(manifestVersion(attestation, age--));
        QJsonObject entry = descriptor(ociManifest, digestOf(attestation), sizeOf(attestation));
        entry.insert(QStringLiteral("platform"),
                     QJsonObject{{QStringLiteral("architecture"), QStringLiteral("unknown")},
                                 {QStringLiteral("os"), QStringLiteral("unknown")}});
        entry.insert(QStringLiteral("annotations"),
                     QJsonObject{{QStringLiteral("vnd.docker.reference.digest"), amd64Digest},
                                 {QStringLiteral("vnd.docker.reference.type"),
                                  QStringLiteral("attestation-manifest")}});
        entries.append(entry);
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"), ociIndex},
                                {QStringLiteral("manifests"), entries}};
        versions.append(manifestVersion(index, ageSeconds, tags));
    }

    QJsonObject singleArch(const QString &seed, qint64 ageSeconds, const QStringList &tags = {})
    {
        return manifestVersion(platformManifest(seed, QStringLiteral("amd64")), ageSeconds, tags);
    }

    void addPackage(const QString &owner, const QString &type, const QString &name,
                    const QJsonArray &versions, const QString &visibility = QStringLiteral("private"),
                    const QString &repository = QString(), const QJsonObject &extra = {})
    {
        QJsonObject package{{QStringLiteral("id"), m_nextPackageId++},
                            {QStringLiteral("owner"), owner},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("visibility"), visibility},
                            {QStringLiteral("versions"), versions}};
        if (!repository.isEmpty())
            package.insert(QStringLiteral("repository"), repository);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            package.insert(it.key(), it.value());
        packages.append(package);
    }

    // Plain versions named in order (oldest first), one per `spacing` seconds ending `newestAge` ago.
    QJsonArray named(const QStringList &names, qint64 newestAge, qint64 spacing)
    {
        QJsonArray versions;
        for (qsizetype i = 0; i < names.size(); ++i)
            versions.append(version(names.at(i), newestAge + (names.size() - 1 - i) * spacing));
        return versions;
    }

private:
    qint64 m_nextVersionId = 5'000'000;
    qint64 m_nextPackageId = 1'000;
};

QString shortSha(int i)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex().left(7));
}

void addOctocat(Builder &b)
{
    const QString me = QStringLiteral("octocat");
    QJsonArray hello;
    b.addImage(hello, QStringLiteral("hello-world-1.0"), {QStringLiteral("1.0")}, 60 * day);
    // Pulled by tag, so the index counts the downloads: GitHub refuses to delete it (5,000-download rule).
    QJsonObject popularIndex = hello.last().toObject();
    popularIndex.insert(QStringLiteral("downloads"), 12'000);
    hello[hello.size() - 1] = popularIndex;
    b.addImage(hello, QStringLiteral("hello-world-1.1"), {QStringLiteral("latest"), QStringLiteral("1.1")},
               10 * day);
    b.addPackage(me, QStringLiteral("container"), QStringLiteral("hello-world"), hello,
                 QStringLiteral("public"), QStringLiteral("hello-world"));

    QJsonArray cli = b.named({QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("v1.2.3"),
                              QStringLiteral("2.0.0-beta.1"), QStringLiteral("2.0.0-beta.2"),
                              QStringLiteral("2.0.0-rc.1"), QStringLiteral("2.0.0")},
                             2 * day, 9 * day);
    for (qsizetype i = 0; i < cli.size(); ++i) {
        QJsonObject v = cli.at(i).toObject();
        v.insert(QStringLiteral("license"), QStringLiteral("MIT"));
        v.insert(QStringLiteral("description"), QStringLiteral("The octo command line"));
        cli[i] = v;
    }
    b.addPackage(me, QStringLiteral("npm"), QStringLiteral("octo-cli"), cli, QStringLiteral("private"),
                 QStringLiteral("octo-cli"));
    b.addPackage(me, QStringLiteral("rubygems"), QStringLiteral("octo-gem"),
                 b.named({QStringLiteral("0.1.0"), QStringLiteral("0.2.0"), QStringLiteral("0.3.0")},
                         20 * day, 15 * day));
    b.addPackage(me, QStringLiteral("nuget"), QStringLiteral("Octo.Core"),
                 b.named({QStringLiteral("1.0.0"), QStringLiteral("1.0.1"), QStringLiteral("2.0.0")}, 5 * day,
                         30 * day));
    QJsonArray legacy;
    for (int i = 0; i < 3; ++i) {
        legacy.append(b.version(sha256(QByteArrayLiteral("legacy-app-") + QByteArray::number(i)),
                                (300 - i * 100) * day, {QStringLiteral("v%1.0").arg(i + 1)}));
    }
    b.addPackage(me, QStringLiteral("docker"), QStringLiteral("legacy-app"), legacy);

    // 12,000 versions for the benchmarks: untagged single-arch build caches, every 100th tagged.
    QJsonArray cache;
    for (int i = 0; i < 12'000; ++i) {
        const int age = 11'999 - i;
        QStringList tags;
        if (i == 11'999)
            tags.append(QStringLiteral("latest"));
        else if (i % 100 == 0)
            tags.append(QStringLiteral("cache-%1").arg(i));
        cache.append(b.singleArch(QStringLiteral("ci-cache-%1").arg(i), qint64(age) * 300, tags));
    }
    b.addPackage(me, QStringLiteral("container"), QStringLiteral("ci-cache"), cache,
                 QStringLiteral("private"), QStringLiteral("ci"));
}

// signed-app: images with their referrers as ghcr.io stores them (see README.md).
void addSignedApp(Builder &b)
{
    const QString bundle = QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json");
    const QString signatureType = QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
    QJsonArray app;
    const auto lastManifest = [&app] {
        return app.last().toObject().value(QStringLiteral("manifest")).toObject();
    };

    // 1.8.0 was deleted; the referrers index of it stays behind.
    QJsonObject gone = b.singleArch(QStringLiteral("signed-app-1.8.0"), 40 * day, {QStringLiteral("1.8.0")});
    gone.insert(QStringLiteral("deleted_age_days"), 10);
    app.append(gone);
    const QJsonObject goneImage = gone.value(QStringLiteral("manifest")).toObject();
    const QJsonObject goneProvenance =
        referringManifest(QStringLiteral("signed-app-1.8.0/provenance"), bundle, goneImage);
    app.append(b.manifestVersion(goneProvenance, 40 * day - hour));
    app.append(
        b.manifestVersion(referrersIndex({goneProvenance}), 40 * day - hour - 1, {referrerTag(goneImage)}));

    // 1.9.0's tag moved on: an untagged multi-arch index, still attested.
    b.addImage(app, QStringLiteral("signed-app-1.9.0"), {}, 12 * day);
    const QJsonObject index190 = lastManifest();
    const QJsonObject provenance190 =
        referringManifest(QStringLiteral("signed-app-1.9.0/provenance"), bundle, index190);
    app.append(b.manifestVersion(provenance190, 12 * day - hour));
    app.append(
        b.manifestVersion(referrersIndex({provenance190}), 12 * day - hour - 1, {referrerTag(index190)}));

    // 2.0.0: attested, then signed (the referrers index re-pushed, its first form left untagged), and signed
    // by older cosign too.
    b.addImage(app, QStringLiteral("signed-app-2.0.0"), {QStringLiteral("2.0.0"), QStringLiteral("latest")},
               3 * day);
    const QJsonObject index200 = lastManifest();
    const QJsonObject provenance200 =
        referringManifest(QStringLiteral("signed-app-2.0.0/provenance"), bundle, index200);
    const QJsonObject signature200 =
        referringManifest(QStringLiteral("signed-app-2.0.0/signature"), signatureType, index200);
    app.append(b.manifestVersion(provenance200, 3 * day - hour));
    app.append(b.manifestVersion(referrersIndex({provenance200}), 3 * day - hour - 1));
    app.append(b.manifestVersion(signature200, 3 * day - 2 * hour));
    app.append(b.manifestVersion(referrersIndex({provenance200, signature200}), 3 * day - 2 * hour - 1,
                                 {referrerTag(index200)}));
    app.append(b.manifestVersion(cosignSignature(QStringLiteral("signed-app-2.0.0/cosign")),
                                 3 * day - 3 * hour, {referrerTag(index200, u".sig")}));
    b.addPackage(QStringLiteral("acme"), QStringLiteral("container"), QStringLiteral("signed-app"), app,
                 QStringLiteral("private"), QStringLiteral("signed-app"));
}

void addAcme(Builder &b)
{
    const QString acme = QStringLiteral("acme");
    const QString container = QStringLiteral("container");
    const QString npm = QStringLiteral("npm");

    // web: three releases, 1.4.0 re-uses 1.3.0's arm64 manifest; orphans; deleted versions 3 and 40 days ago.
    QJsonArray web;
    b.addImage(web, QStringLiteral("web-1.2.0"), {QStringLiteral("1.2.0")}, 30 * day);
    b.addImage(web, QStringLiteral("web-1.3.0"), {QStringLiteral("1.3.0")}, 20 * day);
    b.addImage(
        web, QStringLiteral("web-1.4.0"), {QStringLiteral("latest"), QStringLiteral("1.4.0")}, 2 * day,
        {{QStringLiteral("arm64"), platformManifest(QStringLiteral("web-1.3.0"), QStringLiteral("arm64"))}});
    for (const int age : {25, 15, 5})
        web.append(b.singleArch(QStringLiteral("web-orphan-%1").arg(age), age * day));
    QJsonObject recentlyDeleted =
        b.singleArch(QStringLiteral("web-1.1.0"), 50 * day, {QStringLiteral("1.1.0")});
    recentlyDeleted.insert(QStringLiteral("deleted_age_days"), 3);
    web.append(recentlyDeleted);
    QJsonObject longDeleted = b.singleArch(QStringLiteral("web-1.0.0"), 90 * day, {QStringLiteral("1.0.0")});
    longDeleted.insert(QStringLiteral("deleted_age_days"), 40);
    web.append(longDeleted);
    b.addPackage(acme, container, QStringLiteral("web"), web, QStringLiteral("private"),
                 QStringLiteral("web"));

    // api: 350 single-arch CI builds, two hours apart.
    QJsonArray api;
    for (int i = 0; i < 350; ++i) {
        QStringList tags;
        if (i % 10 != 9)
            tags.append(i == 200 ? QStringLiteral("sha-abc1234") : QStringLiteral("sha-") + shortSha(i));
        if (i % 7 == 0)
            tags.append(QStringLiteral("pr-%1").arg(i / 7));
        if (i % 25 == 0)
            tags.append(QStringLiteral("v2.%1.0").arg(i / 25));
        if (i == 349)
            tags << QStringLiteral("v2.3.4") << QStringLiteral("latest");
        api.append(b.singleArch(QStringLiteral("api-%1").arg(i), qint64(349 - i) * 2 * hour + hour, tags));
    }
    b.addPackage(acme, container, QStringLiteral("api"), api, QStringLiteral("private"),
                 QStringLiteral("api"));

    QJsonArray worker;
    b.addImage(worker, QStringLiteral("worker-0.9"), {QStringLiteral("0.9")}, 14 * day);
    b.addImage(worker, QStringLiteral("worker-1.0"), {QStringLiteral("latest"), QStringLiteral("1.0")},
               4 * day);
    b.addPackage(acme, container, QStringLiteral("team/worker"), worker, QStringLiteral("private"),
                 QStringLiteral("worker"));

    b.addPackage(acme, npm, QStringLiteral("ui-kit"),
                 b.named({QStringLiteral("0.9.0"), QStringLiteral("1.0.0"), QStringLiteral("1.1.0"),
                          QStringLiteral("1.2.0-next.0"), QStringLiteral("1.2.0")},
                         day, 6 * day),
                 QStringLiteral("private"), QStringLiteral("ui-kit"));
    b.addPackage(acme, QStringLiteral("maven"), QStringLiteral("com.acme.core"),
                 b.named({QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("1.2.0-SNAPSHOT")},
                         3 * day, 20 * day),
                 QStringLiteral("private"), QStringLiteral("core-lib"));
    b.addPackage(acme, QStringLiteral("maven"), QStringLiteral("com.acme.utils"),
                 b.named({QStringLiteral("0.1.0"), QStringLiteral("0.2.0")}, 8 * day, 20 * day),
                 QStringLiteral("private"), QStringLiteral("core-lib"));
    b.addPackage(acme, QStringLiteral("nuget"), QStringLiteral("Acme.Sdk"),
                 b.named({QStringLiteral("3.0.0"), QStringLiteral("3.1.0"), QStringLiteral("3.2.0-preview1")},
                         6 * day, 25 * day),
                 QStringLiteral("private"), QStringLiteral("sdk-dotnet"));
    b.addPackage(acme, QStringLiteral("nuget"), QStringLiteral("Acme.Logging"),
                 b.named({QStringLiteral("1.0.0"), QStringLiteral("1.0.1")}, 11 * day, 9 * day));
    b.addPackage(acme, QStringLiteral("rubygems"), QStringLiteral("acme-rb"),
                 b.named({QStringLiteral("0.1.0"), QStringLiteral("0.2.0"), QStringLiteral("0.2.1")}, 9 * day,
                         12 * day),
                 QStringLiteral("private"), QStringLiteral("acme-rb"));
    QJsonArray legacyWeb;
    for (int i = 0; i < 3; ++i) {
        legacyWeb.append(b.version(sha256(QByteArrayLiteral("legacy-web-") + QByteArray::number(i)),
                                   (400 - i * 100) * day, {QStringLiteral("v0.%1").arg(i + 1)}));
    }
    b.addPackage(acme, QStringLiteral("docker"), QStringLiteral("legacy-web"), legacyWeb);
    b.addPackage(acme, npm, QStringLiteral("solo"), b.named({QStringLiteral("1.0.0")}, 12 * day, day));

    QJsonArray popular = b.named({QStringLiteral("3.0.0"), QStringLiteral("3.0.1")}, 7 * day, 30 * day);
    QJsonObject first = popular.at(0).toObject();
    first.insert(QStringLiteral("downloads"), 12'000);
    popular[0] = first;
    b.addPackage(acme, npm, QStringLiteral("cli"), popular, QStringLiteral("public"), QStringLiteral("cli"));

    for (int i = 1; i <= 20; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'));
        if (i % 2) {
            QJsonArray versions;
            for (int v = 0; v < 3; ++v) {
                versions.append(b.singleArch(name + QString::number(v), qint64(i + (2 - v) * 10) * day,
                                             {QStringLiteral("1.%1.0").arg(v)}));
            }
            b.addPackage(acme, container, name, versions, QStringLiteral("private"), name);
        } else {
            b.addPackage(acme, npm, name,
                         b.named({QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("1.2.0")},
                                 i * day, 7 * day),
                         QStringLiteral("private"), name);
        }
    }
    b.addPackage(acme, npm, QStringLiteral("old-tool"),
                 b.named({QStringLiteral("0.1.0"), QStringLiteral("0.2.0")}, 100 * day, 50 * day),
                 QStringLiteral("private"), QString(), QJsonObject{{QStringLiteral("deleted_age_days"), 5}});
}

void addOthers(Builder &b)
{
    const QString container = QStringLiteral("container");
    const QString npm = QStringLiteral("npm");
    b.addPackage(QStringLiteral("sso-corp"), container, QStringLiteral("secure-app"),
                 QJsonArray{b.singleArch(QStringLiteral("secure-1"), 9 * day, {QStringLiteral("1.0")}),
                            b.singleArch(QStringLiteral("secure-2"), 2 * day, {QStringLiteral("latest")})});
    b.addPackage(QStringLiteral("sso-corp"), npm, QStringLiteral("secret-lib"),
                 b.named({QStringLiteral("1.0.0"), QStringLiteral("1.0.1")}, 4 * day, 10 * day));
    b.addPackage(QStringLiteral("globex"), container, QStringLiteral("gadget"),
                 QJsonArray{b.singleArch(QStringLiteral("gadget-1"), 20 * day, {QStringLiteral("1.0")}),
                            b.singleArch(QStringLiteral("gadget-2"), 3 * day, {QStringLiteral("latest")})});
    b.addPackage(QStringLiteral("globex"), npm, QStringLiteral("widgets"),
                 b.named({QStringLiteral("2.0.0"), QStringLiteral("2.1.0")}, 6 * day, 14 * day));
    QJsonArray bot;
    b.addImage(bot, QStringLiteral("hubot-bot"), {QStringLiteral("latest")}, 8 * day);
    b.addPackage(QStringLiteral("hubot"), container, QStringLiteral("hubot-bot"), bot,
                 QStringLiteral("public"), QStringLiteral("hubot"));
    b.addPackage(QStringLiteral("hubot"), npm, QStringLiteral("hubot-scripts"),
                 b.named({QStringLiteral("2.16.0"), QStringLiteral("2.17.0"), QStringLiteral("2.17.2")},
                         30 * day, 40 * day),
                 QStringLiteral("public"), QStringLiteral("hubot-scripts"));
}

QJsonObject build()
{
    const QString octocat = QStringLiteral("octocat");
    const QJsonArray users{
        QJsonObject{{QStringLiteral("login"), octocat},
                    {QStringLiteral("id"), 583231},
                    {QStringLiteral("name"), QStringLiteral("The Octocat")},
                    {QStringLiteral("age_days"), 4000}},
        QJsonObject{{QStringLiteral("login"), QStringLiteral("hubot")},
                    {QStringLiteral("id"), 480938},
                    {QStringLiteral("name"), QStringLiteral("Hubot")},
                    {QStringLiteral("age_days"), 3500}},
    };
    const auto org = [&octocat](const QString &login, qint64 id, bool admin, bool sso) {
        return QJsonObject{{QStringLiteral("login"), login},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("description"), QStringLiteral("The %1 organization").arg(login)},
                           {QStringLiteral("admins"), admin ? QJsonArray{octocat} : QJsonArray()},
                           {QStringLiteral("members"), QJsonArray{octocat}},
                           {QStringLiteral("sso"), sso},
                           {QStringLiteral("age_days"), 2000}};
    };
    const QJsonArray orgs{org(QStringLiteral("acme"), 9'100'001, true, false),
                          org(QStringLiteral("sso-corp"), 9'100'002, true, true),
                          org(QStringLiteral("globex"), 9'100'003, false, false)};
    const auto token = [&octocat](const QString &secret, const QStringList &scopes) {
        return QJsonObject{{QStringLiteral("token"), secret},
                           {QStringLiteral("user"), octocat},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    };
    QJsonObject appToken = token(DemoScenario::appUserToken(),
                                 {QStringLiteral("read:packages"), QStringLiteral("write:packages"),
                                  QStringLiteral("delete:packages"), QStringLiteral("read:org")});
    appToken.insert(QStringLiteral("repositories"),
                    QJsonArray{QStringLiteral("acme/web"), QStringLiteral("acme/ui-kit")});
    const QJsonArray tokens{
        token(DemoScenario::fullAccessToken(),
              {QStringLiteral("read:packages"), QStringLiteral("write:packages"),
               QStringLiteral("delete:packages"), QStringLiteral("read:org"), QStringLiteral("repo")}),
        token(DemoScenario::readOnlyToken(), {QStringLiteral("read:packages")}),
        token(DemoScenario::fineGrainedToken(), {}),
        appToken,
    };
    Builder builder;
    addOctocat(builder);
    addAcme(builder);
    addOthers(builder);
    addSignedApp(builder); // last, so that the ids of the packages and versions above stay as they were
    return QJsonObject{{QStringLiteral("users"), users},
                       {QStringLiteral("orgs"), orgs},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("packages"), builder.packages}};
}

} // namespace

const QJsonObject &DemoScenario::scenario()
{
    static const QJsonObject demo = build();
    return demo;
}

QString DemoScenario::tokenSummary()
{
    return QStringLiteral(
               "  %1  read:packages, write:packages, delete:packages, read:org, repo\n"
               "  %2  read:packages\n"
               "  %3  fine-grained (refused by the package endpoints)\n"
               "  %4  GitHub App user token: no scopes header; changes acme/web and acme/ui-kit only\n"
               "All belong to user octocat (id 583231).")
        .arg(fullAccessToken(), readOnlyToken(), fineGrainedToken(), appUserToken());
}

} // namespace FakeGitHub
