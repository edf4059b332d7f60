#pragma once

#include <QString>
#include <QStringView>

namespace kvs {

/// Which rule an input broke. Stable across languages; the UI maps it to an icon and words.
enum class ValidationRule
{
    Valid,
    Empty,          ///< the value is required but empty
    TooLong,        ///< longer than the documented maximum
    TooShort,       ///< shorter than the documented minimum
    BadCharacters,  ///< contains characters the service does not accept
    BadFormat,      ///< characters are fine but the shape is wrong (ARN parts, region shape, ...)
    ReservedPrefix, ///< ClientId starting with AWS_
    BadScheme,      ///< URL scheme not allowed here
    NotAllowed,     ///< a URL part that must not be present (query, fragment, user info)
};

/// The outcome of validating one input: either valid, or the rule broken plus one sentence that
/// names the field and the rule in words a user understands. The sentence never echoes a secret.
struct ValidationResult
{
    ValidationRule rule = ValidationRule::Valid;
    QString message;

    bool ok() const { return rule == ValidationRule::Valid; }
    static ValidationResult valid() { return {}; }
    static ValidationResult fail(ValidationRule rule, QString message) { return {rule, std::move(message)}; }
};

/// ConnectAsViewer's X-Amz-ChannelARN: 1–1024 characters matching
/// arn:PARTITION:kinesisvideo:REGION:ACCOUNT:TYPE/NAME/CREATION-TIME (any partition: aws, aws-cn,
/// aws-us-gov).
ValidationResult validateChannelArn(QStringView arn);
/// A signaling channel name: 1–256 characters of A–Z a–z 0–9 _ . -
ValidationResult validateChannelName(QStringView name);
/// X-Amz-ClientId: 1–256 characters of A–Z a–z 0–9 _ . -, not starting with "AWS_" in any case.
ValidationResult validateClientId(QStringView clientId);
/// An AWS region code such as us-west-2, cn-north-1 or us-gov-west-1.
ValidationResult validateRegion(QStringView region);
/// An access key id: 16–128 word characters (IAM's rule), e.g. AKIA… or ASIA….
ValidationResult validateAccessKeyId(QStringView accessKeyId);
/// A secret access key: 1–128 printable characters without spaces.
ValidationResult validateSecretAccessKey(QStringView secretAccessKey);
/// A session token: empty (none) or up to 8192 printable characters without spaces.
ValidationResult validateSessionToken(QStringView sessionToken);

/// What an endpoint URL is for: the signaling WebSocket, or the HTTPS control plane.
enum class EndpointKind
{
    WebSocket,
    Https
};

/// An endpoint URL: wss:// (WebSocket) or https:// (control plane), a host, an optional port and
/// path of unreserved characters; no query, fragment or user info. The plain ws:// and http://
/// schemes are accepted only for loopback hosts (127.0.0.0/8, ::1, localhost).
ValidationResult validateEndpointUrl(QStringView url, EndpointKind kind);

/// True for localhost, 127.0.0.0/8 and ::1 (with or without brackets).
bool isLoopbackHost(QStringView host);

} // namespace kvs
