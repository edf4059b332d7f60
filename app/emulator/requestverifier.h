#pragma once

#include "core/aws/sigv4.h"
#include "core/common/result.h"
#include "emulator/emulatorconfig.h"
#include "emulator/httpmessage.h"

#include <QDateTime>

namespace kvs::emulator {

/// Who sent a request whose signature checked out.
struct VerifiedCaller
{
    Identity identity;
    QString region; ///< the region of the credential scope
};

/// A verified ConnectAsViewer / ConnectAsMaster handshake.
struct VerifiedConnect
{
    VerifiedCaller caller;
    QString channelArn;
    QString clientId; ///< empty for a master
    bool isMaster() const { return clientId.isEmpty(); }
    QString action() const
    {
        return isMaster() ? QStringLiteral("ConnectAsMaster") : QStringLiteral("ConnectAsViewer");
    }
};

/// Splits a raw query string into decoded (name, value) pairs; nullopt when a name appears twice.
std::optional<sigv4::ByteParams> parseQuery(QByteArrayView query);

/// Checks a control-plane request signed with an Authorization header, over the SignedHeaders the client
/// named, with the SHA-256 of the body as payload hash and X-Amz-Date within the skew window of now.
/// The Error's code is the AWS error type (its status comes from statusForErrorType) and its message the
/// text AWS sends. service is the one the credential scope must name ("sts" for the STS Query API);
/// temporary credentials past their expiration are ExpiredTokenException.
Result<VerifiedCaller> verifyHeaderSignature(const HttpRequest &request, const EmulatorConfig &config,
                                             const QDateTime &now,
                                             const QString &service = QStringLiteral("kinesisvideo"));

/// Checks a presigned ConnectAsViewer/ConnectAsMaster URL: every required X-Amz-* parameter, the channel ARN
/// and ClientId rules, the credential scope, the key and token, the date window and X-Amz-Expires, the
/// signature (parameters in any order), and that the channel exists in the signed region.
Result<VerifiedConnect> verifyPresignedConnect(const HttpRequest &request, const EmulatorConfig &config,
                                               const QDateTime &now);

/// IAM's denial, as the service words it: it names the caller's ARN (a user, or an assumed role's session),
/// never the access key.
QString notAuthorizedMessage(const VerifiedCaller &caller, const QString &action, const QString &resource);

/// "Signature expired: …" / "Signature not yet current: …" when date is outside now ± skew; nullopt inside.
std::optional<QString> clockSkewMessage(const QDateTime &date, const QDateTime &now, int skewSeconds);

} // namespace kvs::emulator
