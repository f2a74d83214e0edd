#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace FakeGitHub {

struct HttpResponse
{
    // How the answer reaches the client; the non-normal ones are injected faults.
    enum class Delivery
    {
        Normal,
        Drop,
        Truncate
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    bool bodyOmitted = false; // HEAD: headers (Content-Length included) without the body

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace FakeGitHub
