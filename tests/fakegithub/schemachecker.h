#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// A small checker for the OpenAPI 3.0 subset GitHub's description uses: $ref, required, type, nullable,
// enum, date-time, properties, items, allOf/anyOf/oneOf. Enough to prove answers match "field for field".
class SchemaChecker
{
public:
    bool load(const QString &openApiFile, QString *error);

    // The schema of a documented response; an empty object when the spec documents none (e.g. 204).
    QJsonObject responseSchema(const QString &pathTemplate, const QString &method, int status) const;
    QJsonObject schema(const QString &ref) const;
    QString operationPath(const QString &operationId, QString *method) const;

    // Problems found, each with a JSON path; empty = valid.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                         const QString &where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(QJsonObject schema) const;

    QJsonObject m_document;
};
