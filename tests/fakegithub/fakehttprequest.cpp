#include "fakehttprequest.h"

#include <QUrl>

namespace FakeGitHub {

QStringList HttpRequest::segments() const
{
    QStringList result;
    for (const QByteArray &segment : rawPath.split('/')) {
        if (!segment.isEmpty())
            result.append(QUrl::fromPercentEncoding(segment));
    }
    return result;
}

} // namespace FakeGitHub
