#pragma once

#include <QString>

namespace Packhouse {

// Where packages live: the signed-in user, another user, or an organization.
struct NamespaceRef
{
    enum class Kind : quint8 { AuthenticatedUser, User, Organization };

    Kind kind = Kind::AuthenticatedUser;
    QString login;

    static NamespaceRef authenticatedUser(const QString &login) { return {Kind::AuthenticatedUser, login}; }
    static NamespaceRef user(const QString &login) { return {Kind::User, login}; }
    static NamespaceRef organization(const QString &login) { return {Kind::Organization, login}; }

    bool isOrganization() const { return kind == Kind::Organization; }
    // "/user", "/users/LOGIN" or "/orgs/LOGIN": the prefix of every packages path.
    QString apiPathPrefix() const;
    // "users" or "orgs": the segment GitHub's web pages use for this owner.
    QString webOwnerSegment() const;

    friend bool operator==(const NamespaceRef &, const NamespaceRef &) = default;
};

} // namespace Packhouse
