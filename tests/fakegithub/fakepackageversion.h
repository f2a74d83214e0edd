#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace FakeGitHub {

// One version of a package; for container packages also the registry object stored under its digest.
struct PackageVersion
{
    qint64 id = 0;
    QString name;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // null while active
    qint64 downloads = 0;
    QString license;
    QString description;
    QByteArray manifest; // container: the exact bytes the registry serves (digest = name)
    QString mediaType;

    bool isDeleted() const { return deletedAt.isValid(); }
};

} // namespace FakeGitHub
