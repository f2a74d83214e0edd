#pragma once

#include "packagetype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Packhouse {

// What packhouse-prune planned and did for one package: the JSON document of `--format json` and the table of
// `--format text`.
struct PrunePackageReport
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::PrunePackageReport)

public:
    struct Item
    {
        qint64 id = 0;
        QString name; // digest or version name
        QStringList tags;
        QDateTime createdAt;
        QString reason;
    };
    struct ItemResult
    {
        qint64 id = 0;
        QString status; // "deleted", "failed", "skipped"
        QString message;
    };

    QString owner;
    PackageType type = PackageType::Container;
    QString package;
    bool complete = false; // the listing (and image tree) was whole and fresh
    bool dryRun = true;
    QList<Item> deletions;
    QList<Item> kept;
    QList<ItemResult> results;
    QStringList warnings;
    QString refusal; // why nothing may be deleted (exit 3); empty when the plan is safe

    QJsonObject toJson() const;
    // A table for a CI log: what goes (version, tags, digest, age, why), what is kept and why, warnings.
    QString toText(const QDateTime &now) const;
};

} // namespace Packhouse
