#include "retryafter.h"

#include <QLocale>

#include <algorithm>

namespace Packhouse {

namespace {

std::optional<QDateTime> httpDate(const QString &text)
{
    // The day name is dropped before parsing: Qt would reject a date whose two-digit year it reads in the
    // wrong century because the weekday does not match, and the weekday adds nothing.
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    const qsizetype space = simplified.indexOf(u' ');
    // IMF-fixdate and RFC 850 carry "Day," first; asctime carries "Day " first.
    const QString withoutDay = comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.mid(space + 1);
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // RFC 850, obsolete
        QStringLiteral("MMM d HH:mm:ss yyyy"),        // asctime, obsolete
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime date = c.toDateTime(withoutDay, format);
        if (date.isValid()) {
            // Qt reads two-digit years in the 1900s; HTTP means the nearest century.
            if (date.date().year() < 1970)
                date = date.addYears(100);
            date.setTimeSpec(Qt::UTC);
            return date;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView header)
{
    const QString text = QString::fromLatin1(header.trimmed());
    return text.isEmpty() ? std::nullopt : httpDate(text);
}

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView header, const QDateTime &now)
{
    const QByteArray text = header.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        // More digits than a qint64 holds is still a (huge) delay, so clamp rather than reject it.
        if (!ok || seconds > maxRetryAfter.count())
            return maxRetryAfter;
        return std::chrono::seconds(seconds);
    }
    const std::optional<QDateTime> date = parseHttpDate(text);
    if (!date)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*date);
    return std::chrono::seconds(std::clamp<qint64>(seconds, 0, maxRetryAfter.count()));
}

} // namespace Packhouse
