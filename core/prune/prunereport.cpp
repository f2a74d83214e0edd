#include "prunereport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Packhouse {

namespace {

QJsonArray itemsToJson(const QList<PrunePackageReport::Item> &items)
{
    QJsonArray array;
    for (const PrunePackageReport::Item &item : items) {
        array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
                                 {QStringLiteral("reason"), item.reason}});
    }
    return array;
}

QString age(const QDateTime &createdAt, const QDateTime &now)
{
    if (!createdAt.isValid())
        return QStringLiteral("?");
    const qint64 days = createdAt.daysTo(now);
    //: An age in the report's AGE column, in days ("12 d"); at most six characters.
    return days > 0
               ? PrunePackageReport::tr("%n d", nullptr, int(days))
               //: An age in the report's AGE column, in hours ("5 h"); at most six characters.
               : PrunePackageReport::tr("%n h", nullptr, int(qMax<qint64>(0, createdAt.secsTo(now) / 3600)));
}

QString row(const PrunePackageReport::Item &item, const QDateTime &now)
{
    const QString tags = item.tags.isEmpty() ? QStringLiteral("-") : item.tags.join(u',');
    return QStringLiteral("  %1  %2  %3  %4  %5")
        .arg(QString::number(item.id).leftJustified(12), tags.leftJustified(24),
             item.name.left(19).leftJustified(19), age(item.createdAt, now).rightJustified(6), item.reason);
}

} // namespace

QJsonObject PrunePackageReport::toJson() const
{
    QJsonArray resultArray;
    for (const ItemResult &result : results) {
        resultArray.append(QJsonObject{{QStringLiteral("id"), result.id},
                                       {QStringLiteral("status"), result.status},
                                       {QStringLiteral("message"), result.message}});
    }
    QStringList allWarnings = warnings;
    if (!refusal.isEmpty())
        allWarnings.prepend(refusal);
    return QJsonObject{{QStringLiteral("owner"), owner},
                       {QStringLiteral("type"), packageTypeToApi(type)},
                       {QStringLiteral("package"), package},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("delete"), itemsToJson(deletions)},
                       {QStringLiteral("keep"), itemsToJson(kept)},
                       {QStringLiteral("results"), resultArray},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(allWarnings)}};
}

QString PrunePackageReport::toText(const QDateTime &now) const
{
    QStringList lines;
    lines << tr("%1/%2 (%3)%4")
                 .arg(owner, package, packageTypeToApi(type),
                      dryRun ? tr(" — dry run, nothing is deleted") : QString());
    if (!refusal.isEmpty())
        lines << tr("  REFUSED: %1").arg(refusal);
    lines << tr("Delete (%n):", nullptr, int(deletions.size()));
    const QString header =
        QStringLiteral("  %1  %2  %3  %4  %5")
            .arg(tr("ID").leftJustified(12), tr("TAGS").leftJustified(24),
                 tr("DIGEST/NAME").leftJustified(19), tr("AGE").rightJustified(6), tr("WHY"));
    if (!deletions.isEmpty())
        lines << header;
    for (const Item &item : deletions)
        lines << row(item, now);
    lines << tr("Keep (%n):", nullptr, int(kept.size()));
    if (!kept.isEmpty())
        lines << header;
    for (const Item &item : kept)
        lines << row(item, now);
    if (!results.isEmpty()) {
        lines << tr("Results:");
        for (const ItemResult &result : results)
            lines << QStringLiteral("  %1  %2  %3")
                         .arg(QString::number(result.id).leftJustified(12), result.status.leftJustified(8),
                              result.message);
    }
    for (const QString &warning : warnings)
        lines << tr("Warning: %1").arg(warning);
    return lines.join(u'\n') + u'\n';
}

} // namespace Packhouse
