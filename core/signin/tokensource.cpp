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
