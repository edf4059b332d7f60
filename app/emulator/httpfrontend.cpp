#include "emulator/httpfrontend.h"

#include "emulator/callrecorder.h"
#include "emulator/emulatorlog.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace kvs::emulator {
namespace {

constexpr char kBusyProperty[] = "kvsEmulatorBusy";
constexpr char kPhaseProperty[] = "kvsEmulatorHttpPhase";
const QString kHttpTimerName = QStringLiteral("kvsEmulatorHttpTimer");

/// Where a keep-alive HTTP connection is: what its timer is waiting for.
enum class HttpPhase
{
    Idle, ///< between requests: nothing received
    Head, ///< accepted (TLS handshake included) or a request begun: waiting for the blank line
    Body, ///< head complete: waiting for Content-Length bytes
};

/// Accepts TLS connections without QSslServer. Qt 6.4's QSslServer counts sockets still in their handshake
/// toward maxPendingConnections and stops accepting when they reach it, and a socket that dies in its
/// handshake (a port probe that closes before the ClientHello) never makes it accept again: after ~30 such
/// probes every later connection hung for good. Here a socket is pending only until the emulator takes it,
/// which it does at once, before the handshake; the emulator's header timeout ends handshakes that stall.
class TlsServer final : public QTcpServer
{
public:
    TlsServer(QSslConfiguration tls, QObject *parent)
        : QTcpServer(parent)
        , m_tls(std::move(tls))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
            if (!socket->isEncrypted())
                logLine(QStringLiteral("a TLS handshake failed: %1").arg(socket->errorString()));
        });
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_tls;
};

QTimer *httpTimer(QTcpSocket *socket)
{
    return socket->findChild<QTimer *>(kHttpTimerName, Qt::FindDirectChildrenOnly);
}

} // namespace

Route Route::answer(HttpResponse response)
{
    Route route;
    route.respond = [response = std::move(response)]() -> std::optional<HttpResponse> {
        return response;
    };
    return route;
}

HttpFrontEnd::HttpFrontEnd(FaultInjector &faults, CallRecorder &recorder, std::function<QDateTime()> now,
                           QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_recorder(recorder)
    , m_now(std::move(now))
{}

HttpFrontEnd::~HttpFrontEnd() = default;

std::optional<Error> HttpFrontEnd::listen(const QHostAddress &address, quint16 port)
{
    if (m_authority) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_authority->serverCertificate());
        tls.setPrivateKey(m_authority->serverKey());
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
        m_server = new TlsServer(tls, this);
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpFrontEnd::onPendingConnection);
    if (!m_server->listen(address, port))
        return Error{QStringLiteral("ListenFailed"), QStringLiteral("Could not listen on %1:%2: %3")
                                                         .arg(address.toString())
                                                         .arg(port)
                                                         .arg(m_server->errorString())};
    return std::nullopt;
}

quint16 HttpFrontEnd::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpFrontEnd::release(QTcpSocket *socket)
{
    socket->disconnect(this);
    socket->setProperty(kBusyProperty, false);
    delete httpTimer(socket);
}

void HttpFrontEnd::onPendingConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *timer = new QTimer(socket);
        timer->setObjectName(kHttpTimerName);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] { onTimeout(socket); });
        setPhase(socket, static_cast<int>(HttpPhase::Head));
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HttpFrontEnd::setPhase(QTcpSocket *socket, int phase)
{
    QTimer *timer = httpTimer(socket);
    if (!timer)
        return;
    socket->setProperty(kPhaseProperty, phase);
    switch (static_cast<HttpPhase>(phase)) {
    case HttpPhase::Idle:
        timer->start(m_timeouts.idleMs);
        break;
    case HttpPhase::Head:
        timer->start(m_timeouts.headerMs);
        break;
    case HttpPhase::Body:
        timer->start(m_timeouts.bodyMs);
        break;
    }
}

