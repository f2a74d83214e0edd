#pragma once

#include <QObject>
#include <QString>

namespace Packhouse {

// How a token store operation ended. `token` is set only by a successful read; never log it.
struct TokenStoreResult
{
    enum class Status : quint8
    {
        Ok,
        NotFound,    // no token stored for this host and login: not a failure
        Unavailable, // no keychain (no backend, access denied): the token can live only in memory
        Failed,      // the keychain answered with an error
    };

    Status status = Status::Failed;
    QString token;
    QString message; // for people; never contains the token
};

// One read, write or remove. Emits finished() exactly once, always queued (never inside the call that created
// the job), then deletes itself.
class TokenStoreJob : public QObject
{
    Q_OBJECT

public:
    explicit TokenStoreJob(QObject *parent = nullptr);

    // For stores: delivers `result` on the next event-loop turn; later calls are ignored.
    void finish(const Packhouse::TokenStoreResult &result);
    bool isFinishing() const { return m_finishing; }

signals:
    void finished(const Packhouse::TokenStoreResult &result);

private:
    bool m_finishing = false;
};

// Where tokens are kept, keyed by host and login (issue #5).
class TokenStore
{
public:
    virtual ~TokenStore();

    virtual TokenStoreJob *read(const QString &host, const QString &login) = 0;
    virtual TokenStoreJob *write(const QString &host, const QString &login, const QString &token) = 0;
    virtual TokenStoreJob *remove(const QString &host, const QString &login) = 0;
    // False when tokens are forgotten at exit (the in-memory fallback).
    virtual bool isPersistent() const = 0;

    // "HOST/LOGIN", lower case: hosts and GitHub logins are case-insensitive.
    static QString keyFor(const QString &host, const QString &login);
};

} // namespace Packhouse

Q_DECLARE_METATYPE(Packhouse::TokenStoreResult)
