#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kvs::emulator {

/// Limits of the emulator's HTTP/1.1 server (README, "Limits"). A request head larger than
/// kMaxRequestHeadBytes is answered 431, a body larger than kMaxRequestBodyBytes 413; a connection that
/// sends no complete head within kHttpHeaderTimeoutMs (counted from the TCP accept, so it covers the TLS
/// handshake too), no complete body within kHttpBodyTimeoutMs, or stays silent between requests for
/// kHttpIdleTimeoutMs is closed (408 for the first two).
inline constexpr qsizetype kMaxRequestHeadBytes = 64 * 1024;
inline constexpr qint64 kMaxRequestBodyBytes = 1024 * 1024;
inline constexpr int kHttpHeaderTimeoutMs = 10'000;
inline constexpr int kHttpBodyTimeoutMs = 10'000;
inline constexpr int kHttpIdleTimeoutMs = 60'000;

/// The emulator's HTTP timers; tests shorten them.
struct HttpTimeouts
{
    int headerMs = kHttpHeaderTimeoutMs;
    int bodyMs = kHttpBodyTimeoutMs;
    int idleMs = kHttpIdleTimeoutMs;
};

/// One HTTP/1.1 request as the emulator received it. Header names are lower-case; the target, path and
/// query are kept exactly as sent (still percent-encoded).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< path?query as on the request line
    QByteArray path;
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The first value of a header (trimmed), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// True for a GET that asks to upgrade to a WebSocket.
    bool isWebSocketUpgrade() const;
    /// Content-Length (0 when absent); -1 when malformed (anything but digits) or sent more than once
    /// (RFC 9112 6.3: a request whose length is ambiguous is refused, never guessed).
    qint64 contentLength() const;
    /// True when the request has a Transfer-Encoding header. The emulator refuses it (501): it reads bodies
    /// by Content-Length only, and ignoring it would desynchronise the connection (request smuggling).
    bool hasTransferEncoding() const { return hasHeader("transfer-encoding"); }
};

/// Index just past the blank line that ends a request head in buffer, or -1 when it has not arrived.
qsizetype findHeadEnd(QByteArrayView buffer);
/// Parses a request head (request line plus headers, up to and including the blank line).
std::optional<HttpRequest> parseRequestHead(QByteArrayView head);

/// A response to write. The Date header is added when serialised.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The bytes on the wire: status line, headers (with Date, Content-Length and Connection), body.
    QByteArray serialize(const QDateTime &date, bool closeConnection) const;
};

/// The reason phrase for a status ("Request Header Fields Too Large" for 431); a generic phrase of the
/// status class for codes it does not list.
QByteArray reasonPhrase(int status);

/// HTTP status for an AWS error type (AccessDeniedException → 403, ResourceNotFoundException → 404, …).
int statusForErrorType(const QString &errorType);
/// A new x-amzn-RequestId (a random UUID).
QByteArray newRequestId();
/// The x-amzn-ErrorType value the service sends: the name plus a URL after ':' (a Coral URL for
/// signature and credential errors, the kinesisvideo doc URL for the model's own errors).
QByteArray errorTypeHeader(const QString &errorType);
/// An AWS-shaped error: status, x-amzn-ErrorType (with the service's suffix), x-amzn-RequestId, and a JSON
/// body {"Message": ...} for the model's errors (IAM denials) or {"message": ...} for signature errors.
HttpResponse awsErrorResponse(int status, const QString &errorType, const QString &message,
                              const QByteArray &requestId);
/// An error with no x-amzn-ErrorType at all (cause unknown to the client): status, request id, raw body.
HttpResponse untypedErrorResponse(int status, const QByteArray &body, const QByteArray &requestId);
/// A 200 (or other status) application/json response with x-amzn-RequestId.
HttpResponse jsonResponse(const QJsonObject &body, const QByteArray &requestId, int status = 200);
/// The string at key in a JSON request body; nullopt when the key is absent or null.
std::optional<QString> optionalString(const QJsonObject &body, QStringView key);

} // namespace kvs::emulator
