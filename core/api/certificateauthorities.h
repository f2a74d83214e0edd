#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Packhouse {

// Certificate authorities trusted besides the system's: a GitHub Enterprise Server's private CA, or the fake
// GitHub's test certificate (`--ca-certificates FILE` of the app and of packhouse-prune).
class CertificateAuthorities
{
public:
    // The PEM certificates in `path`; empty when there are none (or the file cannot be read).
    static QList<QSslCertificate> readPem(const QString &path);
    // Every connection made afterwards trusts them too.
    static void trust(const QList<QSslCertificate> &authorities);
};

} // namespace Packhouse
