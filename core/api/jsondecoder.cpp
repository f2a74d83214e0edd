#include "jsondecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>
#include <optional>

namespace Packhouse::JsonDecoder {

namespace {

// What a decoding error says (after "Unexpected answer from the server:"); JSON paths and literals stay as
// they are.
struct DecodeText
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::JsonDecoder)
};

// Integers beyond 2^53 cannot come through a JSON double unchanged.
constexpr qint64 maxExactInteger = qint64(1) << 53;
constexpr qint64 maxEpochSeconds = 253'402'300'799; // 9999-12-31T23:59:59Z

enum class Presence : quint8
{
    Required,
    Optional
};

QString childPath(const QString &path, const char *key)
{
    const QString name = QString::fromLatin1(key);
    return path.isEmpty() ? name : path + u'.' + name;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// The whole document is named "$", as in JSONPath.
QString displayPath(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("$") : path;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return DecodeText::tr("a boolean");
    case QJsonValue::Double:
        return DecodeText::tr("a number");
    case QJsonValue::String:
        return DecodeText::tr("a string");
    case QJsonValue::Array:
        return DecodeText::tr("an array");
    case QJsonValue::Object:
        return DecodeText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DecodeText::tr("nothing");
}

// Keeps the first problem met; later reads become no-ops so that one error is reported, not a cascade.
class Errors
{
public:
    void fail(const QString &path, const QString &problem)
    {
        if (!m_first)
            m_first = ApiError::decode(displayPath(path), problem);
    }
    bool any() const { return m_first.has_value(); }
    const ApiError &first() const { return *m_first; }

private:
    std::optional<ApiError> m_first;
};

QString wrongType(const char *expected, const QJsonValue &value)
{
    //: A JSON value of the wrong type: "expected an array, got null".
    return DecodeText::tr("expected %1, got %2").arg(DecodeText::tr(expected), typeName(value));
}

QStringList stringArray(const QJsonValue &value, const QString &path, qsizetype maxItems, Errors &errors)
{
    if (!value.isArray()) {
        errors.fail(path, wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "an array"), value));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        errors.fail(indexPath(path, maxItems), DecodeText::tr("more than %1 items").arg(maxItems));
        return {};
    }
    QStringList strings;
    strings.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            errors.fail(indexPath(path, i),
                        wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "a string"), item));
            return {};
        }
        strings.append(item.toString());
    }
    return strings;
}

