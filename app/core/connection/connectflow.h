#pragma once

#include "core/aws/clockskewestimator.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/clock.h"
#include "core/connection/connectionreporter.h"
#include "core/connection/connectiontypes.h"
#include "core/controlplane/controlplaneclient.h"
#include "core/events/failureexplainer.h"
#include "core/signaling/connectionstate.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace kvs {

/// The control-plane part of a connection: credentials → DescribeSignalingChannel (from a name, or always
/// for Check access) → GetSignalingChannelEndpoint → GetIceServerConfig, each a timed step on the reporter,
/// the refresh of the ICE config on an open connection, and the presigned URL built from what they learned.
/// It owns that knowledge (credentials, channel ARN, endpoints, ICE config) and the control-plane client.
/// It never decides on retries or states: each outcome goes to the controller through Hooks.
class ConnectFlow final : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(ConnectionEvent)> advanced;                    ///< a step succeeded
        std::function<void(const Failure &, bool clockCorrected)> failed; ///< a step failed
        std::function<void()> answered;           ///< a service answer arrived (the skew may have changed)
        std::function<void()> iceConfigReceived;  ///< the attempt's last step passed: presign next
        std::function<void()> iceConfigRefreshed; ///< refreshIceConfig() brought a new config
    };

    /// skew and reporter must outlive the flow.
    ConnectFlow(ConnectionTarget target, ConnectionSettings settings, ConnectionDependencies dependencies,
                ClockSkewEstimator &skew, ConnectionReporter &reporter, Hooks hooks,
                QObject *parent = nullptr);
    ~ConnectFlow() override;

    /// Prepares a run: resolves the control-plane endpoint and names it (and its proxy) on the timeline.
    /// Errors: ControlPlaneEndpoint::resolve's (the run cannot start).
    Result<ControlPlaneEndpoint> beginRun();
    /// Starts an attempt at step Credentials; attempt numbers its step events.
    void startAttempt(int attempt);
    /// Abandons the step in flight: no hook is called for it.
    void abort();
    /// Fetches the ICE config again (an open connection; RECONNECT_ICE_SERVER or the user). Ignored while a
    /// refresh is in flight or before an attempt learned the endpoints.
    void refreshIceConfig(int attempt);
    /// The WSS URL signed with signingClock's time, for this ARN and ClientId.
    /// Errors: sigv4::presignUrl's.
    Result<QByteArray> presign(const Clock &signingClock) const;

    QString channelArn() const { return m_channelArn; }
    const std::optional<SignalingEndpoints> &signalingEndpoints() const { return m_signalingEndpoints; }
    const std::optional<IceServerConfig> &iceConfig() const { return m_iceConfig; }

private:
    void fetchCredentials(int attempt);
    void describeChannel(int attempt);
    void getEndpoint(int attempt);
    void getIceConfig(int attempt);
    void watch(ControlPlaneReply *reply, const QString &step,
               std::function<void(ControlPlaneReply *)> onSuccess);
    /// The config an answer carries, with the regional STUN server added.
    Result<IceServerConfig> iceConfigOf(ControlPlaneReply *reply) const;

    ConnectionTarget m_target;
    ConnectionSettings m_settings;
    ConnectionDependencies m_deps;
    ClockSkewEstimator &m_skew;
    ConnectionReporter &m_reporter;
    Hooks m_hooks;
    quint64 m_generation = 0; ///< bumps on every attempt and abort: stale answers check it
    int m_attempt = 0;
    std::optional<ControlPlaneEndpoint> m_endpoint;
    std::unique_ptr<ControlPlaneClient> m_controlPlane;
    std::optional<ResolvedCredentials> m_credentials;
    QString m_channelArn;
    std::optional<SignalingEndpoints> m_signalingEndpoints;
    std::optional<IceServerConfig> m_iceConfig;
    QPointer<ControlPlaneReply> m_reply;
    QPointer<ControlPlaneReply> m_refreshReply;
};

} // namespace kvs
