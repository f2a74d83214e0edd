#pragma once

#include <QProcess>
#include <QString>

// A virtual X server (Xvfb) for the benchmarks, so that the app starts as it does on a desktop: an X
// connection, a real window, its expose events. Stopped when destroyed.
class XvfbDisplay
{
public:
    ~XvfbDisplay();
    // False when Xvfb is not installed or did not start.
    bool start();
    // ":N", for DISPLAY.
    QString name() const { return m_name; }

private:
    QProcess m_process;
    QString m_name;
};
