#include "packagetype.h"

namespace Packhouse {

QList<PackageType> allPackageTypes()
{
    return {PackageType::Npm,    PackageType::Maven, PackageType::RubyGems,
            PackageType::Docker, PackageType::NuGet, PackageType::Container};
}

QString packageTypeToApi(PackageType type)
{
    switch (type) {
    case PackageType::Npm:
        return QStringLiteral("npm");
    case PackageType::Maven:
        return QStringLiteral("maven");
    case PackageType::RubyGems:
        return QStringLiteral("rubygems");
    case PackageType::Docker:
        return QStringLiteral("docker");
    case PackageType::NuGet:
        return QStringLiteral("nuget");
    case PackageType::Container:
        return QStringLiteral("container");
    }
    return {};
}

std::optional<PackageType> packageTypeFromApi(QStringView text)
{
    for (PackageType type : allPackageTypes()) {
        if (text == packageTypeToApi(type))
            return type;
    }
    return std::nullopt;
}

QString packageTypeDisplayName(PackageType type)
{
    switch (type) {
    case PackageType::Npm:
        return QStringLiteral("npm");
    case PackageType::Maven:
        return QStringLiteral("Maven");
    case PackageType::RubyGems:
        return QStringLiteral("RubyGems");
    case PackageType::Docker:
        return QStringLiteral("Docker");
    case PackageType::NuGet:
        return QStringLiteral("NuGet");
    case PackageType::Container:
        return QStringLiteral("Container");
    }
    return {};
}

} // namespace Packhouse
