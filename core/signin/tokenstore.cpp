#include "tokenstore.h"

namespace Packhouse {

TokenStoreJob::TokenStoreJob(QObject *parent)
    : QObject(parent)
{}

void TokenStoreJob::finish(const TokenStoreResult &result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    // Queued even when the result is known at once, so callers can connect after the job is returned.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            emit finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

TokenStore::~TokenStore() = default;

QString TokenStore::keyFor(const QString &host, const QString &login)
{
    return host.toLower() + u'/' + login.toLower();
}

} // namespace Packhouse
