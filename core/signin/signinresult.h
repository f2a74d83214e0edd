#pragma once

#include "account.h"
#include "apierror.h"
#include "scopes.h"
#include "serverconfig.h"

#include <QMetaType>

#include <optional>

namespace Packhouse {

// What checking a token with GET /user came to. Never holds the token itself.
struct SignInResult
{
    bool ok = false;
    ServerConfig server;
    Account account;
    Scopes scopes;
    TokenKind tokenKind = TokenKind::Unknown;
    std::optional<ApiError> error;
};

} // namespace Packhouse

Q_DECLARE_METATYPE(Packhouse::SignInResult)
