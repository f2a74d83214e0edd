#include "prunerun.h"

#include "deletionjournal.h"
#include "deletionplan.h"
#include "githubclient.h"
#include "imagetree.h"
#include "jsondecoder.h"
#include "listingoutcome.h"
#include "manifestcollector.h"
#include "operationqueue.h"
#include "packagelisting.h"
#include "registryclient.h"
#include "versionlisting.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Packhouse {

PruneRun::PruneRun(GitHubClient *client, RegistryClient *registry, DeletionJournal *journal,
                   PruneOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_registry(registry)
    , m_journal(journal)
    , m_options(std::move(options))
{}

void PruneRun::start()
{
    if (!m_options.ownerIsMe) {
        // --org and --user never ask GET /user: an Actions GITHUB_TOKEN is refused there.
        resolvePackages();
        return;
    }
    ApiJob *job = m_client->fetchAuthenticatedUser();
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &response) {
        const auto account =
            response.ok() ? JsonDecoder::account(response.body) : Result<Account>(*response.error);
        if (!account.ok())
            return fail(
                UsageError,
                tr("--me: GitHub did not name the token's user: %1").arg(account.error().userMessage()));
        m_options.owner = NamespaceRef::authenticatedUser(account.value().login);
        m_client->setLogin(account.value().login);
        resolvePackages();
    });
}

void PruneRun::resolvePackages()
{
    if (!m_options.everyPackage()) {
        m_packageNames = m_options.packages;
        nextPackage();
        return;
    }
    Q_EMIT progress(
        tr("Listing the %1 packages of %2…").arg(packageTypeToApi(m_options.type), m_options.owner.login));
    auto *listing = new PackageListing(m_client, m_options.owner, {m_options.type}, this);
    connect(listing, &PackageListing::packagesReceived, this,
            [this](PackageType, const QList<Package> &page) {
                for (const Package &package : page)
                    m_packageNames.append(package.name);
            });
    connect(listing, &PackageListing::finished, this, [this, listing](const ListingOutcome &outcome) {
        listing->deleteLater();
        if (!outcome.errors.isEmpty() && outcome.errors.constFirst().kind == ApiError::Kind::NotFound)
            return fail(UsageError,
                        tr("%1 does not exist, or the token cannot see it").arg(m_options.owner.login));
        if (!outcome.errors.isEmpty() && outcome.errors.constFirst().kind == ApiError::Kind::BadCredentials)
            return fail(UsageError, outcome.errors.constFirst().userMessage());
        if (!outcome.complete) {
            PrunePackageReport report;
            report.owner = m_options.owner.login;
            report.type = m_options.type;
            report.package = QStringLiteral("*");
            report.dryRun = !m_options.execute;
            report.refusal =
                tr("the package list is incomplete: %1")
                    .arg(outcome.errors.isEmpty() ? QString() : outcome.errors.constFirst().userMessage());
            m_reports.append(report);
            return decide();
        }
        m_packageNames.sort();
        nextPackage();
    });
    listing->start();
}

void PruneRun::nextPackage()
{
    if (++m_current >= m_packageNames.size())
        return decide();
    Q_EMIT progress(tr("Listing %1/%2…").arg(m_options.owner.login, m_packageNames.at(m_current)));
    m_versions.clear();
    m_listingProblem.reset();
    ApiJob *job = m_client->getPackage(m_options.owner, m_options.type, m_packageNames.at(m_current));
    connect(job, &ApiJob::finished, this, &PruneRun::onPackage);
}

