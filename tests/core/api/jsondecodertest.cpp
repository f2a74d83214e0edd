#include "jsondecoder.h"
#include "qtprinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

using namespace Packhouse;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

namespace {

QString examplesDir()
{
    return QStringLiteral(PACKHOUSE_GITHUB_API_DIR "/examples");
}

QByteArray example(const QString &name)
{
    QFile file(examplesDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot open example " << name.toStdString();
    return file.readAll();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QJsonObject validPackage()
{
    return QJsonObject{
        {QStringLiteral("id"), 197},
        {QStringLiteral("name"), QStringLiteral("hello_docker")},
        {QStringLiteral("package_type"), QStringLiteral("container")},
        {QStringLiteral("visibility"), QStringLiteral("private")},
        {QStringLiteral("url"),
         QStringLiteral("https://api.github.com/orgs/acme/packages/container/hello_docker")},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/orgs/acme/packages/container/package/hello")},
        {QStringLiteral("version_count"), 3},
        {QStringLiteral("created_at"), QStringLiteral("2020-05-19T22:19:11Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2020-05-20T08:00:00Z")},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), QStringLiteral("acme")}}},
        {QStringLiteral("repository"), QJsonValue::Null},
    };
}

QJsonObject validVersion()
{
    return QJsonObject{
        {QStringLiteral("id"), 45763},
        {QStringLiteral("name"), QStringLiteral("sha256:08a44bab")},
        {QStringLiteral("url"),
         QStringLiteral("https://api.github.com/user/packages/container/hello/versions/45763")},
        {QStringLiteral("package_html_url"),
         QStringLiteral("https://github.com/users/me/packages/container/package/hello")},
        {QStringLiteral("created_at"), QStringLiteral("2020-09-11T21:56:40Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2021-02-05T21:32:32Z")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("package_type"), QStringLiteral("container")},
             {QStringLiteral("container"),
              QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("latest"), QStringLiteral("v1"),
                                                              QStringLiteral("v1.2")}}}}}},
    };
}

QByteArray toBody(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Four items, the last one changed by `mutate`: errors must name `[3]…`.
QByteArray listWithBrokenLast(const QJsonObject &valid, const std::function<void(QJsonObject &)> &mutate)
{
    QJsonObject broken = valid;
    mutate(broken);
    return toBody(QJsonArray{valid, valid, valid, broken});
}

} // namespace

TEST(JsonDecoderExamples, EveryPackageListDecodes)
{
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("packages-list-*.json")}, QDir::Files, QDir::Name);
    ASSERT_THAT(files, SizeIs(6));
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray body = example(file);
        const QJsonArray expected = QJsonDocument::fromJson(body).array();
        const auto result = JsonDecoder::packages(body);
        ASSERT_TRUE(result.ok()) << result.error().field.toStdString() << ": "
                                 << result.error().message.toStdString();
        ASSERT_EQ(result.value().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject item = expected.at(i).toObject();
            EXPECT_EQ(result.value().at(i).id, item.value(QStringLiteral("id")).toInteger());
            EXPECT_EQ(result.value().at(i).name, item.value(QStringLiteral("name")).toString());
            EXPECT_EQ(
                result.value().at(i).ownerLogin,
                item.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString());
        }
    }
}

TEST(JsonDecoderExamples, OrganizationPackageList)
{
    const auto result =
        JsonDecoder::packages(example(QStringLiteral("packages-list-packages-for-organization.200.json")));
    ASSERT_TRUE(result.ok());
    const Package &first = result.value().at(0);
    EXPECT_EQ(first.id, 197);
    EXPECT_EQ(first.name, QStringLiteral("hello_docker"));
    EXPECT_EQ(first.type, PackageType::Container);
    EXPECT_FALSE(first.isPublic);
    EXPECT_EQ(first.versionCount, 1);
    EXPECT_EQ(first.ownerLogin, QStringLiteral("github"));
    EXPECT_EQ(first.createdAt, utc(2020, 5, 19, 22, 19, 11));
    EXPECT_EQ(first.createdAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(first.htmlUrl,
              QUrl(QStringLiteral("https://github.com/orgs/github/packages/container/package/hello_docker")));
    EXPECT_TRUE(first.repositoryFullName.isEmpty());
}

TEST(JsonDecoderExamples, SinglePackageWithRepository)
{
    const QByteArray body = example(QStringLiteral("packages-get-package-for-user.200.json"));
    const auto result = JsonDecoder::package(QJsonDocument::fromJson(body).object());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().type, PackageType::RubyGems);
    EXPECT_TRUE(result.value().isPublic);
    EXPECT_EQ(result.value().versionCount, 3);
    EXPECT_EQ(result.value().repositoryFullName, QStringLiteral("octocat/octo-name-repo"));
}

