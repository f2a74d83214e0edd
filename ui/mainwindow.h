#pragma once

#include <QMainWindow>

namespace Packhouse {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Packhouse
