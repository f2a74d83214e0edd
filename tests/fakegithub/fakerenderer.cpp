#include "fakerenderer.h"

#include "fakestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace FakeGitHub {

namespace {

QString nodeId(const QString &kind, qint64 id)
{
    return QString::fromLatin1((kind + QString::number(id)).toUtf8().toBase64());
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Renderer::Renderer(const Store &store, const QString &origin)
    : m_store(store)
    , m_origin(origin)
{}

QString Renderer::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject Renderer::simpleUser(const Account &account) const
{
    const QString api = m_origin + QStringLiteral("/users/") + account.login;
    return QJsonObject{
        {QStringLiteral("login"), account.login},
        {QStringLiteral("id"), account.id},
        {QStringLiteral("node_id"),
         nodeId(account.organization ? QStringLiteral("04:Organization") : QStringLiteral("04:User"),
                account.id)},
        {QStringLiteral("avatar_url"),
         QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(account.id)},
        {QStringLiteral("gravatar_id"), QString()},
        {QStringLiteral("url"), api},
        {QStringLiteral("html_url"), m_origin + u'/' + account.login},
        {QStringLiteral("followers_url"), api + QStringLiteral("/followers")},
        {QStringLiteral("following_url"), api + QStringLiteral("/following{/other_user}")},
        {QStringLiteral("gists_url"), api + QStringLiteral("/gists{/gist_id}")},
        {QStringLiteral("starred_url"), api + QStringLiteral("/starred{/owner}{/repo}")},
        {QStringLiteral("subscriptions_url"), api + QStringLiteral("/subscriptions")},
        {QStringLiteral("organizations_url"), api + QStringLiteral("/orgs")},
        {QStringLiteral("repos_url"), api + QStringLiteral("/repos")},
        {QStringLiteral("events_url"), api + QStringLiteral("/events{/privacy}")},
        {QStringLiteral("received_events_url"), api + QStringLiteral("/received_events")},
        {QStringLiteral("type"),
         account.organization ? QStringLiteral("Organization") : QStringLiteral("User")},
        {QStringLiteral("user_view_type"), QStringLiteral("public")},
        {QStringLiteral("site_admin"), false},
    };
}

QJsonObject Renderer::publicUser(const Account &account) const
{
    QJsonObject user = simpleUser(account);
    user.insert(QStringLiteral("name"), orNull(account.name));
    user.insert(QStringLiteral("company"), QJsonValue::Null);
    user.insert(QStringLiteral("blog"), QString());
    user.insert(QStringLiteral("location"), QJsonValue::Null);
    user.insert(QStringLiteral("email"), QJsonValue::Null);
    user.insert(QStringLiteral("hireable"), QJsonValue::Null);
    user.insert(QStringLiteral("bio"), orNull(account.description));
    user.insert(QStringLiteral("twitter_username"), QJsonValue::Null);
    user.insert(QStringLiteral("public_repos"), 8);
    user.insert(QStringLiteral("public_gists"), 0);
    user.insert(QStringLiteral("followers"), 20);
    user.insert(QStringLiteral("following"), 0);
    user.insert(QStringLiteral("created_at"), timestamp(account.createdAt));
    user.insert(QStringLiteral("updated_at"), timestamp(account.createdAt));
    return user;
}

QJsonObject Renderer::privateUser(const Account &account) const
{
    QJsonObject user = publicUser(account);
    user.insert(QStringLiteral("private_gists"), 0);
    user.insert(QStringLiteral("total_private_repos"), 4);
    user.insert(QStringLiteral("owned_private_repos"), 4);
    user.insert(QStringLiteral("disk_usage"), 10000);
    user.insert(QStringLiteral("collaborators"), 0);
    user.insert(QStringLiteral("two_factor_authentication"), true);
    return user;
}

QJsonObject Renderer::organizationSimple(const Account &org) const
{
    const QString api = m_origin + QStringLiteral("/orgs/") + org.login;
    return QJsonObject{
        {QStringLiteral("login"), org.login},
        {QStringLiteral("id"), org.id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("012:Organization"), org.id)},
        {QStringLiteral("url"), api},
        {QStringLiteral("repos_url"), api + QStringLiteral("/repos")},
        {QStringLiteral("events_url"), api + QStringLiteral("/events")},
        {QStringLiteral("hooks_url"), api + QStringLiteral("/hooks")},
        {QStringLiteral("issues_url"), api + QStringLiteral("/issues")},
        {QStringLiteral("members_url"), api + QStringLiteral("/members{/member}")},
        {QStringLiteral("public_members_url"), api + QStringLiteral("/public_members{/member}")},
        {QStringLiteral("avatar_url"),
         QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(org.id)},
        {QStringLiteral("description"), orNull(org.description)},
    };
}

QJsonObject Renderer::organizationFull(const Account &org) const
{
    QJsonObject full = organizationSimple(org);
    full.insert(QStringLiteral("name"), org.name.isEmpty() ? org.login : org.name);
    full.insert(QStringLiteral("company"), QJsonValue::Null);
    full.insert(QStringLiteral("blog"), QJsonValue::Null);
    full.insert(QStringLiteral("location"), QJsonValue::Null);
    full.insert(QStringLiteral("email"), QJsonValue::Null);
    full.insert(QStringLiteral("twitter_username"), QJsonValue::Null);
    full.insert(QStringLiteral("is_verified"), false);
    full.insert(QStringLiteral("has_organization_projects"), true);
    full.insert(QStringLiteral("has_repository_projects"), true);
    full.insert(QStringLiteral("public_repos"), 12);
    full.insert(QStringLiteral("public_gists"), 0);
    full.insert(QStringLiteral("followers"), 0);
    full.insert(QStringLiteral("following"), 0);
    full.insert(QStringLiteral("html_url"), m_origin + u'/' + org.login);
    full.insert(QStringLiteral("type"), QStringLiteral("Organization"));
    full.insert(QStringLiteral("created_at"), timestamp(org.createdAt));
    full.insert(QStringLiteral("updated_at"), timestamp(org.createdAt));
    full.insert(QStringLiteral("archived_at"), QJsonValue::Null);
    return full;
}

QString Renderer::packageApiPath(const Package &package) const
{
    const Account *owner = m_store.account(package.owner);
    const QString ns = owner && owner->organization ? QStringLiteral("/orgs/") : QStringLiteral("/users/");
    return ns + package.owner + QStringLiteral("/packages/") + package.type + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(package.name));
}

