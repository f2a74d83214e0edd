#pragma once

#include "tokenstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace Packhouse {

// Tokens in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
// Every job's error is checked; EntryNotFound is NotFound, a missing or refusing keychain is Unavailable.
// There is no plaintext fallback. QtKeychain runs one job at a time, so a job that hangs stalls the rest: a
// watchdog logs it (category packhouse.keychain).
class KeychainTokenStore : public QObject, public TokenStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultWatchdogInterval{10'000};

    // `service` is the keychain's service name: tests use their own so as not to touch the user's tokens.
    explicit KeychainTokenStore(QObject *parent = nullptr,
                                const QString &service = QStringLiteral("packhouse"));

    TokenStoreJob *read(const QString &host, const QString &login) override;
    TokenStoreJob *write(const QString &host, const QString &login, const QString &token) override;
    TokenStoreJob *remove(const QString &host, const QString &login) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    void setWatchdogInterval(std::chrono::milliseconds interval) { m_watchdogInterval = interval; }

private:
    TokenStoreJob *start(QKeychain::Job *keychainJob, const QString &what);

    QString m_service;
    std::chrono::milliseconds m_watchdogInterval = defaultWatchdogInterval;
};

} // namespace Packhouse
