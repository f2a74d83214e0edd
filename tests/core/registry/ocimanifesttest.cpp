#include "ocimanifest.h"
#include "qtprinters.h"

#include <QCryptographicHash>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

QString sha256Of(const QByteArray &body)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

// What `docker buildx build --platform linux/amd64,linux/arm64 --push` stores (Docker docs "Image attestation
// storage"): two platform manifests and one attestation manifest for each.
const QByteArray buildxIndex = R"json({
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": [
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827",
      "size": 1234,
      "platform": { "architecture": "amd64", "os": "linux" }
    },
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270",
      "size": 1234,
      "platform": { "architecture": "arm64", "os": "linux", "variant": "v8" }
    },
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "sha256:02cb9aa7600e73fcf41ee9f0f19cc03122b2d8be43d41ce4b21335118f5dd943",
      "size": 1228,
      "annotations": {
        "vnd.docker.reference.digest": "sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827",
        "vnd.docker.reference.type": "attestation-manifest"
      },
      "platform": { "architecture": "unknown", "os": "unknown" }
    }
  ]
})json";

// Docker's manifest list v2 example (distribution spec "Image Manifest Version 2, Schema 2").
const QByteArray dockerManifestList = R"json({
  "schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
  "manifests": [
    {
      "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
      "size": 7143,
      "digest": "sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f",
      "platform": { "architecture": "ppc64le", "os": "linux" }
    },
    {
      "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
      "size": 7682,
      "digest": "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270",
      "platform": { "architecture": "amd64", "os": "linux", "features": [ "sse4" ] }
    }
  ]
})json";

const QByteArray dockerImage = R"json({
  "schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
  "config": {
    "mediaType": "application/vnd.docker.container.image.v1+json",
    "size": 7023,
    "digest": "sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7"
  },
  "layers": [
    {
      "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
      "size": 32654,
      "digest": "sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f"
    }
  ]
})json";

// An OCI 1.1 referrer (e.g. a signature pushed with `oras attach`): artifact type from the config.
const QByteArray ociReferrer = R"json({
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "config": {
    "mediaType": "application/vnd.dev.cosign.artifact.sig.v1+json",
    "size": 233,
    "digest": "sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7"
  },
  "layers": [],
  "subject": {
    "mediaType": "application/vnd.oci.image.index.v1+json",
    "size": 1609,
    "digest": "sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827"
  }
})json";

std::string describe(const ApiError &error)
{
    return (error.field + QStringLiteral(": ") + error.message).toStdString();
}

} // namespace

TEST(OciManifest, DecodesBuildxIndexWithAttestation)
{
    const auto decoded =
        OciManifest::decode(buildxIndex, sha256Of(buildxIndex), "application/vnd.oci.image.index.v1+json");
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    const OciManifest &index = decoded.value();
    EXPECT_EQ(index.kind, OciManifest::Kind::Index);
    EXPECT_EQ(index.mediaType, QStringLiteral("application/vnd.oci.image.index.v1+json"));
    EXPECT_EQ(index.digest, sha256Of(buildxIndex));
    ASSERT_EQ(index.manifests.size(), 3);

    EXPECT_EQ(index.manifests[0].platform(), QStringLiteral("linux/amd64"));
    EXPECT_EQ(index.manifests[0].size, 1234);
    EXPECT_FALSE(index.manifests[0].isAttestation());
    EXPECT_EQ(index.manifests[1].platform(), QStringLiteral("linux/arm64/v8"));
    EXPECT_EQ(index.manifests[1].digest,
              QStringLiteral("sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270"));

    const OciDescriptor &attestation = index.manifests[2];
    EXPECT_TRUE(attestation.isAttestation());
    EXPECT_EQ(attestation.platform(), QStringLiteral("unknown/unknown"));
    EXPECT_EQ(attestation.attestedDigest(), index.manifests[0].digest);
    EXPECT_TRUE(index.subjectDigest.isEmpty());
}

TEST(OciManifest, UnknownPlatformAloneMarksAnAttestation)
{
    OciDescriptor descriptor;
    descriptor.os = QStringLiteral("unknown");
    descriptor.architecture = QStringLiteral("unknown");
    EXPECT_TRUE(descriptor.isAttestation());
    EXPECT_TRUE(descriptor.attestedDigest().isEmpty());
    descriptor.architecture = QStringLiteral("amd64");
    EXPECT_FALSE(descriptor.isAttestation());
    EXPECT_TRUE(OciDescriptor().platform().isEmpty());
}