TEST(JsonDecoderExamples, ContainerVersionsCarryTags)
{
    const auto result = JsonDecoder::versions(example(QStringLiteral(
        "packages-get-all-package-versions-for-package-owned-by-authenticated-user.200.json")));
    ASSERT_TRUE(result.ok());
    ASSERT_THAT(result.value(), SizeIs(2));
    EXPECT_EQ(result.value().at(0).id, 45763);
    EXPECT_TRUE(result.value().at(0).name.startsWith(u"sha256:"));
    EXPECT_THAT(result.value().at(0).tags, ElementsAre(QStringLiteral("latest")));
    EXPECT_THAT(result.value().at(1).tags, IsEmpty());
    EXPECT_FALSE(result.value().at(1).isTagged());
    EXPECT_FALSE(result.value().at(0).isDeleted());
    EXPECT_EQ(result.value().at(0).createdAt, utc(2020, 9, 11, 21, 56, 40));
    EXPECT_EQ(result.value().at(0).htmlUrl,
              QUrl(QStringLiteral("https://github.com/users/octocat/packages/container/hello_docker/45763")));
}

TEST(JsonDecoderExamples, VersionsWithLicenseAndDescription)
{
    const auto result = JsonDecoder::versions(
        example(QStringLiteral("packages-get-all-package-versions-for-package-owned-by-user.200.json")));
    ASSERT_TRUE(result.ok());
    ASSERT_THAT(result.value(), SizeIs(3));
    EXPECT_EQ(result.value().at(0).license, QStringLiteral("MIT"));
    EXPECT_EQ(result.value().at(0).description, QStringLiteral("Project for octocats"));
    EXPECT_TRUE(result.value().at(2).description.isEmpty());
}

TEST(JsonDecoderExamples, EverySingleVersionDecodes)
{
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("packages-get-package-version-*.json")}, QDir::Files);
    ASSERT_THAT(files, SizeIs(3));
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const QJsonObject object = QJsonDocument::fromJson(example(file)).object();
        const auto result = JsonDecoder::version(object);
        ASSERT_TRUE(result.ok()) << result.error().field.toStdString();
        EXPECT_EQ(result.value().id, object.value(QStringLiteral("id")).toInteger());
        EXPECT_EQ(result.value().name, object.value(QStringLiteral("name")).toString());
    }
}

TEST(JsonDecoderExamples, AuthenticatedUser)
{
    const auto result = JsonDecoder::account(example(QStringLiteral(
        "users-get-authenticated.200.response-with-public-and-private-profile-information.json")));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().login, QStringLiteral("octocat"));
    EXPECT_EQ(result.value().id, 1);
    EXPECT_EQ(result.value().type, Account::Type::User);
    EXPECT_EQ(result.value().name, QStringLiteral("monalisa octocat"));
    EXPECT_EQ(result.value().htmlUrl, QUrl(QStringLiteral("https://github.com/octocat")));
    EXPECT_EQ(result.value().avatarUrl,
              QUrl(QStringLiteral("https://github.com/images/error/octocat_happy.gif")));
}

TEST(JsonDecoderExamples, Organization)
{
    const QByteArray body = example(QStringLiteral("orgs-get.200.json"));
    const auto result = JsonDecoder::account(body);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().type, Account::Type::Organization);
    EXPECT_EQ(result.value().login, QStringLiteral("github"));
}

TEST(JsonDecoder, AccountWithoutTypeIsAnOrganizationWhenItsUrlSaysSo)
{
    QJsonObject object = QJsonDocument::fromJson(example(QStringLiteral("orgs-get.200.json"))).object();
    object.remove(QStringLiteral("type"));
    const auto byUrl = JsonDecoder::account(toBody(object));
    ASSERT_TRUE(byUrl.ok());
    EXPECT_EQ(byUrl.value().type, Account::Type::Organization);

    object.insert(QStringLiteral("url"), QStringLiteral("https://api.github.com/users/github"));
    const auto withoutHint = JsonDecoder::account(toBody(object));
    ASSERT_FALSE(withoutHint.ok());
    EXPECT_EQ(withoutHint.error().field, QStringLiteral("type"));

    const auto withFallback = JsonDecoder::account(toBody(object), Account::Type::Organization);
    ASSERT_TRUE(withFallback.ok());
    EXPECT_EQ(withFallback.value().type, Account::Type::Organization);
}

