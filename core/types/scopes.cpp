#include "scopes.h"

#include <algorithm>

namespace Packhouse {

TokenKind tokenKindOf(QStringView token)
{
    if (token.startsWith(u"github_pat_"))
        return TokenKind::FineGrained;
    if (token.startsWith(u"ghp_"))
        return TokenKind::Classic;
    if (token.startsWith(u"gho_"))
        return TokenKind::OAuthApp;
    if (token.startsWith(u"ghu_"))
        return TokenKind::AppUser;
    if (token.startsWith(u"ghs_"))
        return TokenKind::AppInstallation;
    return TokenKind::Unknown;
}

QString tokenKindDisplayName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Classic:
        return QStringLiteral("personal access token (classic)");
    case TokenKind::FineGrained:
        return QStringLiteral("fine-grained personal access token");
    case TokenKind::OAuthApp:
        return QStringLiteral("OAuth app token");
    case TokenKind::AppUser:
        return QStringLiteral("GitHub App user token");
    case TokenKind::AppInstallation:
        return QStringLiteral("GitHub App installation token");
    case TokenKind::Unknown:
        return QStringLiteral("token");
    }
    return {};
}

namespace {

// Scopes that a granted scope implies, after GitHub's scope hierarchy (and cli/cli's reading of it).
QStringList impliedBy(const QString &scope)
{
    if (scope == u"repo")
        return {QStringLiteral("repo:status"), QStringLiteral("repo_deployment"),
                QStringLiteral("public_repo"), QStringLiteral("repo:invite"),
                QStringLiteral("security_events")};
    if (scope == u"user")
        return {QStringLiteral("read:user"), QStringLiteral("user:email"), QStringLiteral("user:follow")};
    if (scope == u"write:packages")
        return {QStringLiteral("read:packages")};
    if (scope.startsWith(u"admin:")) {
        const QString rest = scope.mid(6);
        return {QStringLiteral("write:") + rest, QStringLiteral("read:") + rest};
    }
    if (scope.startsWith(u"write:"))
        return {QStringLiteral("read:") + scope.mid(6)};
    return {};
}

} // namespace

QString Scopes::narrowestOf(const QStringList &alternatives)
{
    const auto breadth = [](const QString &scope) {
        if (scope.startsWith(u"read:"))
            return 0;
        if (scope.startsWith(u"write:"))
            return 1;
        return scope.startsWith(u"admin:") ? 3 : 2;
    };
    const auto narrowest =
        std::min_element(alternatives.cbegin(), alternatives.cend(),
                         [&](const QString &a, const QString &b) { return breadth(a) < breadth(b); });
    return narrowest == alternatives.cend() ? QString() : *narrowest;
}

Scopes::Scopes(const QStringList &granted)
    : m_granted(granted)
{
    for (const QString &scope : granted) {
        m_effective.insert(scope);
        for (const QString &implied : impliedBy(scope))
            m_effective.insert(implied);
    }
}

Scopes Scopes::unreported()
{
    Scopes scopes;
    scopes.m_reported = false;
    return scopes;
}

Scopes Scopes::parse(QByteArrayView header)
{
    QStringList granted;
    const QString text = QString::fromUtf8(header);
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString scope = part.trimmed();
        if (!scope.isEmpty() && !granted.contains(scope))
            granted.append(scope);
    }
    return Scopes(granted);
}

bool Scopes::has(const QString &scope) const
{
    return m_effective.contains(scope);
}

bool Scopes::isRepositoryScoped(PackageType type, HostKind host)
{
    if (type == PackageType::Maven)
        return true;
    // On GHES only the Container registry has granular permissions.
    return host == HostKind::EnterpriseServer && type != PackageType::Container;
}

QStringList Scopes::required(PackageAction action, PackageType type, HostKind host)
{
    QStringList scopes{QStringLiteral("read:packages")};
    switch (action) {
    case PackageAction::Browse:
        break;
    case PackageAction::Delete:
        scopes.append(QStringLiteral("delete:packages"));
        break;
    case PackageAction::Restore:
        scopes.append(QStringLiteral("write:packages"));
        break;
    }
    if (isRepositoryScoped(type, host))
        scopes.append(QStringLiteral("repo"));
    return scopes;
}

QStringList Scopes::missingFor(PackageAction action, PackageType type, HostKind host) const
{
    if (!m_reported)
        return {};
    QStringList missing;
    for (const QString &scope : required(action, type, host)) {
        if (!has(scope))
            missing.append(scope);
    }
    return missing;
}

} // namespace Packhouse
