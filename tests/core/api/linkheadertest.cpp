#include "linkheader.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Packhouse;

namespace {

std::optional<QUrl> url(const char *text)
{
    return QUrl(QString::fromUtf8(text));
}

struct LinkCase
{
    const char *name;
    QByteArray header;
    LinkHeader expected;
    std::optional<int> lastPage;
};

void PrintTo(const LinkCase &linkCase, std::ostream *os)
{
    *os << linkCase.name;
}

const char *const page2 =
    "https://api.github.com/orgs/acme/packages?package_type=container&per_page=100&page=2";
const char *const page7 =
    "https://api.github.com/orgs/acme/packages?package_type=container&per_page=100&page=7";
const char *const page1 =
    "https://api.github.com/orgs/acme/packages?package_type=container&per_page=100&page=1";

} // namespace

class LinkHeaderParse : public ::testing::TestWithParam<LinkCase>
{};

TEST_P(LinkHeaderParse, ReadsTheRelations)
{
    const LinkHeader links = LinkHeader::parse(GetParam().header);
    EXPECT_EQ(links.next, GetParam().expected.next);
    EXPECT_EQ(links.prev, GetParam().expected.prev);
    EXPECT_EQ(links.first, GetParam().expected.first);
    EXPECT_EQ(links.last, GetParam().expected.last);
    EXPECT_EQ(links.lastPage(), GetParam().lastPage);
}

INSTANTIATE_TEST_SUITE_P(
    LinkHeader, LinkHeaderParse,
    ::testing::Values(
        LinkCase{"GitHubFirstPage",
                 QByteArray("<") + page2 + ">; rel=\"next\", <" + page7 + ">; rel=\"last\"",
                 {url(page2), std::nullopt, std::nullopt, url(page7)},
                 7},
        LinkCase{"GitHubMiddlePage",
                 QByteArray("<") + page1 + ">; rel=\"prev\", <" + page7 + ">; rel=\"next\", <" + page7 +
                     ">; rel=\"last\", <" + page1 + ">; rel=\"first\"",
                 {url(page7), url(page1), url(page1), url(page7)},
                 7},
        LinkCase{"LastPageHasNoNext",
                 QByteArray("<") + page1 + ">; rel=\"prev\", <" + page1 + ">; rel=\"first\"",
                 {std::nullopt, url(page1), url(page1), std::nullopt},
                 std::nullopt},
        LinkCase{"UnquotedAndSpaced",
                 QByteArray("  < ") + page2 + " >  ;rel=next ,<" + page7 + ">;REL = last  ",
                 {url(page2), std::nullopt, std::nullopt, url(page7)},
                 7},
        LinkCase{"UnknownRelationsAndParameters",
                 QByteArray("<https://example.com/a>; rel=\"alternate\"; title=\"a, b; c\", <") + page2 +
                     ">; type=\"text/html\"; rel=\"next\"",
                 {url(page2), std::nullopt, std::nullopt, std::nullopt},
                 std::nullopt},
        LinkCase{"SeveralRelationsInOne",
                 QByteArray("<") + page7 + ">; rel=\"next last\"",
                 {url(page7), std::nullopt, std::nullopt, url(page7)},
                 7},
        LinkCase{"FirstOfARelationWins",
                 QByteArray("<") + page2 + ">; rel=next, <" + page7 + ">; rel=next",
                 {url(page2), std::nullopt, std::nullopt, std::nullopt},
                 std::nullopt},
        LinkCase{"LastWithoutPageNumber",
                 "<https://api.github.com/user/packages?cursor=abc>; rel=\"last\"",
                 {std::nullopt, std::nullopt, std::nullopt,
                  url("https://api.github.com/user/packages?cursor=abc")},
                 std::nullopt},
        LinkCase{"Empty", "", {}, std::nullopt},
        LinkCase{"Garbage", "this is not a link header", {}, std::nullopt},
        LinkCase{"UnterminatedTarget", QByteArray("<") + page2 + "; rel=\"next\"", {}, std::nullopt},
        LinkCase{"RelativeTargetIgnored", "</page2>; rel=\"next\"", {}, std::nullopt},
        LinkCase{"GarbageBeforeAGoodLink",
                 QByteArray("junk; rel=\"prev\", <") + page2 + ">; rel=\"next\"",
                 {url(page2), std::nullopt, std::nullopt, std::nullopt},
                 std::nullopt},
        LinkCase{"UnterminatedQuote",
                 QByteArray("<") + page2 + ">; rel=\"next",
                 {url(page2), std::nullopt, std::nullopt, std::nullopt},
                 std::nullopt},
        LinkCase{"NoRelation", QByteArray("<") + page2 + ">", {}, std::nullopt},
        LinkCase{"OnlySeparators", " , ;; ,, ", {}, std::nullopt}),
    [](const ::testing::TestParamInfo<LinkCase> &param) { return std::string(param.param.name); });

TEST(LinkHeader, LastPageIgnoresNonsensePageNumbers)
{
    EXPECT_EQ(LinkHeader::parse("<https://api.github.com/x?page=0>; rel=\"last\"").lastPage(), std::nullopt);
    EXPECT_EQ(LinkHeader::parse("<https://api.github.com/x?page=-3>; rel=\"last\"").lastPage(), std::nullopt);
    EXPECT_EQ(LinkHeader::parse("<https://api.github.com/x?page=abc>; rel=\"last\"").lastPage(),
              std::nullopt);
    EXPECT_EQ(LinkHeader::parse("<https://api.github.com/x?page=99999999999>; rel=\"last\"").lastPage(),
              std::nullopt);
    EXPECT_EQ(LinkHeader::parse("<https://api.github.com/x?per_page=100&page=100>; rel=\"last\"").lastPage(),
              100);
}
