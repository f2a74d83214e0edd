// Container manifests from the fake registry, cached by digest, built into image trees.
#include "registryclient.h"
#include "fakeserverfixture.h"
#include "imagetree.h"
#include "jsondecoder.h"
#include "qtprinters.h"
#include "versionlisting.h"

#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using ::testing::UnorderedElementsAre;

namespace {

const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

class RegistryClientTest : public FakeServerTest
{
protected:
    QList<PackageVersion> versionsOfWeb()
    {
        const ApiResponse response = await(client->listVersions(
            acme, PackageType::Container, QStringLiteral("web"), GitHubClient::VersionState::Active));
        return JsonDecoder::versions(response.body).value();
    }

    std::optional<OciManifest> fetch(RegistryClient &registry, const QString &digest)
    {
        std::optional<OciManifest> manifest;
        std::optional<ApiError> failure;
        QObject receiver; // the connections end with this call: later fetches must not write to its locals
        QObject::connect(&registry, &RegistryClient::manifestReady, &receiver,
                         [&](const QString &d, const OciManifest &m) {
                             if (d == digest)
                                 manifest = m;
                         });
        QObject::connect(&registry, &RegistryClient::manifestFailed, &receiver,
                         [&](const QString &d, const ApiError &e) {
                             if (d == digest)
                                 failure = e;
                         });
        registry.fetchManifest(QStringLiteral("acme"), QStringLiteral("web"), digest);
        EXPECT_TRUE(waitUntil([&] { return manifest || failure; }));
        EXPECT_FALSE(failure) << (failure ? failure->message.toStdString() : std::string());
        return manifest;
    }
};

} // namespace

TEST_F(RegistryClientTest, LatestOfWebIsAMultiArchIndexWithAttestation)
{
    const QList<PackageVersion> versions = versionsOfWeb();
    const auto latest = std::find_if(versions.cbegin(), versions.cend(),
                                     [](const PackageVersion &v) { return v.tags.contains(u"latest"); });
    ASSERT_NE(latest, versions.cend());
    RegistryClient registry(client.get(), QString{});
    const auto manifest = fetch(registry, latest->name);
    ASSERT_TRUE(manifest.has_value());
    EXPECT_EQ(manifest->kind, OciManifest::Kind::Index);
    QStringList platforms;
    for (const OciDescriptor &descriptor : manifest->manifests)
        platforms.append(descriptor.isAttestation() ? QStringLiteral("attestation") : descriptor.platform());
    EXPECT_THAT(platforms, UnorderedElementsAre(QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"),
                                                QStringLiteral("attestation")));
}

TEST_F(RegistryClientTest, ManifestsAreFetchedOnceAndKeptOnDisk)
{
    const QList<PackageVersion> versions = versionsOfWeb();
    const QString digest = versions.first().name;
    QTemporaryDir dir;
    {
        RegistryClient registry(client.get(), dir.path());
        ASSERT_TRUE(fetch(registry, digest));
        ASSERT_TRUE(fetch(registry, digest));
        EXPECT_EQ(registry.networkFetches(), 1);
    }
    const int downloads = counters().value(u"manifest_downloads").toInt();
    RegistryClient restarted(client.get(), dir.path());
    ASSERT_TRUE(fetch(restarted, digest));
    EXPECT_EQ(restarted.networkFetches(), 0);
    EXPECT_EQ(counters().value(u"manifest_downloads").toInt(), downloads);
}

TEST_F(RegistryClientTest, DemoWebTreeSharesAChildBetweenReleases)
{
    const QList<PackageVersion> versions = versionsOfWeb();
    RegistryClient registry(client.get(), QString{});
    QHash<QString, OciManifest> manifests;
    for (const PackageVersion &version : versions) {
        if (version.isTagged()) {
            const auto manifest = fetch(registry, version.name);
            ASSERT_TRUE(manifest);
            manifests.insert(version.name, *manifest);
        }
    }
    const ImageTree tree = ImageTree::build(versions, manifests);
    EXPECT_TRUE(tree.isComplete());
    int shared = 0;
    for (const QString &top : tree.topLevel()) {
        for (const QString &child : tree.children(top))
            shared += tree.node(child)->shared() ? 1 : 0;
    }
    EXPECT_GE(shared, 2); // the shared child appears under both indexes
    EXPECT_FALSE(tree.orphanUntagged().isEmpty());
}

// GHES registries and mirrors hand out tokens elsewhere than ghcr.io's /token: the client asks where the
// registry's Bearer challenge says.
TEST_F(RegistryClientTest, TokensComeFromTheRealmTheChallengeNames)
{
    const QString digest = versionsOfWeb().first().name;
    server.setRegistryTokenPath("/registry/auth/token");
    RegistryClient registry(client.get(), QString{});
    EXPECT_TRUE(fetch(registry, digest));
    const QJsonObject requests = counters().value(u"requests").toObject();
    EXPECT_EQ(requests.value(u"GET /token").toInt(), 1) << "one token, from /registry/auth/token";
    EXPECT_EQ(requests.value(u"GET (unknown)").toInt(), 0) << "nothing asked of the assumed /token";
}

// A registry error is {"errors": [{"code", "message"}]}: its message is what the user sees.
TEST_F(RegistryClientTest, RegistryErrorsCarryTheRegistrysMessage)
{
    RegistryClient registry(client.get(), QString{});
    std::optional<ApiError> failure;
    const QString unknown = QStringLiteral("sha256:") + QString(64, u'0');
    QObject::connect(&registry, &RegistryClient::manifestFailed, &registry,
                     [&](const QString &, const ApiError &error) { failure = error; });
    registry.fetchManifest(QStringLiteral("acme"), QStringLiteral("web"), unknown);
    ASSERT_TRUE(waitUntil([&] { return failure.has_value(); }));
    EXPECT_EQ(failure->kind, ApiError::Kind::NotFound);
    EXPECT_EQ(failure->message, QStringLiteral("manifest unknown"));
    EXPECT_TRUE(failure->userMessage().contains(u"manifest unknown"));
}