// Typed access to the fields of one JSON object at `path`.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, const QString &path, Errors &errors)
        : m_path(path)
        , m_errors(errors)
    {
        if (value.isObject())
            m_object = value.toObject();
        else
            m_errors.fail(path, wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "an object"), value));
    }

    QString pathOf(const char *key) const { return childPath(m_path, key); }

    // The field's value; undefined when it is absent, or null and optional (nullable fields are optional
    // here).
    QJsonValue field(const char *key, Presence presence)
    {
        if (m_errors.any())
            return {QJsonValue::Undefined};
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (presence == Presence::Required)
                m_errors.fail(pathOf(key), value.isNull() ? DecodeText::tr("required field is null")
                                                          : DecodeText::tr("required field is missing"));
            return {QJsonValue::Undefined};
        }
        return value;
    }

    QString string(const char *key, Presence presence = Presence::Required)
    {
        const QJsonValue value = field(key, presence);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            m_errors.fail(pathOf(key),
                          wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "a string"), value));
            return {};
        }
        return value.toString();
    }

    qint64 integer(const char *key, qint64 min, qint64 max, Presence presence = Presence::Required)
    {
        const QJsonValue value = field(key, presence);
        if (value.isUndefined())
            return 0;
        if (!value.isDouble()) {
            m_errors.fail(pathOf(key),
                          wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "an integer"), value));
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number) {
            m_errors.fail(pathOf(key), DecodeText::tr("expected an integer, got %1").arg(number));
            return 0;
        }
        if (number < double(min) || number > double(max)) {
            m_errors.fail(pathOf(key),
                          DecodeText::tr("%1 is out of range [%2, %3]").arg(number).arg(min).arg(max));
            return 0;
        }
        return value.toInteger();
    }

    QDateTime time(const char *key, Presence presence = Presence::Required)
    {
        const QString text = string(key, presence);
        if (text.isEmpty()) {
            if (presence == Presence::Required && !m_errors.any())
                m_errors.fail(pathOf(key), DecodeText::tr("empty time"));
            return {};
        }
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid()) {
            m_errors.fail(pathOf(key), DecodeText::tr("\"%1\" is not an ISO-8601 time").arg(text));
            return {};
        }
        // GitHub's times are UTC: a missing offset means UTC, not the local zone of this machine.
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        return time.toUTC();
    }

    QUrl url(const char *key, Presence presence = Presence::Required)
    {
        const QString text = string(key, presence);
        if (text.isEmpty()) {
            if (presence == Presence::Required && !m_errors.any())
                m_errors.fail(pathOf(key), DecodeText::tr("empty URL"));
            return {};
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative()) {
            m_errors.fail(pathOf(key), DecodeText::tr("\"%1\" is not an absolute URL").arg(text));
            return {};
        }
        return url;
    }

    // A nested object; nullopt when it is absent or null and optional, or on error.
    std::optional<ObjectReader> object(const char *key, Presence presence)
    {
        const QJsonValue value = field(key, presence);
        if (value.isUndefined())
            return std::nullopt;
        ObjectReader reader(value, pathOf(key), m_errors);
        if (m_errors.any())
            return std::nullopt;
        return reader;
    }

    QStringList strings(const char *key, qsizetype maxItems, Presence presence = Presence::Required)
    {
        const QJsonValue value = field(key, presence);
        if (value.isUndefined())
            return {};
        return stringArray(value, pathOf(key), maxItems, m_errors);
    }

private:
    QJsonObject m_object;
    QString m_path;
    Errors &m_errors; // not owned
};

// What a body holds, counted without building the document (exact for valid JSON): the parsed document takes
// up to 50 times the body's size, so a body with too much in it is refused before that.
struct Shape
{
    qsizetype containers = 0;    // objects and arrays at any depth
    qsizetype topLevelItems = 1; // of a top-level array (1 for an empty one)
};

Shape shapeOf(const QByteArray &body)
{
    Shape shape;
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            ++shape.containers;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            ++shape.topLevelItems;
        }
    }
    return shape;
}

Result<QJsonValue> parse(const QByteArray &body)
{
    const Shape shape = shapeOf(body);
    if (body.trimmed().startsWith('[') && shape.topLevelItems > maxListItems)
        return ApiError::decode(indexPath({}, maxListItems),
                                DecodeText::tr("more than %1 items").arg(maxListItems));
    if (shape.containers > maxContainers)
        return ApiError::decode(QStringLiteral("$"),
                                DecodeText::tr("more than %1 objects and arrays").arg(maxContainers));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::decode(
            QStringLiteral("$"),
            DecodeText::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (document.isArray())
        return QJsonValue(document.array());
    if (document.isObject())
        return QJsonValue(document.object());
    return ApiError::decode(QStringLiteral("$"), DecodeText::tr("expected an object or an array"));
}

// A top-level array decoded item by item with `decodeItem(value, path)`.
template<typename T, typename Decode>
Result<QList<T>> decodeList(const QByteArray &body, Decode decodeItem)
{
    const Result<QJsonValue> parsed = parse(body);
    if (!parsed)
        return parsed.error();
    if (!parsed.value().isArray())
        return ApiError::decode(
            QStringLiteral("$"),
            wrongType(QT_TRANSLATE_NOOP("Packhouse::JsonDecoder", "an array"), parsed.value()));
    const QJsonArray array = parsed.value().toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = decodeItem(array.at(i), indexPath({}, i));
        if (!item)
            return item.error();
        items.append(std::move(item.value()));
    }
    return items;
}

