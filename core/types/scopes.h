#pragma once

#include "packagetype.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Packhouse {

enum class PackageAction : quint8
{
    Browse,
    Delete,
    Restore
};

enum class TokenKind : quint8
{
    Classic,         // ghp_
    FineGrained,     // github_pat_: not accepted by GitHub Packages
    OAuthApp,        // gho_
    AppUser,         // ghu_
    AppInstallation, // ghs_
    Unknown,         // no known prefix (old 40-hex tokens among them)
};

TokenKind tokenKindOf(QStringView token);
QString tokenKindDisplayName(TokenKind kind);

// Which kind of server a capability question is about: on GHES more registries are repository-scoped.
enum class HostKind : quint8
{
    GitHubDotCom,
    EnterpriseServer
};

// The OAuth scopes a classic token carries, as the X-OAuth-Scopes header lists them. GitHub App and Actions
// tokens (ghu_, ghs_, GITHUB_TOKEN) report none, yet may manage their repositories' packages: their scopes
// are "unreported", which is not "none": nothing is refused beforehand and GitHub's answer decides each
// request.
class Scopes
{
public:
    Scopes() = default;
    explicit Scopes(const QStringList &granted);
    static Scopes unreported();
    bool isReported() const { return m_reported; }

    // Parses "repo, read:packages" (comma separated, spaces trimmed, empty allowed).
    static Scopes parse(QByteArrayView header);

    QStringList granted() const { return m_granted; }
    // True when `scope` is granted directly or implied by another granted scope (write:packages ⊃
    // read:packages).
    bool has(const QString &scope) const;

    // The scopes `action` needs on packages of `type`, in the order a user should read them.
    static QStringList required(PackageAction action, PackageType type,
                                HostKind host = HostKind::GitHubDotCom);
    // What `required()` asks for that this token lacks; empty when the action is allowed or the scopes are
    // unreported.
    QStringList missingFor(PackageAction action, PackageType type,
                           HostKind host = HostKind::GitHubDotCom) const;
    bool allows(PackageAction action, PackageType type, HostKind host = HostKind::GitHubDotCom) const
    {
        return missingFor(action, type, host).isEmpty();
    }

    // X-Accepted-OAuth-Scopes lists alternatives (/user/orgs accepts admin:org, read:org or user): the one to
    // ask a person for is the narrowest (read: before write:, plain scopes, then admin:), the first listed on
    // a tie.
    static QString narrowestOf(const QStringList &alternatives);

    // Registries that only support repository-scoped permissions also need the `repo` scope.
    static bool isRepositoryScoped(PackageType type, HostKind host);

    friend bool operator==(const Scopes &, const Scopes &) = default;

private:
    QStringList m_granted;
    QSet<QString> m_effective;
    bool m_reported = true;
};

} // namespace Packhouse
