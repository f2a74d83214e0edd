#include "modeltesterbridge.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <cstring>

namespace {

QtMessageHandler previousHandler = nullptr;
int activeBridges = 0;

void reportModelTestWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
        std::strcmp(context.category, "qt.modeltest") == 0) {
        ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ModelTesterBridge::ModelTesterBridge(QAbstractItemModel *model)
{
    if (activeBridges++ == 0)
        previousHandler = qInstallMessageHandler(reportModelTestWarnings);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelTesterBridge::~ModelTesterBridge()
{
    m_tester.reset();
    if (--activeBridges == 0)
        qInstallMessageHandler(previousHandler);
}
