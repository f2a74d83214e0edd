#pragma once

#include "operation.h"
#include "package.h"
#include "packageversion.h"
#include "pruneoptions.h"
#include "prunereport.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Packhouse {

class DeletionJournal;
class GitHubClient;
class OperationQueue;
class RegistryClient;
struct ApiResponse;
struct OciManifest;
struct ListingOutcome;

// One packhouse-prune run: finds the packages, lists each in full (and, for containers, reads the manifests
// its image tree needs), lets the retention rule pick candidates and DeletionPlan decide what may go, exactly
// as the app's review does; then, with --yes and only when every package's plan is safe, deletes through the
// app's paced OperationQueue and journal. Nothing here blocks: it ends in finished(exit code).
class PruneRun : public QObject
{
    Q_OBJECT

public:
    enum ExitCode : int
    {
        Success = 0,
        SomeFailed = 1, // some deletions failed (their dependants were skipped); the rest went on
        UsageError = 2, // bad configuration: a token GitHub refuses, an owner or package that does not exist
        Refused =
            3, // an incomplete or stale picture, a missing scope, the last tagged version: nothing deleted
    };

    PruneRun(GitHubClient *client, RegistryClient *registry, DeletionJournal *journal, PruneOptions options,
             QObject *parent = nullptr);

    void start();
    const QList<PrunePackageReport> &reports() const { return m_reports; }
    // For UsageError: one line naming the problem.
    QString fatalError() const { return m_fatalError; }

Q_SIGNALS:
    // A line for people following the run (stderr): what is being listed, each deletion as it ends.
    void progress(const QString &line);
    void finished(int exitCode);

private:
    void resolvePackages();
    void nextPackage();
    void onPackage(const ApiResponse &response);
    void plan(const QHash<QString, ApiError> &manifestErrors,
              const QHash<QString, OciManifest> &manifests);
    void decide();
    void execute();
    void fail(int exitCode, const QString &message);

    GitHubClient *m_client;     // not owned
    RegistryClient *m_registry; // not owned
    DeletionJournal *m_journal; // not owned
    PruneOptions m_options;

    QStringList m_packageNames;
    int m_current = -1;
    Package m_package;
    QList<PackageVersion> m_versions;
    std::optional<ApiError> m_listingProblem;
    QList<PrunePackageReport> m_reports;
    QList<Operation> m_operations;
    QList<int> m_reportOfOperation; // index into m_reports, per operation
    QPointer<OperationQueue> m_queue;
    QString m_fatalError;
};

} // namespace Packhouse
