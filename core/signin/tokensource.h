#pragma once

#include <QString>
#include <QtGlobal>

namespace Packhouse {

// Where the token of a session came from, in the order SessionManager::start() tries them.
enum class TokenSource : quint8
{
    Stdin,        // --token-stdin
    Environment,  // GH_TOKEN / GITHUB_TOKEN / GH_ENTERPRISE_TOKEN
    Keychain,     // remembered by an earlier sign-in
    SignInDialog, // typed or pasted by the user
};

QString tokenSourceDisplayName(TokenSource source);

} // namespace Packhouse
