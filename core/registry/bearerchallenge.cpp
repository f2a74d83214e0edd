#include "bearerchallenge.h"

#include <QHash>
#include <QUrlQuery>

namespace Packhouse {

namespace {

// Reads `name=value` or `name="quoted \" value"` parameters separated by commas (RFC 9110 auth-param).
QHash<QByteArray, QString> authParameters(QByteArrayView text)
{
    QHash<QByteArray, QString> parameters;
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == ','))
            ++at;
    };
    while (true) {
        skipSpaces();
        const qsizetype nameStart = at;
        while (at < text.size() && text[at] != '=' && text[at] != ',')
            ++at;
        if (at >= text.size() || text[at] != '=')
            return parameters;
        const QByteArray name = text.sliced(nameStart, at - nameStart).trimmed().toByteArray().toLower();
        ++at;
        QByteArray value;
        if (at < text.size() && text[at] == '"') {
            for (++at; at < text.size() && text[at] != '"'; ++at) {
                if (text[at] == '\\' && at + 1 < text.size())
                    ++at;
                value += text[at];
            }
            ++at; // the closing quote
        } else {
            const qsizetype valueStart = at;
            while (at < text.size() && text[at] != ',')
                ++at;
            value = text.sliced(valueStart, at - valueStart).trimmed().toByteArray();
        }
        parameters.insert(name, QString::fromUtf8(value));
    }
}

} // namespace

std::optional<BearerChallenge> BearerChallenge::parse(QByteArrayView header)
{
    const QByteArrayView text = header.trimmed();
    const qsizetype space = text.indexOf(' ');
    if (space < 0 || text.first(space).toByteArray().toLower() != "bearer")
        return std::nullopt;
    const QHash<QByteArray, QString> parameters = authParameters(text.sliced(space + 1));
    BearerChallenge challenge;
    challenge.realm = QUrl(parameters.value("realm"), QUrl::StrictMode);
    challenge.service = parameters.value("service");
    challenge.scope = parameters.value("scope");
    const QString scheme = challenge.realm.scheme();
    if (!challenge.realm.isValid() || challenge.realm.host().isEmpty() ||
        (scheme != u"https" && scheme != u"http"))
        return std::nullopt;
    return challenge;
}

QUrl BearerChallenge::tokenUrl(const QString &requestedScope) const
{
    QUrl url = realm;
    QUrlQuery query(url);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    query.addQueryItem(QStringLiteral("scope"), requestedScope);
    url.setQuery(query);
    return url;
}

} // namespace Packhouse
