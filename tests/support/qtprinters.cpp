#include "qtprinters.h"

#include <QDebug>

QT_BEGIN_NAMESPACE

void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

void PrintTo(const QByteArray &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

void PrintTo(const QUrl &value, std::ostream *os)
{
    *os << value.toString().toStdString();
}

void PrintTo(const QVariant &value, std::ostream *os)
{
    QString text;
    QDebug(&text).nospace() << value;
    *os << text.toStdString();
}

QT_END_NAMESPACE
