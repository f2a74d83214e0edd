#include "tagpattern.h"

#include <QRegularExpression>

#include <algorithm>

namespace Packhouse {

namespace {

// Case folding is the hot path of filtering 100,000 versions: ASCII without a table look-up.
inline char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    return c.toCaseFolded().unicode();
}

// `needle` (already case-folded) in `haystack` from `from`, ignoring case; -1 when absent. Qt's
// case-insensitive search is general and several times slower on the short ASCII strings tags are.
qsizetype indexOfFolded(QStringView haystack, QStringView needle, qsizetype from)
{
    const qsizetype last = haystack.size() - needle.size();
    const char16_t first = needle.front().unicode();
    for (qsizetype i = from; i <= last; ++i) {
        if (folded(haystack[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < needle.size() && folded(haystack[i + k]) == needle[k].unicode())
            ++k;
        if (k == needle.size())
            return i;
    }
    return -1;
}

} // namespace

TagPattern::TagPattern(const QString &expression, MatchMode mode)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (QString pattern : expression.split(separators, Qt::SkipEmptyParts)) {
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern.remove(0, 1);
        if (pattern.isEmpty())
            continue;
        // In a filter box "1.4" means "contains 1.4"; explicit wildcards keep their anchors.
        if (mode == MatchMode::Contains && !pattern.contains(u'*') && !pattern.contains(u'?'))
            pattern = u'*' + pattern + u'*';
        (negated ? m_exclude : m_include).append(Compiled(pattern));
    }
}

bool TagPattern::matches(const QStringList &tagsOrNames) const
{
    return matches(tagsOrNames, {});
}

bool TagPattern::matches(const QStringList &tags, std::initializer_list<QStringView> names) const
{
    bool included = m_include.isEmpty();
    const auto visit = [&](QStringView text) {
        if (anyMatches(m_exclude, text))
            return false;
        included = included || anyMatches(m_include, text);
        return true;
    };
    for (const QString &tag : tags) {
        if (!visit(tag))
            return false;
    }
    for (QStringView name : names) {
        if (!name.isEmpty() && !visit(name))
            return false;
    }
    return included;
}

bool TagPattern::matches(const QString &tagOrName) const
{
    return !anyMatches(m_exclude, tagOrName) && (m_include.isEmpty() || anyMatches(m_include, tagOrName));
}

bool TagPattern::anyMatches(const QList<Compiled> &patterns, QStringView text)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [text](const Compiled &pattern) { return pattern.matches(text); });
}

TagPattern::Compiled::Compiled(const QString &text)
    : pattern(text)
    , segments(text.split(u'*'))
    , hasQuestionMark(text.contains(u'?'))
{
    for (QString &segment : segments)
        segment = segment.toCaseFolded();
}

bool TagPattern::Compiled::matches(QStringView text) const
{
    if (hasQuestionMark)
        return globMatches(pattern, text);
    if (segments.size() == 1)
        return text.compare(pattern, Qt::CaseInsensitive) == 0;
    // "a*b*c": starts with a, ends with c, and b lies in between.
    const QString &first = segments.constFirst();
    const QString &last = segments.constLast();
    if (text.size() < first.size() + last.size() || !text.startsWith(first, Qt::CaseInsensitive) ||
        !text.endsWith(last, Qt::CaseInsensitive))
        return false;
    qsizetype from = first.size();
    const qsizetype end = text.size() - last.size();
    for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
        const QString &segment = segments[i];
        if (segment.isEmpty())
            continue;
        const qsizetype at = indexOfFolded(text.left(end), segment, from);
        if (at < 0)
            return false;
        from = at + segment.size();
    }
    return true;
}

bool TagPattern::globMatches(QStringView pattern, QStringView text)
{
    // Iterative wildcard matching with backtracking to the last '*': linear for typical patterns, no regex.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && (pattern[p] == u'?' || folded(pattern[p]) == folded(text[t]))) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace Packhouse
