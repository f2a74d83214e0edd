#pragma once

// Whether the keychain tests can run here. Asked of the session bus itself, not of the store under test: a
// store that wrongly answered "unavailable" beside a working Secret Service must fail its tests, not skip
// them.
#include <QString>
#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#define PACKHOUSE_TESTS_KEYCHAIN_OVER_DBUS
#endif

namespace SecretService {

inline constexpr char missing[] = "no Secret Service on the session bus";
// What a keychain test says when it skips (ctest lists it as skipped, with this line in its log).
inline constexpr char skipReason[] =
    "no Secret Service on the session bus; run through tests/with-secret-service.sh";

// tests/with-secret-service.sh sets PACKHOUSE_REQUIRE_KEYCHAIN=1: under it a missing keychain fails.
inline bool required()
{
    return qEnvironmentVariable("PACKHOUSE_REQUIRE_KEYCHAIN") == u"1";
}

// A Secret Service is running on the session bus, or the bus would start one on first use.
inline bool available()
{
#ifdef PACKHOUSE_TESTS_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    return bus.interface()->isServiceRegistered(name).value() ||
           bus.interface()->activatableServiceNames().value().contains(name);
#else
    return true; // the system's own keychain (macOS, Windows) is always there
#endif
}

} // namespace SecretService
