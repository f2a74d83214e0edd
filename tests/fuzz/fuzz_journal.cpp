// Fuzzes the journal reader: the input is a whole journal file, read through DeletionJournal, and each of its
// lines through JournalEntry::fromJsonLine.
#include "deletionjournal.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

using namespace Packhouse;

namespace {

void checkEntry(const JournalEntry &entry)
{
    FUZZ_CHECK(entry.isComplete());
    // What was read is written back the same way: the journal must survive a rewrite.
    const QByteArray line = entry.toJsonLine();
    FUZZ_CHECK(line.endsWith('\n') && line.count('\n') == 1);
    const std::optional<JournalEntry> again = JournalEntry::fromJsonLine(line);
    FUZZ_CHECK(again && *again == entry);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : contents.split('\n')) {
        if (const std::optional<JournalEntry> entry = JournalEntry::fromJsonLine(line))
            checkEntry(*entry);
    }

    static const QString path =
        QDir::temp().filePath(QStringLiteral("packhouse-fuzz-journal-%1.jsonl").arg(::getpid()));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(contents) == contents.size());
    file.close();
    const DeletionJournal journal(path);
    const QList<JournalEntry> entries = journal.readAll();
    for (const JournalEntry &entry : entries)
        checkEntry(entry);
    FUZZ_CHECK(entries.size() + journal.corruptLines() <= contents.count('\n') + 1);
    static const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    for (const JournalEntry &entry : journal.restorable(now))
        FUZZ_CHECK(entry.isDelete() && entry.outcome == JournalEntry::Outcome::Done);
    for (const JournalEntry &entry : journal.unfinished())
        FUZZ_CHECK(entry.outcome == JournalEntry::Outcome::Attempted);
    return 0;
}
