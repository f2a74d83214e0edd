#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Packhouse {

// The `package_type` values of the REST API. Maven also covers Gradle.
enum class PackageType : quint8 { Npm, Maven, RubyGems, Docker, NuGet, Container };

QList<PackageType> allPackageTypes();
QString packageTypeToApi(PackageType type);
std::optional<PackageType> packageTypeFromApi(QStringView text);
// A human label ("npm", "Maven", "RubyGems", "Docker", "NuGet", "Container").
QString packageTypeDisplayName(PackageType type);

} // namespace Packhouse
