#include "core/connection/signalingsession.h"

#include "core/common/redaction.h"
#include "core/connection/connectiontypes.h"
#include "core/signaling/handshakediagnostics.h"

#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>

namespace kvs {

SignalingSession::SignalingSession(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_pingTimer = new QTimer(this);
    connect(m_pingTimer, &QTimer::timeout, this, &SignalingSession::onPingTimer);
    m_pongTimer = new QTimer(this);
    m_pongTimer->setSingleShot(true);
    connect(m_pongTimer, &QTimer::timeout, this, [this] {
        if (isOpen())
            emit linkDead();
    });
    m_closeTimer = new QTimer(this);
    m_closeTimer->setSingleShot(true);
    connect(m_closeTimer, &QTimer::timeout, this, [this] {
        if (!m_closing)
            return;
        drop(true);
        emit closeFinished();
    });
}

SignalingSession::~SignalingSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SignalingSession::isProtocolErrorCode(int code)
{
    return code == QWebSocketProtocol::CloseCodeProtocolError ||
           code == QWebSocketProtocol::CloseCodeDatatypeNotSupported ||
           code == QWebSocketProtocol::CloseCodeWrongDatatype ||
           code == QWebSocketProtocol::CloseCodeTooMuchData;
}

void SignalingSession::open(const QUrl &url, const QNetworkProxy &proxy)
{
    drop(true);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_opened = false;
    m_closing = false;
    socket->setSslConfiguration(m_settings.tls.apply());
    socket->setProxy(proxy);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingWebSocketFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingWebSocketMessageBytes);
    connect(socket, &QWebSocket::connected, this, &SignalingSession::onConnected);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &SignalingSession::onError);
    connect(socket, &QWebSocket::disconnected, this, &SignalingSession::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &SignalingSession::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_pongTimer->stop(); });
    // Emitted only when a close handshake starts: the other end's close frame arrived (this session closes
    // only sockets it has let go of, or in close()). Without it a disconnect is a cut link, whatever
    // closeCode() says.
    m_closeFrameReceived = false;
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameReceived = true; });
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
    m_sslErrors.clear();
    socket->open(url);
}

bool SignalingSession::send(const QString &text)
{
    if (!isOpen())
        return false;
    m_socket->sendTextMessage(text);
    return true;
}

bool SignalingSession::close()
{
    stopKeepalive();
    if (!m_socket)
        return false;
    m_closing = true;
    m_closeTimer->start(m_settings.closeTimeoutMs);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("viewer stopped"));
    return true;
}

void SignalingSession::drop(bool abortNow)
{
    stopKeepalive();
    m_closeTimer->stop();
    m_opened = false;
    m_closing = false;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (abortNow || socket->state() == QAbstractSocket::UnconnectedState) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Let the close handshake finish on its own; give up on it after closeTimeoutMs.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_settings.closeTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("reconnecting"));
}

void SignalingSession::stopKeepalive()
{
    m_pingTimer->stop();
    m_pongTimer->stop();
}

void SignalingSession::onConnected()
{
    m_opened = true;
    m_openedTimer.start();
    if (m_settings.pingIntervalMs > 0)
        m_pingTimer->start(m_settings.pingIntervalMs);
    emit opened();
}

void SignalingSession::onError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_opened || m_closing)
        return; // on an open socket, disconnected() follows and is handled there
    OpenFailure failure;
    const bool rejected = HandshakeDiagnostics::isRejectedUpgrade(error, m_socket->state());
    failure.errorText = redact(m_socket->errorString());
    failure.sslErrors = redact(m_sslErrors);
    if (rejected) {
        failure.kind = OpenFailure::Kind::Refused;
        // What the refusal itself said (Qt names the status for most codes).
        failure.refusedStatus = HandshakeDiagnostics::refusedStatus(m_socket->errorString());
    } else if (error == QAbstractSocket::SslHandshakeFailedError) {
        failure.kind = OpenFailure::Kind::Tls;
    }
    drop(true); // handles the error once: a second error from this socket is never seen
    emit openFailed(failure);
}

void SignalingSession::onDisconnected()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    if (m_closing) {
        drop(false);
        emit closeFinished();
        return;
    }
    if (!m_opened) {
        drop(true);
        emit closedDuringHandshake();
        return;
    }
    // Qt reports 1000 for a link cut without a close frame: that is 1006, a network problem, not the service.
    // A protocol error is Qt's own close (no close frame received) or the peer's: either way socket's code.
    Close how;
    const int socketCode = int(socket->closeCode());
    how.protocolError = isProtocolErrorCode(socketCode);
    // aboutToClose() does not always come before disconnected() (a close frame and the FIN read together),
    // but a code other than 1000, or a reason, can only come from a close frame.
    const bool frameSeen = m_closeFrameReceived || socketCode != int(QWebSocketProtocol::CloseCodeNormal) ||
                           !socket->closeReason().isEmpty();
    how.cut = !frameSeen && !how.protocolError;
    how.code = how.cut ? int(QWebSocketProtocol::CloseCodeAbnormalDisconnection) : socketCode;
    how.reason = how.cut ? QString() : redact(socket->closeReason().left(256));
    how.openForMs = m_openedTimer.elapsed();
    drop(how.cut);
    emit closed(how);
}

void SignalingSession::onTextMessage(const QString &text)
{
    // The service sends zero-length text frames (e.g. just before an SDP answer); the C SDK drops them.
    // They are keepalives, not malformed messages.
    if (text.trimmed().isEmpty()) {
        emit emptyFrameReceived();
        return;
    }
    const Result<SignalingMessage> parsed = SignalingMessage::parse(text.toUtf8());
    if (!parsed) {
        emit malformedMessage(parsed.error());
        return;
    }
    emit messageReceived(parsed.value());
}

void SignalingSession::onPingTimer()
{
    if (!isOpen() || m_pongTimer->isActive())
        return;
    m_socket->ping();
    m_pongTimer->start(m_settings.pongTimeoutMs);
}

} // namespace kvs