QString Renderer::packageHtmlUrl(const Package &package) const
{
    const Account *owner = m_store.account(package.owner);
    const QString ns = owner && owner->organization ? QStringLiteral("/orgs/") : QStringLiteral("/users/");
    return m_origin + ns + package.owner + QStringLiteral("/packages/") + package.type +
           QStringLiteral("/package/") + QString::fromLatin1(QUrl::toPercentEncoding(package.name));
}

QJsonValue Renderer::repository(const Package &package, const Account &owner) const
{
    if (package.repository.isEmpty())
        return QJsonValue::Null;
    const QString fullName = owner.login + u'/' + package.repository;
    const QString api = m_origin + QStringLiteral("/repos/") + fullName;
    const qint64 id = package.id * 7 + 100000;
    QJsonObject repo{
        {QStringLiteral("id"), id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("010:Repository"), id)},
        {QStringLiteral("name"), package.repository},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("owner"), simpleUser(owner)},
        {QStringLiteral("private"), package.visibility != QStringLiteral("public")},
        {QStringLiteral("html_url"), m_origin + u'/' + fullName},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("fork"), false},
        {QStringLiteral("url"), api},
    };
    // The remaining required *_url fields follow one pattern.
    static const QList<QPair<QString, QString>> urls = {
        {QStringLiteral("archive_url"), QStringLiteral("/{archive_format}{/ref}")},
        {QStringLiteral("assignees_url"), QStringLiteral("/assignees{/user}")},
        {QStringLiteral("blobs_url"), QStringLiteral("/git/blobs{/sha}")},
        {QStringLiteral("branches_url"), QStringLiteral("/branches{/branch}")},
        {QStringLiteral("collaborators_url"), QStringLiteral("/collaborators{/collaborator}")},
        {QStringLiteral("comments_url"), QStringLiteral("/comments{/number}")},
        {QStringLiteral("commits_url"), QStringLiteral("/commits{/sha}")},
        {QStringLiteral("compare_url"), QStringLiteral("/compare/{base}...{head}")},
        {QStringLiteral("contents_url"), QStringLiteral("/contents/{+path}")},
        {QStringLiteral("contributors_url"), QStringLiteral("/contributors")},
        {QStringLiteral("deployments_url"), QStringLiteral("/deployments")},
        {QStringLiteral("downloads_url"), QStringLiteral("/downloads")},
        {QStringLiteral("events_url"), QStringLiteral("/events")},
        {QStringLiteral("forks_url"), QStringLiteral("/forks")},
        {QStringLiteral("git_commits_url"), QStringLiteral("/git/commits{/sha}")},
        {QStringLiteral("git_refs_url"), QStringLiteral("/git/refs{/sha}")},
        {QStringLiteral("git_tags_url"), QStringLiteral("/git/tags{/sha}")},
        {QStringLiteral("hooks_url"), QStringLiteral("/hooks")},
        {QStringLiteral("issue_comment_url"), QStringLiteral("/issues/comments{/number}")},
        {QStringLiteral("issue_events_url"), QStringLiteral("/issues/events{/number}")},
        {QStringLiteral("issues_url"), QStringLiteral("/issues{/number}")},
        {QStringLiteral("keys_url"), QStringLiteral("/keys{/key_id}")},
        {QStringLiteral("labels_url"), QStringLiteral("/labels{/name}")},
        {QStringLiteral("languages_url"), QStringLiteral("/languages")},
        {QStringLiteral("merges_url"), QStringLiteral("/merges")},
        {QStringLiteral("milestones_url"), QStringLiteral("/milestones{/number}")},
        {QStringLiteral("notifications_url"), QStringLiteral("/notifications{?since,all,participating}")},
        {QStringLiteral("pulls_url"), QStringLiteral("/pulls{/number}")},
        {QStringLiteral("releases_url"), QStringLiteral("/releases{/id}")},
        {QStringLiteral("stargazers_url"), QStringLiteral("/stargazers")},
        {QStringLiteral("statuses_url"), QStringLiteral("/statuses/{sha}")},
        {QStringLiteral("subscribers_url"), QStringLiteral("/subscribers")},
        {QStringLiteral("subscription_url"), QStringLiteral("/subscription")},
        {QStringLiteral("tags_url"), QStringLiteral("/tags")},
        {QStringLiteral("teams_url"), QStringLiteral("/teams")},
        {QStringLiteral("trees_url"), QStringLiteral("/git/trees{/sha}")},
    };
    for (const auto &[field, suffix] : urls)
        repo.insert(field, api + suffix);
    return repo;
}

