#include "tagpattern.h"

#include <QRegularExpression>

#include <algorithm>

namespace Packhouse {

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
        (negated ? m_exclude : m_include).append(pattern);
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

bool TagPattern::anyMatches(const QStringList &patterns, QStringView text) const
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [text](const QString &pattern) { return globMatches(pattern, text); });
}

namespace {

// Case folding is the hot path of filtering 100,000 versions: ASCII without a table look-up.
inline char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    return c.toCaseFolded().unicode();
}

} // namespace

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
