#include "versionlisting.h"

#include "jsondecoder.h"

namespace Packhouse {

VersionListing::VersionListing(GitHubClient *client, const NamespaceRef &owner, PackageType type,
                               const QString &packageName, GitHubClient::VersionState state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_owner(owner)
    , m_type(type)
    , m_packageName(packageName)
    , m_state(state)
    , m_concurrency(client->options().pageConcurrency)
{}

void VersionListing::start()
{
    cancel();
    m_running = true;
    m_allFromCache = true;
    m_ready.clear();
    m_seen.clear();
    m_nextToRequest = 1;
    m_nextToDeliver = 1;
    // Deleted versions are not counted in version_count: only the `last` link tells their page count.
    m_totalPages = m_expectedCount > 0 && m_state == GitHubClient::VersionState::Active
                       ? (m_expectedCount + m_perPage - 1) / m_perPage
                       : 0;
    if (m_totalPages == 0)
        track(m_client->listVersions(m_owner, m_type, m_packageName, m_state, m_nextToRequest++, m_perPage),
              1);
    fillPipeline();
}

void VersionListing::cancel()
{
    const auto jobs = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    m_running = false;
}

void VersionListing::track(ApiJob *job, int page)
{
    m_inFlight.insert(page, job);
    connect(job, &ApiJob::finished, this, [this, page](const ApiResponse &response) {
        if (m_inFlight.remove(page))
            onPage(page, response);
    });
}

void VersionListing::fillPipeline()
{
    while (m_running && m_totalPages > 0 && m_inFlight.size() < m_concurrency &&
           m_nextToRequest <= m_totalPages) {
        const int page = m_nextToRequest++;
        track(m_client->listVersions(m_owner, m_type, m_packageName, m_state, page, m_perPage), page);
    }
}

void VersionListing::onPage(int page, const ApiResponse &response)
{
    if (!m_running)
        return;
    if (!response.ok()) {
        ApiError error = *response.error;
        ListingOutcome outcome;
        outcome.errors.append(error);
        finishWith(outcome);
        return;
    }
    if (const auto last = response.links.lastPage())
        m_totalPages = *last;
    else if (!response.links.next)
        m_totalPages = page; // no next: this page is the last one
    else if (page >= m_totalPages)
        m_totalPages = page + 1; // the listing grew while we read it
    // Pages past the end (version_count was stale) are not needed any more. They leave the map before they
    // are aborted: an abort can finish a job, and so reach back into the map, at once.
    QList<QPointer<ApiJob>> pastTheEnd;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it.key() > m_totalPages) {
            pastTheEnd.append(it.value());
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    for (const QPointer<ApiJob> &job : std::as_const(pastTheEnd)) {
        if (job)
            job->abort();
    }
    m_nextToRequest = qMin(m_nextToRequest, m_totalPages + 1);
    // The next page is asked for before this one is decoded, so its round trip overlaps the decoding.
    fillPipeline();

    auto versions = JsonDecoder::versions(response.body);
    if (!versions.ok()) {
        ListingOutcome outcome;
        outcome.errors.append(versions.error());
        finishWith(outcome);
        return;
    }
    m_allFromCache = m_allFromCache && response.fromCache;

    m_ready.insert(page, versions.value());
    QPointer<VersionListing> alive(this);
    deliverReady();
    if (!alive || !m_running)
        return;
    if (m_nextToDeliver > m_totalPages && m_inFlight.isEmpty()) {
        ListingOutcome outcome;
        outcome.complete = true;
        outcome.fromCache = m_allFromCache;
        finishWith(outcome);
    }
}

void VersionListing::deliverReady()
{
    QPointer<VersionListing> alive(this);
    while (alive && m_running && m_ready.contains(m_nextToDeliver)) {
        QList<PackageVersion> page = m_ready.take(m_nextToDeliver++);
        page.removeIf([this](const PackageVersion &version) {
            if (m_seen.contains(version.id))
                return true;
            m_seen.insert(version.id);
            return false;
        });
        if (!page.isEmpty())
            Q_EMIT versionsReceived(page);
    }
}

void VersionListing::finishWith(const ListingOutcome &outcome)
{
    cancel();
    Q_EMIT finished(outcome);
}

} // namespace Packhouse
