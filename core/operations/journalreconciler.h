#pragma once

#include "journalentry.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Packhouse {

class ApiJob;
class DeletionJournal;
class GitHubClient;
class VersionListing;
struct ApiResponse;

// After a crash or a kill mid-run, the journal holds attempts without an outcome: the request may or may not
// have reached GitHub. This asks the server about each (GET the version or package) and appends what it says,
// Done when the mutation took effect, Failed when it did not, so that "Recently deleted" lists every version
// the server really deleted. A bare 404 proves nothing (SAML-protected organizations and lost access answer
// it too): a version must then be among the package's deleted versions, a package's owner must still list
// its packages; otherwise the outcome is Unknown ("check on GitHub"). Attempts it cannot ask about (network
// errors, another host) stay unfinished.
class JournalReconciler : public QObject
{
    Q_OBJECT

public:
    JournalReconciler(GitHubClient *client, DeletionJournal *journal, QObject *parent = nullptr);

    // Checks every unfinished attempt on the client's host, one request at a time; ends in finished().
    bool start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(int settled, int unsettled);

private:
    void checkNext();
    void onAnswer(const ApiResponse &response);
    void confirmVersionDeleted(const JournalEntry &attempt);
    void confirmPackageDeleted(const JournalEntry &attempt);
    void settle(bool gone);
    void settleUnknown(const QString &why);
    void leaveUnfinished();

    GitHubClient *m_client;     // not owned
    DeletionJournal *m_journal; // not owned
    QList<JournalEntry> m_pending;
    QPointer<ApiJob> m_job;
    QPointer<VersionListing> m_deletedListing;
    int m_settled = 0;
    int m_unsettled = 0;
    bool m_running = false;
};

} // namespace Packhouse
