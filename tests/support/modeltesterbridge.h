#pragma once

#include <QtGlobal>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAbstractItemModelTester;
QT_END_NAMESPACE

// Runs QAbstractItemModelTester (Warning mode) over a model and turns its `qt.modeltest` warnings into
// GoogleTest failures while alive: QtTest's default failure mode is invisible to GoogleTest. Create it once
// the model's client is in place: the tester calls fetchMore() at once.
class ModelTesterBridge
{
public:
    explicit ModelTesterBridge(QAbstractItemModel *model);
    ~ModelTesterBridge();
    ModelTesterBridge(const ModelTesterBridge &) = delete;
    ModelTesterBridge &operator=(const ModelTesterBridge &) = delete;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