TEST(JsonDecoder, AccountWithUnknownTypeIsAnError)
{
    const auto result = JsonDecoder::account(R"({"id": 5, "login": "x", "type": "Robot"})");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(result.error().field, QStringLiteral("type"));
}

TEST(JsonDecoderExamples, OrganizationsOfTheUser)
{
    const auto result =
        JsonDecoder::organizations(example(QStringLiteral("orgs-list-for-authenticated-user.200.json")));
    ASSERT_TRUE(result.ok());
    ASSERT_THAT(result.value(), SizeIs(1));
    EXPECT_EQ(result.value().at(0).login, QStringLiteral("github"));
    EXPECT_EQ(result.value().at(0).type, Account::Type::Organization);
}

TEST(JsonDecoderExamples, RateLimitReadsTheCoreResource)
{
    const auto result = JsonDecoder::rateLimit(example(QStringLiteral("rate-limit-get.200.json")));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().limit, 5000);
    EXPECT_EQ(result.value().remaining, 4999);
    EXPECT_EQ(result.value().used, 1);
    EXPECT_EQ(result.value().reset, QDateTime::fromSecsSinceEpoch(1691591363, Qt::UTC));
    EXPECT_EQ(result.value().resource, QStringLiteral("core"));
    EXPECT_TRUE(result.value().isKnown());
}

TEST(JsonDecoder, RateLimitWithoutCoreNamesThePath)
{
    const auto result = JsonDecoder::rateLimit(R"({"resources": {"search": {}}, "rate": {}})");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("resources.core"));
}

TEST(JsonDecoder, ErrorMessage)
{
    EXPECT_EQ(
        JsonDecoder::errorMessage(R"({"message": "Bad credentials", "documentation_url": "https://docs"})"),
        QStringLiteral("Bad credentials"));
    EXPECT_TRUE(JsonDecoder::errorMessage("<html>502</html>").isEmpty());
    EXPECT_TRUE(JsonDecoder::errorMessage(R"(["message"])").isEmpty());
    EXPECT_TRUE(JsonDecoder::errorMessage(R"({"message": 42})").isEmpty());
    EXPECT_TRUE(JsonDecoder::errorMessage({}).isEmpty());
}

TEST(JsonDecoder, TimesWithAnOffsetBecomeUtc)
{
    QJsonObject object = validVersion();
    object.insert(QStringLiteral("created_at"), QStringLiteral("2021-03-04T10:00:00+02:00"));
    object.insert(QStringLiteral("deleted_at"), QStringLiteral("2021-03-05T01:02:03.500Z"));
    const auto result = JsonDecoder::version(object);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().createdAt, utc(2021, 3, 4, 8, 0, 0));
    EXPECT_EQ(result.value().createdAt.timeSpec(), Qt::UTC);
    EXPECT_TRUE(result.value().isDeleted());
    EXPECT_EQ(result.value().deletedAt.toMSecsSinceEpoch(),
              utc(2021, 3, 5, 1, 2, 3).toMSecsSinceEpoch() + 500);
}

TEST(JsonDecoder, DockerTagAsArrayOrString)
{
    QJsonObject object = validVersion();
    object.insert(QStringLiteral("metadata"),
                  QJsonObject{{QStringLiteral("package_type"), QStringLiteral("docker")},
                              {QStringLiteral("docker"),
                               QJsonObject{{QStringLiteral("tag"),
                                            QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}}});
    const auto asArray = JsonDecoder::version(object);
    ASSERT_TRUE(asArray.ok());
    EXPECT_THAT(asArray.value().tags, ElementsAre(QStringLiteral("a"), QStringLiteral("b")));

    object.insert(QStringLiteral("metadata"),
                  QJsonObject{{QStringLiteral("package_type"), QStringLiteral("docker")},
                              {QStringLiteral("docker"),
                               QJsonObject{{QStringLiteral("tag"), QStringLiteral("latest")}}}});
    const auto asString = JsonDecoder::version(object);
    ASSERT_TRUE(asString.ok());
    EXPECT_THAT(asString.value().tags, ElementsAre(QStringLiteral("latest")));
}

TEST(JsonDecoder, VersionWithoutHtmlUrlFallsBackToThePackagePage)
{
    const QJsonObject object = validVersion();
    const auto result = JsonDecoder::version(object);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().htmlUrl, QUrl(object.value(QStringLiteral("package_html_url")).toString()));
}

