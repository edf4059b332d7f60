#pragma once

#include "core/aws/tlsoptions.h"
#include "core/common/result.h"
#include "core/signaling/signalingmessage.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWebSocket>

class QTimer;

namespace kvs {

/// One signaling WebSocket at a time, and everything that is about the socket only: opening it (TLS, proxy,
/// frame limits), keeping it alive (a ping every pingIntervalMs; no pong within pongTimeoutMs is a dead
/// link), parsing what arrives, telling how it closed, and closing it (the close handshake bounded by
/// closeTimeoutMs). It knows nothing of steps, retries or the state machine: ConnectionController decides
/// what each signal means. A socket let go of with drop() never signals again.
class SignalingSession final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        TlsOptions tls;
        int pingIntervalMs = 10000; ///< 0 turns keepalive off
        int pongTimeoutMs = 5000;
        int closeTimeoutMs = 3000;
    };

    /// Why the socket did not open.
    struct OpenFailure
    {
        enum class Kind
        {
            Refused, ///< the server answered the upgrade with an HTTP error (Qt 6.4 hides most of it)
            Tls,     ///< the TLS handshake failed
            Network, ///< anything else before the upgrade completed
        };
        Kind kind = Kind::Network;
        int refusedStatus = 0; ///< Refused: the HTTP status Qt's error text names (0: none)
        QString errorText;     ///< Qt's error string, redacted
        QString sslErrors;     ///< Tls: the certificate errors, "; "-joined (may be empty)
    };

    /// How an open socket closed.
    struct Close
    {
        int code = 1006;            ///< 1006 for a cut (no close frame), whatever Qt says
        QString reason;             ///< the close frame's reason, redacted and capped (empty for a cut)
        bool cut = false;           ///< no close frame and no protocol error: the link was lost
        bool protocolError = false; ///< a protocol-error code (1002, 1003, 1007, 1009): Qt's or the peer's
        qint64 openForMs = 0;
    };

    explicit SignalingSession(Settings settings, QObject *parent = nullptr);
    ~SignalingSession() override;

    /// Opens url (encoded as signed) through proxy, dropping any earlier socket first.
    void open(const QUrl &url, const QNetworkProxy &proxy);
    /// True once opened() was emitted and until the socket is dropped or closed.
    bool isOpen() const { return m_socket && m_opened; }
    bool hasSocket() const { return m_socket != nullptr; }
    /// Sends a text frame on the open socket; false when none is open.
    bool send(const QString &text);
    /// Starts the close handshake of the socket; closeFinished() follows once, when it ends or after
    /// closeTimeoutMs. Without a socket, closeFinished() is not emitted and false is returned.
    bool close();
    /// Lets go of the socket without any further signal: abortNow aborts it; otherwise a close handshake
    /// finishes on its own in the background (bounded by closeTimeoutMs).
    void drop(bool abortNow);
    /// Stops the ping and pong timers (the socket stays).
    void stopKeepalive();

    /// True for the close codes that mean the WebSocket protocol was broken (1002, 1003, 1007, 1009).
    static bool isProtocolErrorCode(int code);

signals:
    void opened();
    void openFailed(const kvs::SignalingSession::OpenFailure &failure);
    /// The connection closed before the upgrade completed, without an error.
    void closedDuringHandshake();
    void closed(const kvs::SignalingSession::Close &how);
    /// No pong within pongTimeoutMs of a ping.
    void linkDead();
    void messageReceived(const kvs::SignalingMessage &message);
    void malformedMessage(const kvs::Error &error);
    /// A zero-length text frame: the service's keepalive (the C SDK drops them too).
    void emptyFrameReceived();
    void closeFinished();

private:
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTextMessage(const QString &text);
    void onPingTimer();

    Settings m_settings;
    QPointer<QWebSocket> m_socket;
    bool m_opened = false;
    bool m_closing = false;
    bool m_closeFrameReceived = false; ///< the open socket got the other end's close frame
    QString m_sslErrors;
    QElapsedTimer m_openedTimer;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_pongTimer = nullptr;
    QTimer *m_closeTimer = nullptr;
};

} // namespace kvs
