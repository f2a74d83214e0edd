#include "tokensource.h"

#include <QCoreApplication>

namespace Packhouse {

namespace {

// The context of the names below ("The token from the %1 could not be used").
struct TokenSourceText
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::TokenSource)
};

} // namespace

QString tokenSourceDisplayName(TokenSource source)
{
    switch (source) {
    case TokenSource::Stdin:
        //: Where the token came from, completing "The token from the %1 could not be used."
        return TokenSourceText::tr("standard input");
    case TokenSource::Environment:
        //: Where the token came from, completing "The token from the %1 could not be used."
        return TokenSourceText::tr("environment variable");
    case TokenSource::Keychain:
        //: Where the token came from, completing "The token from the %1 could not be used."
        return TokenSourceText::tr("keychain");
    case TokenSource::SignInDialog:
        //: Where the token came from, completing "The token from the %1 could not be used."
        return TokenSourceText::tr("sign-in dialog");
    }
    return {};
}

std::optional<QString> environmentToken(const ServerConfig &server)
{
    const bool enterprise = server.hostKind() == HostKind::EnterpriseServer;
    const char *const names[] = {enterprise ? "GH_ENTERPRISE_TOKEN" : "GH_TOKEN",
                                 enterprise ? "GITHUB_ENTERPRISE_TOKEN" : "GITHUB_TOKEN"};
    for (const char *name : names) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return std::nullopt;
}

} // namespace Packhouse