TEST(JsonDecoder, NotJsonIsADecodeErrorOfTheWholeDocument)
{
    for (const QByteArray &body :
         {QByteArray(), QByteArray("<html>"), QByteArray("[{\"id\": 1,"), QByteArray("\"text\"")}) {
        const auto result = JsonDecoder::packages(body);
        ASSERT_FALSE(result.ok()) << body.toStdString();
        EXPECT_EQ(result.error().kind, ApiError::Kind::Decode);
        EXPECT_EQ(result.error().field, QStringLiteral("$"));
    }
    const auto object = JsonDecoder::versions(R"({"message": "not a list"})");
    ASSERT_FALSE(object.ok());
    EXPECT_EQ(object.error().field, QStringLiteral("$"));
}

TEST(JsonDecoder, ListsAreBounded)
{
    QByteArray body = "[";
    for (qsizetype i = 0; i <= JsonDecoder::maxListItems; ++i)
        body += i == 0 ? "1" : ",1";
    body += ']';
    const auto result = JsonDecoder::versions(body);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("[100000]"));
}

TEST(JsonDecoder, TagsAreBounded)
{
    QJsonArray tags;
    for (qsizetype i = 0; i < JsonDecoder::maxTagsPerVersion; ++i)
        tags.append(QStringLiteral("t%1").arg(i));
    QJsonObject object = validVersion();
    const auto withTags = [&object](const QJsonArray &list) {
        object.insert(
            QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("package_type"), QStringLiteral("container")},
                        {QStringLiteral("container"), QJsonObject{{QStringLiteral("tags"), list}}}});
        return JsonDecoder::version(object);
    };
    const auto atLimit = withTags(tags);
    ASSERT_TRUE(atLimit.ok());
    EXPECT_THAT(atLimit.value().tags, SizeIs(JsonDecoder::maxTagsPerVersion));

    tags.append(QStringLiteral("one-too-many"));
    const auto overLimit = withTags(tags);
    ASSERT_FALSE(overLimit.ok());
    EXPECT_EQ(overLimit.error().field, QStringLiteral("metadata.container.tags[10000]"));
}

struct BrokenInput
{
    const char *name;
    std::function<void(QJsonObject &)> mutate;
    QString field;
};

void PrintTo(const BrokenInput &input, std::ostream *os)
{
    *os << input.name;
}

class BrokenPackage : public ::testing::TestWithParam<BrokenInput>
{};

TEST_P(BrokenPackage, NamesTheField)
{
    const auto result = JsonDecoder::packages(listWithBrokenLast(validPackage(), GetParam().mutate));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(result.error().field, GetParam().field);
    EXPECT_FALSE(result.error().message.isEmpty());
}

const auto removeKey = [](const char *key) {
    return [key](QJsonObject &object) { object.remove(QString::fromLatin1(key)); };
};
const auto setKey = [](const char *key, const QJsonValue &value) {
    return [key, value](QJsonObject &object) { object.insert(QString::fromLatin1(key), value); };
};

INSTANTIATE_TEST_SUITE_P(
    JsonDecoder, BrokenPackage,
    ::testing::Values(
        BrokenInput{"MissingId", removeKey("id"), QStringLiteral("[3].id")},
        BrokenInput{"IdAsString", setKey("id", QStringLiteral("197")), QStringLiteral("[3].id")},
        BrokenInput{"IdTooLarge", setKey("id", 1e300), QStringLiteral("[3].id")},
        BrokenInput{"MissingName", removeKey("name"), QStringLiteral("[3].name")},
        BrokenInput{"NullName", setKey("name", QJsonValue::Null), QStringLiteral("[3].name")},
        BrokenInput{"UnknownType", setKey("package_type", QStringLiteral("pypi")),
                    QStringLiteral("[3].package_type")},
        BrokenInput{"MissingVisibility", removeKey("visibility"), QStringLiteral("[3].visibility")},
        BrokenInput{"MissingUrl", removeKey("url"), QStringLiteral("[3].url")},
        BrokenInput{"RelativeHtmlUrl", setKey("html_url", QStringLiteral("/orgs/x")),
                    QStringLiteral("[3].html_url")},
        BrokenInput{"MissingVersionCount", removeKey("version_count"), QStringLiteral("[3].version_count")},
        BrokenInput{"FractionalVersionCount", setKey("version_count", 1.5),
                    QStringLiteral("[3].version_count")},
        BrokenInput{"NegativeVersionCount", setKey("version_count", -1), QStringLiteral("[3].version_count")},
        BrokenInput{"VersionCountAsBool", setKey("version_count", true), QStringLiteral("[3].version_count")},
        BrokenInput{"BadCreatedAt", setKey("created_at", QStringLiteral("yesterday")),
                    QStringLiteral("[3].created_at")},
        BrokenInput{"MissingUpdatedAt", removeKey("updated_at"), QStringLiteral("[3].updated_at")},
        BrokenInput{"OwnerAsString", setKey("owner", QStringLiteral("acme")), QStringLiteral("[3].owner")},
        BrokenInput{"OwnerWithoutLogin", setKey("owner", QJsonObject{}), QStringLiteral("[3].owner.login")},
        BrokenInput{"RepositoryWithoutFullName", setKey("repository", QJsonObject{{QStringLiteral("id"), 1}}),
                    QStringLiteral("[3].repository.full_name")},
        BrokenInput{"NotAnObject", [](QJsonObject &object) { object = {}; }, QStringLiteral("[3].id")}),
    [](const ::testing::TestParamInfo<BrokenInput> &param) { return std::string(param.param.name); });

