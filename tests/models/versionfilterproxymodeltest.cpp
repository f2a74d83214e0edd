#include "versionfilterproxymodel.h"

#include "fakeserverfixture.h"
#include "jsondecoder.h"
#include "modeltesterbridge.h"
#include "modeltestutil.h"
#include "registryclient.h"
#include "versiontreemodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gmock/gmock.h>

#include <algorithm>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using Proxy = VersionFilterProxyModel;

namespace {

class VersionFilterProxyModelTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        registry = std::make_unique<RegistryClient>(client.get(), QString());
        model = std::make_unique<VersionTreeModel>(client.get(), registry.get());
        proxy.setSourceModel(model.get());
        modelTester = std::make_unique<ModelTesterBridge>(model.get());
        proxyTester = std::make_unique<ModelTesterBridge>(&proxy);
    }
    void TearDown() override
    {
        proxyTester.reset();
        modelTester.reset();
    }

    void load(const NamespaceRef &owner, PackageType type, const QString &name)
    {
        const auto response = await(client->getPackage(owner, type, name));
        ASSERT_TRUE(response.ok());
        const auto package = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
        ASSERT_TRUE(package.ok());
        QSignalSpy finished(model.get(), &VersionTreeModel::listingFinished);
        model->setPackage(owner, package.value());
        ASSERT_TRUE(finished.wait(30000));
        ASSERT_TRUE(model->manifestsComplete() || waitUntil([&] { return model->manifestsComplete(); }));
    }

    // The Name column of every version row the proxy shows, depth first.
    QStringList shownVersions(const QModelIndex &parent = {}) const
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(parent); ++row) {
            const QModelIndex index = proxy.index(row, 0, parent);
            if (!index.data(VersionTreeModel::IsGroupRole).toBool())
                names.append(index.data().toString());
            names += shownVersions(index);
        }
        return names;
    }

    std::unique_ptr<RegistryClient> registry;
    std::unique_ptr<VersionTreeModel> model;
    Proxy proxy;
    std::unique_ptr<ModelTesterBridge> modelTester;
    std::unique_ptr<ModelTesterBridge> proxyTester;
};

const NamespaceRef octocat = NamespaceRef::authenticatedUser(u"octocat"_s);
const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);

TEST_F(VersionFilterProxyModelTest, PreReleaseByRealSemver)
{
    load(octocat, PackageType::Npm, u"octo-cli"_s);
    proxy.setPreRelease(Proxy::PreRelease::Only);
    EXPECT_THAT(shownVersions(), ElementsAre(u"2.0.0-rc.1"_s, u"2.0.0-beta.2"_s, u"2.0.0-beta.1"_s));
    EXPECT_EQ(proxy.rowCount(), 1); // the 1.x group has no match and goes
    proxy.setPreRelease(Proxy::PreRelease::Exclude);
    // v1.2.3 is a release, not a pre-release.
    EXPECT_THAT(shownVersions(), ElementsAre(u"2.0.0"_s, u"v1.2.3"_s, u"1.1.0"_s, u"1.0.0"_s));
}

TEST_F(VersionFilterProxyModelTest, WildcardsAndNegationOverTags)
{
    load(acme, PackageType::Container, u"api"_s);
    proxy.setTextFilter(u"v2.*"_s);
    QStringList shown = shownVersions();
    ASSERT_FALSE(shown.isEmpty());
    for (const QString &label : std::as_const(shown))
        EXPECT_TRUE(label.contains(u"v2."_s)) << label.toStdString();
    EXPECT_EQ(shown.size(), 15); // every 25th build of 350, v2.13.0 among them, plus none other

    proxy.setTextFilter(u"v2.*, !latest"_s);
    EXPECT_EQ(shownVersions().size(), 14);

    proxy.setTextFilter(u"pr-?"_s); // pr-0 … pr-9 only
    EXPECT_EQ(shownVersions().size(), 10);

    proxy.setTextFilter(u"abc1234"_s); // a word matches inside a tag
    EXPECT_THAT(shownVersions(), ElementsAre(u"sha-abc1234, v2.8.0"_s));
}

