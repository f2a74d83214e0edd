#include "fakecounters.h"

namespace FakeGitHub {

QJsonObject Counters::toJson() const
{
    QJsonObject byRoute;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        byRoute.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("total_requests"), totalRequests},
                       {QStringLiteral("requests"), byRoute},
                       {QStringLiteral("not_modified"), notModified},
                       {QStringLiteral("quota_spent"), quotaSpent},
                       {QStringLiteral("secondary_rejections"), secondaryRejections},
                       {QStringLiteral("peak_concurrency"), peakConcurrency},
                       {QStringLiteral("mutations"), mutations},
                       {QStringLiteral("manifest_downloads"), manifestDownloads}};
}

} // namespace FakeGitHub
