#include "operation.h"

namespace Packhouse {

Operation Operation::onVersion(Kind kind, const NamespaceRef &owner, PackageType type,
                               const QString &packageName, qint64 versionId, const QString &versionName,
                               const QStringList &tags)
{
    Operation operation = onPackage(kind, owner, type, packageName);
    operation.versionId = versionId;
    operation.versionName = versionName;
    operation.tags = tags;
    return operation;
}

Operation Operation::onPackage(Kind kind, const NamespaceRef &owner, PackageType type,
                               const QString &packageName)
{
    Operation operation;
    operation.kind = kind;
    operation.owner = owner;
    operation.packageType = type;
    operation.packageName = packageName;
    return operation;
}

QString Operation::versionLabel(const QStringList &tags, const QString &versionName)
{
    // Docker tags cannot contain '/', so "latest/1.4.0" names one image unambiguously.
    if (!tags.isEmpty())
        return tags.join(u'/');
    static constexpr QStringView digestPrefix = u"sha256:";
    if (versionName.startsWith(digestPrefix))
        return versionName.left(digestPrefix.size() + 12) + u'…';
    return versionName;
}

Operation Operation::undoing(const JournalEntry &deletion)
{
    const Kind kind =
        deletion.action == JournalEntry::Action::DeletePackage ? Kind::RestorePackage : Kind::RestoreVersion;
    return onVersion(kind, deletion.owner, deletion.packageType, deletion.packageName, deletion.versionId,
                     deletion.versionName, deletion.tags);
}

JournalEntry Operation::toJournalEntry() const
{
    JournalEntry entry;
    entry.owner = owner;
    entry.packageType = packageType;
    entry.packageName = packageName;
    entry.versionId = versionId;
    entry.versionName = versionName;
    entry.tags = tags;
    switch (kind) {
    case Kind::DeleteVersion:
        entry.action = JournalEntry::Action::DeleteVersion;
        break;
    case Kind::DeletePackage:
        entry.action = JournalEntry::Action::DeletePackage;
        break;
    case Kind::RestoreVersion:
        entry.action = JournalEntry::Action::RestoreVersion;
        break;
    case Kind::RestorePackage:
        entry.action = JournalEntry::Action::RestorePackage;
        break;
    }
    return entry;
}

} // namespace Packhouse
