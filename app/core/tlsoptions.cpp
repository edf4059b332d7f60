#include "tlsoptions.h"

#include <QCoreApplication>
#include <QFile>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::TlsOptions)
};

} // namespace

Result<TlsOptions> TlsOptions::fromPemFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("CaFileUnreadable"),
                     Text::tr("The CA bundle %1 cannot be read: %2.").arg(path, file.errorString())};
    // A CA bundle is small; refuse to read something that is obviously not one.
    const QByteArray pem = file.read(16 * 1024 * 1024);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("CaFileEmpty"),
                     Text::tr("The CA bundle %1 contains no PEM certificate (-----BEGIN CERTIFICATE-----).")
                         .arg(path)};
    return TlsOptions{path, certificates};
}

Result<TlsOptions> TlsOptions::resolve(const QString &explicitCaFile, const QProcessEnvironment &environment)
{
    if (!explicitCaFile.isEmpty())
        return fromPemFile(explicitCaFile);
    const QString fromEnvironment = environment.value(QStringLiteral("AWS_CA_BUNDLE"));
    if (!fromEnvironment.isEmpty())
        return fromPemFile(fromEnvironment);
    return TlsOptions{};
}

QSslConfiguration TlsOptions::apply(QSslConfiguration base) const
{
    if (!extraCaCertificates.isEmpty())
        base.addCaCertificates(extraCaCertificates);
    base.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return base;
}

} // namespace kvs
