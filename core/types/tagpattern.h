#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Packhouse {

// A list of tag (or version name) patterns as people write them in retention rules and filter boxes:
// "v1.*, pr-?  !latest". Separated by commas or spaces; `*` matches any run of characters, `?` one
// character; a leading `!` negates: a negated pattern excludes whatever it matches. Matching ignores case.
// Without any positive pattern everything not excluded matches.
class TagPattern
{
public:
    enum class MatchMode : quint8
    {
        Whole,    // a pattern must match a whole tag ("v1" does not match "v1.2")
        Contains, // a pattern without wildcards matches inside a tag, as a filter box does
    };

    explicit TagPattern(const QString &expression, MatchMode mode = MatchMode::Whole);

    bool isEmpty() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    // True when any of `tagsOrNames` matches an included pattern (or there is none) and none of them
    // matches an excluded one.
    bool matches(const QStringList &tagsOrNames) const;
    bool matches(const QString &tagOrName) const;
    // As above over `tags` and `names` together (a version's tags, digest and platform) without a list.
    bool matches(const QStringList &tags, std::initializer_list<QStringView> names) const;

    // `pattern` with * and ? against the whole of `text`, ignoring case.
    static bool globMatches(QStringView pattern, QStringView text);

private:
    // A pattern split at its stars, so that matching is a few prefix/suffix/substring searches.
    struct Compiled
    {
        QString pattern;
        QStringList segments; // between the stars; empty ones at the ends mean "unanchored"
        bool hasQuestionMark = false;

        explicit Compiled(const QString &text);
        bool matches(QStringView text) const;
    };

    static bool anyMatches(const QList<Compiled> &patterns, QStringView text);

    QList<Compiled> m_include;
    QList<Compiled> m_exclude;
};

} // namespace Packhouse
