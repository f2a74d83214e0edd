#pragma once

#include <QString>
#include <QUrl>

namespace Packhouse {

// A GitHub user or organization as `GET /user`, `/users/{name}`, `/orgs/{org}` and `/user/orgs` describe it.
struct Account
{
    enum class Type : quint8
    {
        User,
        Organization
    };

    qint64 id = 0;
    QString login;
    Type type = Type::User;
    QString name;
    QUrl avatarUrl;
    QUrl htmlUrl;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Packhouse
