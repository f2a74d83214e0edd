// packhouse-prune run as a process against the fake GitHub (issue #15): flags, exit codes, the JSON document,
// dry runs, image safety, failures mid-run, incomplete listings, the token's whereabouts and the journal.
#include "deletionjournal.h"
#include "demotokens.h"
#include "fakeserverfixture.h"
#include "namespacescan.h"
#include "qtprinters.h"
#include "registryclient.h"
#include "retentionrulefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

struct PruneOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

QList<qint64> idsIn(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item[u"id"_s].toInteger());
    return ids;
}

class PruneTest : public FakeServerTest
{
protected:
    // Runs packhouse-prune against the fake with `token` in GH_TOKEN (or on stdin), in a home of its own.
    PruneOutput prune(QStringList arguments, const QString &token = DemoTokens::full(),
                      bool tokenOnStdin = false)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"GH_TOKEN"_s, u"GITHUB_TOKEN"_s, u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s})
            environment.remove(name);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        if (!tokenOnStdin && !token.isEmpty())
            environment.insert(u"GH_TOKEN"_s, token);
        arguments.prepend(server.url().toString());
        arguments.prepend(u"--api-url"_s);
        if (tokenOnStdin)
            arguments.append(u"--token-stdin"_s);

        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PACKHOUSE_PRUNE_PATH), arguments);
        EXPECT_TRUE(process.waitForStarted());
        if (tokenOnStdin)
            process.write(token.toUtf8() + '\n');
        process.closeWriteChannel();
        // The fake answers from this event loop: wait without blocking it.
        EXPECT_TRUE(waitUntil([&process] { return process.state() == QProcess::NotRunning; }, 120000));
        lastArguments = arguments;
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    int mutationCount() const { return int(counters().value(u"mutations"_s).toArray().size()); }

    QTemporaryDir home;
    QStringList lastArguments;
};

const QStringList acmeWeb{u"--org"_s, u"acme"_s, u"--type"_s, u"container"_s, u"--package"_s, u"web"_s};

} // namespace

TEST_F(PruneTest, ADryRunPlansAndDeletesNothing)
{
    const PruneOutput result = prune(acmeWeb + QStringList{u"--untagged-only"_s});
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_THAT(result.out.toStdString(), HasSubstr("dry run"));
    EXPECT_THAT(result.out.toStdString(), HasSubstr("Delete (3)"));
    EXPECT_EQ(mutationCount(), 0);

    const PruneOutput explicitDryRun = prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--dry-run"_s});
    EXPECT_EQ(explicitDryRun.exitCode, 0);
    EXPECT_EQ(mutationCount(), 0);
}

TEST_F(PruneTest, JsonIsOneDocumentOfTheDocumentedShape)
{
    const PruneOutput result = prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result.out.constData();
    ASSERT_TRUE(document.isObject());
    const QJsonObject report = document.object();
    QStringList keys = report.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{u"complete"_s, u"delete"_s, u"dry_run"_s, u"keep"_s, u"owner"_s,
                                 u"package"_s, u"results"_s, u"type"_s, u"warnings"_s}));
    EXPECT_EQ(report[u"owner"_s].toString(), u"acme"_s);
    EXPECT_EQ(report[u"type"_s].toString(), u"container"_s);
    EXPECT_EQ(report[u"package"_s].toString(), u"web"_s);
    EXPECT_TRUE(report[u"complete"_s].toBool());
    EXPECT_TRUE(report[u"dry_run"_s].toBool());
    const QJsonArray deletions = report[u"delete"_s].toArray();
    ASSERT_EQ(deletions.size(), 3);
    for (const QJsonValue &item : deletions) {
        QStringList itemKeys = item.toObject().keys();
        itemKeys.sort();
        EXPECT_EQ(itemKeys, (QStringList{u"id"_s, u"name"_s, u"reason"_s, u"tags"_s}));
        EXPECT_TRUE(item[u"tags"_s].toArray().isEmpty());
    }
    EXPECT_TRUE(report[u"results"_s].toArray().isEmpty());
}

