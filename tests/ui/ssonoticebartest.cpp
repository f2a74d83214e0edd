#include "ssonoticebar.h"
#include "qtprinters.h"
#include "signintestsupport.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using ::testing::HasSubstr;

namespace {

// Receives what QDesktopServices::openUrl would hand to the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class SsoNoticeBarTest : public ::testing::Test
{
protected:
    void SetUp() override { QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open"); }
    void TearDown() override { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    template<typename T>
    T *widget(const QString &name) const
    {
        T *found = findByAccessibleName<T>(&bar, name);
        EXPECT_NE(found, nullptr) << "no widget named " << name.toStdString();
        return found;
    }

    UrlCatcher catcher;
    SsoNoticeBar bar;
    const QUrl url{QStringLiteral("https://github.com/orgs/sso-corp/sso?authorization_request=abc")};
};

TEST_F(SsoNoticeBarTest, HiddenUntilAnOrganizationAsks)
{
    EXPECT_FALSE(bar.isVisibleTo(nullptr) && bar.isVisible());
    bar.showFor(QStringLiteral("sso-corp"), url);
    EXPECT_TRUE(bar.isVisible());
    EXPECT_THAT(widget<QLabel>(QStringLiteral("Single sign-on message"))->text().toStdString(),
                HasSubstr("<b>sso-corp</b> uses SAML single sign-on"));
}

TEST_F(SsoNoticeBarTest, AuthorizeOpensTheAuthorizationPage)
{
    bar.showFor(QStringLiteral("sso-corp"), url);
    QTest::mouseClick(widget<QPushButton>(QStringLiteral("Authorize")), Qt::LeftButton);
    ASSERT_EQ(catcher.opened.size(), 1);
    EXPECT_EQ(catcher.opened.first(), url);
    EXPECT_TRUE(bar.isVisible());
}

TEST_F(SsoNoticeBarTest, RetryAsksForARetryAndHides)
{
    QSignalSpy retry(&bar, &SsoNoticeBar::retryRequested);
    bar.showFor(QString(), url);
    EXPECT_THAT(widget<QLabel>(QStringLiteral("Single sign-on message"))->text().toStdString(),
                HasSubstr("An organization uses SAML"));

    QTest::mouseClick(widget<QPushButton>(QStringLiteral("Retry after authorizing")), Qt::LeftButton);

    EXPECT_EQ(retry.size(), 1);
    EXPECT_FALSE(bar.isVisible());
}

TEST_F(SsoNoticeBarTest, CloseHidesWithoutRetrying)
{
    QSignalSpy retry(&bar, &SsoNoticeBar::retryRequested);
    bar.showFor(QStringLiteral("sso-corp"), url);

    QTest::mouseClick(widget<QToolButton>(QStringLiteral("Close notice")), Qt::LeftButton);

    EXPECT_FALSE(bar.isVisible());
    EXPECT_TRUE(retry.isEmpty());
    EXPECT_TRUE(catcher.opened.isEmpty());
}

} // namespace

#include "ssonoticebartest.moc"
