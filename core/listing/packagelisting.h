#pragma once

#include "githubclient.h"
#include "listingoutcome.h"
#include "package.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Packhouse {

// Lists the packages of one namespace over several package types (GitHub lists one type at a time), the
// types in parallel, each following `Link: next`. Never asks for page × per_page beyond 10,000.
class PackageListing : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxListablePackages = 10'000;

    PackageListing(GitHubClient *client, const NamespaceRef &owner, const QList<PackageType> &types,
                   QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return !m_inFlight.isEmpty(); }

Q_SIGNALS:
    void packagesReceived(Packhouse::PackageType type, const QList<Packhouse::Package> &packages);
    void finished(const Packhouse::ListingOutcome &outcome);

private:
    void requestPage(PackageType type, int page);
    void onPage(PackageType type, int page, const ApiResponse &response);

    GitHubClient *m_client; // not owned
    NamespaceRef m_owner;
    QList<PackageType> m_types;
    QHash<PackageType, QPointer<ApiJob>> m_inFlight;
    ListingOutcome m_outcome;
};

} // namespace Packhouse
