#include "retentionrulefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Packhouse {

namespace {

const QString versionKey = QStringLiteral("packhouse_rule_version");
const QString commentKey = QStringLiteral("comment");
const QString keepNewestKey = QStringLiteral("keep_newest");
const QString olderThanKey = QStringLiteral("older_than_days");
const QString untaggedKey = QStringLiteral("untagged_only");
const QString tagPatternKey = QStringLiteral("tag_pattern");
const QString preReleasesKey = QStringLiteral("pre_releases_only");

ApiError invalid(const QString &why)
{
    ApiError error;
    error.kind = ApiError::Kind::Decode;
    error.message = why;
    return error;
}

// A count or a number of days: a whole number, 0 (off) or more.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 1e6 || number != double(qint64(number)))
        return std::nullopt;
    return int(number);
}

} // namespace

QByteArray RetentionRuleFile::toJson() const
{
    QJsonObject object{{versionKey, formatVersion}};
    if (!comment.isEmpty())
        object.insert(commentKey, comment);
    if (rule.keepNewest > 0)
        object.insert(keepNewestKey, rule.keepNewest);
    if (rule.olderThanDays > 0)
        object.insert(olderThanKey, rule.olderThanDays);
    if (rule.untaggedOnly)
        object.insert(untaggedKey, true);
    if (!rule.tagPattern.trimmed().isEmpty())
        object.insert(tagPatternKey, rule.tagPattern.trimmed());
    if (rule.preReleasesOnly)
        object.insert(preReleasesKey, true);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<RetentionRuleFile> RetentionRuleFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("a rules file holds one JSON object"));
    const QJsonObject object = document.object();
    const QStringList known{versionKey,  commentKey,    keepNewestKey, olderThanKey,
                            untaggedKey, tagPatternKey, preReleasesKey};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(tr("unknown key \"%1\"").arg(it.key()));
    }
    const QJsonValue version = object.value(versionKey);
    if (!version.isDouble())
        return invalid(tr("\"%1\" is missing").arg(versionKey));
    if (version.toInt() != formatVersion)
        return invalid(tr("rules file version %1 is not supported (this Packhouse reads version %2)")
                           .arg(version.toInt())
                           .arg(formatVersion));

    RetentionRuleFile file;
    const std::optional<int> keepNewest = wholeNumber(object.value(keepNewestKey));
    const std::optional<int> olderThan = wholeNumber(object.value(olderThanKey));
    if (!keepNewest)
        return invalid(tr("\"%1\" must be a whole number, 0 or more").arg(keepNewestKey));
    if (!olderThan)
        return invalid(tr("\"%1\" must be a whole number, 0 or more").arg(olderThanKey));
    for (const QString &key : {untaggedKey, preReleasesKey}) {
        if (object.contains(key) && !object.value(key).isBool())
            return invalid(tr("\"%1\" must be true or false").arg(key));
    }
    for (const QString &key : {commentKey, tagPatternKey}) {
        if (object.contains(key) && !object.value(key).isString())
            return invalid(tr("\"%1\" must be a string").arg(key));
    }
    file.rule.keepNewest = *keepNewest;
    file.rule.olderThanDays = *olderThan;
    file.rule.untaggedOnly = object.value(untaggedKey).toBool();
    file.rule.preReleasesOnly = object.value(preReleasesKey).toBool();
    file.rule.tagPattern = object.value(tagPatternKey).toString().trimmed();
    file.comment = object.value(commentKey).toString();
    return file;
}

Result<RetentionRuleFile> RetentionRuleFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 maxBytes = 64 * 1024; // a rule is a few lines; anything larger is not one
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return invalid(tr("%1 is too large to be a rules file").arg(path));
    Result<RetentionRuleFile> parsed = fromJson(bytes);
    if (!parsed.ok()) {
        ApiError error = parsed.error();
        error.message = tr("%1: %2").arg(path, error.message);
        return error;
    }
    return parsed;
}

bool RetentionRuleFile::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Packhouse
