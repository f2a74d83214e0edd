#include "qtprinters.h"
#include "retryafter.h"
#include "ssoheader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SsoHeader, RequiredCarriesTheAuthorizationUrl)
{
    const auto sso = SsoHeader::parse(
        "required; url=https://github.com/orgs/acme/sso?authorization_request=A3-_ZhAbc123%3D%3D");
    ASSERT_TRUE(sso.has_value());
    EXPECT_TRUE(sso->required);
    EXPECT_EQ(
        sso->authorizationUrl,
        QUrl(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=A3-_ZhAbc123%3D%3D")));
    EXPECT_THAT(sso->partialOrganizationIds, IsEmpty());
}

TEST(SsoHeader, PartialResultsListsTheOrganizations)
{
    const auto sso = SsoHeader::parse("partial-results; organizations=21955855,20582480");
    ASSERT_TRUE(sso.has_value());
    EXPECT_FALSE(sso->required);
    EXPECT_TRUE(sso->authorizationUrl.isEmpty());
    EXPECT_THAT(sso->partialOrganizationIds, ElementsAre(21955855, 20582480));
}

TEST(SsoHeader, ToleratesCaseAndSpacing)
{
    const auto sso =
        SsoHeader::parse("  Required ;URL = http://127.0.0.1:8080/orgs/acme/sso?authorization_request=x ");
    ASSERT_TRUE(sso.has_value());
    EXPECT_TRUE(sso->required);
    EXPECT_EQ(sso->authorizationUrl,
              QUrl(QStringLiteral("http://127.0.0.1:8080/orgs/acme/sso?authorization_request=x")));

    const auto partial = SsoHeader::parse("partial-results; organizations= 1 , x, -4,3 ");
    ASSERT_TRUE(partial.has_value());
    EXPECT_THAT(partial->partialOrganizationIds, ElementsAre(1, 3));
}

TEST(SsoHeader, RequiredWithoutAUsableUrlStillSaysRequired)
{
    for (const char *header : {"required", "required; url=", "required; url=javascript:alert(1)",
                               "required; url=file:///etc/passwd", "required; url=not a url"}) {
        const auto sso = SsoHeader::parse(header);
        ASSERT_TRUE(sso.has_value()) << header;
        EXPECT_TRUE(sso->required) << header;
        EXPECT_TRUE(sso->authorizationUrl.isEmpty()) << header;
    }
}

TEST(SsoHeader, UnknownOrEmptyIsNothing)
{
    EXPECT_EQ(SsoHeader::parse(""), std::nullopt);
    EXPECT_EQ(SsoHeader::parse("   "), std::nullopt);
    EXPECT_EQ(SsoHeader::parse("optional; url=https://github.com/"), std::nullopt);
    EXPECT_EQ(SsoHeader::parse("; url=https://github.com/"), std::nullopt);
}

class RetryAfterTest : public ::testing::Test
{
protected:
    const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
};

TEST_F(RetryAfterTest, DeltaSeconds)
{
    EXPECT_EQ(parseRetryAfter("120", now), 120s);
    EXPECT_EQ(parseRetryAfter(" 0 ", now), 0s);
    EXPECT_EQ(parseRetryAfter("3600", now), 3600s);
}

TEST_F(RetryAfterTest, AbsurdDelaysAreClampedToAnHour)
{
    EXPECT_EQ(parseRetryAfter("3601", now), maxRetryAfter);
    EXPECT_EQ(parseRetryAfter("99999999999999999999999999", now), maxRetryAfter);
    EXPECT_EQ(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now), maxRetryAfter);
}

TEST_F(RetryAfterTest, HttpDates)
{
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60s);
    EXPECT_EQ(parseRetryAfter("Wednesday, 21-Oct-15 07:29:00 GMT", now), 120s);
    EXPECT_EQ(parseRetryAfter("Wed Oct 21 07:27:30 2015", now), 30s);
}

TEST_F(RetryAfterTest, DatesAreReadInUtcWhateverTheZoneOfNow)
{
    const QDateTime sameInstantElsewhere = now.toOffsetFromUtc(5 * 3600);
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", sameInstantElsewhere), 60s);
}

TEST_F(RetryAfterTest, PastDateMeansNow)
{
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0s);
}

TEST_F(RetryAfterTest, NegativeAndGarbageAreNothing)
{
    for (const char *header : {"", "  ", "-5", "+5", "1.5", "soon", "12 seconds", "0x10",
                               "Wed, 32 Oct 2015 07:28:00 GMT", "Wed, 21 Oct 2015 25:28:00 GMT"}) {
        EXPECT_EQ(parseRetryAfter(header, now), std::nullopt) << header;
    }
}
