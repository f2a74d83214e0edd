#pragma once

#include "packagehealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Packhouse {

// `packhouse-prune --report` (issue #18): a scanned namespace as one JSON document, a CSV table or a text
// table for a CI log. Sizes are null (JSON), empty (CSV) or "n/a" (text) where GitHub gives none.
class OverviewReport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewReport)

public:
    OverviewReport(const QString &owner, bool complete, const QList<PackageHealth> &packages);

    QJsonObject toJson() const;
    QString toCsv() const;
    QString toText(const QDateTime &now) const;

private:
    QString m_owner;
    bool m_complete = false;
    QList<PackageHealth> m_packages;
};

} // namespace Packhouse
