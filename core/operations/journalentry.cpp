#include "journalentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace Packhouse {

namespace {

// Bumped when the line format changes incompatibly; readers skip lines of a newer format. The "skipped" and
// "unknown" outcomes did not bump it: a reader that predates them skips only those lines (an older reader
// then keeps an unknown attempt unfinished, which is what it was to it).
constexpr int formatVersion = 1;

using ActionName = std::pair<JournalEntry::Action, QStringView>;
constexpr std::array actionNames{
    ActionName{JournalEntry::Action::DeleteVersion, u"delete-version"},
    ActionName{JournalEntry::Action::DeletePackage, u"delete-package"},
    ActionName{JournalEntry::Action::RestoreVersion, u"restore-version"},
    ActionName{JournalEntry::Action::RestorePackage, u"restore-package"},
};

using OutcomeName = std::pair<JournalEntry::Outcome, QStringView>;
constexpr std::array outcomeNames{
    OutcomeName{JournalEntry::Outcome::Attempted, u"attempted"},
    OutcomeName{JournalEntry::Outcome::Done, u"done"},
    OutcomeName{JournalEntry::Outcome::Failed, u"failed"},
    OutcomeName{JournalEntry::Outcome::Skipped, u"skipped"},
    OutcomeName{JournalEntry::Outcome::Unknown, u"unknown"},
};

using OwnerKindName = std::pair<NamespaceRef::Kind, QStringView>;
constexpr std::array ownerKindNames{
    OwnerKindName{NamespaceRef::Kind::AuthenticatedUser, u"authenticated-user"},
    OwnerKindName{NamespaceRef::Kind::User, u"user"},
    OwnerKindName{NamespaceRef::Kind::Organization, u"organization"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &names, const QJsonValue &json)
{
    const QString text = json.toString();
    for (const auto &[value, name] : names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

bool JournalEntry::sameTarget(const JournalEntry &other) const
{
    // GitHub logins are case-insensitive; /user and /users/LOGIN reach the same packages.
    return host.compare(other.host, Qt::CaseInsensitive) == 0 &&
           owner.isOrganization() == other.owner.isOrganization() &&
           owner.login.compare(other.owner.login, Qt::CaseInsensitive) == 0 &&
           packageType == other.packageType && packageName == other.packageName &&
           versionId == other.versionId;
}

bool JournalEntry::isComplete() const
{
    return !operationId.isEmpty() && !host.isEmpty() && !packageName.isEmpty() && time.isValid() &&
           versionId >= 0;
}

QByteArray JournalEntry::toJsonLine() const
{
    const QJsonObject object{
        {QStringLiteral("v"), formatVersion},
        {QStringLiteral("op"), operationId},
        {QStringLiteral("host"), host},
        {QStringLiteral("ownerKind"), nameOf(ownerKindNames, owner.kind)},
        {QStringLiteral("owner"), owner.login},
        {QStringLiteral("type"), packageTypeToApi(packageType)},
        {QStringLiteral("package"), packageName},
        {QStringLiteral("versionId"), versionId},
        {QStringLiteral("version"), versionName},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("action"), nameOf(actionNames, action)},
        {QStringLiteral("outcome"), nameOf(outcomeNames, outcome)},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("message"), message},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<JournalEntry> JournalEntry::fromJsonLine(QByteArrayView line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed().toByteArray());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("v")).toInt() != formatVersion)
        return std::nullopt;

    const auto string = [&object](const char *key) -> std::optional<QString> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return std::nullopt;
        return value.toString();
    };
    const std::optional<QString> operationId = string("op");
    const std::optional<QString> host = string("host");
    const std::optional<QString> ownerLogin = string("owner");
    const std::optional<QString> packageName = string("package");
    const std::optional<QString> versionName = string("version");
    const std::optional<QString> time = string("time");
    const std::optional<QString> message = string("message");
    const std::optional<QString> type = string("type");
    const auto ownerKind = valueOf(ownerKindNames, object.value(QLatin1String("ownerKind")));
    const auto action = valueOf(actionNames, object.value(QLatin1String("action")));
    const auto outcome = valueOf(outcomeNames, object.value(QLatin1String("outcome")));
    const std::optional<PackageType> packageType = type ? packageTypeFromApi(*type) : std::nullopt;
    const QJsonValue versionId = object.value(QLatin1String("versionId"));
    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (!operationId || !host || !ownerLogin || !packageName || !versionName || !time || !message ||
        !ownerKind || !action || !outcome || !packageType || !versionId.isDouble() || !tags.isArray())
        return std::nullopt;

    JournalEntry entry;
    entry.operationId = *operationId;
    entry.host = *host;
    entry.owner = NamespaceRef{*ownerKind, *ownerLogin};
    entry.packageType = *packageType;
    entry.packageName = *packageName;
    entry.versionId = versionId.toInteger(-1);
    entry.versionName = *versionName;
    for (const QJsonValue &tag : tags.toArray()) {
        if (!tag.isString())
            return std::nullopt;
        entry.tags.append(tag.toString());
    }
    entry.action = *action;
    entry.outcome = *outcome;
    entry.time = QDateTime::fromString(*time, Qt::ISODateWithMs).toUTC();
    entry.message = *message;
    if (!entry.isComplete())
        return std::nullopt;
    return entry;
}

} // namespace Packhouse
