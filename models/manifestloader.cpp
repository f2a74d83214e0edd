#include "manifestloader.h"

#include "registryclient.h"

#include <algorithm>

namespace Packhouse {

ManifestLoader::ManifestLoader(RegistryClient *registry, VersionStore *store, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{
    if (m_registry) {
        connect(m_registry, &RegistryClient::manifestReady, this, &ManifestLoader::onManifestReady);
        connect(m_registry, &RegistryClient::manifestFailed, this, &ManifestLoader::onManifestFailed);
    }
}

void ManifestLoader::setPackage(const QString &owner, const QString &packageName)
{
    m_owner = owner;
    m_packageName = packageName;
    m_manifests.clear();
    m_errors.clear();
    m_untaggedRequested.clear();
    m_sizeRequested.clear();
    m_sizeUnreadable.clear();
    m_indexesAwaiting.clear();
}

void ManifestLoader::requestManifest(int item)
{
    if (!m_registry)
        return;
    const QString digest = m_store->digestOf(item);
    m_errors.remove(digest);
    m_store->setManifestState(item, VersionStore::ManifestState::Loading);
    m_registry->fetchManifest(m_owner, m_packageName, digest);
}

void ManifestLoader::loadAllManifests()
{
    const QList<int> items = m_store->imageItems();
    for (const int item : items) {
        const auto state = m_store->item(item).manifest;
        if (state == VersionStore::ManifestState::NotRequested ||
            state == VersionStore::ManifestState::Failed)
            requestManifest(item);
    }
    // The errors left are of manifests read for no row of their own.
    const QList<QString> failed = m_errors.keys();
    for (const QString &digest : failed)
        requestUntagged(digest);
    if (m_store->hasReferrers()) {
        for (const QString &digest : m_store->untaggedDigests())
            requestUntagged(digest);
    }
}

void ManifestLoader::loadManifestsOf(const QList<QString> &digests)
{
    if (!m_registry)
        return;
    for (const QString &digest : digests) {
        if (m_manifests.contains(digest) || m_sizeRequested.contains(digest) ||
            m_sizeUnreadable.contains(digest))
            continue;
        m_sizeRequested.insert(digest);
        m_registry->fetchManifest(m_owner, m_packageName, digest);
    }
}

void ManifestLoader::requestUntagged(const QString &digest)
{
    if (!m_registry || m_manifests.contains(digest) || m_untaggedRequested.contains(digest))
        return;
    m_untaggedRequested.insert(digest);
    if (m_errors.remove(digest) > 0)
        m_store->reportDigestChanged(digest);
    m_registry->fetchManifest(m_owner, m_packageName, digest);
}

void ManifestLoader::requestReferrersOf(const QString &indexDigest, const OciManifest &index)
{
    for (const OciDescriptor &entry : index.manifests) {
        if (!m_manifests.contains(entry.digest)) {
            QStringList &awaiting = m_indexesAwaiting[entry.digest];
            if (!awaiting.contains(indexDigest))
                awaiting.append(indexDigest);
        }
        requestUntagged(entry.digest);
    }
}

QStringList ManifestLoader::placeReferrers(const QString &digest)
{
    QStringList candidates = m_indexesAwaiting.take(digest);
    candidates.prepend(digest);
    QStringList placed;
    for (const QString &candidate : std::as_const(candidates)) {
        const std::optional<ReferrerTag> referrer = ReferrerTag::ofManifests(candidate, m_manifests);
        if (referrer && m_store->placeReferrer(candidate, *referrer))
            placed.append(candidate);
    }
    return placed;
}

QSet<QString> ManifestLoader::unreadableDigests() const
{
    return QSet<QString>(m_errors.keyBegin(), m_errors.keyEnd());
}

bool ManifestLoader::manifestsComplete() const
{
    const QList<int> items = m_store->imageItems();
    return m_untaggedRequested.isEmpty() && std::all_of(items.cbegin(), items.cend(), [this](int item) {
               return m_store->item(item).manifest == VersionStore::ManifestState::Loaded;
           });
}

std::optional<ApiError> ManifestLoader::errorOf(int item) const
{
    const auto state = m_store->item(item).manifest;
    if (state != VersionStore::ManifestState::Failed && state != VersionStore::ManifestState::NotNeeded)
        return std::nullopt;
    const auto error = m_errors.constFind(m_store->digestOf(item));
    return error != m_errors.cend() ? std::optional(*error) : std::nullopt;
}

void ManifestLoader::onManifestReady(const QString &digest, const OciManifest &manifest)
{
    const int item = m_store->imageItem(digest);
    const bool forRow = item >= 0 && m_store->item(item).manifest == VersionStore::ManifestState::Loading;
    const bool forSize = m_sizeRequested.remove(digest);
    if (!forRow && !m_untaggedRequested.remove(digest) && !forSize)
        return; // asked for by someone else, or for a package shown before
    m_manifests.insert(digest, manifest);
    // A referrers index is known by its tag; one re-pushed untagged by listing artifacts, not platforms.
    const bool knownAsReferrer = forRow && m_store->referrerOf(item);
    const bool listsNoPlatform =
        std::none_of(manifest.manifests.cbegin(), manifest.manifests.cend(),
                     [](const OciDescriptor &entry) { return !entry.platform().isEmpty(); });
    if (manifest.kind == OciManifest::Kind::Index && (knownAsReferrer || listsNoPlatform))
        requestReferrersOf(digest, manifest);
    Q_EMIT manifestArrived();
    // A placed referrer's row is new (or was not a row of a read manifest): it shows what its manifest lists.
    QStringList showing = placeReferrers(digest);
    if (forRow && !showing.contains(digest))
        showing.prepend(digest);
    for (const QString &shown : std::as_const(showing)) {
        const int row = m_store->versionItem(shown);
        if (row >= 0 && m_store->item(row).manifest != VersionStore::ManifestState::Loaded)
            showManifest(row, shown, m_manifests.value(shown));
    }
}

void ManifestLoader::showManifest(int item, const QString &digest, const OciManifest &manifest)
{
    if (manifest.kind == OciManifest::Kind::Index)
        m_store->showIndexEntries(item, entriesOf(digest, manifest, m_store->referrerOf(item), m_manifests));
    else
        m_store->setManifestState(item, VersionStore::ManifestState::Loaded);
}

void ManifestLoader::onManifestFailed(const QString &digest, const ApiError &error)
{
    const int item = m_store->imageItem(digest);
    const bool forRow = item >= 0 && m_store->item(item).manifest == VersionStore::ManifestState::Loading;
    // A size stays unknown. Not asked again for every selection: a reload of the package tries once more.
    if (m_sizeRequested.remove(digest))
        m_sizeUnreadable.insert(digest);
    if (!forRow && !m_untaggedRequested.remove(digest))
        return;
    m_errors.insert(digest, error);
    if (forRow)
        m_store->setManifestState(item, VersionStore::ManifestState::Failed);
    else
        m_store->reportDigestChanged(digest); // the rows of the referrer or untagged version say why
    Q_EMIT errorOccurred(error);
}

QList<VersionStore::IndexEntry> ManifestLoader::entriesOf(const QString &indexDigest,
                                                          const OciManifest &index, bool isReferrersIndex,
                                                          const QHash<QString, OciManifest> &known)
{
    // Platforms before attestations, each digest once, as ImageTree orders them.
    QList<VersionStore::IndexEntry> platforms;
    QList<VersionStore::IndexEntry> attestations;
    QHash<QString, QString> platformOf;
    for (const OciDescriptor &descriptor : index.manifests) {
        if (descriptor.digest == indexDigest || platformOf.contains(descriptor.digest))
            continue;
        platformOf.insert(descriptor.digest, descriptor.platform());
        if (isReferrersIndex) {
            const auto referrer = known.constFind(descriptor.digest);
            const QString artifactType = referrer != known.cend() && !referrer->artifactType.isEmpty()
                                             ? referrer->artifactType
                                             : descriptor.artifactType;
            attestations.append({descriptor.digest, QString(), QString(), ImageTree::NodeKind::Signature,
                                 ReferrerTag::roleOfArtifactType(artifactType)});
            continue;
        }
        VersionStore::IndexEntry entry{descriptor.digest, descriptor.platform(), descriptor.attestedDigest(),
                                       descriptor.isAttestation() ? ImageTree::NodeKind::Attestation
                                                                  : ImageTree::NodeKind::PlatformManifest};
        (descriptor.isAttestation() ? attestations : platforms).append(entry);
    }
    for (VersionStore::IndexEntry &entry : attestations)
        entry.attestedPlatform = platformOf.value(entry.attestedPlatform); // digest → its platform
    return platforms + attestations;
}

} // namespace Packhouse
