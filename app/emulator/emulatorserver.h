#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "emulator/certificateauthority.h"
#include "emulator/emulatorconfig.h"
#include "emulator/faultinjector.h"
#include "emulator/httpmessage.h"
#include "emulator/signalinghub.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

class QTcpSocket;

namespace kvs::emulator {

class AdminApi;
class CallRecorder;
class ComputeCredentialsApi;
class ControlPlaneApi;
class CredentialIssuer;
class DataPlaneGate;
class HttpFrontEnd;
class StsApi;
struct Route;

/// The emulator on one loopback port: HTTPS control plane (JSON, header SigV4), WSS data plane (presigned
/// ConnectAsViewer/ConnectAsMaster, routed by the Upgrade header), STS/SSO, the compute credential endpoints
/// and the admin API under /emulator/. With a CertificateAuthority it serves TLS; without one, plain http/ws.
/// It owns the configuration and composes the parts, each with one job: HttpFrontEnd (connections, parsing,
/// faults), DataPlaneGate (upgrades), ControlPlaneApi, StsApi, ComputeCredentialsApi, AdminApi, and the
/// SignalingHub behind the sockets; route() sends each request to the one that serves it.
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
    bool isTls() const;
    /// The TLS authority (only when isTls()).
    const CertificateAuthority &certificateAuthority() const;
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
    void setHttpTimeouts(const HttpTimeouts &timeouts);
    /// The one JSON start line (without newline); caFile is null in plain mode.
    QJsonObject startInfo(const QString &caFile) const;

signals:
    /// Emitted when a connect handshake or control-plane call was rejected, with the AWS error type.
    void requestRejected(const QString &action, const QString &errorType);

private:
    /// Which part answers request (socket is the connection it came on).
    Route route(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId);

    EmulatorConfig m_config;
    const Clock &m_clock;
    FaultInjector m_faults;
    SignalingHub *m_hub = nullptr;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<CredentialIssuer> m_issuer;
    std::unique_ptr<ControlPlaneApi> m_controlPlane;
    std::unique_ptr<StsApi> m_sts;
    std::unique_ptr<ComputeCredentialsApi> m_compute;
    std::unique_ptr<AdminApi> m_admin;
    HttpFrontEnd *m_http = nullptr;
    DataPlaneGate *m_dataPlane = nullptr;
};

} // namespace kvs::emulator
