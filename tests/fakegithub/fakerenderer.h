#pragma once

#include "fakeaccount.h"
#include "fakepackage.h"

#include <QJsonObject>

namespace FakeGitHub {

class Store;

// Turns scenario data into GitHub's JSON shapes (schemas of packages-openapi.json), with URLs on the
// origin the client used.
class Renderer
{
public:
    Renderer(const Store &store, const QString &origin);

    QJsonObject simpleUser(const Account &account) const;
    QJsonObject publicUser(const Account &account) const;
    QJsonObject privateUser(const Account &account) const;
    QJsonObject organizationSimple(const Account &org) const;
    QJsonObject organizationFull(const Account &org) const;
    QJsonObject package(const Package &package) const;
    QJsonObject version(const Package &package, const PackageVersion &version) const;

    QString packageApiPath(const Package &package) const;
    static QString timestamp(const QDateTime &time);

private:
    QJsonValue repository(const Package &package, const Account &owner) const;
    QString packageHtmlUrl(const Package &package) const;

    const Store &m_store; // not owned
    QString m_origin;     // e.g. http://127.0.0.1:8080
};

} // namespace FakeGitHub
