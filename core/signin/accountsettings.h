#pragma once

#include "scopes.h"
#include "serverconfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace Packhouse {

// Which account was last used on which host, the scopes its token was last confirmed with (for working
// offline), and which host was used last. Holds logins, scopes and API URLs only: tokens belong in the
// TokenStore, never in QSettings.
class AccountSettings
{
public:
    explicit AccountSettings(QSettings *settings); // not owned

    // Host keys (ServerConfig::hostKey()) with a remembered account, sorted.
    QStringList hosts() const;
    QString login(const QString &hostKey) const;
    QUrl apiUrl(const QString &hostKey) const;

    // The scopes GET /user last reported for the host's account; unreported when none were remembered.
    Scopes scopes(const QString &hostKey) const;

    void remember(const ServerConfig &server, const QString &login);
    void rememberScopes(const QString &hostKey, const Scopes &scopes);
    void forget(const QString &hostKey);

    QString lastHost() const;
    void setLastHost(const QString &hostKey);

private:
    static QString groupFor(const QString &hostKey);

    QSettings *m_settings; // not owned
};

} // namespace Packhouse
