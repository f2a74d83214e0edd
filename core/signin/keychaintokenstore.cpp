#include "keychaintokenstore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
// QtKeychain links Qt D-Bus on these systems: it is how the Secret Service is reached.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#define PACKHOUSE_KEYCHAIN_OVER_DBUS
#endif

namespace Packhouse {

Q_LOGGING_CATEGORY(lcKeychain, "packhouse.keychain")

namespace {

// Through libsecret a missing session bus or Secret Service comes back as OtherError, not NoBackendAvailable.
// Asked only after a failure, so the blocking D-Bus call never delays a working keychain.
bool secretServiceMissing()
{
#ifdef PACKHOUSE_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return !bus.isConnected() ||
           !bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
#else
    return false;
#endif
}

TokenStoreResult resultOf(const QKeychain::Job &job)
{
    using Status = TokenStoreResult::Status;
    TokenStoreResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (const auto *readJob = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.token = readJob->textData();
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = secretServiceMissing() ? Status::Unavailable : Status::Failed;
        break;
    }
    result.message = job.errorString();
    return result;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

TokenStoreJob *KeychainTokenStore::read(const QString &host, const QString &login)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keyFor(host, login));
    return start(job, QStringLiteral("read"));
}

TokenStoreJob *KeychainTokenStore::write(const QString &host, const QString &login, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(host, login));
    job->setTextData(token);
    return start(job, QStringLiteral("write"));
}

TokenStoreJob *KeychainTokenStore::remove(const QString &host, const QString &login)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(host, login));
    return start(job, QStringLiteral("remove"));
}

TokenStoreJob *KeychainTokenStore::start(QKeychain::Job *keychainJob, const QString &what)
{
    // Never a plaintext file instead of the keychain.
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    auto *job = new TokenStoreJob;
    const QString key = keychainJob->key();
    connect(keychainJob, &QKeychain::Job::finished, job, [job, what, key](QKeychain::Job *finished) {
        const TokenStoreResult result = resultOf(*finished);
        if (result.status != TokenStoreResult::Status::Ok &&
            result.status != TokenStoreResult::Status::NotFound)
            qCWarning(lcKeychain) << "keychain" << what << "of" << key << "failed:" << result.message;
        job->finish(result);
    });
    QTimer::singleShot(m_watchdogInterval, job, [job, what, key, interval = m_watchdogInterval] {
        if (!job->isFinishing())
            qCWarning(lcKeychain) << "keychain" << what << "of" << key << "has not finished after"
                                  << interval.count()
                                  << "ms; QtKeychain runs one job at a time, so later jobs wait too";
    });
    keychainJob->start();
    return job;
}

} // namespace Packhouse
