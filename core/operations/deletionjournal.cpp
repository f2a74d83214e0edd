#include "deletionjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace Packhouse {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Whether the file ends in the middle of a line, as a write torn by a crash leaves it.
bool endsMidLine(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    char last = '\n';
    return file.seek(file.size() - 1) && file.getChar(&last) && last != '\n';
}

// A new file's directory entry is durable only once the directory itself is synced.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// Equal for entries about the same target, as JournalEntry::sameTarget() decides.
QString targetKey(const JournalEntry &entry)
{
    return QStringList{entry.host.toLower(),
                       entry.owner.isOrganization() ? QStringLiteral("org") : QStringLiteral("user"),
                       entry.owner.login.toLower(),
                       packageTypeToApi(entry.packageType),
                       entry.packageName,
                       QString::number(entry.versionId)}
        .join(u'\n');
}

} // namespace

DeletionJournal::DeletionJournal(const QString &filePath)
    : m_filePath(filePath)
{}

bool DeletionJournal::append(const JournalEntry &entry, QString *error)
{
    if (!entry.isComplete()) {
        setError(error,
                 QStringLiteral("incomplete journal entry (operation, host, package and time are required)"));
        return false;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
        return false;
    }
    const bool isNew = !info.exists();

    // Start on a fresh line after a torn one, so that a crash costs only the line it tore.
    QByteArray data = entry.toJsonLine();
    if (!isNew && endsMidLine(m_filePath))
        data.prepend('\n');

    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        setError(error, QStringLiteral("cannot open %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    file.close();
    if (isNew)
        syncDirectory(info.absolutePath());
    return true;
}

DeletionJournal::Contents DeletionJournal::read() const
{
    Contents contents;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return contents;
    // One buffer for all lines (readLine(maxSize) would allocate maxSize for each), no longer than the file.
    QByteArray buffer(qMin<qint64>(file.size(), maxLineBytes) + 2, Qt::Uninitialized);
    const auto readLine = [&file, &buffer] {
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        return QByteArrayView(buffer.constData(), qMax<qint64>(length, 0));
    };
    while (!file.atEnd()) {
        const QByteArrayView line = readLine();
        if (!line.endsWith('\n') && !file.atEnd()) {
            // An overlong line was cut short: skip the rest of it without holding it in memory.
            while (!file.atEnd() && !readLine().endsWith('\n')) {
            }
            ++contents.corruptLines;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<JournalEntry> entry = JournalEntry::fromJsonLine(line))
            contents.entries.append(std::move(*entry));
        else
            ++contents.corruptLines;
    }
    return contents;
}

QString DeletionJournal::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.jsonl"));
}

QList<JournalEntry> DeletionJournal::readAll() const
{
    return read().entries;
}

int DeletionJournal::corruptLines() const
{
    return read().corruptLines;
}

QList<JournalEntry> DeletionJournal::restorable(const QDateTime &now, std::chrono::days window) const
{
    const QDateTime oldest = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window).count());
    // The last Done entry per target decides: a later delete or restore supersedes what came before. A delete
    // whose end is unknown counts too: it may well be restorable, and the restore's answer will tell.
    QHash<QString, JournalEntry> lastDone;
    Contents contents = read();
    for (JournalEntry &entry : contents.entries) {
        if (entry.outcome == JournalEntry::Outcome::Done ||
            (entry.outcome == JournalEntry::Outcome::Unknown && entry.isDelete()))
            lastDone.insert(targetKey(entry), std::move(entry));
    }
    QList<JournalEntry> deleted;
    for (const JournalEntry &entry : std::as_const(lastDone)) {
        // No upper bound: an entry stamped after `now` (a clock set back) is still a recent delete.
        if (entry.isDelete() && entry.time >= oldest)
            deleted.append(entry);
    }
    std::sort(deleted.begin(), deleted.end(), [](const JournalEntry &a, const JournalEntry &b) {
        return a.time != b.time ? a.time > b.time : a.operationId < b.operationId;
    });
    return deleted;
}

QList<JournalEntry> DeletionJournal::unfinished() const
{
    // One run shares its operation id over many targets (the queue writes it so): an outcome ends only the
    // attempt on its own target. Retries repeat the Attempted line; the last one stands for them.
    const QList<JournalEntry> entries = read().entries;
    const auto keyOf = [](const JournalEntry &entry) { return entry.operationId + u'\n' + targetKey(entry); };
    QSet<QString> finished;
    for (const JournalEntry &entry : entries) {
        if (entry.outcome != JournalEntry::Outcome::Attempted)
            finished.insert(keyOf(entry));
    }
    QHash<QString, qsizetype> position;
    QList<JournalEntry> attempted;
    for (const JournalEntry &entry : entries) {
        if (entry.outcome != JournalEntry::Outcome::Attempted || finished.contains(keyOf(entry)))
            continue;
        const QString key = keyOf(entry);
        if (const auto found = position.constFind(key); found != position.cend()) {
            attempted[*found] = entry;
        } else {
            position.insert(key, attempted.size());
            attempted.append(entry);
        }
    }
    return attempted;
}

} // namespace Packhouse
