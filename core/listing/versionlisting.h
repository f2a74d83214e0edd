#pragma once

#include "githubclient.h"
#include "listingoutcome.h"
#include "packageversion.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Packhouse {

// Lists every version of one package. Once it knows how many pages there are (from the `last` link, or the
// package's version_count) it fetches them in parallel, a bounded number at once, and hands pages over in
// order as soon as each is next in line, so the first rows show at once.
//
// Pages are numbered, so a version deleted by someone else between two page requests shifts the rest and one
// is never returned. An active listing therefore ends by asking for the package's version_count: when it
// moved since before the first page (setExpectedCount(), or asked for first), or differs from what was
// received, the package is listed again (restarted()), and after a second miss the listing ends incomplete. A page served from the cache because GitHub could not
// be reached (stale) makes the listing browsable but never complete.
class VersionListing : public QObject
{
    Q_OBJECT

public:
    VersionListing(GitHubClient *client, const NamespaceRef &owner, PackageType type,
                   const QString &packageName, GitHubClient::VersionState state, QObject *parent = nullptr);

    // The count GitHub reported for the package: lets pages 2… start together with page 1.
    void setExpectedCount(int versionCount) { m_expectedCount = versionCount; }
    void setPerPage(int perPage) { m_perPage = qBound(1, perPage, 100); }
    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    // The caller reads version_count again for many packages at once once they are listed (the Overview
    // re-lists the namespace's packages, a few requests instead of one per package): the listing ends after
    // its last page, complete when it received the expected count (a miss lists again once).
    void setCountCheckedByCaller(bool byCaller) { m_countCheckedByCaller = byCaller; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int receivedCount() const { return int(m_seen.size()); }

Q_SIGNALS:
    // In page order, with versions that shifted between pages (and so came twice) removed.
    void versionsReceived(const QList<Packhouse::PackageVersion> &versions);
    // The versions moved during the listing: it starts over, and what was received so far proves nothing.
    void restarted();
    void finished(const Packhouse::ListingOutcome &outcome);

private:
    void track(ApiJob *job, int page);
    void onPage(int page, const ApiResponse &response);
    void fillPipeline();
    void deliverReady();
    void finishWith(const ListingOutcome &outcome);
    void restartPages();
    void startPages();
    enum class CountCheck
    {
        AtStart,
        AtEnd
    };
    void requestCount(CountCheck check);
    void verifyCount();
    // The count and what was received differ: list again once, then end incomplete.
    void listAgainOrGiveUp(int count);
    void onPackageCount(CountCheck check, const ApiResponse &response);

    GitHubClient *m_client; // not owned
    NamespaceRef m_owner;
    PackageType m_type;
    QString m_packageName;
    GitHubClient::VersionState m_state;
    int m_expectedCount = -1;
    int m_perPage = 100;
    bool m_countCheckedByCaller = false;
    int m_concurrency;

    bool m_running = false;
    bool m_allFromCache = true;
    std::optional<ApiError> m_stale; // the oldest stale page's reason and time
    int m_attempts = 0;
    std::optional<ApiError> m_countProblem; // why the count at the start is not known
    int m_totalPages = 0; // 0 while unknown
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    QMap<int, QList<PackageVersion>> m_ready;
    QHash<int, QPointer<ApiJob>> m_inFlight;
    QPointer<ApiJob> m_countJob;
    QSet<qint64> m_seen;
};

} // namespace Packhouse
