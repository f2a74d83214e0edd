#pragma once

#include "versionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Packhouse {

// What the rows of a VersionStore say in VersionTreeModel's text columns and tooltips.
class VersionRowText
{
    // The strings are the model's: translated in its context.
    Q_DECLARE_TR_FUNCTIONS(Packhouse::VersionTreeModel)

public:
    explicit VersionRowText(const VersionStore &store);

    // A group's title with its count; a referrer's role ("Signature", "Attestations", "SBOM"); an index
    // entry's platform (or short digest, or what it attests); otherwise the version's label.
    QString name(int item) const;
    // Containers: the digest, shortened; empty for groups and other package types.
    QString digest(int item) const;
    // Since the version was created, in days.
    QString age(int item, const QDateTime &now) const;
    // Groups: whether the listing runs. Versions: deleted (with `daysLeft` to restore it), missing, a
    // referrer whose image is gone, loading its manifest or `manifestUnreadable`, shared by several indexes.
    QString state(int item, bool listing, std::optional<int> daysLeft, bool manifestUnreadable) const;
    // An entry of several indexes: the others.
    QString sharedToolTip(int item) const;
    // "Signature", "Attestations", "SBOM": what a referrer is called wherever versions are shown.
    static QString referrerName(ReferrerRole role);
    // An index's entry as name() shows it: its platform ("linux/arm64"), "Attestation of linux/amd64", what a
    // referrer holds, else its short digest.
    static QString entryName(const VersionStore::IndexEntry &entry);

private:
    const VersionStore &m_store; // not owned
};

} // namespace Packhouse
