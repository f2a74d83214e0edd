#include "fakestore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace FakeGitHub {

namespace {

const QStringList packageTypes = {QStringLiteral("npm"),      QStringLiteral("maven"),
                                  QStringLiteral("rubygems"), QStringLiteral("docker"),
                                  QStringLiteral("nuget"),    QStringLiteral("container")};

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// "age_days" and "age_seconds" (both optional) add up to how long before "now" something happened.
qint64 ageSeconds(const QJsonObject &object, const QString &prefix)
{
    return qint64(object.value(prefix + QStringLiteral("_days")).toDouble() * 86400.0) +
           qint64(object.value(prefix + QStringLiteral("_seconds")).toDouble());
}

bool hasAge(const QJsonObject &object, const QString &prefix)
{
    return object.contains(prefix + QStringLiteral("_days")) ||
           object.contains(prefix + QStringLiteral("_seconds"));
}

} // namespace

bool Store::load(const QJsonObject &scenario, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Store loaded;
    const QString now = scenario.value(QStringLiteral("now")).toString();
    loaded.m_pinned = !now.isEmpty();
    loaded.m_anchor =
        loaded.m_pinned ? QDateTime::fromString(now, Qt::ISODate) : QDateTime::currentDateTimeUtc();
    if (!loaded.m_anchor.isValid())
        return fail(QStringLiteral("invalid \"now\": %1").arg(now));
    loaded.m_anchor = loaded.m_anchor.toUTC();
    loaded.m_anchor.setTime(QTime(loaded.m_anchor.time().hour(), loaded.m_anchor.time().minute(),
                                  loaded.m_anchor.time().second()));
    loaded.m_primaryLimit = scenario.value(QStringLiteral("primary_limit")).toInt(5000);
    loaded.m_secondary = scenario.value(QStringLiteral("secondary")).toObject();
    const QDateTime anchor = loaded.m_anchor;

    qint64 nextId = 1;
    const auto idOf = [&nextId](const QJsonObject &object) {
        const qint64 id = object.value(QStringLiteral("id")).toInteger(nextId);
        nextId = std::max(nextId, id + 1);
        return id;
    };

    for (const bool organization : {false, true}) {
        for (const QJsonValue &value :
             scenario.value(organization ? QStringLiteral("orgs") : QStringLiteral("users")).toArray()) {
            const QJsonObject object = value.toObject();
            Account account;
            account.login = object.value(QStringLiteral("login")).toString();
            if (account.login.isEmpty())
                return fail(QStringLiteral("an account has no login"));
            account.id = idOf(object);
            account.organization = organization;
            account.name = object.value(QStringLiteral("name")).toString();
            account.description = object.value(QStringLiteral("description")).toString();
            account.admins = toStringList(object.value(QStringLiteral("admins")));
            account.members = toStringList(object.value(QStringLiteral("members")));
            account.ssoProtected = object.value(QStringLiteral("sso")).toBool();
            account.ssoLeftOutOfLists = object.value(QStringLiteral("sso_left_out_of_lists")).toBool();
            account.ssoAnswersNotFound = object.value(QStringLiteral("sso_answers_not_found")).toBool();
            account.createdAt = anchor.addSecs(-ageSeconds(object, QStringLiteral("age")));
            loaded.m_accounts.append(account);
        }
    }
    for (const QJsonValue &value : scenario.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        AccessToken token;
        token.secret = object.value(QStringLiteral("token")).toString();
        token.login = object.value(QStringLiteral("user")).toString();
        token.scopes = toStringList(object.value(QStringLiteral("scopes")));
        token.fineGrained = object.value(QStringLiteral("fine_grained"))
                                .toBool(token.secret.startsWith(QStringLiteral("github_pat_")));
        const bool appToken = token.secret.startsWith(QStringLiteral("ghu_")) ||
                              token.secret.startsWith(QStringLiteral("ghs_"));
        token.reportsScopes = !appToken;
        token.repositories = toStringList(object.value(QStringLiteral("repositories")));
        if (token.secret.isEmpty() || !loaded.account(token.login))
            return fail(QStringLiteral("token %1 has no secret or an unknown user").arg(token.secret));
        loaded.m_tokens.append(token);
    }
    for (const QJsonValue &value : scenario.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject object = value.toObject();
        Package package;
        package.id = idOf(object);
        package.owner = object.value(QStringLiteral("owner")).toString();
        package.type = object.value(QStringLiteral("type")).toString();
        package.name = object.value(QStringLiteral("name")).toString();
        package.visibility = object.value(QStringLiteral("visibility")).toString(QStringLiteral("private"));
        package.repository = object.value(QStringLiteral("repository")).toString();
        if (!loaded.account(package.owner))
            return fail(
                QStringLiteral("package %1 has an unknown owner %2").arg(package.name, package.owner));
        if (!packageTypes.contains(package.type) || package.name.isEmpty())
            return fail(QStringLiteral("package %1 has an invalid type or name").arg(package.name));
        if (hasAge(object, QStringLiteral("deleted_age")))
            package.deletedAt = anchor.addSecs(-ageSeconds(object, QStringLiteral("deleted_age")));
        for (const QJsonValue &versionValue : object.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject v = versionValue.toObject();
            PackageVersion version;
            version.id = idOf(v);
            version.name = v.value(QStringLiteral("name")).toString();
            version.tags = toStringList(v.value(QStringLiteral("tags")));
            version.createdAt = anchor.addSecs(-ageSeconds(v, QStringLiteral("age")));
            version.updatedAt = hasAge(v, QStringLiteral("updated_age"))
                                    ? anchor.addSecs(-ageSeconds(v, QStringLiteral("updated_age")))
                                    : version.createdAt;
            if (hasAge(v, QStringLiteral("deleted_age")))
                version.deletedAt = anchor.addSecs(-ageSeconds(v, QStringLiteral("deleted_age")));
            version.downloads = v.value(QStringLiteral("downloads")).toInteger();
            version.license = v.value(QStringLiteral("license")).toString();
            version.description = v.value(QStringLiteral("description")).toString();
            const QJsonObject manifest = v.value(QStringLiteral("manifest")).toObject();
            if (!manifest.isEmpty()) {
                version.manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
                version.mediaType = manifest.value(QStringLiteral("mediaType")).toString();
            }
            if (version.name.isEmpty())
                return fail(QStringLiteral("a version of %1 has no name").arg(package.name));
            package.versions.append(version);
        }
        std::stable_sort(package.versions.begin(), package.versions.end(),
                         [](const PackageVersion &a, const PackageVersion &b) {
                             return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
                         });
        package.createdAt = package.versions.isEmpty() ? anchor : package.versions.constLast().createdAt;
        package.updatedAt = package.versions.isEmpty() ? anchor : package.versions.constFirst().updatedAt;
        if (hasAge(object, QStringLiteral("age")))
            package.createdAt = anchor.addSecs(-ageSeconds(object, QStringLiteral("age")));
        loaded.m_packages.append(package);
    }
    for (const QJsonValue &org : scenario.value(QStringLiteral("sso_authorized")).toArray())
        loaded.setSsoAuthorized(org.toString(), QString(), true);
    *this = loaded;
    return true;
}

