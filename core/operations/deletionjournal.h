#pragma once

#include "journalentry.h"

#include <QList>
#include <QString>

#include <chrono>

namespace Packhouse {

// The append-only record of every delete and restore done through Packhouse (issue #4): one JSON object per
// line, each append a single write followed by fsync, so it survives crashes. A torn or garbled line is
// skipped on read and counted in corruptLines(). Deleted whole packages cannot be listed through REST: this
// journal is how they are found again to be restored within GitHub's 30 days.
class DeletionJournal
{
public:
    // Lines longer than this are skipped as corrupt without being parsed.
    static constexpr qsizetype maxLineBytes = 4 * 1024 * 1024;

    // The file (typically AppDataLocation/journal.jsonl) and its folder are created on the first append.
    explicit DeletionJournal(const QString &filePath);

    QString filePath() const { return m_filePath; }
    // The app's journal (AppDataLocation/journal.jsonl), shared with packhouse-prune on the same machine.
    static QString defaultFilePath();

    // False, with a reason in `error`, when the entry is incomplete or could not be made durable.
    bool append(const JournalEntry &entry, QString *error = nullptr);

    // Every readable entry in the order written.
    QList<JournalEntry> readAll() const;
    // Lines that could not be read: a torn last line after a crash, or damage.
    int corruptLines() const;

    // Items deleted (outcome Done, or Unknown, of a Delete*) within `window` of `now` and not restored since (a
    // later Done Restore* of the same target), newest first.
    QList<JournalEntry> restorable(const QDateTime &now,
                                   std::chrono::days window = std::chrono::days(30)) const;
    // Attempted entries with no Done or Failed entry for the same operation and target, one per target: a
    // crash happened mid-request (JournalReconciler asks the server how it ended).
    QList<JournalEntry> unfinished() const;

private:
    struct Contents
    {
        QList<JournalEntry> entries;
        int corruptLines = 0;
    };
    Contents read() const;

    QString m_filePath;
};

} // namespace Packhouse