QJsonObject Renderer::package(const Package &package) const
{
    const Account *owner = m_store.account(package.owner);
    return QJsonObject{
        {QStringLiteral("id"), package.id},
        {QStringLiteral("name"), package.name},
        {QStringLiteral("package_type"), package.type},
        {QStringLiteral("owner"), owner ? QJsonValue(simpleUser(*owner)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version_count"), package.activeVersionCount()},
        {QStringLiteral("visibility"), package.visibility},
        {QStringLiteral("url"), m_origin + packageApiPath(package)},
        {QStringLiteral("created_at"), timestamp(package.createdAt)},
        {QStringLiteral("updated_at"), timestamp(package.updatedAt)},
        {QStringLiteral("repository"), owner ? repository(package, *owner) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("html_url"), packageHtmlUrl(package)},
    };
}

QJsonObject Renderer::version(const Package &package, const PackageVersion &version) const
{
    QJsonObject metadata{{QStringLiteral("package_type"), package.type}};
    if (package.type == QStringLiteral("container")) {
        metadata.insert(QStringLiteral("container"),
                        QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(version.tags)}});
    } else if (package.type == QStringLiteral("docker")) {
        // The spec names the property "tag" but requires "tags": serve both so either reading works.
        const QJsonArray tags = QJsonArray::fromStringList(version.tags);
        metadata.insert(QStringLiteral("docker"),
                        QJsonObject{{QStringLiteral("tag"), tags}, {QStringLiteral("tags"), tags}});
    }
    QJsonObject json{
        {QStringLiteral("id"), version.id},
        {QStringLiteral("name"), version.name},
        {QStringLiteral("url"),
         m_origin + packageApiPath(package) + QStringLiteral("/versions/") + QString::number(version.id)},
        {QStringLiteral("package_html_url"), packageHtmlUrl(package)},
        {QStringLiteral("html_url"),
         packageHtmlUrl(package) + QStringLiteral("/") + QString::number(version.id)},
        {QStringLiteral("created_at"), timestamp(version.createdAt)},
        {QStringLiteral("updated_at"), timestamp(version.updatedAt)},
        {QStringLiteral("metadata"), metadata},
    };
    if (!version.license.isEmpty())
        json.insert(QStringLiteral("license"), version.license);
    if (!version.description.isEmpty())
        json.insert(QStringLiteral("description"), version.description);
    if (version.isDeleted())
        json.insert(QStringLiteral("deleted_at"), timestamp(version.deletedAt));
    return json;
}

} // namespace FakeGitHub