TEST(JsonDecoder, ItemThatIsNotAnObjectIsNamed)
{
    const auto result = JsonDecoder::packages(toBody(QJsonArray{validPackage(), 7}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("[1]"));
}

class BrokenVersion : public ::testing::TestWithParam<BrokenInput>
{};

TEST_P(BrokenVersion, NamesTheField)
{
    const auto result = JsonDecoder::versions(listWithBrokenLast(validVersion(), GetParam().mutate));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(result.error().field, GetParam().field);
}

const auto setMetadata = [](const QJsonValue &metadata) { return setKey("metadata", metadata); };

INSTANTIATE_TEST_SUITE_P(
    JsonDecoder, BrokenVersion,
    ::testing::Values(
        BrokenInput{"MissingId", removeKey("id"), QStringLiteral("[3].id")},
        BrokenInput{"MissingName", removeKey("name"), QStringLiteral("[3].name")},
        BrokenInput{"MissingPackageHtmlUrl", removeKey("package_html_url"),
                    QStringLiteral("[3].package_html_url")},
        BrokenInput{"LicenseAsNumber", setKey("license", 3), QStringLiteral("[3].license")},
        BrokenInput{"BadDeletedAt", setKey("deleted_at", QStringLiteral("2021-13-45T00:00:00Z")),
                    QStringLiteral("[3].deleted_at")},
        BrokenInput{"MetadataAsArray", setMetadata(QJsonArray{}), QStringLiteral("[3].metadata")},
        BrokenInput{"MetadataWithoutType", setMetadata(QJsonObject{}),
                    QStringLiteral("[3].metadata.package_type")},
        BrokenInput{"TagsMissing",
                    setMetadata(QJsonObject{{QStringLiteral("package_type"), QStringLiteral("container")},
                                            {QStringLiteral("container"), QJsonObject{}}}),
                    QStringLiteral("[3].metadata.container.tags")},
        BrokenInput{"TagNotAString",
                    setMetadata(QJsonObject{
                        {QStringLiteral("package_type"), QStringLiteral("container")},
                        {QStringLiteral("container"),
                         QJsonObject{{QStringLiteral("tags"),
                                      QJsonArray{QStringLiteral("a"), QStringLiteral("b"), 3}}}}}),
                    QStringLiteral("[3].metadata.container.tags[2]")},
        BrokenInput{"DockerTagAsObject",
                    setMetadata(QJsonObject{
                        {QStringLiteral("package_type"), QStringLiteral("docker")},
                        {QStringLiteral("docker"), QJsonObject{{QStringLiteral("tag"), QJsonObject{}}}}}),
                    QStringLiteral("[3].metadata.docker.tag")}),
    [](const ::testing::TestParamInfo<BrokenInput> &param) { return std::string(param.param.name); });

TEST(JsonDecoder, SingleVersionErrorsNameTheFieldWithoutAPrefix)
{
    QJsonObject object = validVersion();
    object.insert(QStringLiteral("metadata"),
                  QJsonObject{{QStringLiteral("package_type"), QStringLiteral("container")},
                              {QStringLiteral("container"),
                               QJsonObject{{QStringLiteral("tags"),
                                            QJsonArray{QStringLiteral("a"), QStringLiteral("b"), false}}}}});
    const auto result = JsonDecoder::version(object);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("metadata.container.tags[2]"));
}
