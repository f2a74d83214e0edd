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

    bool isDelete() const { return kind == Kind::DeleteVersion || kind == Kind::DeletePackage; }
    bool isWholePackage() const { return kind == Kind::DeletePackage || kind == Kind::RestorePackage; }

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
        Cancelled
    };

    Status status = Status::Pending;
    int attempts = 0;
    bool wasAlreadyDone = false; // a retry answered 404: the first attempt had gone through
    std::optional<ApiError> error;
};

} // namespace Packhouse
