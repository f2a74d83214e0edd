#include "ocimanifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Packhouse {

namespace {

// What a manifest's decoding error says (after "Unexpected answer from the server:").
struct ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::OciManifest)
};

constexpr QStringView ociIndexType = u"application/vnd.oci.image.index.v1+json";
constexpr QStringView dockerListType = u"application/vnd.docker.distribution.manifest.list.v2+json";
constexpr QStringView ociManifestType = u"application/vnd.oci.image.manifest.v1+json";
constexpr QStringView dockerManifestType = u"application/vnd.docker.distribution.manifest.v2+json";

// Config media types of ordinary images; any other config type names an artifact (OCI 1.1 guidance).
constexpr QStringView ociConfigType = u"application/vnd.oci.image.config.v1+json";
constexpr QStringView dockerConfigType = u"application/vnd.docker.container.image.v1+json";
constexpr QStringView emptyConfigType = u"application/vnd.oci.empty.v1+json";

bool isIndexType(QStringView type)
{
    return type == ociIndexType || type == dockerListType;
}

bool isImageType(QStringView type)
{
    return type == ociManifestType || type == dockerManifestType;
}

bool isLowerHex(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isAlgorithmChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// algorithm ::= component ([+._-] component)*, component ::= [a-z0-9]+
bool isAlgorithm(QStringView text)
{
    bool componentStart = true;
    for (QChar c : text) {
        if (isAlgorithmChar(c)) {
            componentStart = false;
        } else if (!componentStart && (c == u'+' || c == u'.' || c == u'_' || c == u'-')) {
            componentStart = true;
        } else {
            return false;
        }
    }
    return !componentStart;
}

bool isEncoded(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'=' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString joinPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Media type parameters (`; charset=utf-8`) are irrelevant; generic types say nothing about the manifest
// kind.
QString manifestTypeFromContentType(const QByteArray &contentType)
{
    const QString type = QString::fromLatin1(contentType.split(';').constFirst()).trimmed().toLower();
    if (type == u"application/json" || type == u"application/octet-stream" || type == u"text/plain")
        return {};
    return type;
}

// Collects the first problem; later reads are skipped once one failed.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (!m_error)
            m_error = ApiError::decode(field, problem);
    }

    // Null or absent optional values read as absent (Go encoders write null for empty maps).
    QJsonValue member(const QJsonObject &object, const QString &path, QStringView key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (required && (value.isUndefined() || value.isNull()))
            fail(joinPath(path, key), QStringLiteral("missing"));
        return value;
    }

    QString string(const QJsonObject &object, const QString &path, QStringView key, bool required)
    {
        const QJsonValue value = member(object, path, key, required);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(joinPath(path, key), ManifestText::tr("expected a string"));
            return {};
        }
        return value.toString();
    }

    QString digest(const QJsonObject &object, const QString &path)
    {
        const QString text = string(object, path, u"digest", true);
        if (!failed() && !OciManifest::isDigest(text))
            fail(joinPath(path, u"digest"), ManifestText::tr("not a valid digest: %1").arg(text.left(200)));
        return text;
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, ManifestText::tr("expected an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> boundedArray(const QJsonObject &parent, const QString &path, QStringView key)
    {
        const QJsonValue value = member(parent, path, key, true);
        if (failed())
            return std::nullopt;
        if (!value.isArray()) {
            fail(joinPath(path, key), ManifestText::tr("expected an array"));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > OciManifest::maxEntries) {
            fail(joinPath(path, key), ManifestText::tr("more than %1 entries").arg(OciManifest::maxEntries));
            return std::nullopt;
        }
        return array;
    }

    OciDescriptor descriptor(const QJsonValue &value, const QString &path)
    {
        OciDescriptor result;
        const std::optional<QJsonObject> object = this->object(value, path);
        if (!object)
            return result;
        result.mediaType = string(*object, path, u"mediaType", true);
        result.digest = digest(*object, path);
        const QJsonValue size = member(*object, path, u"size", true);
        result.size = size.toInteger(-1);
        if (!failed() && result.size < 0)
            fail(joinPath(path, u"size"), ManifestText::tr("expected a non-negative integer"));
        else if (!failed() && result.size > OciManifest::maxBlobSize)
            fail(joinPath(path, u"size"),
                 ManifestText::tr("%1 bytes is not a plausible size").arg(result.size));
        result.artifactType = string(*object, path, u"artifactType", false);
        readAnnotations(*object, path, result.annotations);
        readPlatform(*object, path, result);
        return result;
    }

private:
    void readAnnotations(const QJsonObject &object, const QString &path, QHash<QString, QString> &annotations)
    {
        const QJsonValue value = member(object, path, u"annotations", false);
        if (failed() || value.isUndefined() || value.isNull())
            return;
        const QString annotationsPath = joinPath(path, u"annotations");
        const std::optional<QJsonObject> map = this->object(value, annotationsPath);
        if (!map)
            return;
        for (auto it = map->begin(); it != map->end() && !failed(); ++it) {
            if (!it.value().isString()) {
                fail(joinPath(annotationsPath, it.key()), ManifestText::tr("expected a string"));
                return;
            }
            annotations.insert(it.key(), it.value().toString());
        }
    }

    void readPlatform(const QJsonObject &object, const QString &path, OciDescriptor &descriptor)
    {
        const QJsonValue value = member(object, path, u"platform", false);
        if (failed() || value.isUndefined() || value.isNull())
            return;
        const QString platformPath = joinPath(path, u"platform");
        const std::optional<QJsonObject> platform = this->object(value, platformPath);
        if (!platform)
            return;
        descriptor.architecture = string(*platform, platformPath, u"architecture", true);
        descriptor.os = string(*platform, platformPath, u"os", true);
        descriptor.variant = string(*platform, platformPath, u"variant", false);
    }

    std::optional<ApiError> m_error;
};

std::optional<ApiError> verifyDigest(const QByteArray &body, const QString &digest)
{
    const qsizetype colon = digest.indexOf(u':');
    const QStringView algorithm = QStringView(digest).left(colon);
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256;
    if (algorithm == u"sha512")
        hash = QCryptographicHash::Sha512;
    else if (algorithm != u"sha256")
        return ApiError::decode(QStringLiteral("digest"),
                                ManifestText::tr("unsupported digest algorithm %1").arg(algorithm));
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(body, hash).toHex());
    if (QStringView(digest).mid(colon + 1) != actual)
        return ApiError::decode(
            QStringLiteral("digest"),
            ManifestText::tr("the body's digest is %1:%2, not %3").arg(algorithm, actual, digest));
    return std::nullopt;
}

} // namespace