void PruneRun::onPackage(const ApiResponse &response)
{
    const QString name = m_packageNames.at(m_current);
    if (!response.ok()) {
        const ApiError &error = *response.error;
        if (error.kind == ApiError::Kind::NotFound)
            return fail(UsageError, tr("package %1/%2 (%3) does not exist, or the token cannot see it")
                                        .arg(m_options.owner.login, name, packageTypeToApi(m_options.type)));
        if (error.kind == ApiError::Kind::BadCredentials)
            return fail(UsageError, error.userMessage());
        m_listingProblem = error;
        return plan({}, {});
    }
    const auto package = JsonDecoder::package(QJsonDocument::fromJson(response.body).object());
    if (!package.ok()) {
        m_listingProblem = package.error();
        return plan({}, {});
    }
    m_package = package.value();
    auto *listing = new VersionListing(m_client, m_options.owner, m_options.type, name,
                                       GitHubClient::VersionState::Active, this);
    listing->setExpectedCount(m_package.versionCount);
    // Container manifests load while the pages do (the registry has its own request budget).
    ManifestCollector *collector =
        m_options.type == PackageType::Container
            ? new ManifestCollector(m_registry, m_options.owner.login, name, listing)
            : nullptr;
    connect(listing, &VersionListing::versionsReceived, this,
            [this, collector](const QList<PackageVersion> &page) {
                m_versions.append(page);
                if (collector)
                    collector->add(page);
            });
    connect(listing, &VersionListing::restarted, this, [this, collector] {
        m_versions.clear();
        if (collector)
            collector->restart();
    });
    connect(listing, &VersionListing::finished, this,
            [this, listing, collector](const ListingOutcome &outcome) {
                if (!outcome.complete) {
                    listing->deleteLater();
                    ApiError error;
                    error.kind = ApiError::Kind::Incomplete;
                    error.message = outcome.errors.isEmpty() ? tr("the listing stopped part way")
                                                             : outcome.errors.constFirst().userMessage();
                    m_listingProblem = error;
                    return plan({}, {});
                }
                if (!collector) {
                    listing->deleteLater();
                    return plan({}, {});
                }
                connect(collector, &ManifestCollector::finished, this, [this, listing, collector] {
                    listing->deleteLater();
                    plan(collector->errors(), collector->manifests());
                });
                collector->listingFinished();
            });
    listing->start();
}

