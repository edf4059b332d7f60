#pragma once

#include "core/common/result.h"
#include "emulator/certificateauthority.h"
#include "emulator/faultinjector.h"
#include "emulator/httpmessage.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace kvs::emulator {

class CallRecorder;

/// How the front end answers one request: what the router decided for it.
struct Route
{
    QString action;      ///< the call's name in the statistics and the log
    QString faultAction; ///< the FaultInjector action armed faults apply to; empty: faults never apply
    /// The answer when no fault fails the call. For an upgrade, nullopt means the route has taken the
    /// socket over (after HttpFrontEnd::release()).
    std::function<std::optional<HttpResponse>()> respond;
    /// The answer to an armed fault that fails the call, in the route's own error shape.
    std::function<HttpResponse(const Fault &)> failure;
    /// A WebSocket upgrade: the request bytes stay unread until it is accepted, and an answer closes the
    /// connection.
    bool upgrade = false;

    /// A route that answers response and that no fault applies to.
    static Route answer(HttpResponse response);
};

/// The emulator's HTTP/1.1 server on one port, plain or TLS: accepts connections, keeps each one's header,
/// body and idle timers, parses requests within the documented limits (answering 408, 413, 431, 400 and 501
/// itself), and hands each complete request to the router. The one place where armed faults are applied:
/// a fault on the route's faultAction delays, drops or fails the call before the route answers.
class HttpFrontEnd final : public QObject
{
    Q_OBJECT

public:
    /// Decides how a request is answered; socket is the connection it came on (for its peer address or an
    /// upgrade). Called once per complete request, upgrades before their body is read.
    using Router =
        std::function<Route(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId)>;

    /// now() stamps the Date header; faults are consumed here; refusals of malformed requests and dropped
    /// calls are reported to recorder.
    HttpFrontEnd(FaultInjector &faults, CallRecorder &recorder, std::function<QDateTime()> now,
                 QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    void setRouter(Router router) { m_router = std::move(router); }
    /// Serves TLS with the authority's server certificate (call before listen); without it, plain.
    void setCertificateAuthority(const CertificateAuthority &authority) { m_authority = authority; }
    const std::optional<CertificateAuthority> &certificateAuthority() const { return m_authority; }
    bool isTls() const { return m_authority.has_value(); }
    /// Starts listening on address:port (0 picks a free port). An Error says why it could not.
    std::optional<Error> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    /// Shortens or lengthens the header, body and idle timeouts (tests).
    void setTimeouts(const HttpTimeouts &timeouts) { m_timeouts = timeouts; }

    /// Stops treating socket as HTTP (no timers, no reads, no answers): for an accepted WebSocket upgrade,
    /// before the socket is handed to the WebSocket server with its handshake still unread.
    void release(QTcpSocket *socket);

private:
    void onPendingConnection();
    void onReadyRead(QTcpSocket *socket);
    /// Restarts socket's timer for phase (an HttpPhase: idle, head or body).
    void setPhase(QTcpSocket *socket, int phase);
    void onTimeout(QTcpSocket *socket);
    /// Reads what is left and answers a request the front end refuses itself, closing the connection.
    void refuse(QTcpSocket *socket, const QString &errorType, const QString &message, int status);
    /// Applies the fault armed for the route, if any, then answers.
    void dispatch(QTcpSocket *socket, const Route &route);
    void answer(QTcpSocket *socket, const Route &route, const HttpResponse &response);
    void send(QTcpSocket *socket, const HttpResponse &response, bool close);
    /// Runs work after delayMs; the connection reads no further request until then.
    void later(QTcpSocket *socket, int delayMs, std::function<void()> work);

    FaultInjector &m_faults;
    CallRecorder &m_recorder;
    std::function<QDateTime()> m_now;
    Router m_router;
    std::optional<CertificateAuthority> m_authority;
    HttpTimeouts m_timeouts;
    QTcpServer *m_server = nullptr;
};

} // namespace kvs::emulator
