#include "fakefaultinjector.h"

namespace FakeGitHub {

bool FaultInjector::add(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("clear")).toBool()) {
        clear();
        return true;
    }
    Fault fault;
    fault.pathContains = object.value(QStringLiteral("path_contains")).toString();
    fault.method = object.value(QStringLiteral("method")).toString();
    fault.acceptedScopes = object.value(QStringLiteral("accepted_scopes")).toString();
    fault.remaining = object.value(QStringLiteral("count")).toInt(1);
    using Kind = Fault::Kind;
    if (object.contains(QStringLiteral("status"))) {
        fault.kind = Kind::Status;
        fault.status = object.value(QStringLiteral("status")).toInt();
        if (object.contains(QStringLiteral("retry_after")) &&
            !object.value(QStringLiteral("retry_after")).isNull())
            fault.retryAfter = object.value(QStringLiteral("retry_after")).toInt();
    } else if (object.contains(QStringLiteral("delete_version"))) {
        fault.kind = Kind::DeleteVersion;
        fault.versionId = object.value(QStringLiteral("delete_version")).toInteger();
    } else if (object.contains(QStringLiteral("delay_ms"))) {
        fault.kind = Kind::Delay;
        fault.delayMs = object.value(QStringLiteral("delay_ms")).toInt();
    } else {
        // {"drop": N}, {"truncate": N}, {"malformed": N}: the value is the count.
        static const QList<QPair<QString, Kind>> counted = {{QStringLiteral("drop"), Kind::Drop},
                                                            {QStringLiteral("truncate"), Kind::Truncate},
                                                            {QStringLiteral("malformed"), Kind::Malformed}};
        const auto it = std::find_if(counted.cbegin(), counted.cend(),
                                     [&object](const auto &entry) { return object.contains(entry.first); });
        if (it == counted.cend()) {
            if (error)
                *error = QStringLiteral(
                    "a fault needs one of status, drop, truncate, malformed, delay_ms, delete_version or clear");
            return false;
        }
        fault.kind = it->second;
        fault.remaining = object.value(it->first).toInt(1);
    }
    if (fault.remaining < 1 || (fault.kind == Kind::Status && (fault.status < 400 || fault.status > 599)) ||
        fault.delayMs < 0) {
        if (error)
            *error = QStringLiteral(
                "invalid fault: count must be positive, status 400..599, delay_ms not negative");
        return false;
    }
    m_faults.append(fault);
    return true;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &method, const QString &pathAndQuery)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!pathAndQuery.contains(fault.pathContains) ||
            (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0))
            continue;
        const Fault taken = fault;
        if (--fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace FakeGitHub
