#pragma once

#include "fakepackageversion.h"

#include <QList>

namespace FakeGitHub {

struct Package
{
    qint64 id = 0;
    QString owner; // login of the user or organization
    QString type;  // npm, maven, rubygems, docker, nuget, container
    QString name;
    QString visibility = QStringLiteral("private");
    QString repository; // empty = not linked to a repository
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;            // whole package deleted
    QList<PackageVersion> versions; // newest first

    bool isDeleted() const { return deletedAt.isValid(); }
    int activeVersionCount() const;
    PackageVersion *version(qint64 versionId);
};

} // namespace FakeGitHub