void HttpFrontEnd::onTimeout(QTcpSocket *socket)
{
    if (socket->property(kBusyProperty).toBool())
        return; // a delayed answer is on its way; the phase timer restarts after it
    const auto phase = static_cast<HttpPhase>(socket->property(kPhaseProperty).toInt());
    if (phase == HttpPhase::Idle || socket->state() != QAbstractSocket::ConnectedState ||
        (phase == HttpPhase::Head && socket->bytesAvailable() == 0 && isTls() &&
         !qobject_cast<QSslSocket *>(socket)->isEncrypted())) {
        // Nothing to answer: an idle keep-alive connection, or a TLS handshake that never finished.
        logLine(QStringLiteral("closing an HTTP connection: %1")
                    .arg(phase == HttpPhase::Idle ? QStringLiteral("idle timeout")
                                                  : QStringLiteral("no TLS handshake in time")));
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    refuse(socket, QStringLiteral("RequestTimeout"),
           phase == HttpPhase::Head
               ? QStringLiteral("The request head did not arrive within %1 ms.").arg(m_timeouts.headerMs)
               : QStringLiteral("The request body did not arrive within %1 ms.").arg(m_timeouts.bodyMs),
           408);
}

void HttpFrontEnd::refuse(QTcpSocket *socket, const QString &errorType, const QString &message, int status)
{
    socket->readAll();
    send(socket, m_recorder.reject(QStringLiteral("Http"), errorType, message, newRequestId(), status), true);
}

void HttpFrontEnd::onReadyRead(QTcpSocket *socket)
{
    const QString tooLarge =
        QStringLiteral("The request head is larger than %1 bytes.").arg(kMaxRequestHeadBytes);
    const QString invalid = QStringLiteral("InvalidArgumentException");
    const QString serialization = QStringLiteral("SerializationException");
    while (!socket->property(kBusyProperty).toBool() && socket->state() == QAbstractSocket::ConnectedState) {
        // Peek, not read: a WebSocket handshake must still be unread when QWebSocketServer takes the socket.
        const QByteArray available = socket->peek(socket->bytesAvailable());
        const qsizetype headEnd = findHeadEnd(available);
        if (headEnd < 0) {
            if (available.size() > kMaxRequestHeadBytes)
                refuse(socket, invalid, tooLarge, 431);
            else if (!available.isEmpty() &&
                     socket->property(kPhaseProperty).toInt() == static_cast<int>(HttpPhase::Idle))
                setPhase(socket, static_cast<int>(HttpPhase::Head));
            return;
        }
        if (headEnd > kMaxRequestHeadBytes) {
            refuse(socket, invalid, tooLarge, 431);
            return;
        }
        std::optional<HttpRequest> request = parseRequestHead(QByteArrayView(available).first(headEnd));
        if (!request) {
            refuse(socket, serialization, QStringLiteral("Malformed HTTP request."), 0);
            return;
        }
        if (request->hasTransferEncoding()) {
            refuse(
                socket, serialization,
                QStringLiteral("Transfer-Encoding is not supported: send the body with one Content-Length."),
                501);
            return;
        }
        const qint64 length = request->contentLength();
        if (length < 0) {
            refuse(socket, serialization,
                   QStringLiteral("The Content-Length is malformed or sent more than once."), 400);
            return;
        }
        if (length > kMaxRequestBodyBytes) {
            refuse(socket, serialization,
                   QStringLiteral("The request body is larger than %1 bytes.").arg(kMaxRequestBodyBytes),
                   413);
            return;
        }
        if (request->isWebSocketUpgrade()) {
            dispatch(socket, m_router(socket, *request, newRequestId()));
            return;
        }
        if (available.size() < headEnd + length) {
            if (socket->property(kPhaseProperty).toInt() != static_cast<int>(HttpPhase::Body))
                setPhase(socket, static_cast<int>(HttpPhase::Body));
            return;
        }
        socket->read(headEnd);
        request->body = socket->read(length);
        dispatch(socket, m_router(socket, *request, newRequestId()));
        if (socket->state() == QAbstractSocket::ConnectedState && !socket->property(kBusyProperty).toBool())
            setPhase(socket,
                     static_cast<int>(socket->bytesAvailable() > 0 ? HttpPhase::Head : HttpPhase::Idle));
    }
}

void HttpFrontEnd::dispatch(QTcpSocket *socket, const Route &route)
{
    auto respond = [this, socket, route] {
        if (const std::optional<HttpResponse> response = route.respond())
            answer(socket, route, *response);
    };
    std::optional<Fault> fault =
        route.faultAction.isEmpty() ? std::nullopt : m_faults.take(route.faultAction);
    if (!fault) {
        respond();
        return;
    }
    logLine(QStringLiteral("fault applied to %1: %2")
                .arg(route.faultAction,
                     QString::fromUtf8(QJsonDocument(fault->toJson()).toJson(QJsonDocument::Compact))));
    auto apply = [this, socket, route, respond, fault = *fault] {
        if (fault.drop) {
            m_recorder.refusedQuietly(route.action, QStringLiteral("Dropped"));
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        } else if (fault.fails()) {
            answer(socket, route, route.failure(fault));
        } else {
            respond();
        }
    };
    if (fault->delayMs > 0)
        later(socket, fault->delayMs, apply);
    else
        apply();
}

void HttpFrontEnd::answer(QTcpSocket *socket, const Route &route, const HttpResponse &response)
{
    if (route.upgrade)
        socket->readAll(); // the handshake was only peeked at
    send(socket, response, route.upgrade);
}

void HttpFrontEnd::send(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    socket->write(response.serialize(m_now(), close));
    if (close) {
        socket->disconnect(this);
        socket->disconnectFromHost();
    }
}

void HttpFrontEnd::later(QTcpSocket *socket, int delayMs, std::function<void()> work)
{
    socket->setProperty(kBusyProperty, true);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [this, guard, work = std::move(work)] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->setProperty(kBusyProperty, false);
        work();
        // Still an HTTP connection (not closed, dropped or upgraded): read the next request.
        if (guard && guard->state() == QAbstractSocket::ConnectedState && httpTimer(guard.data())) {
            setPhase(guard.data(), static_cast<int>(HttpPhase::Idle));
            onReadyRead(guard.data());
        }
    });
}

} // namespace kvs::emulator
