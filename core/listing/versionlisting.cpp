#include "versionlisting.h"

#include "jsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

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

namespace {

constexpr int maxListingAttempts = 2;

} // namespace

void VersionListing::start()
{
    cancel();
    m_running = true;
    m_attempts = 0;
    restartPages();
}

void VersionListing::restartPages()
{
    ++m_attempts;
    m_allFromCache = true;
    m_stale.reset();
    m_ready.clear();
    m_seen.clear();
    m_nextToRequest = 1;
    m_nextToDeliver = 1;
    m_countProblem.reset();
    // The count the pages are checked against must be read before any page is served, or a delete between
    // them goes unseen. The package's version_count, read earlier, is such a count; without one, it is asked
    // for first.
    if (m_state == GitHubClient::VersionState::Active && m_expectedCount < 0) {
        requestCount(CountCheck::AtStart);
        return;
    }
    startPages();
}

void VersionListing::startPages()
{
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
    if (m_countJob)
        std::exchange(m_countJob, nullptr)->abort();
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
    if (response.stale && (!m_stale || response.cachedAt < m_stale->dataTime))
        m_stale = ApiError::stale(response.staleReason, response.cachedAt);

    m_ready.insert(page, versions.value());
    QPointer<VersionListing> alive(this);
    deliverReady();
    if (!alive || !m_running)
        return;
    if (m_nextToDeliver > m_totalPages && m_inFlight.isEmpty())
        verifyCount();
}

void VersionListing::requestCount(CountCheck check)
{
    m_countJob = m_client->getPackage(m_owner, m_type, m_packageName);
    connect(m_countJob, &ApiJob::finished, this,
            [this, check](const ApiResponse &response) { onPackageCount(check, response); });
}

void VersionListing::verifyCount()
{
    ListingOutcome outcome;
    outcome.fromCache = m_allFromCache;
    if (m_stale || m_countProblem) {
        // Browsable, but not a picture to act on; asking for the count now would only fail too.
        outcome.stale = m_stale.has_value() || m_countProblem->kind == ApiError::Kind::Stale;
        outcome.errors.append(m_stale ? *m_stale : *m_countProblem);
        finishWith(outcome);
        return;
    }
    // Deleted versions have no count to check against; they are listed for restoring, never to delete.
    if (m_state != GitHubClient::VersionState::Active) {
        outcome.complete = true;
        finishWith(outcome);
        return;
    }
    if (m_countCheckedByCaller) {
        if (receivedCount() == m_expectedCount) {
            outcome.complete = true;
            finishWith(outcome);
        } else {
            listAgainOrGiveUp(m_expectedCount);
        }
        return;
    }
    requestCount(CountCheck::AtEnd);
}

void VersionListing::onPackageCount(CountCheck check, const ApiResponse &response)
{
    m_countJob = nullptr;
    if (!m_running)
        return;
    const auto package = response.ok() && !response.stale
                             ? JsonDecoder::package(QJsonDocument::fromJson(response.body).object())
                             : Result<Package>(response.stale
                                                   ? ApiError::stale(response.staleReason, response.cachedAt)
                                                   : *response.error);
    if (check == CountCheck::AtStart) {
        // Without it the listing stays browsable, but cannot prove itself whole: the pages go on.
        if (package.ok())
            m_expectedCount = package.value().versionCount;
        else
            m_countProblem = package.error();
        startPages();
        return;
    }
    ListingOutcome outcome;
    outcome.fromCache = m_allFromCache && response.fromCache;
    if (!package.ok()) {
        outcome.stale = response.stale;
        outcome.errors.append(package.error());
        finishWith(outcome);
        return;
    }
    const int count = package.value().versionCount;
    const bool moved = m_expectedCount != count;
    if (!moved && count == receivedCount()) {
        outcome.complete = true;
        finishWith(outcome);
        return;
    }
    listAgainOrGiveUp(count);
}

void VersionListing::listAgainOrGiveUp(int count)
{
    if (m_attempts < maxListingAttempts) {
        // The caller's count proves only that something moved: this time GitHub is asked before the pages.
        m_expectedCount = m_countCheckedByCaller ? -1 : count;
        QPointer<VersionListing> alive(this);
        Q_EMIT restarted();
        if (alive && m_running)
            restartPages();
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Incomplete;
    error.message = tr("the versions changed while they were listed (GitHub counts %1, %2 were received): "
                       "reload when the package is quiet")
                        .arg(count)
                        .arg(receivedCount());
    ListingOutcome outcome;
    outcome.errors.append(error);
    finishWith(outcome);
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
