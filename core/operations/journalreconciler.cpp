#include "journalreconciler.h"

#include "deletionjournal.h"
#include "githubclient.h"
#include "jsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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
    const JournalEntry attempt = m_pending.takeFirst();
    // Gone: the version existed when the deletion was planned, so a 404 now means it was deleted.
    std::optional<bool> gone;
    if (response.ok() && !response.stale) {
        if (attempt.versionId == 0) {
            gone = false;
        } else if (auto version = JsonDecoder::version(QJsonDocument::fromJson(response.body).object());
                   version.ok()) {
            gone = version.value().isDeleted();
        }
    } else if (response.error && response.error->kind == ApiError::Kind::NotFound) {
        gone = true;
    }
    if (!gone) {
        ++m_unsettled;
        qCWarning(lcJournal) << "cannot tell how an interrupted operation on" << attempt.packageName
                             << attempt.versionId << "ended; it stays unfinished";
        checkNext();
        return;
    }

    const bool tookEffect = attempt.isDelete() == *gone;
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

} // namespace Packhouse