bool OciDescriptor::isAttestation() const
{
    return annotations.value(QStringLiteral("vnd.docker.reference.type")) == u"attestation-manifest" ||
           (os == u"unknown" && architecture == u"unknown");
}

QString OciDescriptor::attestedDigest() const
{
    return annotations.value(QStringLiteral("vnd.docker.reference.digest"));
}

QString OciDescriptor::platform() const
{
    if (os.isEmpty() && architecture.isEmpty())
        return {};
    QString text = os + u'/' + architecture;
    if (!variant.isEmpty())
        text += u'/' + variant;
    return text;
}

bool OciManifest::isDigest(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    const QStringView algorithm = text.left(colon);
    const QStringView encoded = text.mid(colon + 1);
    if (algorithm == u"sha256")
        return isLowerHex(encoded, 64);
    if (algorithm == u"sha512")
        return isLowerHex(encoded, 128);
    return isAlgorithm(algorithm) && isEncoded(encoded);
}

const QByteArray &OciManifest::acceptHeader()
{
    static const QByteArray header = QByteArrayLiteral(
        "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, "
        "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json");
    return header;
}

Result<OciManifest> OciManifest::decode(const QByteArray &body, const QString &digest,
                                        const QByteArray &contentType)
{
    if (body.size() > maxBodySize)
        return ApiError::decode(QStringLiteral("$"),
                                ManifestText::tr("manifest larger than %1 bytes").arg(maxBodySize));

    OciManifest manifest;
    manifest.bodySize = body.size();
    if (digest.isEmpty()) {
        manifest.digest =
            QStringLiteral("sha256:") +
            QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    } else {
        if (!isDigest(digest))
            return ApiError::decode(QStringLiteral("digest"),
                                    ManifestText::tr("not a valid digest: %1").arg(digest));
        if (std::optional<ApiError> mismatch = verifyDigest(body, digest))
            return *mismatch;
        manifest.digest = digest;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::decode(QStringLiteral("$"), parseError.errorString());
    if (!document.isObject())
        return ApiError::decode(QStringLiteral("$"), ManifestText::tr("expected an object"));
    const QJsonObject root = document.object();
    const QString rootPath;

    Reader reader;
    if (root.value(u"schemaVersion").toInteger(-1) != 2)
        reader.fail(QStringLiteral("schemaVersion"), ManifestText::tr("expected 2"));

    const QString bodyType = reader.string(root, rootPath, u"mediaType", false);
    const QString headerType = manifestTypeFromContentType(contentType);
    if (!bodyType.isEmpty() && !headerType.isEmpty() && bodyType != headerType)
        reader.fail(QStringLiteral("mediaType"),
                    ManifestText::tr("the body says %1 but Content-Type says %2").arg(bodyType, headerType));
    manifest.mediaType = bodyType.isEmpty() ? headerType : bodyType;
    // Early OCI documents may omit mediaType: their structure tells the kind, as containerd reads them.
    if (manifest.mediaType.isEmpty()) {
        if (root.contains(u"manifests"))
            manifest.mediaType = ociIndexType.toString();
        else if (root.contains(u"config"))
            manifest.mediaType = ociManifestType.toString();
        else
            reader.fail(QStringLiteral("mediaType"),
                        ManifestText::tr("missing, and the document is no manifest"));
    }
    if (!reader.failed() && !isIndexType(manifest.mediaType) && !isImageType(manifest.mediaType))
        reader.fail(QStringLiteral("mediaType"),
                    ManifestText::tr("unsupported manifest type %1").arg(manifest.mediaType));

    manifest.kind = isIndexType(manifest.mediaType) ? Kind::Index : Kind::Image;
    manifest.artifactType = reader.string(root, rootPath, u"artifactType", false);
    const QJsonValue subject = reader.member(root, rootPath, u"subject", false);
    if (!reader.failed() && !subject.isUndefined() && !subject.isNull())
        manifest.subjectDigest = reader.descriptor(subject, QStringLiteral("subject")).digest;

    if (!reader.failed() && manifest.kind == Kind::Index) {
        if (const auto entries = reader.boundedArray(root, rootPath, u"manifests")) {
            manifest.manifests.reserve(entries->size());
            for (qsizetype i = 0; i < entries->size() && !reader.failed(); ++i)
                manifest.manifests.append(
                    reader.descriptor(entries->at(i), indexPath(QStringLiteral("manifests"), i)));
        }
    } else if (!reader.failed()) {
        manifest.config =
            reader.descriptor(reader.member(root, rootPath, u"config", true), QStringLiteral("config"));
        const OciDescriptor &config = manifest.config;
        if (const auto layers = reader.boundedArray(root, rootPath, u"layers")) {
            manifest.layers.reserve(layers->size());
            for (qsizetype i = 0; i < layers->size() && !reader.failed(); ++i)
                manifest.layers.append(reader.descriptor(layers->at(i), indexPath(QStringLiteral("layers"), i)));
        }
        if (manifest.artifactType.isEmpty() && config.mediaType != ociConfigType &&
            config.mediaType != dockerConfigType && config.mediaType != emptyConfigType)
            manifest.artifactType = config.mediaType;
    }

    if (reader.failed())
        return reader.error();
    return manifest;
}

} // namespace Packhouse