TEST_F(PruneTest, SeveralPackagesOrEveryPackageGiveAnArray)
{
    const PruneOutput two =
        prune({u"--org"_s, u"acme"_s, u"--type"_s, u"container"_s, u"--package"_s, u"web"_s, u"--package"_s,
               u"team/worker"_s, u"--untagged-only"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(two.exitCode, 0) << two.err.constData();
    ASSERT_EQ(two.array().size(), 2);
    EXPECT_EQ(two.array().at(1)[u"package"_s].toString(), u"team/worker"_s);

    const PruneOutput every = prune({u"--org"_s, u"acme"_s, u"--type"_s, u"npm"_s, u"--package"_s, u"*"_s,
                                     u"--pre-releases-only"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(every.exitCode, 0) << every.err.constData();
    QStringList names;
    for (const QJsonValue &report : every.array())
        names.append(report[u"package"_s].toString());
    EXPECT_TRUE(names.contains(u"ui-kit"_s));
    EXPECT_TRUE(names.contains(u"svc-02"_s));
    EXPECT_FALSE(names.contains(u"web"_s)); // a container
}

// An image's platform manifests and attestation go with it, and only with it: a manifest another image that
// stays also lists is kept.
TEST_F(PruneTest, AMultiArchImagesChildrenAreNeverPlannedWhileTheImageStays)
{
    const PruneOutput result = prune(acmeWeb + QStringList{u"--tag"_s, u"1.3.0"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject report = result.object();
    const QJsonArray deletions = report[u"delete"_s].toArray();
    ASSERT_EQ(deletions.size(), 3); // the 1.3.0 index, its amd64 manifest and its attestation
    EXPECT_EQ(deletions.at(0)[u"tags"_s].toArray(), QJsonArray{u"1.3.0"_s});
    bool sharedKept = false;
    for (const QJsonValue &kept : report[u"keep"_s].toArray())
        sharedKept = sharedKept || kept[u"reason"_s].toString().contains(u"1.4.0"_s);
    EXPECT_TRUE(sharedKept) << result.out.constData();
}

TEST_F(PruneTest, YesDeletesAtTheAppsPaceAndWritesTheAppsJournal)
{
    const QString journalPath = home.filePath(u"shared-journal.jsonl"_s);
    const PruneOutput result = prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--yes"_s, u"--journal"_s,
                                                           journalPath, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject report = result.object();
    EXPECT_FALSE(report[u"dry_run"_s].toBool());
    const QJsonArray results = report[u"results"_s].toArray();
    ASSERT_EQ(results.size(), 3);
    for (const QJsonValue &item : results)
        EXPECT_EQ(item[u"status"_s].toString(), u"deleted"_s);
    EXPECT_EQ(mutationCount(), 3);
    EXPECT_THAT(result.err.toStdString(), HasSubstr("[3/3] deleted"));

    // What the app's Recently deleted lists: the journal's restorable entries on this host.
    DeletionJournal journal(journalPath);
    const QList<JournalEntry> restorable = journal.restorable(QDateTime::currentDateTimeUtc());
    ASSERT_EQ(restorable.size(), 3);
    QList<qint64> restorableIds;
    for (const JournalEntry &entry : restorable) {
        EXPECT_EQ(entry.host, client->server().hostKey());
        restorableIds.append(entry.versionId);
    }
    QList<qint64> deletedIds = idsIn(report[u"delete"_s].toArray());
    std::sort(restorableIds.begin(), restorableIds.end());
    std::sort(deletedIds.begin(), deletedIds.end());
    EXPECT_EQ(restorableIds, deletedIds);
}

// octocat/hello-world 1.0 has 12,000 downloads: GitHub refuses its delete, so its platform manifests and
// attestation must stay (they are skipped), and the run exits 1.
TEST_F(PruneTest, AFailedDeleteSkipsItsDependantsAndExitsOne)
{
    const PruneOutput result = prune({u"--me"_s, u"--type"_s, u"container"_s, u"--package"_s,
                                      u"hello-world"_s, u"--tag"_s, u"1.0"_s, u"--yes"_s, u"--journal"_s,
                                      home.filePath(u"j.jsonl"_s), u"--format"_s, u"json"_s, u"--quiet"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.constData();
    EXPECT_TRUE(result.err.isEmpty()) << "--quiet: " << result.err.constData();
    const QJsonArray results = result.object()[u"results"_s].toArray();
    ASSERT_EQ(results.size(), 4);
    EXPECT_EQ(results.at(0)[u"status"_s].toString(), u"failed"_s);
    EXPECT_THAT(results.at(0)[u"message"_s].toString().toStdString(), HasSubstr("5,000 downloads"));
    for (qsizetype i = 1; i < results.size(); ++i) {
        EXPECT_EQ(results.at(i)[u"status"_s].toString(), u"skipped"_s);
        EXPECT_THAT(results.at(i)[u"message"_s].toString().toStdString(), HasSubstr("failed"));
    }
    EXPECT_EQ(mutationCount(), 1); // only the refused index delete was sent
}

TEST_F(PruneTest, AnIncompleteListingIsRefusedWithNothingDeleted)
{
    server.injectFault(
        QJsonObject{{u"status"_s, 502}, {u"count"_s, 100}, {u"path_contains"_s, u"/versions?"_s}});
    const PruneOutput result = prune({u"--org"_s, u"acme"_s, u"--type"_s, u"container"_s, u"--package"_s,
                                      u"api"_s, u"--untagged-only"_s, u"--yes"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(result.exitCode, 3) << result.out.constData() << result.err.constData();
    EXPECT_FALSE(result.object()[u"complete"_s].toBool());
    EXPECT_THAT(result.object()[u"warnings"_s].toArray().at(0).toString().toStdString(),
                HasSubstr("incomplete"));
    EXPECT_EQ(mutationCount(), 0);
}

TEST_F(PruneTest, RefusedForSafetyExitsThree)
{
    // The last version of a package.
    const PruneOutput last = prune({u"--org"_s, u"acme"_s, u"--type"_s, u"npm"_s, u"--package"_s, u"solo"_s,
                                    u"--tag"_s, u"*"_s, u"--yes"_s});
    EXPECT_EQ(last.exitCode, 3) << last.out.constData() << last.err.constData();
    // A token without delete:packages.
    const PruneOutput readOnly =
        prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--yes"_s}, DemoTokens::readOnly());
    EXPECT_EQ(readOnly.exitCode, 3) << readOnly.out.constData();
    EXPECT_THAT(readOnly.out.toStdString(), HasSubstr("delete:packages"));
    EXPECT_EQ(mutationCount(), 0);
}

TEST_F(PruneTest, ATokenWithoutAScopesHeaderWorksWithoutAskingForTheUser)
{
    // As GITHUB_TOKEN in Actions: no X-OAuth-Scopes, and GET /user would be refused.
    const PruneOutput result = prune(
        acmeWeb + QStringList{u"--untagged-only"_s, u"--yes"_s, u"--journal"_s, home.filePath(u"j.jsonl"_s)},
        DemoTokens::appUser());
    EXPECT_EQ(result.exitCode, 0) << result.out.constData() << result.err.constData();
    EXPECT_EQ(mutationCount(), 3);
    EXPECT_EQ(counters()[u"requests"_s].toObject()[u"GET /user"_s].toInt(), 0);
}

TEST_F(PruneTest, TheTokenAppearsInNoOutputFileOrArgument)
{
    const QString token = DemoTokens::full();
    const QString journalPath = home.filePath(u"j.jsonl"_s);
    const PruneOutput result =
        prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--yes"_s, u"--journal"_s, journalPath}, token,
              /*tokenOnStdin=*/true);
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_THAT(result.out.toStdString(), Not(HasSubstr(token.toStdString())));
    EXPECT_THAT(result.err.toStdString(), Not(HasSubstr(token.toStdString())));
    EXPECT_FALSE(lastArguments.join(u' ').contains(token));
    QFile journal(journalPath);
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    EXPECT_FALSE(journal.readAll().contains(token.toUtf8()));
}

TEST_F(PruneTest, ARulesFileMeansWhatTheFlagsMean)
{
    RetentionRuleFile file;
    file.rule.untaggedOnly = true;
    file.comment = u"orphans go"_s;
    const QString path = home.filePath(u"rule.json"_s);
    QString error;
    ASSERT_TRUE(file.write(path, &error)) << error.toStdString();
    const PruneOutput fromFile = prune(acmeWeb + QStringList{u"--rules"_s, path, u"--format"_s, u"json"_s});
    const PruneOutput fromFlags =
        prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.constData();
    EXPECT_EQ(fromFile.object()[u"delete"_s], fromFlags.object()[u"delete"_s]);
}

TEST_F(PruneTest, BadInputIsAOneLineErrorAndExitTwo)
{
    const QString malformed = home.filePath(u"bad.json"_s);
    QFile file(malformed);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"packhouse_rule_version\": 1, \"keep_newest\": -3}");
    file.close();
    const QList<std::pair<QStringList, std::string>> cases{
        {acmeWeb + QStringList{u"--rules"_s, malformed}, "keep_newest"},
        {acmeWeb + QStringList{u"--rules"_s, home.filePath(u"missing.json"_s)}, "cannot read"},
        {acmeWeb + QStringList{u"--keep-newest"_s, u"-1"_s}, "whole number"},
        {acmeWeb, "no criterion"},
        {{u"--org"_s, u"acme"_s, u"--type"_s, u"pypi"_s, u"--package"_s, u"x"_s, u"--untagged-only"_s},
         "unknown package type"},
        {{u"--org"_s, u"acme"_s, u"--type"_s, u"npm"_s, u"--package"_s, u"no-such-package"_s,
          u"--untagged-only"_s},
         "does not exist"},
        {{u"--type"_s, u"npm"_s, u"--package"_s, u"x"_s, u"--untagged-only"_s}, "exactly one owner"},
        {acmeWeb + QStringList{u"--untagged-only"_s, u"--yes"_s, u"--dry-run"_s}, "contradict"},
        {acmeWeb + QStringList{u"--untagged-only"_s, u"--format"_s, u"xml"_s}, "text or json"},
    };
    for (const auto &[arguments, message] : cases) {
        const PruneOutput result = prune(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_THAT(result.err.toStdString(), HasSubstr(message)) << arguments.join(u' ').toStdString();
        EXPECT_EQ(result.err.count("packhouse-prune: "), 1) << result.err.constData();
        EXPECT_TRUE(result.err.endsWith('\n'));
        EXPECT_TRUE(result.out.isEmpty());
    }
    const PruneOutput refusedToken =
        prune(acmeWeb + QStringList{u"--untagged-only"_s}, u"ghp_notAValidToken"_s);
    EXPECT_EQ(refusedToken.exitCode, 2) << refusedToken.out.constData();
    EXPECT_THAT(refusedToken.err.toStdString(), HasSubstr("did not accept the token"));
    EXPECT_EQ(mutationCount(), 0);
}

TEST_F(PruneTest, AnotherUsersPackagesAndAnAgeLimit)
{
    const PruneOutput hubot = prune({u"--user"_s, u"hubot"_s, u"--type"_s, u"container"_s, u"--package"_s,
                                     u"hubot-bot"_s, u"--untagged-only"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(hubot.exitCode, 0) << hubot.err.constData();
    EXPECT_EQ(hubot.object()[u"owner"_s].toString(), u"hubot"_s);
    EXPECT_TRUE(hubot.object()[u"complete"_s].toBool());

    // acme/api: pr-N images; only those older than 20 days go.
    const QStringList prImages{u"--org"_s, u"acme"_s,  u"--type"_s, u"container"_s, u"--package"_s,
                               u"api"_s,   u"--tag"_s, u"pr-*"_s,   u"--format"_s,  u"json"_s};
    const PruneOutput all = prune(prImages);
    const PruneOutput old = prune(prImages + QStringList{u"--older-than"_s, u"20"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.constData();
    ASSERT_EQ(old.exitCode, 0) << old.err.constData();
    const qsizetype allCount = all.object()[u"delete"_s].toArray().size();
    const qsizetype oldCount = old.object()[u"delete"_s].toArray().size();
    EXPECT_GT(oldCount, 0);
    EXPECT_LT(oldCount, allCount);
    EXPECT_EQ(mutationCount(), 0);
}

// --report (issue #18): the namespace's overview as one JSON document, the same figures as the app's scan.
TEST_F(PruneTest, TheReportIsOneDocumentWithTheScansFigures)
{
    const PruneOutput result =
        prune({u"--org"_s, u"acme"_s, u"--report"_s, u"--format"_s, u"json"_s, u"--untagged-only"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(mutationCount(), 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result.out.constData();
    EXPECT_EQ(report[u"owner"_s].toString(), u"acme"_s);
    EXPECT_TRUE(report[u"complete"_s].toBool());

    RegistryClient registry(client.get(), QString());
    RetentionRule untagged;
    untagged.untaggedOnly = true;
    NamespaceScan scan(client.get(), &registry, NamespaceRef::organization(u"acme"_s), {{}, untagged, 6});
    bool finished = false;
    QObject::connect(&scan, &NamespaceScan::packagesListed, &scan, [&scan] { scan.scanPackages(); });
    QObject::connect(&scan, &NamespaceScan::finished, &scan, [&finished] { finished = true; });
    scan.listPackages();
    ASSERT_TRUE(waitUntil([&finished] { return finished; }, 60000));

    const QJsonArray packages = report[u"packages"_s].toArray();
    ASSERT_EQ(packages.size(), scan.packages().size());
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const QJsonObject package = packages.at(i).toObject();
        const PackageHealth &health = scan.packages().at(i);
        QStringList keys = package.keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{u"broken_images"_s, u"complete"_s, u"name"_s, u"newest"_s, u"oldest"_s,
                                     u"orphans"_s, u"problems"_s, u"reclaimable_bytes"_s, u"size_bytes"_s,
                                     u"tagged"_s, u"type"_s, u"untagged"_s, u"versions"_s}));
        EXPECT_EQ(package[u"name"_s].toString(), health.package.name);
        EXPECT_EQ(package[u"versions"_s].toInt(), health.versions);
        if (health.isContainer()) {
            ASSERT_TRUE(package[u"size_bytes"_s].isDouble()) << health.package.name.toStdString();
            EXPECT_EQ(package[u"size_bytes"_s].toInteger(), *health.sizeBytes);
            EXPECT_EQ(package[u"reclaimable_bytes"_s].toInteger(), *health.reclaimableBytes);
            EXPECT_EQ(package[u"orphans"_s].toInt(), health.orphans);
        } else {
            EXPECT_TRUE(package[u"size_bytes"_s].isNull()) << "GitHub gives no size for this type";
            EXPECT_TRUE(package[u"reclaimable_bytes"_s].isNull());
            EXPECT_TRUE(package[u"tagged"_s].isNull());
        }
    }
    const auto web = std::find_if(packages.begin(), packages.end(),
                                  [](const QJsonValue &package) { return package[u"name"_s] == u"web"_s; });
    ASSERT_NE(web, packages.end());
    EXPECT_EQ((*web)[u"orphans"_s].toInt(), 3) << "demoimages.h: web's untagged old builds";
    EXPECT_GT((*web)[u"reclaimable_bytes"_s].toInteger(), 0);
}

TEST_F(PruneTest, TheReportWithoutARuleHasNoReclaimableBytesAndSpeaksCsv)
{
    const PruneOutput json =
        prune({u"--org"_s, u"acme"_s, u"--report"_s, u"--format"_s, u"json"_s, u"--type"_s, u"container"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.constData();
    const QJsonArray packages = QJsonDocument::fromJson(json.out)[u"packages"_s].toArray();
    ASSERT_FALSE(packages.isEmpty());
    for (const QJsonValue &package : packages) {
        EXPECT_EQ(package[u"type"_s].toString(), u"container"_s);
        EXPECT_TRUE(package[u"reclaimable_bytes"_s].isNull()) << "no rule on the command line";
    }

    const PruneOutput csv = prune({u"--org"_s, u"acme"_s, u"--report"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.constData();
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    ASSERT_GT(lines.size(), 1);
    EXPECT_EQ(lines.constFirst().trimmed(),
              "type,name,versions,tagged,untagged,orphans,broken_images,size_bytes,"
              "reclaimable_bytes,newest,oldest,complete");
    EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QByteArray &line) { return line.startsWith("npm,cli,2,,,,,,,"); }));

    const PruneOutput refused = prune({u"--org"_s, u"acme"_s, u"--report"_s, u"--yes"_s});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("--report deletes nothing"));
    EXPECT_EQ(mutationCount(), 0);
}

// Issue #20: --lang (else the system's language) translates the help, the errors and the text report; the
// JSON report keeps its keys.
TEST_F(PruneTest, LangTranslatesTheHelpTheErrorsAndTheTextReport)
{
    const PruneOutput help = prune({u"--lang"_s, u"fr"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0) << help.err.constData();
    EXPECT_THAT(help.out.toStdString(), HasSubstr("Affiche cette aide."));
    EXPECT_THAT(help.out.toStdString(), HasSubstr("--lang <CODE>"));

    const PruneOutput error = prune({u"--lang=de"_s, u"--org"_s, u"acme"_s, u"--type"_s, u"pypi"_s,
                                     u"--package"_s, u"x"_s, u"--untagged-only"_s});
    EXPECT_EQ(error.exitCode, 2);
    EXPECT_THAT(error.err.toStdString(), HasSubstr("unbekannter Pakettyp „pypi“"));

    const PruneOutput report = prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--lang"_s, u"de"_s});
    EXPECT_EQ(report.exitCode, 0) << report.err.constData();
    EXPECT_THAT(report.out.toStdString(), HasSubstr("Probelauf, nichts wird gelöscht"));
    EXPECT_THAT(report.out.toStdString(), HasSubstr("Löschen (3):"));

    const PruneOutput json =
        prune(acmeWeb + QStringList{u"--untagged-only"_s, u"--lang"_s, u"de"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(json.exitCode, 0) << json.err.constData();
    EXPECT_TRUE(json.object().value(u"dry_run"_s).toBool());
    EXPECT_EQ(json.object().value(u"delete"_s).toArray().size(), 3);
    EXPECT_EQ(mutationCount(), 0);
}
