#include "tokensource.h"

#include <QCoreApplication>

namespace Packhouse {

QString tokenSourceDisplayName(TokenSource source)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Packhouse::TokenSource", text);
    };
    switch (source) {
    case TokenSource::Stdin:
        return tr("standard input");
    case TokenSource::Environment:
        return tr("environment variable");
    case TokenSource::Keychain:
        return tr("keychain");
    case TokenSource::SignInDialog:
        return tr("sign-in dialog");
    }
    return {};
}

} // namespace Packhouse
