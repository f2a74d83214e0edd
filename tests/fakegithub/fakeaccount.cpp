#include "fakeaccount.h"

namespace FakeGitHub {

bool Account::isMember(const QString &user) const
{
    return members.contains(user, Qt::CaseInsensitive) || isAdmin(user);
}

bool Account::isAdmin(const QString &user) const
{
    return admins.contains(user, Qt::CaseInsensitive);
}

} // namespace FakeGitHub
