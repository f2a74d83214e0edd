#pragma once

#include "tokenstore.h"

#include <QHash>

namespace Packhouse {

// Tokens for this run only, used when no keychain is available. Nothing is written anywhere.
class MemoryTokenStore : public QObject, public TokenStore
{
    Q_OBJECT

public:
    explicit MemoryTokenStore(QObject *parent = nullptr);

    TokenStoreJob *read(const QString &host, const QString &login) override;
    TokenStoreJob *write(const QString &host, const QString &login, const QString &token) override;
    TokenStoreJob *remove(const QString &host, const QString &login) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_tokens; // by TokenStore::keyFor()
};

} // namespace Packhouse
