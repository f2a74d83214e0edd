#pragma once

#include "serverconfig.h"

#include <QString>
#include <QtGlobal>

#include <optional>

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

// As the gh CLI reads them: GH_* before GITHUB_*, the enterprise pair for GHES hosts.
std::optional<QString> environmentToken(const ServerConfig &server);

} // namespace Packhouse
