#include "emulator/dataplanegate.h"

#include "emulator/callrecorder.h"
#include "emulator/emulatorlog.h"
#include "emulator/requestverifier.h"
#include "emulator/signalinghub.h"

#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace kvs::emulator {

DataPlaneGate::DataPlaneGate(const EmulatorConfig &config, SignalingHub &hub, CallRecorder &recorder,
                             HttpFrontEnd &frontEnd, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_hub(hub)
    , m_recorder(recorder)
    , m_frontEnd(frontEnd)
    , m_now(std::move(now))
{
    m_webSocketServer =
        new QWebSocketServer(QStringLiteral("kvs-signaling-emulator"), QWebSocketServer::NonSecureMode, this);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this, &DataPlaneGate::onWebSocketConnection);
}

DataPlaneGate::~DataPlaneGate() = default;

Route DataPlaneGate::route(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId)
{
    const std::optional<sigv4::ByteParams> query = parseQuery(request.query);
    bool viewer = false;
    for (const auto &param : query.value_or(sigv4::ByteParams()))
        viewer = viewer || param.first == "X-Amz-ClientId";
    Route route;
    route.upgrade = true;
    route.action = viewer ? QStringLiteral("ConnectAsViewer") : QStringLiteral("ConnectAsMaster");
    route.faultAction = route.action;
    m_recorder.attempted(route.action);
    route.respond = [this, socket, request, requestId, action = route.action] {
        return accept(socket, request, requestId, action);
    };
    route.failure = [this, requestId, action = route.action](const Fault &fault) {
        return m_recorder.rejectWithFault(action, fault, requestId);
    };
    return route;
}

std::optional<HttpResponse> DataPlaneGate::accept(QTcpSocket *socket, const HttpRequest &request,
                                                  const QByteArray &requestId, const QString &action)
{
    const Result<VerifiedConnect> verified = verifyPresignedConnect(request, m_config, m_now());
    std::optional<Error> error;
    if (!verified) {
        error = verified.error();
    } else if (!verified->caller.identity.allows(verified->action())) {
        error = Error{QStringLiteral("AccessDeniedException"),
                      notAuthorizedMessage(verified->caller, verified->action(), verified->channelArn)};
    } else {
        error = m_hub.admit(*verified);
    }
    if (error)
        return m_recorder.reject(action, error->code, error->message, requestId);
    logLine(QStringLiteral("%1 accepted for %2%3")
                .arg(verified->action(), verified->channelArn,
                     verified->isMaster() ? QString() : u" as " + verified->clientId));
    m_frontEnd.release(socket);
    m_upgrading.insert(socket->peerPort(), socket);
    if (!verified->isMaster()) {
        // An upgrade that never completes gives the viewer slot admit() reserved back.
        const QString arn = verified->channelArn;
        const QString clientId = verified->clientId;
        const quint16 port = socket->peerPort();
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket, port, arn, clientId] {
            if (m_upgrading.value(port) != socket)
                return; // attached: the hub owns the connection now
            m_upgrading.remove(port);
            m_hub.releaseAdmission(arn, clientId);
        });
    }
    m_webSocketServer->handleConnection(socket);
    return std::nullopt;
}

void DataPlaneGate::onWebSocketConnection()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        const QByteArray query = socket->requestUrl().query(QUrl::FullyEncoded).toLatin1();
        QString arn;
        QString clientId;
        for (const auto &[name, value] : parseQuery(query).value_or(sigv4::ByteParams())) {
            if (name == "X-Amz-ChannelARN")
                arn = QString::fromUtf8(value);
            else if (name == "X-Amz-ClientId")
                clientId = QString::fromUtf8(value);
        }
        if (arn.isEmpty()) { // cannot happen: the handshake was verified before
            m_upgrading.remove(socket->peerPort());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_hub.attach(socket, arn, clientId, m_upgrading.take(socket->peerPort()).data());
    }
}

} // namespace kvs::emulator
