#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace Packhouse {

// For `packhouse --report-startup` (the benchmarks): prints "first-paint MS" when the window first paints,
// then, once the namespaces are listed and the app is idle, a JSON line with the figures, and quits.
class StartupReporter : public QObject
{
    Q_OBJECT

public:
    explicit StartupReporter(QWidget *window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkNamespacesLoaded();
    static double residentMegabytes();

    QWidget *m_window; // not owned
    QElapsedTimer m_clock;
    qint64 m_firstPaintMs = -1;
};

} // namespace Packhouse
