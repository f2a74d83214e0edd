#pragma once

// What deleting one of the demo's container images takes and frees in the registry, read straight from the
// fake GitHub's demo scenario (tests/fakegithub/fakedemoscenario.cpp): the oracle for the sizes Details and
// Review deletion show (issue #18). Every blob of the package's active versions — a manifest's own bytes as
// the fake registry serves them (compact JSON), its config and its layers — counted once.
#include "fakedemoscenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace DemoSizes {

struct ImageDeletion
{
    qint64 sizeBytes = 0;   // the image's blobs and its children's, each once
    qint64 freedBytes = 0;  // those no version that stays references
    qint64 sharedBytes = 0; // the rest
    int goingVersions = 0;  // the index and the children no other index lists
};

// Deleting the index tagged `tag` of `owner`'s container package `name`, with the platform manifests and
// attestations it lists that no other index lists (those stay, as the deletion plan keeps them).
inline ImageDeletion ofImage(const QString &owner, const QString &name, const QString &tag)
{
    QJsonArray versions;
    for (const QJsonValue &package :
         FakeGitHub::DemoScenario::scenario().value(QStringLiteral("packages")).toArray()) {
        const QJsonObject object = package.toObject();
        if (object.value(QStringLiteral("owner")).toString() == owner &&
            object.value(QStringLiteral("type")).toString() == QStringLiteral("container") &&
            object.value(QStringLiteral("name")).toString() == name)
            versions = object.value(QStringLiteral("versions")).toArray();
    }
    QHash<QString, QJsonObject> manifestOf; // the active versions' manifests, by digest
    QString indexDigest;
    for (const QJsonValue &value : versions) {
        const QJsonObject version = value.toObject();
        if (version.contains(QStringLiteral("deleted_age_days")))
            continue;
        const QString digest = version.value(QStringLiteral("name")).toString();
        manifestOf.insert(digest, version.value(QStringLiteral("manifest")).toObject());
        if (version.value(QStringLiteral("tags")).toArray().contains(tag))
            indexDigest = digest;
    }
    const auto blobsOf = [&manifestOf](const QString &digest) {
        const QJsonObject manifest = manifestOf.value(digest);
        QHash<QString, qint64> blobs{{digest, QJsonDocument(manifest).toJson(QJsonDocument::Compact).size()}};
        if (manifest.contains(QStringLiteral("config"))) {
            QJsonArray referenced = manifest.value(QStringLiteral("layers")).toArray();
            referenced.append(manifest.value(QStringLiteral("config")));
            for (const QJsonValue &blob : referenced) {
                blobs.insert(blob.toObject().value(QStringLiteral("digest")).toString(),
                             blob.toObject().value(QStringLiteral("size")).toInteger());
            }
        }
        return blobs;
    };
    const auto entriesOf = [&manifestOf](const QString &digest) {
        QStringList entries;
        for (const QJsonValue &entry : manifestOf.value(digest).value(QStringLiteral("manifests")).toArray())
            entries.append(entry.toObject().value(QStringLiteral("digest")).toString());
        return entries;
    };

    QSet<QString> image{indexDigest};
    QSet<QString> going{indexDigest};
    for (const QString &entry : entriesOf(indexDigest)) {
        image.insert(entry);
        bool listedElsewhere = false;
        for (auto other = manifestOf.cbegin(); other != manifestOf.cend(); ++other)
            listedElsewhere =
                listedElsewhere || (other.key() != indexDigest && entriesOf(other.key()).contains(entry));
        if (!listedElsewhere)
            going.insert(entry);
    }

    QHash<QString, qint64> sizeOf;
    QHash<QString, QSet<QString>> referencedBy;
    for (auto version = manifestOf.cbegin(); version != manifestOf.cend(); ++version) {
        const QHash<QString, qint64> blobs = blobsOf(version.key());
        for (auto blob = blobs.cbegin(); blob != blobs.cend(); ++blob) {
            sizeOf.insert(blob.key(), blob.value());
            referencedBy[blob.key()].insert(version.key());
        }
    }
    QSet<QString> imageBlobs;
    QSet<QString> goingBlobs;
    for (const QString &digest : image) {
        for (const QString &blob : blobsOf(digest).keys()) {
            imageBlobs.insert(blob);
            if (going.contains(digest))
                goingBlobs.insert(blob);
        }
    }
    ImageDeletion deletion;
    deletion.goingVersions = int(going.size());
    for (const QString &blob : imageBlobs)
        deletion.sizeBytes += sizeOf.value(blob);
    for (const QString &blob : goingBlobs) {
        if ((referencedBy.value(blob) - going).isEmpty())
            deletion.freedBytes += sizeOf.value(blob);
    }
    deletion.sharedBytes = deletion.sizeBytes - deletion.freedBytes;
    return deletion;
}

} // namespace DemoSizes
