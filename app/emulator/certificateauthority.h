#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

namespace kvs::emulator {

/// A throw-away certificate authority made at start: a self-signed CA and a server certificate for
/// 127.0.0.1, localhost and ::1 signed by it. Clients trust caPem explicitly; nothing is ever unverified.
class CertificateAuthority final
{
public:
    /// Generates both key pairs (EC P-256) and certificates valid from an hour ago for validDays days.
    static Result<CertificateAuthority> generate(int validDays = 7);

    QByteArray caPem() const { return m_caPem; }
    QSslCertificate caCertificate() const { return QSslCertificate(m_caPem, QSsl::Pem); }
    QSslCertificate serverCertificate() const { return QSslCertificate(m_serverPem, QSsl::Pem); }
    QSslKey serverKey() const { return QSslKey(m_serverKeyPem, QSsl::Ec, QSsl::Pem); }

private:
    QByteArray m_caPem;
    QByteArray m_serverPem;
    QByteArray m_serverKeyPem;
};

} // namespace kvs::emulator
