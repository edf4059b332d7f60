#pragma once

#include "core/common/result.h"
#include "core/common/surface.h"

#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace kvs {

/// Extra trust for TLS connections: CA certificates from a PEM bundle (--ca-file or AWS_CA_BUNDLE), added
/// to the system's. Peer verification always stays on: there is no way to ignore certificate errors.
struct TlsOptions
{
    QString caFile; ///< where the extra CAs came from; empty when none
    QList<QSslCertificate> extraCaCertificates;
    QString source; ///< what named caFile: "--ca-file" (the form's field), "AWS_CA_BUNDLE", "profile NAME"

    /// Loads every certificate of a PEM file. Errors: CaFileUnreadable, CaFileEmpty (no certificate in it).
    static Result<TlsOptions> fromPemFile(const QString &path);
    /// As the AWS CLI: the explicit file when given, else AWS_CA_BUNDLE, else the profile's ca_bundle
    /// (profileCaBundle, from profile profileName), else no extra trust. surface names the explicit file's
    /// source ("--ca-file" or the form's field).
    static Result<TlsOptions> resolve(const QString &explicitCaFile, const QProcessEnvironment &environment,
                                      const QString &profileCaBundle = {}, const QString &profileName = {},
                                      Surface surface = Surface::CommandLine);

    /// base plus the extra CAs, with peer verification forced on (VerifyPeer).
    QSslConfiguration apply(QSslConfiguration base = QSslConfiguration::defaultConfiguration()) const;
};

} // namespace kvs
