#include "signindialog.h"
#include "accountsettings.h"
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "memorytokenstore.h"
#include "qtprinters.h"
#include "session.h"
#include "sessionmanager.h"
#include "signintestsupport.h"
#include "signinverifier.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace Packhouse;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class SignInDialogTest : public FakeServerTest
{
protected:
    void SetUp() override
    {
        FakeServerTest::SetUp();
        ASSERT_TRUE(m_scratch.dir.isValid());
        m_manager = std::make_unique<SessionManager>(&network, &m_store, &m_scratch.accounts,
                                                     &m_scratch.journal, QString());
        m_dialog = std::make_unique<SignInDialog>(
            m_manager.get(), ServerConfig::fromApiUrl(ServerConfig::gitHubDotComApiUrl()).value());
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template<typename T>
    T *widget(const QString &name) const
    {
        T *found = findByAccessibleName<T>(m_dialog.get(), name);
        EXPECT_NE(found, nullptr) << "no widget named " << name.toStdString();
        return found;
    }
    QString text(const QString &labelName) const { return widget<QLabel>(labelName)->text(); }

    // Types like a person would, then clicks Sign in.
    void signIn(const QString &host, const QString &token)
    {
        QLineEdit *hostField = widget<QLineEdit>(QStringLiteral("Host"));
        hostField->clear();
        QTest::keyClicks(hostField, host);
        QTest::keyClicks(widget<QLineEdit>(QStringLiteral("Token")), token);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("Sign in")), Qt::LeftButton);
    }

    // Lays the dialog out now, as the event loop would, until a pass leaves its size as it was (word-wrapped
    // labels can take a second one). True once it settled.
    bool settleLayout()
    {
        for (int pass = 0; pass < 10; ++pass) {
            const QSize before = m_dialog->size();
            m_dialog->layout()->activate();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            if (m_dialog->size() == before)
                return true;
        }
        return false;
    }

    bool waitForResult()
    {
        return waitUntil([this] {
            return widget<QLabel>(QStringLiteral("Account"))->isVisible() ||
                   (widget<QLabel>(QStringLiteral("Sign-in status"))->isVisible() &&
                    widget<QPushButton>(QStringLiteral("Sign in"))->isEnabled());
        });
    }

    SessionScratch m_scratch;
    TokenEnvironmentGuard m_environment;
    PersistentMemoryTokenStore m_store;
    std::unique_ptr<SessionManager> m_manager;
    std::unique_ptr<SignInDialog> m_dialog;
};

TEST_F(SignInDialogTest, FullTokenShowsTheAccountAndEveryAbility)
{
    QSignalSpy started(m_manager.get(), &SessionManager::sessionStarted);
    EXPECT_FALSE(widget<QPushButton>(QStringLiteral("Continue"))->isVisible());

    signIn(server.url().toString(), DemoTokens::full());

    ASSERT_TRUE(waitForResult());
    ASSERT_EQ(started.size(), 1);
    EXPECT_THAT(text(QStringLiteral("Account")).toStdString(), HasSubstr("<b>octocat</b> (The Octocat)"));
    EXPECT_THAT(text(QStringLiteral("Granted scopes")).toStdString(),
                HasSubstr("read:packages, write:packages, delete:packages, read:org, repo"));
    EXPECT_EQ(text(QStringLiteral("Browse")), QStringLiteral("✓  Browse packages and versions"));
    EXPECT_EQ(text(QStringLiteral("Delete")), QStringLiteral("✓  Delete versions"));
    EXPECT_EQ(text(QStringLiteral("Restore")), QStringLiteral("✓  Restore deleted versions"));
    EXPECT_FALSE(widget<QLabel>(QStringLiteral("Repository scope note"))->isVisible());
    // The session holds the token now; the dialog does not.
    EXPECT_TRUE(widget<QLineEdit>(QStringLiteral("Token"))->text().isEmpty());

    EXPECT_FALSE(widget<QPushButton>(QStringLiteral("Sign in"))->isVisible());
    QTest::mouseClick(widget<QPushButton>(QStringLiteral("Continue")), Qt::LeftButton);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(m_dialog->isVisible());
}

TEST_F(SignInDialogTest, ReadOnlyTokenExplainsWhatIsMissing)
{
    signIn(server.url().toString(), DemoTokens::readOnly());

    ASSERT_TRUE(waitForResult());
    EXPECT_THAT(text(QStringLiteral("Granted scopes")).toStdString(),
                HasSubstr("Granted scopes: read:packages"));
    EXPECT_EQ(text(QStringLiteral("Browse")), QStringLiteral("✓  Browse packages and versions"));
    EXPECT_EQ(text(QStringLiteral("Delete")), QStringLiteral("✗  Delete versions — needs delete:packages"));
    EXPECT_EQ(text(QStringLiteral("Restore")),
              QStringLiteral("✗  Restore deleted versions — needs write:packages"));
    QLabel *repoNote = widget<QLabel>(QStringLiteral("Repository scope note"));
    EXPECT_TRUE(repoNote->isVisible());
    EXPECT_THAT(repoNote->text().toStdString(), HasSubstr("Maven packages also need the repo scope"));
    ASSERT_NE(m_manager->current(), nullptr);
    EXPECT_FALSE(m_manager->current()->scopes().allows(PackageAction::Delete, PackageType::Npm));

    // The picture shows the dialog laid out for this result, into a folder of the test's own.
    ASSERT_TRUE(settleLayout()) << "the dialog's size kept changing";
    const QString picture = m_scratch.dir.filePath(QStringLiteral("signin.png"));
    ASSERT_TRUE(m_dialog->grab().save(picture));
    const QImage saved(picture);
    ASSERT_FALSE(saved.isNull());
    EXPECT_EQ(saved.size(), m_dialog->size() * m_dialog->devicePixelRatio());
}