TEST_F(VersionFilterProxyModelTest, TaggedUntaggedAndOlderThan)
{
    load(acme, PackageType::Container, u"web"_s);
    proxy.setTagState(Proxy::TagState::Tagged);
    EXPECT_THAT(shownVersions(), ElementsAre(u"latest, 1.4.0"_s, u"1.3.0"_s, u"1.2.0"_s));
    proxy.setTagState(Proxy::TagState::Untagged);
    // The indexes stay for their platforms and attestation (3 × 3); the group for its 3 orphans.
    EXPECT_EQ(shownVersions().size(), 3 + 3 * 3 + 3);
    EXPECT_EQ(proxy.rowCount(), 4);
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0)), 3);

    proxy.setTagState(Proxy::TagState::Any);
    proxy.setOlderThanDays(10);
    QStringList oldTagged;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        if (!index.data(VersionTreeModel::IsGroupRole).toBool())
            oldTagged.append(index.data().toString());
    }
    // 1.4.0 (2 days old) stays only as the parent of its shared, 20-day-old arm64 manifest.
    EXPECT_THAT(oldTagged, ElementsAre(u"latest, 1.4.0"_s, u"1.3.0"_s, u"1.2.0"_s));
    const QModelIndex latest = proxy.index(0, 0);
    EXPECT_THAT(dumpModel(proxy, {role(VersionTreeModel::PlatformRole)}, latest),
                ElementsAre(ElementsAre(u"linux/arm64"_s)));
    // Platforms take part in the text filter: 1.4.0's amd64 image is too young, the others stay.
    proxy.setTextFilter(u"linux/amd64"_s);
    EXPECT_THAT(shownVersions(), ElementsAre(u"1.3.0"_s, u"linux/amd64"_s, u"1.2.0"_s, u"linux/amd64"_s));
}

TEST_F(VersionFilterProxyModelTest, SortsBySemverAndDates)
{
    load(octocat, PackageType::Npm, u"octo-cli"_s);
    proxy.sort(VersionTreeModel::NameColumn, Qt::AscendingOrder);
    EXPECT_THAT(shownVersions(), ElementsAre(u"2.0.0-beta.1"_s, u"2.0.0-beta.2"_s, u"2.0.0-rc.1"_s,
                                             u"2.0.0"_s, u"1.0.0"_s, u"1.1.0"_s, u"v1.2.3"_s));
    proxy.sort(VersionTreeModel::CreatedColumn, Qt::DescendingOrder);
    EXPECT_THAT(shownVersions(), ElementsAre(u"2.0.0"_s, u"2.0.0-rc.1"_s, u"2.0.0-beta.2"_s,
                                             u"2.0.0-beta.1"_s, u"v1.2.3"_s, u"1.1.0"_s, u"1.0.0"_s));
}

TEST_F(VersionFilterProxyModelTest, SortsTagsCaseInsensitivelyAndPlacesNewVersions)
{
    load(acme, PackageType::Container, u"api"_s);
    proxy.sort(VersionTreeModel::NameColumn, Qt::AscendingOrder);
    // What the Name column sorts by (a referrer's row shows its role instead).
    const auto topLevelLabels = [this] {
        QStringList labels;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (const auto *entry = model->findEntry(proxy.mapToSource(proxy.index(row, 0))))
                labels.append(entry->label);
        }
        return labels;
    };
    const QStringList labels = topLevelLabels();
    ASSERT_GT(labels.size(), 10);
    QStringList expected = labels;
    std::stable_sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    EXPECT_EQ(labels, expected);

    PackageVersion arriving;
    arriving.id = 99'000'001;
    arriving.name = u"sha256:arriving"_s;
    arriving.tags = {u"AAA-first"_s};
    model->appendVersions({arriving}); // a refresh's page: the sorted proxy places it
    EXPECT_EQ(topLevelLabels().constFirst(), u"AAA-first"_s);
}

} // namespace
