#include "overviewreport.h"

#include "datasize.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Packhouse {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Tags, orphans and broken images are container notions: null for the other types, not a misleading 0.
QJsonValue containerCount(const PackageHealth &health, int count)
{
    return health.isContainer() ? QJsonValue(count) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

OverviewReport::OverviewReport(const QString &owner, bool complete, const QList<PackageHealth> &packages)
    : m_owner(owner)
    , m_complete(complete)
    , m_packages(packages)
{}

QJsonObject OverviewReport::toJson() const
{
    QJsonArray packages;
    for (const PackageHealth &health : m_packages) {
        packages.append(QJsonObject{
            {QStringLiteral("type"), packageTypeToApi(health.package.type)},
            {QStringLiteral("name"), health.package.name},
            {QStringLiteral("versions"), health.versions},
            {QStringLiteral("tagged"), containerCount(health, health.tagged)},
            {QStringLiteral("untagged"), containerCount(health, health.untagged)},
            {QStringLiteral("orphans"), containerCount(health, health.orphans)},
            {QStringLiteral("broken_images"), containerCount(health, health.brokenImages)},
            {QStringLiteral("size_bytes"), optionalNumber(health.sizeBytes)},
            {QStringLiteral("reclaimable_bytes"), optionalNumber(health.reclaimableBytes)},
            {QStringLiteral("newest"), dateOrNull(health.newest)},
            {QStringLiteral("oldest"), dateOrNull(health.oldest)},
            {QStringLiteral("complete"), health.scanned && health.complete},
            {QStringLiteral("problems"), QJsonArray::fromStringList(health.problems)},
        });
    }
    return QJsonObject{{QStringLiteral("owner"), m_owner},
                       {QStringLiteral("complete"), m_complete},
                       {QStringLiteral("packages"), packages}};
}

QString OverviewReport::toCsv() const
{
    const QJsonObject document = toJson();
    const QStringList columns{
        QStringLiteral("type"),          QStringLiteral("name"),       QStringLiteral("versions"),
        QStringLiteral("tagged"),        QStringLiteral("untagged"),   QStringLiteral("orphans"),
        QStringLiteral("broken_images"), QStringLiteral("size_bytes"), QStringLiteral("reclaimable_bytes"),
        QStringLiteral("newest"),        QStringLiteral("oldest"),     QStringLiteral("complete")};
    QString csv = columns.join(u',') + QStringLiteral("\r\n");
    for (const QJsonValue &package : document.value(QStringLiteral("packages")).toArray()) {
        QStringList fields;
        for (const QString &column : columns) {
            const QJsonValue value = package.toObject().value(column);
            fields.append(csvField(value.isBool()     ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                   : value.isDouble() ? QString::number(value.toInteger())
                                                      : value.toString()));
        }
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

QString OverviewReport::toText(const QDateTime &now) const
{
    const auto size = [](const std::optional<qint64> &bytes) {
        return bytes ? dataSizeText(*bytes) : tr("n/a");
    };
    const QStringList header{tr("TYPE"),        tr("PACKAGE"),  tr("VERSIONS"), tr("TAGGED"),
                             tr("UNTAGGED"),    tr("ORPHANS"),  tr("BROKEN"),   tr("SIZE"),
                             tr("RECLAIMABLE"), tr("LAST PUSH")};
    QList<QStringList> rows{header};
    qint64 totalSize = 0;
    qint64 totalReclaimable = 0;
    int totalVersions = 0;
    QStringList problems;
    for (const PackageHealth &health : m_packages) {
        const int days = health.daysSinceLastPush(now);
        const auto count = [&health](int value) {
            return health.isContainer() ? QString::number(value) : QStringLiteral("-");
        };
        rows.append(
            {packageTypeToApi(health.package.type), health.package.name,
             health.scanned ? QString::number(health.versions) : tr("not scanned"), count(health.tagged),
             count(health.untagged), count(health.orphans), count(health.brokenImages),
             health.sizeIsPartial ? tr("≥ %1").arg(size(health.sizeBytes)) : size(health.sizeBytes),
             size(health.reclaimableBytes), days < 0 ? QString() : tr("%n day(s) ago", nullptr, days)});
        totalSize += health.sizeBytes.value_or(0);
        totalReclaimable += health.reclaimableBytes.value_or(0);
        totalVersions += health.versions;
        for (const QString &problem : health.problems)
            problems.append(QStringLiteral("%1/%2: %3")
                                .arg(packageTypeToApi(health.package.type), health.package.name, problem));
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString text =
        (m_complete ? tr("Overview of %1") : tr("Overview of %1 (incomplete)")).arg(m_owner) + u'\n';
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column)
            cells.append(row.at(column).leftJustified(widths.at(column)));
        text += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    //: The totals line of packhouse-prune --report; %1 and %2 are counts of packages and versions
    text += tr("Packages: %1, versions: %2, in container images: %3, reclaimable by the rule: %4")
                .arg(QLocale().toString(m_packages.size()), QLocale().toString(totalVersions),
                     dataSizeText(totalSize), dataSizeText(totalReclaimable)) +
            u'\n';
    for (const QString &problem : std::as_const(problems))
        text += tr("problem: %1").arg(problem) + u'\n';
    return text;
}

} // namespace Packhouse
