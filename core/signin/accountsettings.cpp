#include "accountsettings.h"

#include <QSettings>

namespace Packhouse {

namespace {

const QString accountsGroup = QStringLiteral("accounts");
const QString loginKey = QStringLiteral("login");
const QString apiUrlKey = QStringLiteral("apiUrl");
// The granted scopes as X-OAuth-Scopes lists them ("" for none), or absent: unreported (App and Actions
// tokens, or never confirmed).
const QString scopesKey = QStringLiteral("scopes");
const QString lastHostKey = QStringLiteral("accounts/lastHost");

} // namespace

AccountSettings::AccountSettings(QSettings *settings)
    : m_settings(settings)
{}

// Percent-encoded so that ports (":") and any other character survive every QSettings backend.
QString AccountSettings::groupFor(const QString &hostKey)
{
    return accountsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(hostKey.toLower()));
}

QStringList AccountSettings::hosts() const
{
    m_settings->beginGroup(accountsGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList hosts;
    for (const QString &group : groups)
        hosts.append(QUrl::fromPercentEncoding(group.toLatin1()));
    hosts.sort();
    return hosts;
}

QString AccountSettings::login(const QString &hostKey) const
{
    return m_settings->value(groupFor(hostKey) + u'/' + loginKey).toString();
}

QUrl AccountSettings::apiUrl(const QString &hostKey) const
{
    return QUrl(m_settings->value(groupFor(hostKey) + u'/' + apiUrlKey).toString());
}

Scopes AccountSettings::scopes(const QString &hostKey) const
{
    const QVariant granted = m_settings->value(groupFor(hostKey) + u'/' + scopesKey);
    // A backend may hand a comma-separated string back as a list.
    return granted.isValid() ? Scopes::parse(granted.toStringList().join(u',').toUtf8())
                             : Scopes::unreported();
}

void AccountSettings::rememberScopes(const QString &hostKey, const Scopes &scopes)
{
    const QString key = groupFor(hostKey) + u'/' + scopesKey;
    if (scopes.isReported())
        m_settings->setValue(key, scopes.granted().join(QStringLiteral(", ")));
    else
        m_settings->remove(key);
}

void AccountSettings::remember(const ServerConfig &server, const QString &login)
{
    const QString group = groupFor(server.hostKey());
    m_settings->setValue(group + u'/' + loginKey, login);
    m_settings->setValue(group + u'/' + apiUrlKey, server.apiUrl().toString());
}

void AccountSettings::forget(const QString &hostKey)
{
    m_settings->remove(groupFor(hostKey));
    if (lastHost().compare(hostKey, Qt::CaseInsensitive) == 0)
        m_settings->remove(lastHostKey);
}

QString AccountSettings::lastHost() const
{
    return m_settings->value(lastHostKey).toString();
}

void AccountSettings::setLastHost(const QString &hostKey)
{
    m_settings->setValue(lastHostKey, hostKey.toLower());
}

} // namespace Packhouse
