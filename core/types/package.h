#pragma once

#include "packagetype.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Packhouse {

// One package as `GET …/packages` describes it.
struct Package
{
    qint64 id = 0;
    QString name;
    PackageType type = PackageType::Container;
    bool isPublic = false;
    int versionCount = 0;
    QString ownerLogin;
    QString repositoryFullName; // empty when the package is not linked to a repository
    QDateTime createdAt;
    QDateTime updatedAt;
    QUrl htmlUrl;

    friend bool operator==(const Package &, const Package &) = default;
};

} // namespace Packhouse
