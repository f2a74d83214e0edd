#include "packagelisting.h"

#include "jsondecoder.h"

namespace Packhouse {

namespace {
constexpr int perPage = 100;
}

PackageListing::PackageListing(GitHubClient *client, const NamespaceRef &owner,
                               const QList<PackageType> &types, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_owner(owner)
    , m_types(types)
{}

void PackageListing::start()
{
    cancel();
    m_outcome = {};
    m_outcome.complete = true;
    m_outcome.fromCache = true;
    for (PackageType type : std::as_const(m_types))
        requestPage(type, 1);
}

void PackageListing::cancel()
{
    const auto jobs = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void PackageListing::requestPage(PackageType type, int page)
{
    ApiJob *job = m_client->listPackages(m_owner, type, page, perPage);
    m_inFlight.insert(type, job);
    connect(job, &ApiJob::finished, this, [this, type, page, job](const ApiResponse &response) {
        if (m_inFlight.value(type).data() != job)
            return;
        m_inFlight.remove(type);
        onPage(type, page, response);
    });
}

void PackageListing::onPage(PackageType type, int page, const ApiResponse &response)
{
    bool more = false;
    if (!response.ok()) {
        m_outcome.complete = false;
        m_outcome.errors.append(*response.error);
    } else if (auto packages = JsonDecoder::packages(response.body); !packages.ok()) {
        m_outcome.complete = false;
        m_outcome.errors.append(packages.error());
    } else {
        m_outcome.fromCache = m_outcome.fromCache && response.fromCache;
        if (response.stale) {
            // Shown, but a cached copy proves neither that a package is gone nor that the list is whole.
            m_outcome.complete = false;
            m_outcome.stale = true;
            const ApiError stale = ApiError::stale(response.staleReason, response.cachedAt);
            const auto older = std::find_if(m_outcome.errors.begin(), m_outcome.errors.end(),
                                            [](const ApiError &e) { return e.kind == ApiError::Kind::Stale; });
            if (older == m_outcome.errors.end())
                m_outcome.errors.append(stale);
            else if (stale.dataTime < older->dataTime)
                *older = stale;
        }
        if (response.links.next) {
            if ((page + 1) * perPage <= maxListablePackages) {
                more = true;
            } else {
                // GitHub refuses deeper pages: say the listing stops here rather than pretend it is whole.
                ApiError error;
                error.kind = ApiError::Kind::Incomplete;
                error.message = tr("GitHub lists at most %1 %2 packages")
                                    .arg(maxListablePackages)
                                    .arg(packageTypeDisplayName(type));
                m_outcome.complete = false;
                m_outcome.errors.append(error);
            }
        }
        QPointer<PackageListing> alive(this);
        Q_EMIT packagesReceived(type, packages.value());
        if (!alive)
            return;
    }
    if (more)
        requestPage(type, page + 1);
    else if (m_inFlight.isEmpty())
        Q_EMIT finished(m_outcome);
}

} // namespace Packhouse
