#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

bool SchemaChecker::load(const QString &openApiFile, QString *error)
{
    QFile file(openApiFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    m_document = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    *error = parseError.errorString();
    return parseError.error == QJsonParseError::NoError;
}

QJsonObject SchemaChecker::schema(const QString &ref) const
{
    QJsonValue node = m_document;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        node = node.toObject().value(part);
    return node.toObject();
}

QJsonObject SchemaChecker::resolve(QJsonObject schema) const
{
    while (schema.contains(QStringLiteral("$ref")))
        schema = this->schema(schema.value(QStringLiteral("$ref")).toString());
    return schema;
}

QString SchemaChecker::operationPath(const QString &operationId, QString *method) const
{
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            if (op.value().toObject().value(QStringLiteral("operationId")).toString() == operationId) {
                *method = op.key();
                return path.key();
            }
        }
    }
    return QString();
}

QJsonObject SchemaChecker::responseSchema(const QString &pathTemplate, const QString &method,
                                          int status) const
{
    const QJsonObject operation = m_document.value(QStringLiteral("paths"))
                                      .toObject()
                                      .value(pathTemplate)
                                      .toObject()
                                      .value(method.toLower())
                                      .toObject();
    const QJsonObject response = resolve(
        operation.value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject());
    return response.value(QStringLiteral("content"))
        .toObject()
        .value(QStringLiteral("application/json"))
        .toObject()
        .value(QStringLiteral("schema"))
        .toObject();
}

QStringList SchemaChecker::validate(const QJsonValue &value, const QJsonObject &unresolved,
                                    const QString &where) const
{
    const QJsonObject schema = resolve(unresolved);
    if (value.isNull()) {
        return schema.value(QStringLiteral("nullable")).toBool()
                   ? QStringList()
                   : QStringList{where + QStringLiteral(": null not allowed")};
    }
    QStringList problems;
    for (const QString &combinator : {QStringLiteral("anyOf"), QStringLiteral("oneOf")}) {
        if (!schema.contains(combinator))
            continue;
        const QJsonArray branches = schema.value(combinator).toArray();
        const bool anyValid = std::any_of(branches.begin(), branches.end(), [&](const QJsonValue &branch) {
            return validate(value, branch.toObject(), where).isEmpty();
        });
        if (!anyValid)
            problems.append(where + QStringLiteral(": matches no branch of ") + combinator);
    }
    for (const QJsonValue &branch : schema.value(QStringLiteral("allOf")).toArray())
        problems += validate(value, branch.toObject(), where);

    const QString type = schema.value(QStringLiteral("type")).toString();
    const auto wrongType = [&] { return QStringList{where + QStringLiteral(": expected ") + type}; };
    if (type == u"object") {
        if (!value.isObject())
            return wrongType();
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems.append(where + QStringLiteral(": missing required ") + required.toString());
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                problems +=
                    validate(it.value(), properties.value(it.key()).toObject(), where + u'.' + it.key());
        }
    } else if (type == u"array") {
        if (!value.isArray())
            return wrongType();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            problems += validate(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                                 where + u'[' + QString::number(i) + u']');
        }
    } else if (type == u"string") {
        if (!value.isString())
            return wrongType();
        static const QRegularExpression isoTime(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"));
        if (schema.value(QStringLiteral("format")).toString() == u"date-time" &&
            !isoTime.match(value.toString()).hasMatch())
            problems.append(where + QStringLiteral(": not an ISO-8601 date-time: ") + value.toString());
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            problems.append(where + QStringLiteral(": not in enum: ") + value.toString());
    } else if (type == u"integer") {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return wrongType();
    } else if (type == u"number") {
        if (!value.isDouble())
            return wrongType();
    } else if (type == u"boolean") {
        if (!value.isBool())
            return wrongType();
    }
    return problems;
}
