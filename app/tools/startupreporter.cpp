#include "startupreporter.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Packhouse {

namespace {
constexpr int pollMs = 50;
constexpr int idleSettleMs = 500;
constexpr int giveUpMs = 60'000;
} // namespace

StartupReporter::StartupReporter(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_clock.start();
    qApp->installEventFilter(this);
}

bool StartupReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_firstPaintMs < 0 && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_firstPaintMs = m_clock.elapsed();
        std::printf("first-paint %lld\n", static_cast<long long>(m_firstPaintMs));
        std::fflush(stdout);
        qApp->removeEventFilter(this);
        QTimer::singleShot(pollMs, this, &StartupReporter::checkNamespacesLoaded);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReporter::checkNamespacesLoaded()
{
    const auto views = m_window->findChildren<QAbstractItemView *>();
    const auto namespaces = std::find_if(views.cbegin(), views.cend(), [](const QAbstractItemView *view) {
        return view->objectName() == u"namespaceView"; // not its accessible name, which is translated
    });
    // The signed-in user plus at least one organization: the namespaces have arrived.
    const bool loaded =
        namespaces != views.cend() && (*namespaces)->model() && (*namespaces)->model()->rowCount() > 1;
    if (!loaded && m_clock.elapsed() < giveUpMs) {
        QTimer::singleShot(pollMs, this, &StartupReporter::checkNamespacesLoaded);
        return;
    }
    QTimer::singleShot(idleSettleMs, this, [this, loaded] {
        const QJsonObject report{{QStringLiteral("first_paint_ms"), m_firstPaintMs},
                                 {QStringLiteral("namespaces_loaded"), loaded},
                                 {QStringLiteral("idle_rss_mb"), residentMegabytes()}};
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(loaded ? 0 : 1);
    });
}

double StartupReporter::residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace Packhouse
