#pragma once

#include <QString>

namespace FakeGitHub {

// What a request addresses, with its path parameters decoded.
struct Route
{
    enum class Endpoint
    {
        Unknown,
        AuthenticatedUser,
        UserOrganizations,
        AllOrganizations,
        Organization,
        UserByName,
        RateLimit,
        DockerConflicts,
        ListPackages,
        Package,
        RestorePackage,
        ListVersions,
        Version,
        RestoreVersion,
        RegistryToken,
        RegistryBase,
        RegistryManifest,
    };

    Endpoint endpoint = Endpoint::Unknown;
    QString key;           // method and route template, e.g. "GET /orgs/{org}/packages" (the counters' key)
    QString namespaceKind; // "orgs", "user" or "users"
    QString owner;         // org or username; empty for /user
    QString packageType;
    QString packageName;
    QString versionId;  // as sent; validated by the handler
    QString repository; // registry: OWNER/NAME
    QString reference;  // registry: digest or tag

    bool isRegistry() const
    {
        return endpoint == Endpoint::RegistryToken || endpoint == Endpoint::RegistryBase ||
               endpoint == Endpoint::RegistryManifest;
    }
};

} // namespace FakeGitHub
