#include "mainwindow.h"

namespace Packhouse {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Packhouse"));
    resize(1200, 760);
}

} // namespace Packhouse
