#pragma once

#include "apierror.h"
#include "journalentry.h"
#include "namespaceref.h"
#include "packagetype.h"

#include <QStringList>

#include <optional>

namespace Packhouse {

// One mutation the operation queue carries out.
struct Operation
{
    enum class Kind : quint8
    {
        DeleteVersion,
        DeletePackage,
        RestoreVersion,
        RestorePackage
    };

    Kind kind = Kind::DeleteVersion;
    NamespaceRef owner;
    PackageType packageType = PackageType::Container;
    QString packageName;
    qint64 versionId = 0; // 0 for whole packages
    QString versionName;
    QStringList tags;
    // Versions whose operations in the same run must succeed before this one is sent: the images that list
    // or are signed by the version it deletes. When one of them fails, this one is skipped (DeletionPlan sets
    // them; deleting the child of an image that stays would break the image).
    QList<qint64> dependsOnVersionIds;

    bool isDelete() const { return kind == Kind::DeleteVersion || kind == Kind::DeletePackage; }
    bool isWholePackage() const { return kind == Kind::DeletePackage || kind == Kind::RestorePackage; }
    // How messages name the version: its tags ("latest/1.4.0"), else its short digest, else its name.
    QString versionLabel() const { return versionLabel(tags, versionName); }
    static QString versionLabel(const QStringList &tags, const QString &versionName);

    static Operation onVersion(Kind kind, const NamespaceRef &owner, PackageType type,
                               const QString &packageName, qint64 versionId, const QString &versionName,
                               const QStringList &tags = {});
    static Operation onPackage(Kind kind, const NamespaceRef &owner, PackageType type,
                               const QString &packageName);
    // The restore that undoes a journaled delete.
    static Operation undoing(const JournalEntry &deletion);
    // The journal's record of this operation; the caller adds the run, host, outcome and time.
    JournalEntry toJournalEntry() const;
};

struct OperationResult
{
    enum class Status : quint8
    {
        Pending,
        Running,
        Done,
        Failed,
        Skipped, // not sent: an operation it depends on failed
        Cancelled
    };

    Status status = Status::Pending;
    int attempts = 0;
    bool wasAlreadyDone = false; // a retry answered 404: the first attempt had gone through
    std::optional<ApiError> error;
    QString skipReason; // "kept because deleting 1.3.0 failed"
};

} // namespace Packhouse
