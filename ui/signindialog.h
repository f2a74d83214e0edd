#pragma once

#include "serverconfig.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Packhouse {

class Session;
class SessionManager;
struct SignInResult;

// Asks for a host and a classic token, checks it through the SessionManager (asynchronously; Cancel stops
// the check) and shows what the token allows. On success the manager opens the session; the dialog shows the
// account, its scopes and abilities, and accepts with Continue. Failures are shown in place, keeping what
// was typed.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SessionManager *sessions, // not owned
                 const ServerConfig &initialServer, QWidget *parent = nullptr);

    // The page that creates a classic token with the scopes Packhouse uses, on the server's own web host.
    static QUrl createTokenUrl(const ServerConfig &server);

    void reject() override;

private:
    void signIn();
    void onSessionStarted(Session *session);
    void onSignInFailed(const SignInResult &result);
    void onKeychainUnavailable(const QString &message);
    void updateTokenLink();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool isError);

    SessionManager *m_sessions; // not owned
    QLineEdit *m_host;
    QLineEdit *m_token;
    QLabel *m_tokenLink;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_status;
    QGroupBox *m_resultBox;
    QLabel *m_account;
    QLabel *m_scopes;
    QLabel *m_browse;
    QLabel *m_delete;
    QLabel *m_restore;
    QLabel *m_repoNote;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    QPushButton *m_continueButton;
    bool m_verifying = false;
};

} // namespace Packhouse
