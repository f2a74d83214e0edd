#include "workflowfixture.h"

#include "account.h"
#include "jsondecoder.h"
#include "operationqueue.h"
#include "serverconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWidget>

using namespace Packhouse;

const NamespaceRef WorkflowTest::acme = NamespaceRef::organization(QStringLiteral("acme"));

void WorkflowTest::SetUp()
{
    FakeServerTest::SetUp();
    ASSERT_TRUE(dir.isValid());
    restart();
}

void WorkflowTest::TearDown()
{
    session.reset();
    journal.reset();
}

void WorkflowTest::restart(const QString &cacheRoot)
{
    session.reset();
    journal = std::make_unique<DeletionJournal>(dir.filePath(QStringLiteral("journal.jsonl")));
    Account account;
    account.id = 583231;
    account.login = QStringLiteral("octocat");
    session = std::make_unique<Session>(&network, ServerConfig::fromApiUrl(server.url()).value(),
                                        DemoTokens::full(), account, cacheRoot, journal.get());
    session->setVerifiedScopes(
        Scopes::parse("read:packages, write:packages, delete:packages, read:org, repo"));
    // GitHub asks for a second between mutations; the fake server does not, and tests should be quick.
    session->queue()->setPacing(PacingLimits::withInterval(std::chrono::milliseconds(20)));
}

Package WorkflowTest::fetchPackage(const NamespaceRef &owner, PackageType type, const QString &name)
{
    const ApiResponse response = await(session->client()->getPackage(owner, type, name));
    EXPECT_TRUE(response.ok());
    const Result<Package> package = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
    EXPECT_TRUE(package.ok());
    return package.ok() ? package.value() : Package{};
}

std::unique_ptr<VersionTreeModel> WorkflowTest::loadVersions(const NamespaceRef &owner, PackageType type,
                                                             const QString &name, bool showDeleted)
{
    auto model = std::make_unique<VersionTreeModel>(session->client(), session->registry());
    model->setShowDeleted(showDeleted);
    model->setPackage(owner, fetchPackage(owner, type, name));
    EXPECT_TRUE(waitUntil([&] { return model->isListingComplete(); }));
    if (type == PackageType::Container && !showDeleted) {
        model->loadAllManifests();
        EXPECT_TRUE(waitUntil([&] { return model->manifestsComplete(); }));
    }
    return model;
}

qint64 WorkflowTest::idOfTag(const VersionTreeModel &model, const QString &tag)
{
    for (const PackageVersion &version : model.versions()) {
        if (version.tags.contains(tag) || version.name == tag)
            return version.id;
    }
    ADD_FAILURE() << "no version tagged " << tag.toStdString();
    return 0;
}

void WorkflowTest::runAndWait(const QList<Operation> &operations)
{
    QSignalSpy finished(session->queue(), &OperationQueue::finished);
    ASSERT_TRUE(session->queue()->run(operations));
    ASSERT_TRUE(finished.wait(30000));
}

QList<qint64> WorkflowTest::mutationIds(const QString &method) const
{
    QList<qint64> ids;
    const QJsonArray mutations = counters().value(QStringLiteral("mutations")).toArray();
    for (const QJsonValue &mutation : mutations) {
        if (mutation[QStringLiteral("method")].toString() == method)
            ids.append(mutation[QStringLiteral("version_id")].toInteger());
    }
    return ids;
}

void WorkflowTest::saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QString folder = qEnvironmentVariable("PACKHOUSE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(widget->grab().save(folder + u'/' + fileName));
    }
}

QSet<qint64> idsOf(const QList<Operation> &operations)
{
    QSet<qint64> ids;
    for (const Operation &operation : operations)
        ids.insert(operation.versionId);
    return ids;
}
