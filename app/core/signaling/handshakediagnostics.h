#pragma once

#include "core/aws/clockskewestimator.h"
#include "core/aws/httpresponsehead.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/common/retrypolicy.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace kvs {

/// Why the service refused a WebSocket upgrade, as the user needs to hear it.
enum class HandshakeRejectionKind
{
    Accepted,               ///< the replay was upgraded (101): the first refusal was transient
    ProtocolError,          ///< 101 with a wrong or missing Sec-WebSocket-Accept: not a WebSocket server
    InvalidArgument,        ///< 400 InvalidArgumentException
    AccessDenied,           ///< 403 without a signature-time message: permissions or credentials
    SignatureExpired,       ///< 403 "Signature expired": local clock behind (or a stale URL)
    SignatureNotYetCurrent, ///< 403 "Signature not yet current": local clock ahead
    ResourceNotFound,       ///< 404
    ClientLimitExceeded,    ///< 400 ClientLimitExceededException: throttled or too many viewers
    ServerError,            ///< 5xx
    Other,                  ///< any other status, or 400 without an error type
    NoAnswer,               ///< the replay itself failed (connect, TLS, timeout, garbage)
};

/// "AccessDenied", "SignatureExpired", …
QString handshakeRejectionKindName(HandshakeRejectionKind kind);

/// What the replayed upgrade request learned.
struct HandshakeRejection
{
    HandshakeRejectionKind kind = HandshakeRejectionKind::NoAnswer;
    /// How the retry policy should see it. A 400 without an error type is UnknownCause: no public source
    /// says what it means, so it is never called throttling (and retried once only).
    ErrorClass errorClass = ErrorClass::Network;
    int status = 0;
    QString errorType; ///< x-amzn-ErrorType up to ':' (or the body's __type)
    QString requestId; ///< x-amzn-RequestId
    QString message;   ///< the body's message/Message, or its text; redacted
    QString headers;   ///< without an error type: every header as received ("name: value; …"), redacted
    std::optional<SignatureTimeError> signatureTime;
    std::optional<QDateTime> serverDate; ///< the Date header
    QDateTime receivedAt;                ///< local (uncorrected) clock when the answer arrived
    QString failure;                     ///< NoAnswer: what went wrong with the replay; redacted

    /// Classifies a response (pure).
    static HandshakeRejection classify(const HttpResponseHead &response);
    /// The rejection as an Error: code = errorType when known, else the kind's name; message in English,
    /// redacted, with the status and request id.
    Error toError() const;
    /// One English sentence on what to do about it (empty for Accepted).
    QString hint() const;
};

/// Explains a rejected WebSocket upgrade. Qt 6.4 only says ConnectionRefusedError (and for 400 not even the
/// status), so this replays the same presigned GET upgrade once on a raw socket — TLS with the same CA
/// configuration for wss://, plain TCP for ws:// (loopback only, as validated) — and reads the status line,
/// headers and body. Certificate checks stay on. The replay is one more connect attempt: the caller
/// reserves a slot in the ConnectRateLimiter first. One replay per object at a time.
class HandshakeDiagnostics final : public QObject
{
    Q_OBJECT

public:
    /// clock: the local (uncorrected) clock; random: [0, 1) for the Sec-WebSocket-Key.
    HandshakeDiagnostics(const Clock &clock, TlsOptions tls, int timeoutMs, std::function<double()> random,
                         QObject *parent = nullptr);
    ~HandshakeDiagnostics() override;

    /// True when QWebSocket's error means "the server answered the upgrade with an HTTP error": Qt 6.4
    /// reports ConnectionRefusedError while still in ConnectingState (a TCP refusal is UnconnectedState).
    static bool isRejectedUpgrade(QAbstractSocket::SocketError error, QAbstractSocket::SocketState state);
    /// The HTTP status of a rejected upgrade as QWebSocket's error string tells it (English or in the loaded
    /// Qt translation): "Unhandled http status code: 403 (Forbidden)." gives 403; Qt's two texts for a 400
    /// give 400; 0 when the text names none.
    static int refusedStatus(const QString &qtErrorString);

    /// Starts the replay of presignedUrl (encoded, as presignUrl() returned it). finished() follows once.
    void replay(const QByteArray &presignedUrl);
    /// Stops a replay in flight without emitting finished().
    void abort();
    bool isRunning() const { return m_socket != nullptr; }
    /// The outcome of the last replay.
    const HandshakeRejection &result() const { return m_result; }

    /// The exact upgrade request the replay sends (pure; for tests and logs after redaction).
    /// Errors: InvalidEndpoint (not a ws:// or wss:// URL).
    static Result<QByteArray> buildUpgradeRequest(const QByteArray &presignedUrl,
                                                  const QByteArray &webSocketKey);
    /// The Sec-WebSocket-Accept a server must answer to webSocketKey (RFC 6455 4.2.2).
    static QByteArray expectedWebSocketAccept(const QByteArray &webSocketKey);

signals:
    /// Emitted once per replay when the answer is read or the replay failed; see result().
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void onTimeout();
    void conclude(bool connectionClosed);
    void fail(const QString &what);
    void cleanup();

    const Clock &m_clock;
    TlsOptions m_tls;
    int m_timeoutMs;
    std::function<double()> m_random;
    QPointer<QAbstractSocket> m_socket;
    QTimer *m_timer = nullptr;
    QByteArray m_request;
    QByteArray m_key; ///< the replay's Sec-WebSocket-Key (base64)
    QByteArray m_buffer;
    HandshakeRejection m_result;
};

} // namespace kvs
