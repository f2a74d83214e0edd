#pragma once

#include "bearerchallenge.h"
#include "githubclient.h"
#include "ocimanifest.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Packhouse {

// Reads container manifests from the package registry (ghcr.io, containers.HOST on GHES, or the test server):
// exchanges the token for a pull token per repository where the registry's Bearer challenge says (ghcr.io's
// /token is known beforehand; other registries are asked once, at /v2/), asks with Accept for indexes and
// manifests, and caches manifests by digest in memory and on disk — they are immutable, and every GET counts
// as a download.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    // `cacheDirectory` empty: memory only.
    RegistryClient(GitHubClient *client, const QString &cacheDirectory, QObject *parent = nullptr);

    // Emits manifestReady or manifestFailed for `digest` once (at once, queued, when cached).
    void fetchManifest(const QString &owner, const QString &packageName, const QString &digest);
    std::optional<OciManifest> cachedManifest(const QString &digest) const;
    int networkFetches() const { return m_networkFetches; }

Q_SIGNALS:
    void manifestReady(const QString &digest, const Packhouse::OciManifest &manifest);
    void manifestFailed(const QString &digest, const Packhouse::ApiError &error);

private:
    static QString repositoryOf(const QString &owner, const QString &packageName);
    void requestToken(const QString &repository);
    // Asks /v2/ for the registry's challenge; then requests the tokens the waiting repositories need.
    void probeChallenge();
    void failWaiting(const QString &repository, const ApiError &error);
    void requestManifest(const QString &repository, const QString &digest, bool retryWithNewToken);
    void onManifest(const QString &repository, const QString &digest, bool retryWithNewToken,
                    const ApiResponse &response);
    std::optional<OciManifest> loadFromDisk(const QString &digest) const;
    void saveToDisk(const QString &digest, const QByteArray &contentType, const QByteArray &body) const;
    QString diskPath(const QString &digest) const;

    GitHubClient *m_client; // not owned
    QString m_cacheDirectory;
    mutable QHash<QString, OciManifest> m_manifests;
    std::optional<BearerChallenge> m_challenge; // where pull tokens come from, once known
    bool m_probing = false;
    QHash<QString, QByteArray> m_tokens;              // pull token per repository; empty: none needed
    QHash<QString, QList<QString>> m_waitingForToken; // repository → digests
    QSet<QString> m_inFlight;                         // digests being fetched
    QSet<QString> m_retriedWithNewToken;
    int m_networkFetches = 0;
};

} // namespace Packhouse
