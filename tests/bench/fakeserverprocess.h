#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

// The fake GitHub in a process of its own, as the benchmarks want it: its work does not share our thread.
// It speaks HTTPS with its test certificate, which the caller trusts.
class FakeServerProcess
{
public:
    ~FakeServerProcess();
    // `scenarioFile` empty: the demo scenario.
    bool start(const QString &executable, int latencyMs, const QString &scenarioFile = {});
    QUrl url() const { return m_url; }
    // POSTs `body` to a control endpoint and waits for the answer.
    QJsonObject control(const QString &path, const QJsonObject &body);
    QJsonObject counters();

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};
