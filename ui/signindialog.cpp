#include "signindialog.h"

#include "session.h"
#include "sessionmanager.h"
#include "signinresult.h"
#include "statecolorbinding.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Packhouse {

namespace {

QLabel *wrappingLabel(const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

SignInDialog::SignInDialog(SessionManager *sessions, const ServerConfig &initialServer, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_host(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenLink(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember in keychain"), this))
    , m_keychainNote(wrappingLabel(tr("Keychain note")))
    , m_status(wrappingLabel(tr("Sign-in status")))
    , m_resultBox(new QGroupBox(tr("Signed in"), this))
    , m_account(wrappingLabel(tr("Account")))
    , m_scopes(wrappingLabel(tr("Granted scopes")))
    //: Names of the lines that say what the token allows (verbs): browse, delete, restore.
    , m_browse(wrappingLabel(tr("Browse")))
    , m_delete(wrappingLabel(tr("Delete")))
    , m_restore(wrappingLabel(tr("Restore")))
    , m_repoNote(wrappingLabel(tr("Repository scope note")))
    , m_buttons(new QDialogButtonBox(this))
    , m_signInButton(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
    , m_continueButton(new QPushButton(tr("&Continue"), this))
{
    setWindowTitle(tr("Sign in to GitHub Packages"));

    const bool isDotCom = initialServer.apiUrl() == ServerConfig::gitHubDotComApiUrl();
    m_host->setText(isDotCom ? QStringLiteral("github.com") : initialServer.apiUrl().toString());
    m_host->setPlaceholderText(tr("github.com or https://ghe.example.com"));
    m_host->setAccessibleName(tr("Host"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("ghp_…"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_tokenLink->setOpenExternalLinks(true);
    m_tokenLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_tokenLink->setAccessibleName(tr("Create a token"));
    m_remember->setChecked(true);
    m_remember->setAccessibleName(tr("Remember in keychain"));
    m_keychainNote->hide();
    m_status->hide();

    auto *hint = wrappingLabel(tr("Token hint"));
    hint->setText(
        tr("Use a personal access token (classic) with read:packages; add write:packages to restore "
           "and delete:packages to delete."));
    StateColorBinding::bind(hint, StateColors::Role::SecondaryText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenLink);

    auto *resultLayout = new QVBoxLayout(m_resultBox);
    for (QLabel *label : {m_account, m_scopes, m_browse, m_delete, m_restore, m_repoNote})
        resultLayout->addWidget(label);
    m_resultBox->hide();

    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_continueButton->setAccessibleName(tr("Continue"));
    // Joins the button box only on success: the box shows every button it lays out.
    m_continueButton->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Wrapping labels sit outside the form: QFormLayout leaves gaps around them.
    layout->addWidget(hint);
    layout->addWidget(m_remember);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_status);
    layout->addWidget(m_resultBox);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Wide enough that the explanations wrap into a few lines rather than a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    connect(m_host, &QLineEdit::textChanged, this, &SignInDialog::updateTokenLink);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_continueButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_sessions, &SessionManager::sessionStarted, this, &SignInDialog::onSessionStarted);
    connect(m_sessions, &SessionManager::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(m_sessions, &SessionManager::keychainUnavailable, this, &SignInDialog::onKeychainUnavailable);

    if (!m_sessions->keychainAvailable())
        onKeychainUnavailable(QString());
    updateTokenLink();
    m_token->setFocus();
}

QUrl SignInDialog::createTokenUrl(const ServerConfig &server)
{
    QUrl url = server.webUrl();
    url.setPath(url.path() + QStringLiteral("/settings/tokens/new"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scopes"),
                       QStringLiteral("read:packages,write:packages,delete:packages"));
    query.addQueryItem(QStringLiteral("description"), QStringLiteral("Packhouse"));
    url.setQuery(query);
    return url;
}

void SignInDialog::updateTokenLink()
{
    const auto server = ServerConfig::fromUserInput(m_host->text());
    if (!server.ok()) {
        m_tokenLink->setText(tr("Create a token… (enter a valid host first)"));
        return;
    }
    m_tokenLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(createTokenUrl(server.value()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  tr("Create a token…")));
}

void SignInDialog::onKeychainUnavailable(const QString &message)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    const QString text = tr(
        "No keychain is available, so the token is kept in memory only and forgotten when Packhouse quits.");
    m_remember->setToolTip(text);
    m_keychainNote->setText(message.isEmpty() ? text : message);
    m_keychainNote->show();
}

void SignInDialog::signIn()
{
    const auto server = ServerConfig::fromUserInput(m_host->text());
    if (!server.ok()) {
        showStatus(server.error().userMessage(), true);
        m_host->setFocus();
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        showStatus(tr("Enter a personal access token (classic)."), true);
        m_token->setFocus();
        return;
    }
    m_resultBox->hide();
    setBusy(true);
    showStatus(tr("Checking the token with %1…").arg(server.value().hostKey()), false);
    m_sessions->signIn(server.value(), m_token->text(), m_remember->isChecked());
}

void SignInDialog::onSignInFailed(const SignInResult &result)
{
    if (!m_verifying)
        return;
    setBusy(false);
    const ApiError error = result.error.value_or(ApiError{});
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        m_status->hide();
        return;
    case ApiError::Kind::FineGrainedToken:
        showStatus(error.message, true);
        m_token->setFocus();
        m_token->selectAll();
        return;
    case ApiError::Kind::BadCredentials:
        showStatus(tr("GitHub did not accept the token: %1").arg(error.message), true);
        m_token->setFocus();
        m_token->selectAll();
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        showStatus(tr("Could not reach %1 (%2). Check the host and your connection, then try again.")
                       .arg(result.server.apiUrl().toDisplayString(), error.message),
                   true);
        return;
    default:
        showStatus(error.userMessage(), true);
        return;
    }
}

void SignInDialog::onSessionStarted(Session *session)
{
    if (!m_verifying)
        return;
    setBusy(false);
    m_status->hide();
    // The session's client holds the token now; the field need not.
    m_token->clear();
    m_host->setEnabled(false);
    m_token->setEnabled(false);
    m_remember->setEnabled(false);

    const Account &account = session->account();
    const Scopes scopes = session->scopes();
    const HostKind host = session->server().hostKind();
    m_account->setText(account.name.isEmpty()
                           ? tr("Signed in as <b>%1</b> on %2")
                                 .arg(account.login.toHtmlEscaped(), session->server().hostKey())
                           : tr("Signed in as <b>%1</b> (%2) on %3")
                                 .arg(account.login.toHtmlEscaped(), account.name.toHtmlEscaped(),
                                      session->server().hostKey()));
    m_scopes->setText(scopes.granted().isEmpty()
                          ? tr("Granted scopes: none")
                          : tr("Granted scopes: %1").arg(scopes.granted().join(QStringLiteral(", "))));

    // Containers never need `repo`, so they show what the packages scopes alone allow.
    const auto describe = [&scopes, host](PackageAction action, const QString &what) {
        const QStringList missing = scopes.missingFor(action, PackageType::Container, host);
        if (missing.isEmpty())
            return QStringLiteral("✓  %1").arg(what);
        return tr("✗  %1 — needs %2").arg(what, QLocale().createSeparatedList(missing));
    };
    m_browse->setText(describe(PackageAction::Browse, tr("Browse packages and versions")));
    m_delete->setText(describe(PackageAction::Delete, tr("Delete versions")));
    m_restore->setText(describe(PackageAction::Restore, tr("Restore deleted versions")));

    QStringList repositoryScoped;
    for (PackageType type : allPackageTypes()) {
        if (Scopes::isRepositoryScoped(type, host))
            repositoryScoped.append(packageTypeDisplayName(type));
    }
    m_repoNote->setVisible(!repositoryScoped.isEmpty() && !scopes.has(QStringLiteral("repo")));
    m_repoNote->setText(tr("%1 packages also need the repo scope, which this token lacks.")
                            .arg(QLocale().createSeparatedList(repositoryScoped)));
    m_resultBox->show();

    for (QAbstractButton *button : m_buttons->buttons()) {
        m_buttons->removeButton(button); // which also unparents it
        button->setParent(this);
        button->hide();
    }
    m_buttons->addButton(m_continueButton, QDialogButtonBox::AcceptRole);
    m_continueButton->show();
    m_continueButton->setDefault(true);
    m_continueButton->setFocus();
    adjustSize();
}

void SignInDialog::reject()
{
    // Once signed in the session is open: closing the dialog means the same as Continue.
    if (m_continueButton->isVisible())
        return accept();
    if (m_verifying)
        m_sessions->cancelSignIn();
    m_verifying = false;
    m_token->clear();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_verifying = busy;
    m_host->setReadOnly(busy);
    m_token->setReadOnly(busy);
    m_remember->setEnabled(!busy && m_sessions->keychainAvailable());
    m_signInButton->setEnabled(!busy);
}

void SignInDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    if (isError)
        StateColorBinding::bind(m_status, StateColors::Role::ErrorText);
    else
        StateColorBinding::unbind(m_status);
    m_status->show();
    adjustSize();
}

} // namespace Packhouse
