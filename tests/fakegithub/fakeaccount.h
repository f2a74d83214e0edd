#pragma once

// File names carry a "fake" prefix so that suites linking both core and the fake never mix up includes.
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace FakeGitHub {

// A user or an organization of the scenario.
struct Account
{
    QString login;
    qint64 id = 0;
    bool organization = false;
    QString name;
    QString description;
    QStringList admins;  // organizations: logins allowed to delete and restore
    QStringList members; // organizations: logins that see private packages (admins included)
    bool ssoProtected = false;
    bool ssoLeftOutOfLists = false; // unauthorized: left out of /user/orgs with X-GitHub-SSO: partial-results
    bool ssoAnswersNotFound = false; // unauthorized: 404 instead of the 403 with X-GitHub-SSO: required
    QDateTime createdAt;

    bool isMember(const QString &user) const;
    bool isAdmin(const QString &user) const;
};

} // namespace FakeGitHub
