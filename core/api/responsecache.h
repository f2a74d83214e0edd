#pragma once

#include <QByteArray>
#include <QCache>
#include <QDateTime>
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
        QDateTime confirmedAt; // when GitHub last answered with these bytes (200 or 304)
    };

    // `directory` empty: memory only.
    explicit ResponseCache(const QString &directory, qint64 memoryBudgetBytes = 64 * 1024 * 1024);

    static QString defaultDirectory();

    std::optional<Entry> lookup(const QString &account, const QUrl &url) const;
    void store(const QString &account, const QUrl &url, const Entry &entry);
    // GitHub answered 304: the copy is current as of `time`. On disk only the file's time moves, and only
    // when it is minutes old, so a refresh of unchanged pages writes nothing.
    void confirm(const QString &account, const QUrl &url, const QDateTime &time);
    void clearAccount(const QString &account);
    // When GitHub last confirmed any answer of the account kept on disk (to the few minutes confirm() keeps);
    // invalid when there is none.
    QDateTime lastConfirmed(const QString &account) const;
    QString directory() const { return m_directory; }

private:
    QString accountDirectory(const QString &account) const;
    static QByteArray keyFor(const QString &account, const QUrl &url);

    QString m_directory;
    mutable QCache<QByteArray, Entry> m_memory;
};

} // namespace Packhouse
