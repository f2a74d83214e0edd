#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Packhouse {

// One entry of an image index (or a config/layer/subject reference of an image manifest).
struct OciDescriptor
{
    QString mediaType;
    QString digest;
    qint64 size = 0;
    QString os;
    QString architecture;
    QString variant;
    QString artifactType; // OCI 1.1: what a referrer listed by a referrers index holds
    QHash<QString, QString> annotations;

    // A buildx attestation: annotation vnd.docker.reference.type = attestation-manifest, or platform
    // unknown/unknown.
    bool isAttestation() const;
    // The platform manifest an attestation describes (annotation vnd.docker.reference.digest).
    QString attestedDigest() const;
    // "linux/arm64/v8", "linux/amd64"; empty when the entry names no platform.
    QString platform() const;
};

// A manifest read from the registry (`/v2/OWNER/NAME/manifests/DIGEST`): an image index / Docker manifest
// list, or a single image manifest (OCI or Docker v2).
struct OciManifest
{
    enum class Kind : quint8
    {
        Index,
        Image
    };

    Kind kind = Kind::Image;
    QString mediaType;
    QString digest;
    QList<OciDescriptor> manifests; // Index only, in document order
    OciDescriptor config;           // Image only
    QList<OciDescriptor> layers;    // Image only, in document order
    qint64 bodySize = 0;            // the manifest's own bytes, which the registry stores as a blob too
    QString subjectDigest;          // OCI 1.1 referrers: the manifest this one is about
    QString artifactType; // OCI 1.1; for image manifests falls back to a non-image config media type

    // Strict: a wrong type or a missing required field is a Decode error naming the field
    // ("manifests[2].platform.os"). The body's sha256/sha512 must match `digest` (manifests are cached by
    // digest, so a mismatch would poison the cache); an empty `digest` is computed from the body as sha256.
    // The media type comes from the body, else from `contentType`; both given and different is an error.
    static Result<OciManifest> decode(const QByteArray &body, const QString &digest,
                                      const QByteArray &contentType);
    // The Accept header that makes a registry answer with any of the four manifest kinds decoded here.
    static const QByteArray &acceptHeader();
    // "algorithm:encoded" as the OCI image spec defines a digest.
    static bool isDigest(QStringView text);

    static constexpr qsizetype maxEntries = 10'000;
    static constexpr qsizetype maxBodySize = 4 * 1024 * 1024; // what registries accept for a manifest
    // No registry stores a blob of a terabyte: a larger size is a corrupt manifest, not an image to add up.
    static constexpr qint64 maxBlobSize = qint64(1) << 40;
};

} // namespace Packhouse
