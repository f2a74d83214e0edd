#include "tagpattern.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

struct PatternCase
{
    const char16_t *expression;
    QStringList tags;
    bool matches;
};

class TagPatternMatch : public ::testing::TestWithParam<PatternCase>
{};

TEST_P(TagPatternMatch, MatchesWholeTags)
{
    const PatternCase c = GetParam();
    EXPECT_EQ(TagPattern(QString::fromUtf16(c.expression)).matches(c.tags), c.matches)
        << QString::fromUtf16(c.expression).toStdString() << " vs " << c.tags.join(u',').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, TagPatternMatch,
    ::testing::Values(
        PatternCase{u"v1.*", {u"v1.2.3"_s}, true}, PatternCase{u"v1.*", {u"v2.0.0"_s}, false},
        PatternCase{u"v1.*", {u"latest"_s, u"v1.0"_s}, true}, PatternCase{u"pr-?", {u"pr-7"_s}, true},
        PatternCase{u"pr-?", {u"pr-12"_s}, false}, PatternCase{u"pr-*", {u"pr-12"_s}, true},
        PatternCase{u"LATEST", {u"latest"_s}, true}, PatternCase{u"v1", {u"v1.2"_s}, false},
        // A negated pattern excludes: any tag matching it rules the version out.
        PatternCase{u"!latest", {u"1.4.0"_s}, true},
        PatternCase{u"!latest", {u"latest"_s, u"1.4.0"_s}, false}, PatternCase{u"!latest", {}, true},
        PatternCase{u"v*, !v*-rc*", {u"v2.0.0-rc.1"_s}, false},
        PatternCase{u"v* !v*-rc*", {u"v2.0.0"_s}, true}, PatternCase{u"pr-*,sha-*", {u"sha-abc"_s}, true},
        PatternCase{u"pr-*,sha-*", {u"main"_s}, false}, PatternCase{u"a*b*c", {u"axxbyyc"_s}, true},
        PatternCase{u"a*b*c", {u"axxbyy"_s}, false}, PatternCase{u"*", {}, false},
        PatternCase{u"", {u"anything"_s}, true}));

TEST(TagPattern, EmptyExpressionsAreEmpty)
{
    EXPECT_TRUE(TagPattern(u" , "_s).isEmpty());
    EXPECT_TRUE(TagPattern(u"!"_s).isEmpty());
    EXPECT_FALSE(TagPattern(u"!x"_s).isEmpty());
}

TEST(TagPattern, ContainsModeMatchesInsideButKeepsWildcardAnchors)
{
    const TagPattern contains(u"1.4"_s, TagPattern::MatchMode::Contains);
    EXPECT_TRUE(contains.matches(u"v1.4.0"_s));
    EXPECT_FALSE(contains.matches(u"v1.3.0"_s));
    const TagPattern anchored(u"v1.*"_s, TagPattern::MatchMode::Contains);
    EXPECT_FALSE(anchored.matches(u"xv1.2"_s));
    // Names beside the tags take part too: a digest found by its prefix.
    const TagPattern digest(u"sha256:ab"_s, TagPattern::MatchMode::Contains);
    EXPECT_TRUE(digest.matches(QStringList{u"latest"_s}, {u"sha256:abcdef", u"linux/amd64"}));
    EXPECT_FALSE(digest.matches(QStringList{u"latest"_s}, {u"sha256:cdef"}));
}

} // namespace
