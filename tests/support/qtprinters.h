#pragma once

// PrintTo overloads so that GoogleTest shows Qt values readably in failures.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *os);
void PrintTo(const QByteArray &value, std::ostream *os);
void PrintTo(const QStringList &value, std::ostream *os);
void PrintTo(const QUrl &value, std::ostream *os);
void PrintTo(const QVariant &value, std::ostream *os);
QT_END_NAMESPACE
