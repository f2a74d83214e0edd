#pragma once

#include <QByteArray>
#include <QCache>
#include <QString>
#include <QUrl>

#include <optional>

namespace Packhouse {

// ETag-validated answers, in memory and on disk, per account (host + login). Never holds a token: keys and
// files are derived from the account and the URL only.
class ResponseCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray body;
        QByteArray link;
        QByteArray contentType;
    };

    // `directory` empty: memory only.
    explicit ResponseCache(const QString &directory, qint64 memoryBudgetBytes = 64 * 1024 * 1024);

    static QString defaultDirectory();

    std::optional<Entry> lookup(const QString &account, const QUrl &url) const;
    void store(const QString &account, const QUrl &url, const Entry &entry);
    void clearAccount(const QString &account);
    QString directory() const { return m_directory; }

private:
    QString accountDirectory(const QString &account) const;
    static QByteArray keyFor(const QString &account, const QUrl &url);

    QString m_directory;
    mutable QCache<QByteArray, Entry> m_memory;
};

} // namespace Packhouse
