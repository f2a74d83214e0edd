#pragma once

#include "apierror.h"
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
