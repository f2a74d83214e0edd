#pragma once

#include <QJsonObject>
#include <QString>

// p7 (issue #18): the Overview's scan of a big organization against the fake GitHub in a process of its own,
// with the app's own defaults: cold scans (new client and caches each), a rescan through the caches, memory.
struct OverviewBenchRun
{
    QJsonObject figures;
    QString error; // empty when the part measured
};

OverviewBenchRun runOverviewBench(const QString &fakeGitHubPath, int latencyMs, bool quick);

// The argument that makes packhouse-bench the process whose memory p7 measures: it scans the organization at
// the URL that follows, prints the growth of its peak resident memory in KiB, and exits.
inline constexpr char overviewMemoryChildArgument[] = "--p7-memory-child";
int runOverviewMemoryChild(const QString &apiUrl);
