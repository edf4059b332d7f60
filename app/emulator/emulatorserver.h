#pragma once

#include "core/aws/sigv4.h"
#include "core/common/clock.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorconfig.h"
#include "emulator/faultinjector.h"
#include "emulator/httpmessage.h"
#include "emulator/signalinghub.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QWebSocketServer>

class QUdpSocket;

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace kvs::emulator {

/// The emulator on one loopback port: HTTPS control plane (JSON, header SigV4), WSS data plane (presigned
/// ConnectAsViewer/ConnectAsMaster, routed by the Upgrade header) and the admin API under /emulator/.
/// With a CertificateAuthority it serves TLS; without one, plain http/ws.
class EmulatorServer final : public QObject
{
    Q_OBJECT

public:
    EmulatorServer(EmulatorConfig config, const Clock &clock, QObject *parent = nullptr);
    ~EmulatorServer() override;

    /// Serves TLS with the authority's server certificate (call before listen); without it, plain.
    void setCertificateAuthority(const CertificateAuthority &authority);
    void setBuiltInMaster(bool enabled) { m_hub->setBuiltInMaster(enabled); }
    /// Starts listening on address:port (0 picks a free port). An Error says why it could not.
    std::optional<Error> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);

    quint16 port() const;
    bool isTls() const { return m_authority.has_value(); }
    /// The TLS authority (only when isTls()).
    const CertificateAuthority &certificateAuthority() const { return *m_authority; }
    QString controlEndpoint() const;
    QString wssEndpoint() const;
    /// The emulator's clock: the injected clock plus the configured offset.
    QDateTime now() const;
    /// Moves the emulator's clock (simulates a client whose clock is that far off); takes effect at once.
    void setClockOffsetSeconds(double seconds) { m_config.clockOffsetSeconds = seconds; }
    const EmulatorConfig &config() const { return m_config; }
    SignalingHub *hub() const { return m_hub; }
    /// The armed faults (what the admin API's /emulator/faults drives), for in-process use.
    FaultInjector &faults() { return m_faults; }
    /// Shortens or lengthens the HTTP header, body and idle timeouts (tests); the defaults are the
    /// documented kHttp…TimeoutMs.
    void setHttpTimeouts(const HttpTimeouts &timeouts) { m_httpTimeouts = timeouts; }
    /// The one JSON start line (without newline); caFile is null in plain mode.
    QJsonObject startInfo(const QString &caFile) const;

signals:
    /// Emitted when a connect handshake or control-plane call was rejected, with the AWS error type.
    void requestRejected(const QString &action, const QString &errorType);

private:
    void onPendingConnection();
    void onReadyRead(QTcpSocket *socket);
    /// Restarts socket's HTTP timer for phase (an HttpPhase: idle, head or body).
    void setPhase(QTcpSocket *socket, int phase);
    void onHttpTimeout(QTcpSocket *socket);
    void onWebSocketConnection();
    void handleUpgrade(QTcpSocket *socket, const HttpRequest &request);
    void continueUpgrade(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId,
                         const QString &action);
    void handleHttp(QTcpSocket *socket, const HttpRequest &request);
    HttpResponse controlPlane(const QString &action, const HttpRequest &request, const QByteArray &requestId);
    HttpResponse adminApi(const HttpRequest &request, const QByteArray &requestId);
    HttpResponse reject(const QString &action, const QString &errorType, const QString &message,
                        const QByteArray &requestId, int status = 0);
    /// The answer to a call an armed fault fails: typed (reject()) or untyped (a bare status).
    HttpResponse faultResponse(const QString &action, const Fault &fault, const QByteArray &requestId);
    void send(QTcpSocket *socket, const HttpResponse &response, bool close);
    void later(QTcpSocket *socket, int delayMs, std::function<void()> work);

    HttpResponse describeSignalingChannel(const QJsonObject &body, const VerifiedCaller &caller,
                                          const QByteArray &id);
    HttpResponse getSignalingChannelEndpoint(const QJsonObject &body, const VerifiedCaller &caller,
                                             const QByteArray &id);
    /// InvalidArgument when a required ChannelARN is missing or malformed; nullopt when it is fine.
    std::optional<HttpResponse> refuseBadChannelArn(const QString &action, const QString &arn,
                                                    const QByteArray &id);
    /// AccessDenied when the caller lacks action, else ResourceNotFound when channel is missing or in another
    /// region; nullopt when the call may go on.
    std::optional<HttpResponse> refuseOnChannel(const QString &action, const VerifiedCaller &caller,
                                                const ChannelConfig *channel, const QString &resource,
                                                const QByteArray &id);
    HttpResponse getIceServerConfig(const QJsonObject &body, const VerifiedCaller &caller,
                                    const QByteArray &id);
    HttpResponse listSignalingChannels(const QJsonObject &body, const VerifiedCaller &caller,
                                       const QByteArray &id);

    // STS Query API and the SSO portal (emulatorsts.cpp).
    HttpResponse sts(const HttpRequest &request, const QByteArray &id);
    HttpResponse stsError(const QString &action, int status, const QString &code, const QString &message,
                          const QByteArray &id);
    HttpResponse assumeRole(const sigv4::ByteParams &params, const VerifiedCaller &caller,
                            const QByteArray &id);
    HttpResponse ssoGetRoleCredentials(const HttpRequest &request, const QByteArray &id);
    // Credentials as AWS compute hands them out (emulatorcomputecredentials.cpp).
    static QString computeAction(const HttpRequest &request);
    static HttpResponse imdsError(int status);
    static HttpResponse containerError(int status, const QString &code, const QString &message);
    /// A fault on a compute-credentials route or AssumeRoleWithWebIdentity, in that route's error shape.
    HttpResponse computeFaultResponse(const QString &action, const Fault &fault, const QByteArray &id);
    HttpResponse computeCredentials(const HttpRequest &request, const QByteArray &id);
    HttpResponse instanceMetadata(const HttpRequest &request);
    HttpResponse containerCredentials(const HttpRequest &request, const QByteArray &id);
    HttpResponse assumeRoleWithWebIdentity(const sigv4::ByteParams &params, const QByteArray &id);
    /// Serves respond(), or the fault armed for action (an error in the route's shape, a delay or a drop).
    void serveWithFaults(QTcpSocket *socket, const QString &action, const QByteArray &id,
                         std::function<HttpResponse()> respond);
    /// Adds temporary credentials (ASIA…, with a session token) that every call accepts until expiration.
    const Identity &issueTemporary(const QString &accountId, const QString &arn, const QString &userId,
                                   const QDateTime &expiration);

    EmulatorConfig m_config;
    const Clock &m_clock;
    std::optional<CertificateAuthority> m_authority;
    HttpTimeouts m_httpTimeouts;
    FaultInjector m_faults;
    SignalingHub *m_hub = nullptr;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_webSocketServer = nullptr;
    QList<std::pair<QString, QDateTime>> m_imdsTokens; ///< IMDSv2 tokens handed out, with their expiry
    /// POST /emulator/turn: "add" or "only" hands out (besides, or instead of, the other TURN servers) TURN
    /// URIs on loopback ports where a socket reads and never answers — a TURN server nothing answers.
    QString m_unansweredTurn;
    QUdpSocket *m_silentUdp = nullptr;
    QTcpServer *m_silentTcp = nullptr;
    /// The silent URIs ("turn:127.0.0.1:P?transport=udp|tcp"), opening the sockets on first use.
    QStringList silentTurnUris();
    /// Upgraded transports by the client's port, until QWebSocketServer hands out their QWebSocket.
    QHash<quint16, QPointer<QTcpSocket>> m_upgrading;
};

} // namespace kvs::emulator