QDateTime Store::now() const
{
    const QDateTime base = m_pinned ? m_anchor : QDateTime::currentDateTimeUtc();
    return base.addDays(m_offsetDays);
}

const Account *Store::account(const QString &login) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&login](const Account &a) {
        return a.login.compare(login, Qt::CaseInsensitive) == 0;
    });
    return it == m_accounts.cend() ? nullptr : &*it;
}

bool Store::setSsoBehaviour(const QString &org, bool leftOutOfLists, bool answersNotFound)
{
    for (Account &account : m_accounts) {
        if (account.organization && account.login.compare(org, Qt::CaseInsensitive) == 0) {
            account.ssoLeftOutOfLists = leftOutOfLists;
            account.ssoAnswersNotFound = answersNotFound;
            return true;
        }
    }
    return false;
}

const AccessToken *Store::token(const QString &secret) const
{
    const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                 [&secret](const AccessToken &t) { return t.secret == secret; });
    return it == m_tokens.cend() ? nullptr : &*it;
}

QList<const Account *> Store::organizationsOf(const QString &login) const
{
    QList<const Account *> orgs;
    for (const Account &account : m_accounts) {
        if (account.organization && account.isMember(login))
            orgs.append(&account);
    }
    return orgs;
}

Package *Store::activePackage(const QString &owner, const QString &type, const QString &name)
{
    for (Package &package : m_packages) {
        if (!package.isDeleted() && package.type == type && package.name == name &&
            package.owner.compare(owner, Qt::CaseInsensitive) == 0)
            return &package;
    }
    return nullptr;
}

Package *Store::deletedPackage(const QString &owner, const QString &type, const QString &name)
{
    Package *found = nullptr;
    for (Package &package : m_packages) {
        if (package.isDeleted() && package.type == type && package.name == name &&
            package.owner.compare(owner, Qt::CaseInsensitive) == 0 &&
            (!found || package.deletedAt > found->deletedAt))
            found = &package;
    }
    return found;
}

void Store::setSsoAuthorized(const QString &org, const QString &secret, bool authorized)
{
    const QString key = org.toLower() + u'\n' + secret;
    if (authorized)
        m_ssoAuthorized.insert(key);
    else if (secret.isEmpty())
        m_ssoAuthorized.removeIf([&org](const QString &k) { return k.startsWith(org.toLower() + u'\n'); });
    else
        m_ssoAuthorized.remove(key);
}

bool Store::isSsoAuthorized(const QString &org, const QString &secret) const
{
    return m_ssoAuthorized.contains(org.toLower() + u'\n') ||
           m_ssoAuthorized.contains(org.toLower() + u'\n' + secret);
}

} // namespace FakeGitHub
