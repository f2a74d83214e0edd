#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace FakeGitHub {

// What tests read back through GET /_control/counters.
struct Counters
{
    int totalRequests = 0;
    QMap<QString, int> requests; // by "METHOD /route/{template}"
    int notModified = 0;
    int quotaSpent = 0;
    int secondaryRejections = 0;
    int peakConcurrency = 0;
    int manifestDownloads = 0;
    QJsonArray mutations; // ordered

    QJsonObject toJson() const;
};

} // namespace FakeGitHub
