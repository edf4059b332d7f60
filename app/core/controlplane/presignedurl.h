#pragma once

#include "core/common/channelarn.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kvs {

/// A SigV4-presigned ConnectAsViewer / ConnectAsMaster URL taken apart for people (a support engineer
/// pasting a customer's URL): where it points, for which channel and ClientId, who signed it when, and
/// until when it works. Holds no secret: the signature and the session token are registered for redaction
/// and left out; the access key id is masked.
struct PresignedUrl
{
    /// The longest text parse() accepts (a real URL with a session token is about 2 KiB).
    static constexpr qsizetype kMaxLength = 16 * 1024;

    QString endpoint; ///< wss://HOST[:PORT][/PATH], without the query
    QString channelArn;
    std::optional<ChannelArn> arn; ///< the ARN parsed (unset when X-Amz-ChannelARN is not a valid ARN)
    QString clientId;              ///< empty: a master's URL (ConnectAsMaster has no ClientId)
    QString maskedAccessKeyId;     ///< AKIA…WXYZ
    QString credentialDate;        ///< yyyyMMdd from the credential scope
    QString region;                ///< from the credential scope
    QString service;               ///< from the credential scope: "kinesisvideo"
    QDateTime signedAt;            ///< X-Amz-Date (UTC)
    int expiresSeconds = 0;        ///< X-Amz-Expires
    bool hasSessionToken = false;  ///< temporary credentials signed it
    QByteArray url;                ///< the URL exactly as given (to connect with as is); a secret

    bool isViewer() const { return !clientId.isEmpty(); }
    QDateTime expiresAt() const { return signedAt.addSecs(expiresSeconds); }
    bool isExpired(const QDateTime &now) const { return now >= expiresAt(); }
    /// Problems that do not stop decoding but would stop a connect (region of the scope and the ARN differ,
    /// a signing time in the future, …), in plain English.
    QStringList warnings(const QDateTime &now) const;

    /// Decodes text (surrounding blanks ignored). Errors: InvalidPresignedUrl, naming the first part that is
    /// missing or malformed (scheme, X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires,
    /// X-Amz-Signature, X-Amz-ChannelARN, a ClientId that validateClientId() refuses, the length).
    static Result<PresignedUrl> parse(QStringView text);
};

} // namespace kvs
