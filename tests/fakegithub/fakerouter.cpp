#include "fakerouter.h"

namespace FakeGitHub {

namespace {

using Endpoint = Route::Endpoint;

// Which methods an endpoint answers; anything else is GitHub's 404.
bool allows(Endpoint endpoint, const QByteArray &method)
{
    const bool read = method == "GET" || method == "HEAD";
    switch (endpoint) {
    case Endpoint::Package:
    case Endpoint::Version:
        return read || method == "DELETE";
    case Endpoint::RestorePackage:
    case Endpoint::RestoreVersion:
        return method == "POST";
    case Endpoint::RegistryManifest:
        return true; // the registry answers writes with 405 itself
    case Endpoint::Unknown:
        return false;
    default:
        return read;
    }
}

// The part after the namespace prefix: /packages/...
Endpoint packageEndpoint(const QStringList &rest, Route &route, QString &suffix)
{
    if (rest == QStringList{QStringLiteral("docker"), QStringLiteral("conflicts")}) {
        suffix = QStringLiteral("/docker/conflicts");
        return Endpoint::DockerConflicts;
    }
    if (rest.value(0) != QStringLiteral("packages"))
        return Endpoint::Unknown;
    if (rest.size() == 1) {
        suffix = QStringLiteral("/packages");
        return Endpoint::ListPackages;
    }
    if (rest.size() < 3)
        return Endpoint::Unknown;
    route.packageType = rest.at(1);
    route.packageName = rest.at(2);
    suffix = QStringLiteral("/packages/{package_type}/{package_name}");
    if (rest.size() == 3)
        return Endpoint::Package;
    if (rest.size() == 4 && rest.at(3) == QStringLiteral("restore")) {
        suffix += QStringLiteral("/restore");
        return Endpoint::RestorePackage;
    }
    if (rest.at(3) != QStringLiteral("versions"))
        return Endpoint::Unknown;
    suffix += QStringLiteral("/versions");
    if (rest.size() == 4)
        return Endpoint::ListVersions;
    route.versionId = rest.at(4);
    suffix += QStringLiteral("/{package_version_id}");
    if (rest.size() == 5)
        return Endpoint::Version;
    if (rest.size() == 6 && rest.at(5) == QStringLiteral("restore")) {
        suffix += QStringLiteral("/restore");
        return Endpoint::RestoreVersion;
    }
    return Endpoint::Unknown;
}

Route matchPath(const QStringList &segments)
{
    Route route;
    const QString first = segments.value(0);
    const qsizetype count = segments.size();
    if (first == QStringLiteral("v2")) {
        if (count == 1) {
            route.endpoint = Endpoint::RegistryBase;
            route.key = QStringLiteral("/v2/");
        } else if (count >= 4 && segments.at(count - 2) == QStringLiteral("manifests")) {
            route.endpoint = Endpoint::RegistryManifest;
            route.key = QStringLiteral("/v2/{name}/manifests/{reference}");
            route.repository = segments.mid(1, count - 3).join(u'/');
            route.reference = segments.constLast();
        }
        return route;
    }
    if (segments == QStringList{QStringLiteral("organizations")}) {
        route.endpoint = Endpoint::AllOrganizations;
        route.key = QStringLiteral("/organizations");
        return route;
    }
    if (segments == QStringList{QStringLiteral("rate_limit")}) {
        route.endpoint = Endpoint::RateLimit;
        route.key = QStringLiteral("/rate_limit");
        return route;
    }
    QString prefix;
    QStringList rest;
    if (first == QStringLiteral("user")) {
        route.namespaceKind = first;
        prefix = QStringLiteral("/user");
        rest = segments.mid(1);
        if (rest.isEmpty()) {
            route.endpoint = Endpoint::AuthenticatedUser;
            route.key = prefix;
            return route;
        }
        if (rest == QStringList{QStringLiteral("orgs")}) {
            route.endpoint = Endpoint::UserOrganizations;
            route.key = QStringLiteral("/user/orgs");
            return route;
        }
    } else if ((first == QStringLiteral("orgs") || first == QStringLiteral("users")) && count >= 2) {
        route.namespaceKind = first;
        route.owner = segments.at(1);
        prefix = first == QStringLiteral("orgs") ? QStringLiteral("/orgs/{org}")
                                                 : QStringLiteral("/users/{username}");
        rest = segments.mid(2);
        if (rest.isEmpty()) {
            route.endpoint = first == QStringLiteral("orgs") ? Endpoint::Organization : Endpoint::UserByName;
            route.key = prefix;
            return route;
        }
    } else {
        return route;
    }
    QString suffix;
    route.endpoint = packageEndpoint(rest, route, suffix);
    route.key = prefix + suffix;
    return route;
}

} // namespace

Route Router::match(const HttpRequest &request, const QByteArray &registryTokenPath)
{
    Route route;
    if (request.rawPath == registryTokenPath) {
        route.endpoint = Endpoint::RegistryToken;
        route.key = QStringLiteral("/token");
    } else {
        route = matchPath(request.segments());
    }
    if (!allows(route.endpoint, request.method))
        route = Route();
    route.key = QString::fromLatin1(request.method) + u' ' +
                (route.endpoint == Endpoint::Unknown ? QStringLiteral("(unknown)") : route.key);
    return route;
}

} // namespace FakeGitHub
