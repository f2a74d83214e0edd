#include "ssoheader.h"

namespace Packhouse {

namespace {

// Only web links may be opened for the user: never javascript:, file: or similar.
QUrl webUrl(QByteArrayView text)
{
    const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {};
    return url;
}

} // namespace

std::optional<SsoHeader> SsoHeader::parse(QByteArrayView header)
{
    const QList<QByteArray> parts = header.toByteArray().split(';');
    const QByteArray kind = parts.first().trimmed().toLower();
    SsoHeader sso;
    if (kind == "required")
        sso.required = true;
    else if (kind != "partial-results")
        return std::nullopt;

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = parameter.left(equals).trimmed().toLower();
        const QByteArray value = parameter.mid(equals + 1).trimmed();
        if (name == "url" && sso.required) {
            sso.authorizationUrl = webUrl(value);
        } else if (name == "organizations" && !sso.required) {
            for (const QByteArray &id : value.split(',')) {
                bool ok = false;
                const qint64 number = id.trimmed().toLongLong(&ok);
                if (ok && number > 0)
                    sso.partialOrganizationIds.append(number);
            }
        }
    }
    return sso;
}

} // namespace Packhouse
