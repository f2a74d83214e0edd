#pragma once

// Building blocks of OCI manifests for scenarios of the fake GitHub: digests and descriptors as the fake
// registry serves them (the compact JSON of a manifest is what its digest is of).
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace OciTestData {

inline QString sha256(const QByteArray &data)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The bytes the fake registry serves for `manifest`.
inline QByteArray bytesOf(const QJsonObject &manifest)
{
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

inline QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("digest"), digest},
                       {QStringLiteral("size"), size}};
}

} // namespace OciTestData
