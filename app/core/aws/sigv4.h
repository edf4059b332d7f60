#pragma once

#include "core/aws/awscredentials.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace kvs::sigv4 {

/// A list of (name, value) pairs, kept in the order given; values are raw (not percent-encoded).
using ByteParams = QList<std::pair<QByteArray, QByteArray>>;

inline constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";
inline constexpr char kDefaultService[] = "kinesisvideo";
/// SHA-256 of the empty string: the payload hash of every presigned GET.
inline constexpr char kEmptyPayloadHash[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// The X-Amz-Expires value the public KVS WebRTC SDKs use.
inline constexpr int kDefaultExpiresSeconds = 299;
/// SigV4's own upper bound for presigned URLs (7 days).
inline constexpr int kMaxExpiresSeconds = 604800;

/// RFC 3986 encoding as SigV4 wants it: A–Z a–z 0–9 - _ . ~ kept, every other byte as %XX (upper case);
/// '/' is kept only when keepSlash is true (canonical URIs).
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash = false);
/// Percent-decoding of a query component ('+' stays '+'); nullopt-like empty result is never produced:
/// malformed escapes are kept literally.
QByteArray uriDecode(QByteArrayView bytes);
/// The canonical query string: parameters encoded, sorted by encoded name then value, joined with '&'.
QByteArray canonicalQueryString(const ByteParams &params);
/// DATE/REGION/SERVICE/aws4_request
QByteArray credentialScope(const QDateTime &time, const QString &region, const QString &service);
/// The signing key: HMAC chain "AWS4"+secret → date → region → service → "aws4_request".
QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                      const QString &service);
/// AWS4-HMAC-SHA256\nAMZDATE\nSCOPE\nhex(sha256(canonicalRequest))
QByteArray stringToSign(const QDateTime &time, const QByteArray &scope, const QByteArray &canonicalRequest);
/// Lower-case hex HMAC of stringToSign under key.
QByteArray signatureHex(const QByteArray &key, const QByteArray &stringToSign);
/// The SigV4 signature (lower-case hex) of canonicalRequest at time for region and service: the string to
/// sign under the day's signing key. The one place the sequence is written — the presigner, the header
/// signer and the emulator's verifier all call it.
QByteArray signature(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                     const QString &service, const QByteArray &canonicalRequest);

/// The canonical request. headers must already be the signed ones, with lower-case names; values are
/// trimmed and inner runs of spaces folded here. Returns the request; signedHeaders receives "a;b;c".
QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                            const QByteArray &canonicalQuery, const ByteParams &signedHeaders,
                            const QByteArray &payloadHash, QByteArray *signedHeaderList = nullptr);

/// The parts of an endpoint the signer uses. The host is signed exactly as written, port included when
/// the URL has one (even the default): QWebSocket sends the URL's authority as its Host header, and the
/// public KVS SDKs sign it the same way.
struct EndpointParts
{
    QByteArray scheme; ///< "wss", "ws", "https" or "http"
    QByteArray host;   ///< host[:port] as signed
    QByteArray path;   ///< "/" when the endpoint has none
};

/// Splits a validated endpoint URL (see validateEndpointUrl) into the parts the signer uses.
EndpointParts splitEndpoint(const QString &endpoint);

/// What to presign: a WebSocket endpoint plus the caller's query parameters (for KVS, X-Amz-ChannelARN
/// and, for a viewer, X-Amz-ClientId). Time is an input: the signer never reads the clock.
struct PresignRequest
{
    QString endpoint; ///< wss://HOST[:PORT][/PATH] (ws:// only to loopback)
    QString region;
    QString service = QString::fromLatin1(kDefaultService);
    QList<std::pair<QString, QString>> queryParameters;
    AwsCredentials credentials;
    QDateTime signingTime;
    int expiresSeconds = kDefaultExpiresSeconds;
};

/// Presigns a WebSocket URL exactly as the public KVS WebRTC SDKs do: GET, one signed header (host), the
/// empty-payload hash, the session token inside the signed query, every parameter sorted in the result.
/// Returns the URL in encoded form (build a QUrl with QUrl::fromEncoded(url, QUrl::StrictMode)).
/// Errors: InvalidEndpoint, InvalidRegion, InvalidCredentials, InvalidExpires, InvalidSigningTime.
Result<QByteArray> presignUrl(const PresignRequest &request);

/// A request to sign with an Authorization header (the control plane's JSON POSTs).
struct HeaderSigningRequest
{
    QByteArray method = "POST";
    QByteArray path = "/"; ///< as sent; segments are encoded for the canonical URI
    ByteParams query;      ///< raw values
    ByteParams headers;    ///< every header that will be sent (any name case)
    QByteArray body;
};

/// The outcome of header signing.
struct HeaderSignature
{
    QByteArray signedHeaders; ///< "content-type;host;x-amz-date"
    QByteArray signature;     ///< lower-case hex
    QByteArray authorization; ///< the full Authorization header value
};

/// Signs request over exactly the headers named in headersToSign (case-insensitive; each must be present
/// in request.headers). The caller adds host, x-amz-date (formatAmzDate(time)) and, if wanted,
/// x-amz-security-token and x-amz-content-sha256 to request.headers before signing.
/// Errors: MissingHeader, InvalidCredentials, InvalidSigningTime.
Result<HeaderSignature> signHeaders(const HeaderSigningRequest &request,
                                    const QList<QByteArray> &headersToSign, const AwsCredentials &credentials,
                                    const QString &region, const QString &service, const QDateTime &time);

} // namespace kvs::sigv4
