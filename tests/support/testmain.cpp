// The main() of every Packhouse test executable: Qt first, then GoogleTest.
#include "translations.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs the binary without the test's environment: default to offscreen here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The programs the tests start (the app, packhouse-prune) speak English too, whatever the locale.
    qputenv("LANGUAGE", "en");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PackhouseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PackhouseTests"));
    // English whatever the machine's locale, as the app shows it: "1 version", "2 versions".
    Packhouse::Translations::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
