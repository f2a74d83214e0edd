// The schema checker must accept GitHub's own examples, or its verdicts on the fake's answers mean nothing.
#include "schemachecker.h"
#include "fakegithubtestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonValue readJson(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

TEST(SchemaChecker, AcceptsTheOfficialExamplesExceptTheKnownQuirk)
{
    const SchemaChecker &checker = FakeGitHubTestClient::schemas();
    const QDir examples(QStringLiteral(PACKHOUSE_GITHUB_API_DIR "/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 20);
    for (const QString &file : files) {
        QString method;
        QString path;
        // File names replace the operationId's "/" with "-", and tags may contain "-" too: try each one.
        const QString operationId = file.section(u'.', 0, 0);
        for (qsizetype dash = operationId.indexOf(u'-'); dash > 0 && path.isEmpty();
             dash = operationId.indexOf(u'-', dash + 1)) {
            QString candidate = operationId;
            candidate[dash] = u'/';
            path = checker.operationPath(candidate, &method);
        }
        ASSERT_FALSE(path.isEmpty()) << file.toStdString();
        const QStringList problems =
            checker.validate(readJson(examples.filePath(file)), checker.responseSchema(path, method, 200));
        if (file.startsWith(QStringLiteral("orgs-get.")))
            EXPECT_EQ(problems, QStringList{QStringLiteral("$: missing required archived_at")});
        else
            EXPECT_TRUE(problems.isEmpty())
                << file.toStdString() << ": " << problems.join(u'\n').toStdString();
    }
}

TEST(SchemaChecker, RejectsWrongTypesMissingFieldsAndBadTimes)
{
    const SchemaChecker &checker = FakeGitHubTestClient::schemas();
    const QJsonObject schema = checker.schema(QStringLiteral("#/components/schemas/package-version"));
    const QJsonObject good{{QStringLiteral("id"), 1},
                           {QStringLiteral("name"), QStringLiteral("1.0")},
                           {QStringLiteral("url"), QStringLiteral("https://example.com/v")},
                           {QStringLiteral("package_html_url"), QStringLiteral("https://example.com/p")},
                           {QStringLiteral("created_at"), QStringLiteral("2024-01-02T03:04:05Z")},
                           {QStringLiteral("updated_at"), QStringLiteral("2024-01-02T03:04:05Z")}};
    EXPECT_TRUE(checker.validate(good, schema).isEmpty())
        << checker.validate(good, schema).join(u' ').toStdString();
    QJsonObject bad = good;
    bad.insert(QStringLiteral("id"), QStringLiteral("1"));
    bad.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
    bad.remove(QStringLiteral("url"));
    EXPECT_EQ(checker.validate(bad, schema).size(), 3);
    const QJsonObject package = checker.schema(QStringLiteral("#/components/schemas/package"));
    QJsonObject withNullOwner{{QStringLiteral("owner"), QJsonValue::Null}};
    EXPECT_FALSE(checker.validate(withNullOwner, package).join(u' ').contains(QStringLiteral("owner")));
    EXPECT_FALSE(checker.validate(QJsonValue::Null, package).isEmpty());
}

} // namespace
