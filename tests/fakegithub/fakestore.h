#pragma once

#include "fakeaccesstoken.h"
#include "fakeaccount.h"
#include "fakepackage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace FakeGitHub {

// The data of one scenario (accounts, tokens, packages, registry objects) and the server clock.
// A plain value: the server keeps the loaded state as a copy to reset to.
class Store
{
public:
    bool load(const QJsonObject &scenario, QString *error);

    // Scenario times are relative to this; it follows the wall clock unless the scenario pins "now".
    QDateTime now() const;
    void advanceDays(int days) { m_offsetDays += days; }

    const Account *account(const QString &login) const;
    const QList<Account> &accounts() const { return m_accounts; }
    // How an SSO organization treats a token not authorized for it; false when there is no such organization.
    bool setSsoBehaviour(const QString &org, bool leftOutOfLists, bool answersNotFound);
    const AccessToken *token(const QString &secret) const;
    QList<const Account *> organizationsOf(const QString &login) const;

    QList<Package> &packages() { return m_packages; }
    const QList<Package> &packages() const { return m_packages; }
    Package *activePackage(const QString &owner, const QString &type, const QString &name);
    // The most recently deleted package of that name, if any.
    Package *deletedPackage(const QString &owner, const QString &type, const QString &name);

    // SAML SSO authorization of a classic token for an organization; an empty secret means every token.
    void setSsoAuthorized(const QString &org, const QString &secret, bool authorized);
    bool isSsoAuthorized(const QString &org, const QString &secret) const;

    int primaryLimit() const { return m_primaryLimit; }
    QJsonObject secondaryLimits() const { return m_secondary; }

private:
    QList<Account> m_accounts;
    QList<AccessToken> m_tokens;
    QList<Package> m_packages;
    QSet<QString> m_ssoAuthorized; // "org\ntoken" or "org\n" for all tokens
    QDateTime m_anchor;
    bool m_pinned = false;
    int m_offsetDays = 0;
    int m_primaryLimit = 5000;
    QJsonObject m_secondary;
};

} // namespace FakeGitHub