TEST_F(SignInDialogTest, FineGrainedTokenIsRefused)
{
    signIn(server.url().toString(), DemoTokens::fineGrained());

    ASSERT_TRUE(waitForResult());
    EXPECT_THAT(text(QStringLiteral("Sign-in status")).toStdString(), HasSubstr("accepts only classic"));
    EXPECT_FALSE(widget<QLabel>(QStringLiteral("Account"))->isVisible());
    EXPECT_EQ(m_manager->current(), nullptr);
    EXPECT_TRUE(m_dialog->isVisible());
}

TEST_F(SignInDialogTest, BadTokenShowsGitHubsMessage)
{
    const QString token = QStringLiteral("ghp_thisTokenWasRevoked00000000000000000");
    signIn(server.url().toString(), token);

    ASSERT_TRUE(waitForResult());
    const QString status = text(QStringLiteral("Sign-in status"));
    EXPECT_THAT(status.toStdString(), HasSubstr("Bad credentials"));
    EXPECT_THAT(status.toStdString(), Not(HasSubstr(token.toStdString())));
    EXPECT_EQ(m_manager->current(), nullptr);
}

TEST_F(SignInDialogTest, ServerDownSaysWhatFailedAndKeepsTheTypedText)
{
    const QString down = closedPortUrl().toString();
    signIn(down, DemoTokens::full());

    ASSERT_TRUE(waitForResult());
    EXPECT_THAT(text(QStringLiteral("Sign-in status")).toStdString(),
                HasSubstr("Could not reach " + down.toStdString()));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("Token"))->text(), DemoTokens::full());
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("Host"))->text(), down);
    EXPECT_TRUE(widget<QPushButton>(QStringLiteral("Sign in"))->isVisible());
    EXPECT_TRUE(widget<QPushButton>(QStringLiteral("Sign in"))->isEnabled());
    EXPECT_FALSE(widget<QPushButton>(QStringLiteral("Continue"))->isVisible());
    EXPECT_EQ(m_manager->current(), nullptr);
}

TEST_F(SignInDialogTest, CancelWhileVerifyingStopsTheCheck)
{
    server.setLatency(1500);
    QSignalSpy started(m_manager.get(), &SessionManager::sessionStarted);
    QSignalSpy failed(m_manager.get(), &SessionManager::signInFailed);
    signIn(server.url().toString(), DemoTokens::full());
    ASSERT_FALSE(widget<QPushButton>(QStringLiteral("Sign in"))->isEnabled());
    EXPECT_THAT(text(QStringLiteral("Sign-in status")).toStdString(), HasSubstr("Checking the token"));

    m_dialog->reject();

    EXPECT_EQ(m_dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(m_manager->isSigningIn());
    // Torn down, not merely ignored: once what the cancel queued has run, no check is left and no request is
    // open, so the answer the server sends later cannot start a session.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(m_manager->findChildren<SignInVerifier *>().isEmpty());
    EXPECT_TRUE(network.findChildren<QNetworkReply *>().isEmpty());
    EXPECT_TRUE(started.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(m_manager->current(), nullptr);
}

TEST_F(SignInDialogTest, TokenLinkFollowsTheHost)
{
    QLabel *link = widget<QLabel>(QStringLiteral("Create a token"));
    EXPECT_THAT(link->text().toStdString(),
                HasSubstr("https://github.com/settings/tokens/new?scopes=read:packages,write:packages,"
                          "delete:packages&amp;description=Packhouse"));

    QLineEdit *host = widget<QLineEdit>(QStringLiteral("Host"));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("ghe.example.com"));

    EXPECT_THAT(link->text().toStdString(), HasSubstr("https://ghe.example.com/settings/tokens/new?scopes="));
    EXPECT_EQ(
        SignInDialog::createTokenUrl(ServerConfig::fromUserInput(QStringLiteral("ghe.example.com")).value())
            .toString(),
        u"https://ghe.example.com/settings/tokens/new?scopes=read:packages,write:packages,"
        u"delete:packages&description=Packhouse");
}

TEST_F(SignInDialogTest, NoKeychainDisablesRememberAndSaysWhy)
{
    QCheckBox *remember = widget<QCheckBox>(QStringLiteral("Remember in keychain"));
    EXPECT_TRUE(remember->isChecked());
    EXPECT_TRUE(remember->isEnabled());

    // A non-persistent store is what the app falls back to when there is no keychain.
    MemoryTokenStore memoryOnly;
    SessionManager manager(&network, &memoryOnly, &m_scratch.accounts, &m_scratch.journal, QString());
    SignInDialog dialog(&manager, ServerConfig::fromApiUrl(server.url()).value());
    dialog.show();

    QCheckBox *dialogRemember =
        findByAccessibleName<QCheckBox>(&dialog, QStringLiteral("Remember in keychain"));
    ASSERT_NE(dialogRemember, nullptr);
    EXPECT_FALSE(dialogRemember->isChecked());
    EXPECT_FALSE(dialogRemember->isEnabled());
    EXPECT_THAT(dialogRemember->toolTip().toStdString(), HasSubstr("kept in memory only"));
    QLabel *note = findByAccessibleName<QLabel>(&dialog, QStringLiteral("Keychain note"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_THAT(note->text().toStdString(), HasSubstr("No keychain is available"));
}

} // namespace
