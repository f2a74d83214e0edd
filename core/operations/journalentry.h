#pragma once

#include "namespaceref.h"
#include "packagetype.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Packhouse {

// One line of the deletion journal: a mutation about to happen (Attempted), how it ended (Done, Failed), that
// it was never sent because one it depended on failed (Skipped), or that an interrupted attempt's end could not
// be told from GitHub's answers (Unknown: "check on GitHub"). It never holds a token.
struct JournalEntry
{
    enum class Action : quint8
    {
        DeleteVersion,
        DeletePackage,
        RestoreVersion,
        RestorePackage
    };
    enum class Outcome : quint8
    {
        Attempted,
        Done,
        Failed,
        Skipped,
        Unknown
    };

    QString operationId; // shared by the Attempted entry and the entry that ends it
    QString host;
    NamespaceRef owner;
    PackageType packageType = PackageType::Container;
    QString packageName;
    qint64 versionId = 0; // 0 for a whole package
    QString versionName;
    QStringList tags;
    Action action = Action::DeleteVersion;
    Outcome outcome = Outcome::Attempted;
    QDateTime time;
    QString message;

    bool isDelete() const { return action == Action::DeleteVersion || action == Action::DeletePackage; }
    bool isRestore() const { return !isDelete(); }
    // Whether both entries are about the same version (or the same whole package) on the same server.
    bool sameTarget(const JournalEntry &other) const;
    // Whether the entry has what a journal line needs: operation id, host, package name and a valid time.
    bool isComplete() const;

    // Compact JSON ending in '\n'; the JSON itself never contains a raw newline.
    QByteArray toJsonLine() const;
    // nullopt for anything but a complete entry written by toJsonLine() (a torn or garbled line).
    static std::optional<JournalEntry> fromJsonLine(QByteArrayView line);

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

} // namespace Packhouse
