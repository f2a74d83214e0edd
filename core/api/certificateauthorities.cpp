#include "certificateauthorities.h"

#include <QSslConfiguration>

namespace Packhouse {

QList<QSslCertificate> CertificateAuthorities::readPem(const QString &path)
{
    return QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
}

void CertificateAuthorities::trust(const QList<QSslCertificate> &authorities)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(authorities);
    QSslConfiguration::setDefaultConfiguration(tls);
}

} // namespace Packhouse
