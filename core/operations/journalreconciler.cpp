#include "journalreconciler.h"

#include "deletionjournal.h"
#include "githubclient.h"
#include "jsondecoder.h"
#include "versionlisting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace Packhouse {

Q_LOGGING_CATEGORY(lcJournal, "packhouse.journal")

JournalReconciler::JournalReconciler(GitHubClient *client, DeletionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

bool JournalReconciler::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_settled = 0;
    m_unsettled = 0;
    m_pending.clear();
    const QString host = m_client->server().hostKey();
    for (const JournalEntry &entry : m_journal->unfinished()) {
        if (entry.host.compare(host, Qt::CaseInsensitive) == 0)
            m_pending.append(entry);
    }
    // Asynchronous even when there is nothing to check, like every job.
    QTimer::singleShot(0, this, &JournalReconciler::checkNext);
    return true;
}

void JournalReconciler::checkNext()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_settled, m_unsettled);
        return;
    }
    const JournalEntry &entry = m_pending.constFirst();
    m_job = entry.versionId != 0
                ? m_client->getVersion(entry.owner, entry.packageType, entry.packageName, entry.versionId)
                : m_client->getPackage(entry.owner, entry.packageType, entry.packageName);
    connect(m_job, &ApiJob::finished, this, &JournalReconciler::onAnswer);
}

void JournalReconciler::onAnswer(const ApiResponse &response)
{
    m_job = nullptr;
    const JournalEntry &attempt = m_pending.constFirst();
    if (response.ok() && !response.stale) {
        if (attempt.versionId == 0)
            return settle(false);
        if (auto version = JsonDecoder::version(QJsonDocument::fromJson(response.body).object()); version.ok())
            return settle(version.value().isDeleted());
    } else if (response.error && response.error->kind == ApiError::Kind::NotFound) {
        if (attempt.versionId == 0)
            return confirmPackageDeleted(attempt);
        return confirmVersionDeleted(attempt);
    }
    leaveUnfinished();
}

void JournalReconciler::confirmVersionDeleted(const JournalEntry &attempt)
{
    auto *listing = new VersionListing(m_client, attempt.owner, attempt.packageType, attempt.packageName,
                                       GitHubClient::VersionState::Deleted, this);
    m_deletedListing = listing;
    auto found = std::make_shared<bool>(false);
    connect(listing, &VersionListing::versionsReceived, this,
            [found, id = attempt.versionId](const QList<PackageVersion> &versions) {
                *found = *found || std::any_of(versions.cbegin(), versions.cend(),
                                               [id](const PackageVersion &v) { return v.id == id; });
            });
    connect(listing, &VersionListing::finished, this, [this, listing, found](const ListingOutcome &outcome) {
        listing->deleteLater();
        if (*found)
            return settle(true);
        const bool unreachable =
            !outcome.errors.isEmpty() && (outcome.stale || outcome.errors.constFirst().isRetryable());
        if (unreachable)
            return leaveUnfinished();
        settleUnknown(outcome.complete
                          ? tr("GitHub answered 404, and the version is not among the package's deleted versions: "
                               "check on GitHub.")
                          : tr("GitHub answered 404, and the package's deleted versions could not be listed "
                               "(%1): check on GitHub.")
                                .arg(outcome.errors.constFirst().userMessage()));
    });
    listing->start();
}

void JournalReconciler::confirmPackageDeleted(const JournalEntry &attempt)
{
    m_job = m_client->listPackages(attempt.owner, attempt.packageType, 1, 1);
    connect(m_job, &ApiJob::finished, this, [this](const ApiResponse &response) {
        m_job = nullptr;
        // The owner's packages can be listed, so the 404 was not about access: the package is gone.
        if (response.ok() && !response.stale)
            return settle(true);
        if (response.stale || (response.error && response.error->isRetryable()))
            return leaveUnfinished();
        settleUnknown(tr("GitHub answered 404, and the owner's packages could not be listed (%1): check on "
                         "GitHub.")
                          .arg(response.error ? response.error->userMessage() : QString()));
    });
}

void JournalReconciler::settle(bool gone)
{
    const JournalEntry attempt = m_pending.takeFirst();
    const bool tookEffect = attempt.isDelete() == gone;
    JournalEntry outcome = attempt;
    outcome.outcome = tookEffect ? JournalEntry::Outcome::Done : JournalEntry::Outcome::Failed;
    // The attempt's time: the restore window counts from when the request was sent.
    outcome.message = tookEffect ? tr("Interrupted; the server confirmed it afterwards.")
                                 : tr("Interrupted before it took effect on the server.");
    if (m_journal->append(outcome))
        ++m_settled;
    else
        ++m_unsettled;
    checkNext();
}

void JournalReconciler::settleUnknown(const QString &why)
{
    JournalEntry outcome = m_pending.takeFirst();
    outcome.outcome = JournalEntry::Outcome::Unknown;
    outcome.message = why;
    qCWarning(lcJournal) << "cannot tell how an interrupted operation on" << outcome.packageName
                         << outcome.versionId << "ended:" << why;
    if (m_journal->append(outcome))
        ++m_settled;
    else
        ++m_unsettled;
    checkNext();
}

void JournalReconciler::leaveUnfinished()
{
    const JournalEntry attempt = m_pending.takeFirst();
    ++m_unsettled;
    qCWarning(lcJournal) << "cannot ask how an interrupted operation on" << attempt.packageName
                         << attempt.versionId << "ended; it stays unfinished";
    checkNext();
}

} // namespace Packhouse