void PruneRun::plan(const QHash<QString, ApiError> &manifestErrors,
                    const QHash<QString, OciManifest> &manifests)
{
    PrunePackageReport report;
    report.owner = m_options.owner.login;
    report.type = m_options.type;
    report.package = m_packageNames.at(m_current);
    report.dryRun = !m_options.execute;
    if (m_listingProblem) {
        report.refusal =
            tr("the version listing is incomplete or stale: %1").arg(m_listingProblem->userMessage());
        m_reports.append(report);
        return nextPackage();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isContainer = m_options.type == PackageType::Container;
    const ImageTree tree = isContainer ? ImageTree::build(m_versions, manifests) : ImageTree();
    const DeletionPlan plan = DeletionPlan::forRule(m_options.rule, m_versions, isContainer ? &tree : nullptr,
                                                    m_package.isPublic, now, true);

    QHash<qint64, const PackageVersion *> byId;
    for (const PackageVersion &version : std::as_const(m_versions))
        byId.insert(version.id, &version);
    const auto createdAt = [&byId](qint64 id) {
        const PackageVersion *version = byId.value(id);
        return version ? version->createdAt : QDateTime();
    };
    QSet<qint64> going;
    for (const PlannedDeletion &deletion : plan.deletions()) {
        going.insert(deletion.versionId);
        report.deletions.append({deletion.versionId, deletion.digestOrName, deletion.tags,
                                 createdAt(deletion.versionId), deletion.reason});
    }
    QSet<qint64> explained;
    for (const ExcludedVersion &kept : plan.excluded()) {
        explained.insert(kept.versionId);
        const PackageVersion *version = byId.value(kept.versionId);
        report.kept.append({kept.versionId, kept.digestOrName, version ? version->tags : QStringList(),
                            createdAt(kept.versionId), kept.reason});
    }
    // The rest of the top of the tree: what the rule left alone. Children follow their image.
    const QList<QString> topLevel = isContainer ? tree.topLevel() + tree.orphanUntagged() : QList<QString>();
    const auto keepUnselected = [&](const PackageVersion &version) {
        if (!going.contains(version.id) && !explained.contains(version.id))
            report.kept.append(
                {version.id, version.name, version.tags, version.createdAt, tr("not selected by the rule")});
    };
    if (isContainer) {
        for (const QString &digest : topLevel) {
            const ImageTree::Node *node = tree.node(digest);
            if (const PackageVersion *version = node ? byId.value(node->versionId) : nullptr)
                keepUnselected(*version);
        }
    } else {
        for (const PackageVersion &version : std::as_const(m_versions))
            keepUnselected(version);
    }
    report.warnings = plan.warnings();

    if (!manifestErrors.isEmpty()) {
        const auto first = manifestErrors.constBegin();
        report.refusal = tr("the image tree is incomplete: %n manifest(s) could not be read (%1: %2)",
                            nullptr, int(manifestErrors.size()))
                             .arg(first.key(), first.value().userMessage());
    } else if (isContainer && !tree.isComplete()) {
        report.refusal = tr("the image tree is incomplete: %n manifest(s) are unknown", nullptr,
                            int(tree.unknownManifests().size()));
    } else if (plan.refused()) {
        report.refusal = plan.refusalReason();
    } else if (plan.deletesEveryVersion()) {
        report.refusal = tr("the rule would delete the last tagged version; delete the whole package instead "
                            "(in the app) if that is meant");
    }
    report.complete = manifestErrors.isEmpty() && (!isContainer || tree.isComplete());
    if (report.refusal.isEmpty()) {
        const QList<Operation> operations =
            plan.operations(m_options.owner, m_options.type, m_packageNames.at(m_current));
        for (const Operation &operation : operations) {
            m_operations.append(operation);
            m_reportOfOperation.append(int(m_reports.size()));
        }
    }
    m_reports.append(report);
    nextPackage();
}

void PruneRun::decide()
{
    const bool refused =
        std::any_of(m_reports.cbegin(), m_reports.cend(),
                    [](const PrunePackageReport &report) { return !report.refusal.isEmpty(); });
    if (refused)
        return Q_EMIT finished(Refused);
    if (!m_options.execute || m_operations.isEmpty())
        return Q_EMIT finished(Success);
    const QStringList missing =
        m_client->scopes().missingFor(PackageAction::Delete, m_options.type, m_options.server.hostKind());
    // Only scopes GitHub listed decide here; App and Actions tokens list none, and GitHub's answers decide.
    if (m_client->scopesKnown() && m_client->scopes().isReported() && !missing.isEmpty()) {
        for (PrunePackageReport &report : m_reports)
            report.refusal = tr("the token lacks the %1 scope").arg(missing.join(QStringLiteral(", ")));
        return Q_EMIT finished(Refused);
    }
    execute();
}

void PruneRun::execute()
{
    m_queue = new OperationQueue(m_client, m_journal, this);
    connect(
        m_queue, &OperationQueue::operationFinished, this, [this](int index, const OperationResult &result) {
            const Operation &operation = m_operations.at(index);
            QString status;
            QString message;
            switch (result.status) {
            case OperationResult::Status::Done:
                status = QStringLiteral("deleted");
                break;
            case OperationResult::Status::Skipped:
                status = QStringLiteral("skipped");
                message = result.skipReason;
                break;
            default:
                status = QStringLiteral("failed");
                message = result.error ? result.error->userMessage() : tr("not carried out");
                break;
            }
            m_reports[m_reportOfOperation.at(index)].results.append({operation.versionId, status, message});
            Q_EMIT progress(tr("[%1/%2] %3 %4 %5 %6")
                                .arg(index + 1)
                                .arg(m_operations.size())
                                .arg(status, operation.packageName, operation.versionLabel(), message)
                                .trimmed());
        });
    connect(m_queue, &OperationQueue::finished, this, [this](int, int failed, int skipped, bool cancelled) {
        Q_EMIT finished(failed + skipped > 0 || cancelled ? SomeFailed : Success);
    });
    if (!m_queue->run(m_operations))
        fail(Refused, tr("the plan put a deletion before one it depends on; nothing was deleted"));
}

void PruneRun::fail(int exitCode, const QString &message)
{
    m_fatalError = message;
    Q_EMIT finished(exitCode);
}

} // namespace Packhouse
