#pragma once

// Helpers shared by the sign-in suites.
#include "accountsettings.h"
#include "deletionjournal.h"
#include "memorytokenstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

#include <optional>
#include <utility>

// Clears the token variables for the test's duration (a developer's own GH_TOKEN must not leak in) and
// restores them afterwards.
class TokenEnvironmentGuard
{
public:
    TokenEnvironmentGuard()
    {
        for (const char *name : names) {
            m_saved.append(
                {name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt});
            qunsetenv(name);
        }
    }
    ~TokenEnvironmentGuard()
    {
        for (const auto &[name, value] : std::as_const(m_saved)) {
            if (value)
                qputenv(name, *value);
            else
                qunsetenv(name);
        }
    }
    TokenEnvironmentGuard(const TokenEnvironmentGuard &) = delete;
    TokenEnvironmentGuard &operator=(const TokenEnvironmentGuard &) = delete;

private:
    static constexpr const char *names[] = {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN",
                                            "GITHUB_ENTERPRISE_TOKEN"};
    QList<std::pair<const char *, std::optional<QByteArray>>> m_saved;
};

// What a SessionManager keeps on disk, in a temporary directory: settings, remembered accounts, the journal.
struct SessionScratch
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Packhouse::AccountSettings accounts{&settings};
    Packhouse::DeletionJournal journal{dir.filePath(QStringLiteral("journal.jsonl"))};
};

// A loopback URL nobody listens on: a port just freed.
inline QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

template<typename T>
T *findByAccessibleName(const QWidget *root, const QString &name)
{
    const auto children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

// Tokens in memory, but standing in for a working keychain (MemoryTokenStore says it is not persistent).
class PersistentMemoryTokenStore : public Packhouse::MemoryTokenStore
{
public:
    bool isPersistent() const override { return true; }
};
