#include "linkheader.h"

#include <QUrlQuery>

namespace Packhouse {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A cursor over the header with the few RFC 8288 tokens this parser needs.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpaces();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Everything up to (not including) `c`; nullopt when `c` never comes.
    std::optional<QByteArrayView> until(char c)
    {
        const qsizetype end = m_text.indexOf(c, m_pos);
        if (end < 0)
            return std::nullopt;
        const QByteArrayView part = m_text.sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        return part;
    }
    // A token or a quoted string (with backslash escapes), ending before `;`, `,` or a space.
    QByteArray value()
    {
        skipSpaces();
        QByteArray result;
        if (peek() == '"') {
            ++m_pos;
            while (!atEnd() && peek() != '"') {
                if (peek() == '\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                result += m_text.at(m_pos++);
            }
            ++m_pos; // the closing quote (or past the end of an unterminated one)
            return result;
        }
        while (!atEnd() && peek() != ';' && peek() != ',' && !isSpace(peek()))
            result += m_text.at(m_pos++);
        return result;
    }
    QByteArray name()
    {
        skipSpaces();
        QByteArray result;
        while (!atEnd() && peek() != '=' && peek() != ';' && peek() != ',' && !isSpace(peek()))
            result += m_text.at(m_pos++);
        return result.toLower();
    }
    // Skips the rest of a broken link value, up to the comma that starts the next one.
    void skipPastComma()
    {
        bool quoted = false;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                return;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

LinkHeader LinkHeader::parse(QByteArrayView header)
{
    LinkHeader links;
    Cursor cursor(header);
    while (true) {
        cursor.skipSpaces();
        while (cursor.take(','))
            cursor.skipSpaces();
        if (cursor.atEnd())
            break;
        if (!cursor.take('<')) {
            cursor.skipPastComma();
            continue;
        }
        const std::optional<QByteArrayView> target = cursor.until('>');
        if (!target)
            break;
        QByteArray relations;
        while (cursor.take(';')) {
            const QByteArray name = cursor.name();
            QByteArray parameter;
            if (cursor.take('='))
                parameter = cursor.value();
            if (name == "rel" && relations.isEmpty())
                relations = parameter.toLower();
        }
        cursor.skipPastComma();

        const QUrl url(QString::fromUtf8(target->trimmed()), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            continue;
        // `rel` may list several relations separated by spaces; the first link of a relation wins.
        for (const QByteArray &relation : relations.simplified().split(' ')) {
            std::optional<QUrl> *slot = relation == "next"    ? &links.next
                                        : relation == "prev"  ? &links.prev
                                        : relation == "first" ? &links.first
                                        : relation == "last"  ? &links.last
                                                              : nullptr;
            if (slot && !*slot)
                *slot = url;
        }
    }
    return links;
}

std::optional<int> LinkHeader::lastPage() const
{
    if (!last)
        return std::nullopt;
    bool ok = false;
    const int page = QUrlQuery(*last).queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        return std::nullopt;
    return page;
}

} // namespace Packhouse