QStringList dockerTags(ObjectReader &docker, Errors &errors)
{
    // `tag` is documented as an array but has been seen as a single string.
    const QJsonValue tag = docker.field("tag", Presence::Optional);
    if (tag.isUndefined())
        return {};
    if (tag.isString())
        return tag.toString().isEmpty() ? QStringList() : QStringList{tag.toString()};
    return stringArray(tag, docker.pathOf("tag"), maxTagsPerVersion, errors);
}

Result<Account> decodeAccount(const QByteArray &body, std::optional<Account::Type> fallbackType)
{
    const Result<QJsonValue> parsed = parse(body);
    if (!parsed)
        return parsed.error();
    Errors errors;
    ObjectReader reader(parsed.value(), {}, errors);
    Account account;
    account.id = reader.integer("id", 1, maxExactInteger);
    account.login = reader.string("login");
    if (!errors.any() && account.login.isEmpty())
        errors.fail(reader.pathOf("login"), DecodeText::tr("empty login"));
    account.name = reader.string("name", Presence::Optional);
    account.avatarUrl = reader.url("avatar_url", Presence::Optional);
    account.htmlUrl = reader.url("html_url", Presence::Optional);
    const QString type = reader.string("type", Presence::Optional);
    if (type == u"Organization") {
        account.type = Account::Type::Organization;
    } else if (type == u"User" || type == u"Bot") {
        account.type = Account::Type::User;
    } else if (!type.isEmpty()) {
        errors.fail(reader.pathOf("type"), DecodeText::tr("unknown account type \"%1\"").arg(type));
    } else if (fallbackType) {
        account.type = *fallbackType;
    } else if (reader.string("url", Presence::Optional).contains(u"/orgs/")) {
        account.type = Account::Type::Organization;
    } else {
        errors.fail(reader.pathOf("type"), DecodeText::tr("required field is missing"));
    }
    if (errors.any())
        return errors.first();
    return account;
}

} // namespace

Result<Package> package(const QJsonValue &value, const QString &path)
{
    Errors errors;
    ObjectReader reader(value, path, errors);
    Package result;
    result.id = reader.integer("id", 1, maxExactInteger);
    result.name = reader.string("name");
    const QString type = reader.string("package_type");
    if (const std::optional<PackageType> parsedType = packageTypeFromApi(type))
        result.type = *parsedType;
    else if (!errors.any())
        errors.fail(reader.pathOf("package_type"), DecodeText::tr("unknown package type \"%1\"").arg(type));
    // Anything but "public" ("private", GHEC's "internal") is treated as not public.
    result.isPublic = reader.string("visibility") == u"public";
    reader.url("url");
    result.htmlUrl = reader.url("html_url");
    result.versionCount = int(reader.integer("version_count", 0, std::numeric_limits<int>::max()));
    result.createdAt = reader.time("created_at");
    result.updatedAt = reader.time("updated_at");
    if (std::optional<ObjectReader> owner = reader.object("owner", Presence::Optional))
        result.ownerLogin = owner->string("login");
    if (std::optional<ObjectReader> repository = reader.object("repository", Presence::Optional))
        result.repositoryFullName = repository->string("full_name");
    if (errors.any())
        return errors.first();
    return result;
}

Result<QList<Package>> packages(const QByteArray &body)
{
    return decodeList<Package>(
        body, [](const QJsonValue &item, const QString &path) { return package(item, path); });
}

