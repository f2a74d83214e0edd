#include "versionrowtext.h"

namespace Packhouse {

namespace {

constexpr qsizetype shortDigestHex = 12;

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(u':');
    return colon < 0 ? digest : digest.left(colon + 1 + shortDigestHex);
}

} // namespace

QString VersionRowText::referrerName(ReferrerRole role)
{
    switch (role) {
    case ReferrerRole::Signature:
        return tr("Signature");
    case ReferrerRole::Sbom:
        return tr("SBOM");
    case ReferrerRole::Attestations:
        break;
    }
    return tr("Attestations");
}

QString VersionRowText::entryName(const VersionStore::IndexEntry &entry)
{
    if (entry.kind == ImageTree::NodeKind::Signature)
        return referrerName(entry.referrerRole);
    if (entry.kind == ImageTree::NodeKind::Attestation)
        return entry.attestedPlatform.isEmpty() ? tr("Attestation")
                                                : tr("Attestation of %1").arg(entry.attestedPlatform);
    return entry.platform.isEmpty() ? shortDigest(entry.digest) : entry.platform;
}

VersionRowText::VersionRowText(const VersionStore &store)
    : m_store(store)
{}

QString VersionRowText::name(int item) const
{
    const VersionStore::Item &row = m_store.item(item);
    if (row.kind == VersionStore::ItemKind::Group) {
        if (row.key == VersionStore::untaggedGroupKey)
            return tr("Untagged (%1)").arg(row.children.size());
        if (row.key == VersionStore::otherGroupKey)
            return tr("Other (%1)").arg(row.children.size());
        return tr("%1.x").arg(row.key);
    }
    if (const ReferrerTag *referrer = m_store.referrerOf(item))
        return referrerName(referrer->role);
    if (const VersionStore::IndexEntry *entry = m_store.indexEntryOf(item)) {
        const QString text = entryName(*entry);
        return row.version < 0 ? tr("%1 (missing)").arg(text) : text;
    }
    const VersionStore::VersionEntry *entry = m_store.entryOf(item);
    return entry ? entry->label : QString();
}

QString VersionRowText::digest(int item) const
{
    const bool hasDigest = m_store.isContainer() && m_store.item(item).kind != VersionStore::ItemKind::Group;
    return hasDigest ? shortDigest(m_store.digestOf(item)) : QString();
}

QString VersionRowText::age(int item, const QDateTime &now) const
{
    const VersionStore::VersionEntry *entry = m_store.entryOf(item);
    if (!entry || !entry->version.createdAt.isValid())
        return {};
    const qint64 days = entry->version.createdAt.secsTo(now) / 86'400;
    //: A version's age in the Age column.
    return days <= 0 ? tr("today") : tr("%n day(s)", nullptr, int(days));
}

QString VersionRowText::state(int item, bool listing, std::optional<int> daysLeft,
                              bool manifestUnreadable) const
{
    const VersionStore::Item &row = m_store.item(item);
    if (row.kind == VersionStore::ItemKind::Group)
        return listing ? tr("Loading…") : QString();
    if (row.kind == VersionStore::ItemKind::Child && row.version < 0)
        return tr("Missing: pulls of this image break");
    if (const ReferrerTag *referrer = m_store.referrerOf(item);
        referrer && !m_store.containsVersion(referrer->subjectDigest))
        return tr("Describes an image that is gone");
    if (daysLeft) {
        if (*daysLeft <= 0)
            return tr("Deleted · too late");
        //: A deleted version that GitHub can still restore for %n more days.
        return tr("Deleted · %n day(s) left", nullptr, *daysLeft);
    }
    if (row.manifest == VersionStore::ManifestState::Loading)
        return tr("Loading…");
    if (manifestUnreadable)
        return tr("Manifest unavailable");
    return m_store.isShared(item) ? tr("Shared") : QString();
}

QString VersionRowText::sharedToolTip(int item) const
{
    const VersionStore::IndexEntry *entry = m_store.indexEntryOf(item);
    if (!entry)
        return {};
    QStringList others;
    for (const int other : m_store.entryItems(entry->digest)) {
        if (other == item)
            continue;
        if (const VersionStore::VersionEntry *parentEntry = m_store.entryOf(m_store.item(other).parent))
            others.append(parentEntry->label);
    }
    return others.isEmpty() ? QString() : tr("Also part of %1").arg(others.join(QStringLiteral("; ")));
}

} // namespace Packhouse
