#pragma once

#include "result.h"
#include "retentionpolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Packhouse {

// A retention rule as a file, so that a rule designed in the app's Retention rules panel runs unchanged in CI
// (packhouse-prune --rules FILE). JSON:
//   {"packhouse_rule_version": 1, "comment": "…", "keep_newest": 5, "older_than_days": 30,
//    "untagged_only": false, "tag_pattern": "pr-*, !latest", "pre_releases_only": false}
// Criteria that are off may be left out. Unknown keys are refused: a typo must not silently widen a rule.
struct RetentionRuleFile
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::RetentionRuleFile)

public:
    static constexpr int formatVersion = 1;

    RetentionRule rule;
    QString comment;

    QByteArray toJson() const;
    // A clear one-line reason when the text is not a valid rule file (the rule may still be empty: callers
    // that need a criterion check rule.isEmpty()).
    static Result<RetentionRuleFile> fromJson(const QByteArray &json);
    static Result<RetentionRuleFile> read(const QString &path);
    // Writes atomically; false with a reason in `error` when it could not.
    bool write(const QString &path, QString *error) const;
};

} // namespace Packhouse
