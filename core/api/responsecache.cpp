#include "responsecache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Packhouse {

namespace {

constexpr quint32 cacheFileMagic = 0x50484332; // "PHC2": PHC1 files lack the confirmation time

QByteArray hashed(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(40);
}

} // namespace

ResponseCache::ResponseCache(const QString &directory, qint64 memoryBudgetBytes)
    : m_directory(directory)
    , m_memory(memoryBudgetBytes)
{}

QString ResponseCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/http");
}

QByteArray ResponseCache::keyFor(const QString &account, const QUrl &url)
{
    return hashed(account.toUtf8() + '\n' + url.toEncoded());
}

QString ResponseCache::accountDirectory(const QString &account) const
{
    return m_directory + u'/' + QString::fromLatin1(hashed(account.toUtf8()));
}

std::optional<ResponseCache::Entry> ResponseCache::lookup(const QString &account, const QUrl &url) const
{
    const QByteArray key = keyFor(account, url);
    if (const Entry *entry = m_memory.object(key))
        return *entry;
    if (m_directory.isEmpty())
        return std::nullopt;

    QFile file(accountDirectory(account) + u'/' + QString::fromLatin1(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    quint32 magic = 0;
    Entry entry;
    in >> magic >> entry.etag >> entry.link >> entry.contentType >> entry.confirmedAt >> entry.body;
    if (in.status() != QDataStream::Ok || magic != cacheFileMagic)
        return std::nullopt;
    // confirm() moves the file's time, not its contents.
    entry.confirmedAt = qMax(entry.confirmedAt, file.fileTime(QFileDevice::FileModificationTime).toUTC());
    m_memory.insert(key, new Entry(entry), qMax<qsizetype>(1, entry.body.size()));
    return entry;
}

void ResponseCache::store(const QString &account, const QUrl &url, const Entry &entry)
{
    const QByteArray key = keyFor(account, url);
    m_memory.insert(key, new Entry(entry), qMax<qsizetype>(1, entry.body.size()));
    if (m_directory.isEmpty())
        return;

    const QString dir = accountDirectory(account);
    QDir().mkpath(dir);
    // QSaveFile: a crash mid-write leaves the previous copy, never a torn one.
    QSaveFile file(dir + u'/' + QString::fromLatin1(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out << cacheFileMagic << entry.etag << entry.link << entry.contentType << entry.confirmedAt << entry.body;
    file.commit();
}

void ResponseCache::confirm(const QString &account, const QUrl &url, const QDateTime &time)
{
    constexpr qint64 diskPrecisionSeconds = 5 * 60;
    std::optional<Entry> entry = lookup(account, url);
    if (!entry)
        return;
    const bool diskCopyOld =
        !entry->confirmedAt.isValid() || entry->confirmedAt.secsTo(time) > diskPrecisionSeconds;
    entry->confirmedAt = time;
    const QByteArray key = keyFor(account, url);
    m_memory.insert(key, new Entry(*entry), qMax<qsizetype>(1, entry->body.size()));
    // On disk the file's time carries the confirmation: the body is not written again.
    if (diskCopyOld && !m_directory.isEmpty()) {
        QFile file(accountDirectory(account) + u'/' + QString::fromLatin1(key));
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(time, QFileDevice::FileModificationTime);
    }
}

void ResponseCache::clearAccount(const QString &account)
{
    m_memory.clear();
    if (!m_directory.isEmpty())
        QDir(accountDirectory(account)).removeRecursively();
}

QDateTime ResponseCache::lastConfirmed(const QString &account) const
{
    QDateTime latest;
    if (m_directory.isEmpty())
        return latest;
    // A file is written when GitHub's answer changes or its confirmation is minutes old: its time says it.
    QDirIterator files(accountDirectory(account), QDir::Files);
    while (files.hasNext()) {
        const QDateTime written = files.nextFileInfo().lastModified().toUTC();
        if (!latest.isValid() || written > latest)
            latest = written;
    }
    return latest;
}

} // namespace Packhouse
