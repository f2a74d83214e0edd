#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Packhouse {

// One version of a package. For container packages `name` is the manifest digest and `tags` its tags.
struct PackageVersion
{
    qint64 id = 0;
    QString name;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // null unless listed with state=deleted
    QUrl htmlUrl;
    QString license;
    QString description;

    bool isTagged() const { return !tags.isEmpty(); }
    bool isDeleted() const { return deletedAt.isValid(); }

    friend bool operator==(const PackageVersion &, const PackageVersion &) = default;
};

} // namespace Packhouse