TEST(OciManifest, DecodesDockerManifestList)
{
    const auto decoded = OciManifest::decode(dockerManifestList, {},
                                             "application/vnd.docker.distribution.manifest.list.v2+json");
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    EXPECT_EQ(decoded.value().kind, OciManifest::Kind::Index);
    EXPECT_EQ(decoded.value().digest, sha256Of(dockerManifestList));
    ASSERT_EQ(decoded.value().manifests.size(), 2);
    EXPECT_EQ(decoded.value().manifests[0].platform(), QStringLiteral("linux/ppc64le"));
    EXPECT_EQ(decoded.value().manifests[1].size, 7682);
    EXPECT_EQ(decoded.value().manifests[1].mediaType,
              QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"));
}

TEST(OciManifest, DecodesSingleDockerImage)
{
    const auto decoded = OciManifest::decode(dockerImage, sha256Of(dockerImage), {});
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    EXPECT_EQ(decoded.value().kind, OciManifest::Kind::Image);
    EXPECT_EQ(decoded.value().mediaType,
              QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"));
    EXPECT_THAT(decoded.value().manifests, IsEmpty());
    EXPECT_TRUE(decoded.value().artifactType.isEmpty());
}

TEST(OciManifest, ReferrerCarriesSubjectAndArtifactTypeFromConfig)
{
    const auto decoded = OciManifest::decode(ociReferrer, {}, "application/vnd.oci.image.manifest.v1+json");
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    EXPECT_EQ(decoded.value().subjectDigest,
              QStringLiteral("sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827"));
    EXPECT_EQ(decoded.value().artifactType,
              QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json"));
}

TEST(OciManifest, MediaTypeFromContentTypeWhenTheBodyLacksIt)
{
    QByteArray body = dockerManifestList;
    body.replace("\"mediaType\": \"application/vnd.docker.distribution.manifest.list.v2+json\",", "");
    const auto decoded = OciManifest::decode(
        body, {}, "application/vnd.docker.distribution.manifest.list.v2+json; charset=utf-8");
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    EXPECT_EQ(decoded.value().kind, OciManifest::Kind::Index);
    EXPECT_EQ(decoded.value().mediaType,
              QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json"));
}

TEST(OciManifest, OldOciDocumentWithoutAnyMediaTypeIsReadByItsStructure)
{
    const QByteArray body = R"({"schemaVersion": 2, "manifests": []})";
    const auto decoded = OciManifest::decode(body, {}, "application/json");
    ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
    EXPECT_EQ(decoded.value().kind, OciManifest::Kind::Index);
    EXPECT_EQ(decoded.value().mediaType, QStringLiteral("application/vnd.oci.image.index.v1+json"));
}

TEST(OciManifest, BodyNotMatchingTheDigestIsRefused)
{
    const auto decoded = OciManifest::decode(dockerImage, sha256Of(buildxIndex), {});
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(decoded.error().field, QStringLiteral("digest"));
    EXPECT_TRUE(decoded.error().message.contains(sha256Of(dockerImage)))
        << decoded.error().message.toStdString();
}

TEST(OciManifest, Sha512DigestsAreVerifiedToo)
{
    const QString digest =
        QStringLiteral("sha512:") +
        QString::fromLatin1(QCryptographicHash::hash(dockerImage, QCryptographicHash::Sha512).toHex());
    EXPECT_TRUE(OciManifest::decode(dockerImage, digest, {}).ok());
    QString wrong = digest;
    wrong[10] = wrong[10] == u'0' ? u'1' : u'0';
    EXPECT_FALSE(OciManifest::decode(dockerImage, wrong, {}).ok());
}

TEST(OciManifest, IndexWithMoreThanTenThousandEntriesIsRefused)
{
    const QByteArray entry = R"({"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1,
        "digest": "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270"})";
    const auto indexOf = [&entry](int count) {
        QByteArrayList entries(count, entry);
        return QByteArray(
                   R"({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [)") +
               entries.join(',') + "]}";
    };
    const auto atLimit = OciManifest::decode(indexOf(10'000), {}, {});
    ASSERT_TRUE(atLimit.ok()) << atLimit.error().message.toStdString();
    EXPECT_EQ(atLimit.value().manifests.size(), 10'000);

    const auto overLimit = OciManifest::decode(indexOf(10'001), {}, {});
    ASSERT_FALSE(overLimit.ok());
    EXPECT_EQ(overLimit.error().field, QStringLiteral("manifests"));
}

TEST(OciManifest, OversizedBodyIsRefusedBeforeParsing)
{
    const QByteArray body =
        QByteArray(R"({"schemaVersion": 2, "x": ")") + QByteArray(OciManifest::maxBodySize, 'a') + "\"}";
    const auto decoded = OciManifest::decode(body, {}, {});
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, QStringLiteral("$"));
}

TEST(OciManifest, AcceptHeaderNamesAllFourManifestTypes)
{
    const QByteArrayList types = OciManifest::acceptHeader().split(',');
    QByteArrayList trimmed;
    for (const QByteArray &type : types)
        trimmed.append(type.trimmed());
    EXPECT_THAT(trimmed, ElementsAre("application/vnd.oci.image.index.v1+json",
                                     "application/vnd.docker.distribution.manifest.list.v2+json",
                                     "application/vnd.oci.image.manifest.v1+json",
                                     "application/vnd.docker.distribution.manifest.v2+json"));
}

TEST(OciManifest, RecognisesDigests)
{
    EXPECT_TRUE(
        OciManifest::isDigest(u"sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270"));
    EXPECT_TRUE(OciManifest::isDigest(u"multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8"));
    EXPECT_FALSE(
        OciManifest::isDigest(u"sha256:5B0BCABD1ED22E9FB1310CF6C2DEC7CDEF19F0AD69EFA1F392E94A4333501270"));
    EXPECT_FALSE(OciManifest::isDigest(u"sha256:abc"));
    EXPECT_FALSE(OciManifest::isDigest(u"1.2.3"));
    EXPECT_FALSE(OciManifest::isDigest(u":abc"));
    EXPECT_FALSE(OciManifest::isDigest(u"sha256+:abc"));
    EXPECT_FALSE(OciManifest::isDigest(u"md5:"));
}

namespace {

struct BrokenManifest
{
    const char *name;
    QByteArray body;
    QByteArray contentType;
    QString field;
};

void PrintTo(const BrokenManifest &broken, std::ostream *os)
{
    *os << broken.name;
}

QByteArray indexWithEntry(const QByteArray &entry)
{
    return QByteArray(
               R"({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [)") +
           entry + "]}";
}

QByteArray imageWith(const QByteArray &members)
{
    return QByteArray(R"({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", )") +
           members + "}";
}

const QByteArray okDigest = "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
const QByteArray okConfig = R"("config": {"mediaType": "application/vnd.oci.image.config.v1+json", "size": 2,
    "digest": "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270"})";

class OciManifestBroken : public ::testing::TestWithParam<BrokenManifest>
{};

} // namespace

TEST_P(OciManifestBroken, IsADecodeErrorNamingTheField)
{
    const BrokenManifest &broken = GetParam();
    const auto decoded = OciManifest::decode(broken.body, {}, broken.contentType);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(decoded.error().field, broken.field) << decoded.error().message.toStdString();
    EXPECT_FALSE(decoded.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, OciManifestBroken,
    ::testing::Values(
        BrokenManifest{"NotJson", "<html>503</html>", {}, QStringLiteral("$")},
        BrokenManifest{"Array", "[]", {}, QStringLiteral("$")},
        BrokenManifest{"SchemaVersion1",
                       R"({"schemaVersion": 1, "manifests": []})",
                       {},
                       QStringLiteral("schemaVersion")},
        BrokenManifest{"SchemaVersionMissing", R"({"manifests": []})", {}, QStringLiteral("schemaVersion")},
        BrokenManifest{"NoKindAnywhere", R"({"schemaVersion": 2})", "application/json",
                       QStringLiteral("mediaType")},
        BrokenManifest{"MediaTypeNotString",
                       R"({"schemaVersion": 2, "mediaType": 7, "manifests": []})",
                       {},
                       QStringLiteral("mediaType")},
        BrokenManifest{
            "SchemaOneSigned",
            R"({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v1+prettyjws"})",
            {},
            QStringLiteral("mediaType")},
        BrokenManifest{"BodyAndHeaderDisagree", indexWithEntry({}),
                       "application/vnd.oci.image.manifest.v1+json", QStringLiteral("mediaType")},
        BrokenManifest{"IndexWithoutManifests",
                       R"({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json"})",
                       {},
                       QStringLiteral("manifests")},
        BrokenManifest{
            "ManifestsNotArray",
            R"({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": {}})",
            {},
            QStringLiteral("manifests")},
        BrokenManifest{
            "EntryNotObject", indexWithEntry("\"sha256:abc\""), {}, QStringLiteral("manifests[0]")},
        BrokenManifest{"EntryWithoutDigest",
                       indexWithEntry(R"({"mediaType": "x", "size": 1})"),
                       {},
                       QStringLiteral("manifests[0].digest")},
        BrokenManifest{"EntryWithBadDigest",
                       indexWithEntry(R"({"mediaType": "x", "size": 1, "digest": "sha256:XYZ"})"),
                       {},
                       QStringLiteral("manifests[0].digest")},
        BrokenManifest{"EntryWithoutMediaType",
                       indexWithEntry(R"({"size": 1, "digest": ")" + okDigest + "\"}"),
                       {},
                       QStringLiteral("manifests[0].mediaType")},
        BrokenManifest{"NegativeSize",
                       indexWithEntry(R"({"mediaType": "x", "size": -1, "digest": ")" + okDigest + "\"}"),
                       {},
                       QStringLiteral("manifests[0].size")},
        BrokenManifest{"SizeAsString",
                       indexWithEntry(R"({"mediaType": "x", "size": "12", "digest": ")" + okDigest + "\"}"),
                       {},
                       QStringLiteral("manifests[0].size")},
        BrokenManifest{"FractionalSize",
                       indexWithEntry(R"({"mediaType": "x", "size": 1.5, "digest": ")" + okDigest + "\"}"),
                       {},
                       QStringLiteral("manifests[0].size")},
        BrokenManifest{"PlatformWithoutOs",
                       indexWithEntry(R"({"mediaType": "x", "size": 1, "digest": ")" + okDigest +
                                      R"(", "platform": {"architecture": "amd64"}})"),
                       {},
                       QStringLiteral("manifests[0].platform.os")},
        BrokenManifest{"PlatformNotObject",
                       indexWithEntry(R"({"mediaType": "x", "size": 1, "digest": ")" + okDigest +
                                      R"(", "platform": "linux/amd64"})"),
                       {},
                       QStringLiteral("manifests[0].platform")},
        BrokenManifest{"AnnotationNotString",
                       indexWithEntry(R"({"mediaType": "x", "size": 1, "digest": ")" + okDigest +
                                      R"(", "annotations": {"vnd.docker.reference.type": 3}})"),
                       {},
                       QStringLiteral("manifests[0].annotations.vnd.docker.reference.type")},
        BrokenManifest{"ImageWithoutConfig", imageWith(R"("layers": [])"), {}, QStringLiteral("config")},
        BrokenManifest{"ImageWithoutLayers", imageWith(okConfig), {}, QStringLiteral("layers")},
        BrokenManifest{
            "LayerWithoutSize",
            imageWith(okConfig + R"(, "layers": [{"mediaType": "x", "digest": ")" + okDigest + "\"}]"),
            {},
            QStringLiteral("layers[0].size")},
        BrokenManifest{
            "SubjectWithBadDigest",
            imageWith(okConfig +
                      R"(, "layers": [], "subject": {"mediaType": "x", "size": 1, "digest": "sha256:1"})"),
            {},
            QStringLiteral("subject.digest")},
        BrokenManifest{"ArtifactTypeNotString",
                       imageWith(okConfig + R"(, "layers": [], "artifactType": [])"),
                       {},
                       QStringLiteral("artifactType")}),
    [](const ::testing::TestParamInfo<BrokenManifest> &paramInfo) {
        return std::string(paramInfo.param.name);
    });
