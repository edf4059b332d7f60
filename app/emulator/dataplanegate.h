#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/httpfrontend.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QWebSocketServer;

namespace kvs::emulator {

class CallRecorder;
class SignalingHub;

/// The way into the data plane: a WebSocket upgrade (ConnectAsViewer when the URL has X-Amz-ClientId, else
/// ConnectAsMaster) is verified as a presigned URL, checked against the caller's permissions and the hub's
/// admission limits, and on success completed by QWebSocketServer and handed to the hub.
class DataPlaneGate final : public QObject
{
    Q_OBJECT

public:
    /// frontEnd releases an accepted socket before the WebSocket server takes it.
    DataPlaneGate(const EmulatorConfig &config, SignalingHub &hub, CallRecorder &recorder,
                  HttpFrontEnd &frontEnd, std::function<QDateTime()> now, QObject *parent = nullptr);
    ~DataPlaneGate() override;

    /// The route for an upgrade request on socket, counted as an attempt; faults armed for ConnectAsViewer
    /// or ConnectAsMaster apply before the URL is checked.
    Route route(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId);

private:
    /// Verifies and admits the handshake: an error response (the connection then closes), or nullopt when
    /// the socket went to the WebSocket server.
    std::optional<HttpResponse> accept(QTcpSocket *socket, const HttpRequest &request,
                                       const QByteArray &requestId, const QString &action);
    void onWebSocketConnection();

    const EmulatorConfig &m_config;
    SignalingHub &m_hub;
    CallRecorder &m_recorder;
    HttpFrontEnd &m_frontEnd;
    std::function<QDateTime()> m_now;
    QWebSocketServer *m_webSocketServer = nullptr;
    /// Upgraded transports by the client's port, until QWebSocketServer hands out their QWebSocket.
    QHash<quint16, QPointer<QTcpSocket>> m_upgrading;
};

} // namespace kvs::emulator
