#include "xvfbdisplay.h"

#include <QStandardPaths>

XvfbDisplay::~XvfbDisplay()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool XvfbDisplay::start()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        return false;
    // -displayfd: Xvfb picks a free display and writes its number to our stdout once it accepts clients.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                           QStringLiteral("0"), QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                           QStringLiteral("tcp")});
    if (!m_process.waitForStarted(10'000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10'000))
            return false;
    }
    bool isNumber = false;
    const int display = m_process.readLine().trimmed().toInt(&isNumber);
    if (!isNumber)
        return false;
    m_name = u':' + QString::number(display);
    return true;
}
