#include "semanticversion.h"

#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;

namespace {

struct ParseCase
{
    const char16_t *text;
    bool valid;
    int major, minor, patch;
    bool preRelease;
};

class SemanticVersionParse : public ::testing::TestWithParam<ParseCase>
{};

TEST_P(SemanticVersionParse, ParsesBySemVerRules)
{
    const ParseCase c = GetParam();
    const auto version = SemanticVersion::parse(QStringView(c.text));
    ASSERT_EQ(version.has_value(), c.valid) << QString::fromUtf16(c.text).toStdString();
    if (!c.valid)
        return;
    EXPECT_EQ(version->major, c.major);
    EXPECT_EQ(version->minor, c.minor);
    EXPECT_EQ(version->patch, c.patch);
    EXPECT_EQ(version->isPreRelease(), c.preRelease);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SemanticVersionParse,
    ::testing::Values(
        ParseCase{u"1.2.3", true, 1, 2, 3, false}, ParseCase{u"v1.2.3", true, 1, 2, 3, false},
        ParseCase{u"V10.20.30", true, 10, 20, 30, false}, ParseCase{u"2.0.0-beta.1", true, 2, 0, 0, true},
        ParseCase{u"1.0.0-alpha-1.x", true, 1, 0, 0, true}, ParseCase{u"1.0.0+build.5", true, 1, 0, 0, false},
        ParseCase{u"1.0.0-rc.1+exp.sha.5114f85", true, 1, 0, 0, true},
        ParseCase{u"1.2", false, 0, 0, 0, false}, ParseCase{u"1.2.3.4", false, 0, 0, 0, false},
        ParseCase{u"01.2.3", false, 0, 0, 0, false}, ParseCase{u"1.2.3-01", false, 0, 0, 0, false},
        ParseCase{u"1.2.3-", false, 0, 0, 0, false}, ParseCase{u"1.2.3-a..b", false, 0, 0, 0, false},
        ParseCase{u"1.2.3+", false, 0, 0, 0, false}, ParseCase{u"latest", false, 0, 0, 0, false},
        ParseCase{u"sha256:abcdef", false, 0, 0, 0, false},
        ParseCase{u"99999999999.0.0", false, 0, 0, 0, false},
        ParseCase{u"1.2.3-beta_1", false, 0, 0, 0, false}));

QList<QString> sorted(QList<QString> texts)
{
    std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) {
        return *SemanticVersion::parse(a) < *SemanticVersion::parse(b);
    });
    return texts;
}

TEST(SemanticVersion, OrdersBySpecPrecedence)
{
    // SemVer §11's own example, shuffled.
    const QList<QString> expected = {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s,
                                     u"1.0.0-beta"_s,  u"1.0.0-beta.2"_s,  u"1.0.0-beta.11"_s,
                                     u"1.0.0-rc.1"_s,  u"1.0.0"_s,         u"2.0.0"_s,
                                     u"2.1.0"_s,       u"2.1.1"_s,         u"10.0.0"_s};
    QList<QString> shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::swap(shuffled[2], shuffled[7]);
    EXPECT_EQ(sorted(shuffled), expected);
}

TEST(SemanticVersion, BuildMetadataDoesNotTakePartInPrecedence)
{
    EXPECT_EQ(*SemanticVersion::parse(u"1.0.0+a"), *SemanticVersion::parse(u"1.0.0+b"));
    EXPECT_EQ(*SemanticVersion::parse(u"v1.0.0"), *SemanticVersion::parse(u"1.0.0"));
    EXPECT_EQ(SemanticVersion::parse(u"v1.0.0-rc.1+b7")->toString(), u"1.0.0-rc.1+b7"_s);
}

} // namespace
