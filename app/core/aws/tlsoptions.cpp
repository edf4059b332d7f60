#include "core/aws/tlsoptions.h"

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
    return TlsOptions{path, certificates, QString()};
}

Result<TlsOptions> TlsOptions::resolve(const QString &explicitCaFile, const QProcessEnvironment &environment,
                                       const QString &profileCaBundle, const QString &profileName,
                                       Surface surface)
{
    const std::pair<QString, QString> candidates[] = {
        {explicitCaFile, surface == Surface::CommandLine ? QStringLiteral("--ca-file")
                                                         : QStringLiteral("Advanced › CA file")},
        {environment.value(QStringLiteral("AWS_CA_BUNDLE")), QStringLiteral("AWS_CA_BUNDLE")},
        {profileCaBundle, u"profile " % profileName},
    };
    for (const auto &[path, source] : candidates) {
        if (path.isEmpty())
            continue;
        auto options = fromPemFile(path);
        // The explicit file's caller names its option; the others say where the path came from.
        if (!options)
            return path == explicitCaFile
                       ? options.error()
                       : Error{options.error().code, source % u": " % options.error().message};
        TlsOptions value = std::move(options).value();
        value.source = source;
        return value;
    }
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
