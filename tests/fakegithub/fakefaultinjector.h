#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace FakeGitHub {

// Faults queued through POST /_control/faults, consumed by the next matching requests.
class FaultInjector
{
public:
    struct Fault
    {
        enum class Kind
        {
            Status,
            Drop,
            Truncate,
            Malformed,
            Delay,
            DeleteVersion // someone else deletes a version just before this request is answered
        };
        Kind kind = Kind::Status;
        int remaining = 1;
        QString pathContains;   // empty = every path
        QString method;         // empty = every method
        QString acceptedScopes; // a 403 refusing the token's scopes, with this X-Accepted-OAuth-Scopes
        int status = 0;
        int delayMs = 0;
        qint64 versionId = 0; // DeleteVersion
        std::optional<int> retryAfter;
    };

    bool add(const QJsonObject &fault, QString *error);
    void clear() { m_faults.clear(); }
    // The first queued fault matching this method and path (and query), counted down by one.
    std::optional<Fault> take(const QString &method, const QString &pathAndQuery);

private:
    QList<Fault> m_faults;
};

} // namespace FakeGitHub
