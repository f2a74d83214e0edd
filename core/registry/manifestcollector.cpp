#include "manifestcollector.h"

#include "referrertag.h"
#include "registryclient.h"

#include <QTimer>

namespace Packhouse {

ManifestCollector::ManifestCollector(RegistryClient *registry, const QString &owner,
                                     const QString &packageName, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_owner(owner)
    , m_packageName(packageName)
{
    connect(m_registry, &RegistryClient::manifestReady, this, &ManifestCollector::onReady);
    connect(m_registry, &RegistryClient::manifestFailed, this, &ManifestCollector::onFailed);
}

void ManifestCollector::add(const QList<PackageVersion> &versions)
{
    for (const PackageVersion &version : versions) {
        if (version.isDeleted())
            continue;
        m_versionDigests.insert(version.name);
        if (!version.isTagged()) {
            m_untaggedDigests.insert(version.name);
            if (m_readEveryVersion)
                request(version.name);
            continue;
        }
        if (ReferrerTag::ofTags(version.tags)) {
            m_hasReferrerTags = true;
            m_referrerTagged.insert(version.name);
        }
        request(version.name);
    }
}

void ManifestCollector::restart()
{
    // A manifest that failed may belong to a version the new listing no longer has: ask again if it does.
    m_errors.clear();
    m_versionDigests.clear();
    m_untaggedDigests.clear();
    m_referrerTagged.clear();
    m_hasReferrerTags = false;
    m_listingFinished = false;
    m_reported = false;
}

void ManifestCollector::listingFinished()
{
    m_listingFinished = true;
    if (m_hasReferrerTags) {
        for (const QString &digest : std::as_const(m_untaggedDigests))
            request(digest);
    }
    // Asynchronous even when everything is in, like every job.
    QTimer::singleShot(0, this, &ManifestCollector::finishIfDone);
}

void ManifestCollector::finishIfDone()
{
    if (!m_listingFinished || !m_pending.isEmpty() || m_reported)
        return;
    m_reported = true;
    Q_EMIT finished();
}

void ManifestCollector::request(const QString &digest)
{
    if (m_manifests.contains(digest) || m_errors.contains(digest) || m_pending.contains(digest))
        return;
    m_pending.insert(digest);
    m_registry->fetchManifest(m_owner, m_packageName, digest);
}

void ManifestCollector::onReady(const QString &digest, const OciManifest &manifest)
{
    if (!m_pending.contains(digest))
        return; // another package's, or asked for by someone else
    m_manifests.insert(digest, manifest);
    // What a referrers index (tagged or re-pushed untagged) lists must be read for its `subject`.
    const bool mayListReferrers = m_untaggedDigests.contains(digest) || m_referrerTagged.contains(digest);
    if (manifest.kind == OciManifest::Kind::Index) {
        for (const OciDescriptor &entry : manifest.manifests) {
            if (m_versionDigests.contains(entry.digest) &&
                (mayListReferrers || !entry.artifactType.isEmpty()))
                request(entry.digest);
        }
    }
    settle(digest);
}

void ManifestCollector::onFailed(const QString &digest, const ApiError &error)
{
    if (!m_pending.contains(digest))
        return;
    m_errors.insert(digest, error);
    settle(digest);
}

void ManifestCollector::settle(const QString &digest)
{
    m_pending.remove(digest);
    finishIfDone();
}

} // namespace Packhouse
