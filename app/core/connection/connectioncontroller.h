#pragma once

#include "core/aws/clockskewestimator.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/environmentproxy.h"
#include "core/aws/resolvedcredentials.h"
#include "core/aws/skewedclock.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/retrypolicy.h"
#include "core/connection/connectflow.h"
#include "core/connection/connectionreporter.h"
#include "core/connection/connectiontypes.h"
#include "core/connection/signalingsession.h"
#include "core/connection/takeoverdetector.h"
#include "core/controlplane/controlplaneclient.h"
#include "core/controlplane/presignedurl.h"
#include "core/events/engineevent.h"
#include "core/events/failureexplainer.h"
#include "core/signaling/connectionstate.h"
#include "core/signaling/signalingmessage.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace kvs {

class CredentialsProvider;
class EventLog;
class HandshakeDiagnostics;
struct ProxyChoice;

/// The viewer engine: credentials → DescribeSignalingChannel (by name) → GetSignalingChannelEndpoint →
/// GetIceServerConfig → presign (with the skew-corrected clock) → WebSocket open, each step a timed event;
/// then keepalive, GO_AWAY, RECONNECT_ICE_SERVER, service closes and ClientId takeover. Failures are
/// explained, retried per the RetryPolicy (terminal errors never, except one immediate retry after a
/// clock-skew correction) and every connect goes through the process's ConnectRateLimiter. State changes
/// only through nextState(). UI-free.
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    ConnectionController(ConnectionTarget target, ConnectionSettings settings,
                         ConnectionDependencies dependencies, QObject *parent = nullptr);
    ~ConnectionController() override;

    /// Starts (or restarts after Closed, Failed or Replaced). Ignored while active.
    void start();
    /// Stops: closes an open socket cleanly (Closing → Closed) or abandons the step in flight (→ Closed).
    void stop();
    /// Cancels a scheduled retry: the run ends Closed (the user's choice, not a failure), with an info event
    /// and a summary marked "cancelled".
    void cancelRetry();
    /// Fires a scheduled retry now.
    void retryNow();
    /// Fetches the ICE server config again while connected (TURN credentials about to expire);
    /// iceServersChanged() follows on success. Ignored when not connected or a refresh is in flight.
    void refreshIceServers();

    /// Sends a text frame on the open socket and reports it as an outbound message event.
    /// False when not connected.
    bool sendMessage(const QByteArray &frame, const QString &messageType, const QString &summary);
    /// Emits an event stamped with this controller's run time (used by the probe and the CLI).
    void report(EventPayload event);

    ConnectionState state() const { return m_state; }
    const ConnectionTarget &target() const { return m_target; }
    /// The channel ARN (after DescribeSignalingChannel when started from a name).
    QString channelArn() const;
    const std::optional<Failure> &lastFailure() const { return m_lastFailure; }
    /// A failure of this run with what explains it (channel ARN, region, measured clock skew), for
    /// explainFailure() and the error dialog.
    Failure explainable(const Failure &failure) const;
    const std::optional<IceServerConfig> &iceServerConfig() const { return m_flow->iceConfig(); }
    /// The proxy this run's environment chooses for url (chooseProxy: https_proxy / no_proxy), named in the
    /// timeline once per host and run as "what to HOST through the HTTP proxy …" (the media's TURN over TCP
    /// uses it, so every connection of a run follows one set of rules).
    ProxyChoice proxyFor(const QString &what, const QUrl &url);
    const ClockSkewEstimator &clockSkew() const { return m_skew; }
    /// How many times the WebSocket opened during this run.
    int connectCount() const { return m_connectCount; }
    /// The run so far as the fields of a summary event: outcome, attempts, connects, messages, skew, error.
    QJsonObject summaryFields() const;
    qint64 elapsedMs() const;

signals:
    /// Emitted after every state change (always the result of nextState()).
    void stateChanged(kvs::ConnectionState state);
    /// Emitted for every event of the run (also appended to the EventLog when one was given).
    void eventOccurred(const kvs::EngineEvent &event);
    /// Emitted when a refresh (RECONNECT_ICE_SERVER or refreshIceServers()) brought a new ICE config.
    void iceServersChanged();
    /// Emitted for every well-formed message received on the signaling WebSocket.
    void messageReceived(const kvs::SignalingMessage &message);

private:
    bool transition(ConnectionEvent event);
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail = {});
    void runFlow();
    void presignAndOpen();
    /// After the connect-rate limiter's slot: presigns (or takes the given URL) and opens the socket.
    void signAndOpen();
    void openSocket();
    void reportHttp(const HttpExchange &exchange);
    void reportSkewIfChanged();
    /// What a protocol-error close code means ("a text message that is not valid UTF-8"); empty for the
    /// codes that are not protocol errors (1000, 1001, 1006, 1011, …).
    static QString protocolErrorWhat(int closeCode);
    void onSessionOpened();
    void onOpenFailed(const SignalingSession::OpenFailure &failure);
    void onClosedDuringHandshake();
    void onSessionClosed(const SignalingSession::Close &how);
    void onCloseFinished();
    void onLinkDead();
    void onMessage(const SignalingMessage &message);
    void onDiagnosisFinished();
    void onHandshakeTimeout();
    void onGoAway();
    void linkLost(ErrorClass errorClass, const QString &errorType, const QString &message);
    void fail(const Failure &failure, bool clockCorrected = false);
    void giveUp(const Failure &failure, const QString &why);
    void takeover(const QString &message);
    void fireRetry();
    void finishRun();
    void dropSocket(bool abortNow);
    void stopTimers();
    /// The run so far, for its summary event.
    RunSummary runSummary() const;

    ConnectionTarget m_target;
    ConnectionSettings m_settings;
    ConnectionDependencies m_deps;
    ConnectionReporter m_reporter; ///< makes every event of this controller
    TakeoverDetector m_takeover;
    RetryPolicy m_policy;
    ClockSkewEstimator m_skew;
    SkewedClock m_signingClock;
    QElapsedTimer m_seriesTimer; ///< since the first attempt of the current retry series

    ConnectionState m_state = ConnectionState::Idle;
    quint64 m_generation = 0; ///< bumps on every attempt and on stop: stale callbacks check it
    QByteArray m_presignedUrl;
    ConnectFlow *m_flow = nullptr;         ///< the control-plane steps and what they learn
    QString m_wssEndpoint;                 ///< the signaling endpoint of the socket opened last
    SignalingSession *m_session = nullptr; ///< the WebSocket, its keepalive and its close
    HandshakeDiagnostics *m_diagnostics = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_slotTimer = nullptr; ///< waits for the connect-rate limiter

    int m_failedAttempts = 0;
    int m_attempts = 0;
    bool m_skewRetryUsed = false;
    bool m_cancelled = false; ///< the run ended with cancelRetry()
    int m_refusedStatus = 0;  ///< the HTTP status Qt reported for the last refused upgrade (0: none)
    int m_connectCount = 0;
    int m_messagesIn = 0;
    int m_messagesOut = 0;
    int m_emptyFramesIn = 0; ///< zero-length text frames: the service's keepalives
    qint64 m_reportedCorrectionMs = 0;
    quint64 m_openTicket = 0; ///< from ConnectRateLimiter::noteOpened() for the open socket
    std::optional<Failure> m_lastFailure;
    std::optional<Failure> m_pendingFailure; ///< the failure behind a scheduled retry
};

} // namespace kvs
