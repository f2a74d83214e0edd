#include "memorytokenstore.h"

namespace Packhouse {

namespace {

TokenStoreJob *finishedJob(TokenStoreResult::Status status, const QString &token = {},
                           const QString &message = {})
{
    auto *job = new TokenStoreJob;
    job->finish({status, token, message});
    return job;
}

} // namespace

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : QObject(parent)
{}

TokenStoreJob *MemoryTokenStore::read(const QString &host, const QString &login)
{
    const auto found = m_tokens.constFind(keyFor(host, login));
    if (found == m_tokens.constEnd())
        return finishedJob(TokenStoreResult::Status::NotFound, {},
                           tr("No token is stored for %1 on %2.").arg(login, host));
    return finishedJob(TokenStoreResult::Status::Ok, *found);
}

TokenStoreJob *MemoryTokenStore::write(const QString &host, const QString &login, const QString &token)
{
    m_tokens.insert(keyFor(host, login), token);
    return finishedJob(TokenStoreResult::Status::Ok);
}

TokenStoreJob *MemoryTokenStore::remove(const QString &host, const QString &login)
{
    if (m_tokens.remove(keyFor(host, login)) == 0)
        return finishedJob(TokenStoreResult::Status::NotFound, {},
                           tr("No token is stored for %1 on %2.").arg(login, host));
    return finishedJob(TokenStoreResult::Status::Ok);
}

} // namespace Packhouse
