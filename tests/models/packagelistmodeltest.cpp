#include "packagelistmodel.h"

#include "fakeserverfixture.h"
#include "modeltesterbridge.h"
#include "modeltestutil.h"
#include "responsecache.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

namespace {

const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);

class PackageListModelTest : public FakeServerTest
{
protected:
    static QStringList column(const PackageListModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }
};

TEST_F(PackageListModelTest, ListsEveryTypeOfANamespace)
{
    PackageListModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setNamespace(acme);
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(refreshed.wait(15000));

    EXPECT_TRUE(model.isComplete());
    EXPECT_FALSE(model.lastError());
    EXPECT_EQ(resets.size(), 1); // setNamespace only: pages are inserted
    EXPECT_GE(model.rowCount(), 30);
    const QModelIndex web = model.indexOf(PackageType::Container, u"web"_s);
    ASSERT_TRUE(web.isValid());
    const int row = web.row();
    EXPECT_THAT(dumpModel(model, {{PackageListModel::NameColumn, Qt::DisplayRole},
                                  {PackageListModel::TypeColumn, Qt::DisplayRole},
                                  {PackageListModel::VisibilityColumn, Qt::DisplayRole},
                                  {PackageListModel::RepositoryColumn, Qt::DisplayRole}})
                    .at(row),
                ElementsAre(u"web"_s, u"Container"_s, u"Private"_s, u"acme/web"_s));
    EXPECT_EQ(model.packageAt(web).ownerLogin, u"acme"_s);
    EXPECT_EQ(web.data(PackageListModel::PackageTypeRole).toInt(), int(PackageType::Container));
    const QStringList types = column(model, PackageListModel::TypeColumn);
    for (PackageType type : allPackageTypes())
        EXPECT_THAT(types, Contains(packageTypeDisplayName(type)));
    EXPECT_EQ(model.indexOf(PackageType::Npm, u"cli"_s).data(PackageListModel::IsPublicRole), QVariant(true));
}

TEST_F(PackageListModelTest, OneTypeAndSortedByEveryColumn)
{
    PackageListModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    model.sort(PackageListModel::NameColumn, Qt::DescendingOrder); // kept while pages arrive
    model.setNamespace(acme, PackageType::Npm);
    ASSERT_TRUE(refreshed.wait(15000));

    QStringList names = column(model, PackageListModel::NameColumn);
    EXPECT_THAT(column(model, PackageListModel::TypeColumn), testing::Each(u"npm"_s));
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.toCaseFolded() > b.toCaseFolded(); });
    EXPECT_EQ(names, expected);
    EXPECT_THAT(names, Contains(u"solo"_s));

    model.sort(PackageListModel::VersionsColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int count = model.index(row, PackageListModel::VersionsColumn).data().toInt();
        EXPECT_LE(previous, count);
        previous = count;
    }
    for (int column = 0; column < PackageListModel::ColumnCount; ++column)
        model.sort(column, Qt::AscendingOrder); // every column sorts (the tester checks the layout changes)
}

TEST_F(PackageListModelTest, ShowsCachedPagesAtOnceThenRefreshesAndRemovesWhatIsGone)
{
    QTemporaryDir dir;
    ResponseCache cache(dir.path());
    client->setCache(&cache);
    {
        PackageListModel warmUp(client.get());
        QSignalSpy refreshed(&warmUp, &PackageListModel::refreshed);
        warmUp.setNamespace(acme, PackageType::Npm);
        ASSERT_TRUE(refreshed.wait(15000));
    }
    ASSERT_EQ(await(client->deletePackage(acme, PackageType::Npm, u"ui-kit"_s)).httpStatus, 204);

    PackageListModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    model.setNamespace(acme, PackageType::Npm);
    // At once, from the cache: the deleted package is still there.
    EXPECT_TRUE(model.indexOf(PackageType::Npm, u"ui-kit"_s).isValid());
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(refreshed.wait(15000));
    EXPECT_FALSE(model.indexOf(PackageType::Npm, u"ui-kit"_s).isValid());
    EXPECT_TRUE(model.indexOf(PackageType::Npm, u"solo"_s).isValid());
    client->setCache(nullptr);
}

TEST_F(PackageListModelTest, RemovePackageDropsItsRow)
{
    PackageListModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    model.setNamespace(acme, PackageType::Npm);
    ASSERT_TRUE(refreshed.wait(15000));
    const int before = model.rowCount();
    model.removePackage(PackageType::Npm, u"solo"_s);
    EXPECT_EQ(model.rowCount(), before - 1);
    EXPECT_THAT(column(model, PackageListModel::NameColumn), Not(Contains(u"solo"_s)));
}

TEST_F(PackageListModelTest, ErrorsAreReportedAndKeepTheListingIncomplete)
{
    PackageListModel model(client.get());
    ModelTesterBridge tester(&model);
    QSignalSpy refreshed(&model, &PackageListModel::refreshed);
    QSignalSpy errors(&model, &PackageListModel::errorOccurred);
    server.injectFault(
        QJsonObject{{u"status"_s, 404}, {u"count"_s, 1}, {u"path_contains"_s, u"package_type=maven"_s}});

    model.setNamespace(acme);
    ASSERT_TRUE(refreshed.wait(15000));
    EXPECT_FALSE(model.isComplete());
    ASSERT_TRUE(model.lastError());
    EXPECT_EQ(model.lastError()->kind, ApiError::Kind::NotFound);
    EXPECT_EQ(errors.size(), 1);
    EXPECT_TRUE(model.indexOf(PackageType::Container, u"web"_s).isValid());
    EXPECT_FALSE(model.indexOf(PackageType::Maven, u"com.acme.core"_s).isValid());
}

} // namespace