Result<PackageVersion> version(const QJsonValue &value, const QString &path)
{
    Errors errors;
    ObjectReader reader(value, path, errors);
    PackageVersion result;
    result.id = reader.integer("id", 1, maxExactInteger);
    result.name = reader.string("name");
    reader.url("url");
    const QUrl packageHtmlUrl = reader.url("package_html_url");
    result.htmlUrl = reader.url("html_url", Presence::Optional);
    if (result.htmlUrl.isEmpty())
        result.htmlUrl = packageHtmlUrl;
    result.license = reader.string("license", Presence::Optional);
    result.description = reader.string("description", Presence::Optional);
    result.createdAt = reader.time("created_at");
    result.updatedAt = reader.time("updated_at");
    result.deletedAt = reader.time("deleted_at", Presence::Optional);
    if (std::optional<ObjectReader> metadata = reader.object("metadata", Presence::Optional)) {
        metadata->string("package_type");
        if (std::optional<ObjectReader> container = metadata->object("container", Presence::Optional))
            result.tags = container->strings("tags", maxTagsPerVersion);
        if (std::optional<ObjectReader> docker = metadata->object("docker", Presence::Optional)) {
            result.tags += dockerTags(*docker, errors);
            // Each list is bounded alone; together they must be too.
            if (!errors.any() && result.tags.size() > maxTagsPerVersion)
                errors.fail(docker->pathOf("tag"),
                            DecodeText::tr("more than %1 tags in all").arg(maxTagsPerVersion));
        }
    }
    if (errors.any())
        return errors.first();
    return result;
}

Result<QList<PackageVersion>> versions(const QByteArray &body)
{
    return decodeList<PackageVersion>(
        body, [](const QJsonValue &item, const QString &path) { return version(item, path); });
}

Result<Account> account(const QByteArray &body)
{
    return decodeAccount(body, std::nullopt);
}

Result<Account> account(const QByteArray &body, Account::Type fallbackType)
{
    return decodeAccount(body, fallbackType);
}

Result<QList<Account>> organizations(const QByteArray &body)
{
    return decodeList<Account>(body, [](const QJsonValue &item, const QString &path) -> Result<Account> {
        Errors errors;
        ObjectReader reader(item, path, errors);
        Account organization;
        organization.type = Account::Type::Organization;
        organization.id = reader.integer("id", 1, maxExactInteger);
        organization.login = reader.string("login");
        organization.avatarUrl = reader.url("avatar_url", Presence::Optional);
        if (errors.any())
            return errors.first();
        return organization;
    });
}

Result<RateLimit> rateLimit(const QByteArray &body)
{
    const Result<QJsonValue> parsed = parse(body);
    if (!parsed)
        return parsed.error();
    Errors errors;
    ObjectReader reader(parsed.value(), {}, errors);
    RateLimit rate;
    if (std::optional<ObjectReader> resources = reader.object("resources", Presence::Required)) {
        if (std::optional<ObjectReader> core = resources->object("core", Presence::Required)) {
            constexpr qint64 maxInt = std::numeric_limits<int>::max();
            rate.limit = int(core->integer("limit", 0, maxInt));
            rate.remaining = int(core->integer("remaining", 0, maxInt));
            rate.used = int(core->integer("used", 0, maxInt));
            rate.reset = QDateTime::fromSecsSinceEpoch(core->integer("reset", 0, maxEpochSeconds), Qt::UTC);
            rate.resource = QStringLiteral("core");
        }
    }
    if (errors.any())
        return errors.first();
    return rate;
}

QString errorMessage(const QByteArray &body)
{
    const Result<QJsonValue> parsed = parse(body);
    if (!parsed)
        return {};
    const QJsonObject object = parsed.value().toObject();
    if (const QJsonValue message = object.value(QLatin1String("message")); message.isString())
        return message.toString();
    QStringList messages;
    for (const QJsonValue &entry : object.value(QLatin1String("errors")).toArray()) {
        const QString message = entry.toObject().value(QLatin1String("message")).toString();
        const QString code = entry.toObject().value(QLatin1String("code")).toString();
        if (!message.isEmpty() || !code.isEmpty())
            messages.append(message.isEmpty() ? code : message);
    }
    return messages.join(QStringLiteral("; "));
}

} // namespace Packhouse::JsonDecoder
