#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace FakeGitHub {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray rawPath;                    // still percent-encoded: "team%2Fworker" must stay one segment
    QByteArray rawQuery;                   // without the '?'
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    quint64 sequence = 0; // its place on the connection: answers go out in this order
    bool overTls = false;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QUrlQuery query() const { return QUrlQuery(QString::fromLatin1(rawQuery)); }
    // Path segments split on the raw '/' and decoded one by one.
    QStringList segments() const;
};

} // namespace FakeGitHub
