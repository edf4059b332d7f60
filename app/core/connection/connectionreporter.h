#pragma once

#include "core/aws/environmentproxy.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/connection/connectiontypes.h"
#include "core/controlplane/controlplaneclient.h"
#include "core/events/engineevent.h"
#include "core/events/failureexplainer.h"
#include "core/signaling/connectionstate.h"
#include "core/signaling/signalingmessage.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUrl;

namespace kvs {

class ClockSkewEstimator;
class EventLog;

/// The counts and outcome of a run, as its summary event and the CLI's exit status need them.
struct RunSummary
{
    ConnectionState outcome = ConnectionState::Idle;
    QString clientId;
    QString channelArn;
    int attempts = 0;
    int connects = 0;
    int messagesIn = 0;
    int messagesOut = 0;
    int emptyFrames = 0; ///< zero-length text frames: the service's keepalives
    qint64 durationMs = 0;
    std::optional<qint64> clockSkewMs;
    bool cancelled = false;         ///< the run ended with cancelRetry()
    std::optional<Failure> failure; ///< set when the outcome is Failed or Replaced
};

/// The one place a connection's events are made: each method is one thing that happened, with typed
/// arguments; the reporter words it, stamps it with the run time and the wall clock, appends it to the
/// EventLog (when one was given) and hands it to the sink (the controller's eventOccurred signal). It also
/// keeps the step in progress and its timer, and names each proxy once per run. UI-free; the words are the
/// ConnectionController's translation context.
class ConnectionReporter final
{
public:
    using Sink = std::function<void(const EngineEvent &)>;

    /// clock: the wall time of events; eventLog and runTimer may be null (then "t" counts from
    /// startRunClock()). All must outlive the reporter.
    ConnectionReporter(const Clock &clock, EventLog *eventLog, const QElapsedTimer *runTimer, Sink sink);

    /// Starts the reporter's own run clock unless a run timer was given or it already runs.
    void startRunClock();
    qint64 elapsedMs() const;
    /// Forgets the proxies named so far (a new run names them again).
    void beginRun() { m_announcedProxies.clear(); }

    /// Any event, stamped with the run time: for the probe, the media session and the CLI.
    void report(EventPayload event);

    void stepStarted(const QString &step, int attempt);
    /// Ends the step in progress (nothing when none is).
    void stepEnded(bool ok, int attempt, const QString &detail = {});
    bool inStep() const { return !m_currentStep.isEmpty(); }
    const QString &currentStep() const { return m_currentStep; }

    void stateChanged(ConnectionState state, ConnectionEvent cause);
    /// An event the state machine refused in state: a bug, said as a warning.
    void ignoredEvent(ConnectionEvent event, ConnectionState state);
    void controlPlaneChosen(const ControlPlaneEndpoint &endpoint, const ConnectionTarget &target,
                            const TlsOptions &tls);
    void presignedUrlGiven(const QString &wssEndpoint, const QString &channelArn,
                           const ConnectionTarget &target);
    /// Names, once per run and host, the HTTP proxy a connection of `what` to url goes through (or that
    /// no_proxy bypasses one); nothing when no proxy is configured.
    void proxyChosen(const QString &what, const QUrl &url, const ProxyChoice &proxy);
    void channelNotActive(const QString &status);
    void waitingForConnectSlot(qint64 waitMs);
    void http(const HttpExchange &exchange);
    /// The clock skew as now measured, and a warning when it is large.
    void clockSkew(const ClockSkewEstimator &skew);
    void upgradeRefused();
    void iceRefreshFailed(const QString &message);

    void messageIn(const SignalingMessage &message);
    void malformedMessage(const Error &error);
    /// An outbound message; frame is the JSON sent (an SDP offer's SDP is shown decoded).
    void messageOut(const QByteArray &frame, const QString &messageType, const QString &summary);
    void messageRefused(const StatusResponse &status);
    /// The open socket closed: message says how; code, reason and how long it was open are fields too.
    void linkClosed(const QString &message, int code, const QString &reason, qint64 connectedMs);

    void goingAway(int maxAttempts);
    /// A retry is scheduled after failure: attempt is the number of the next attempt.
    void retryScheduled(int attempt, int maxAttempts, qint64 delayMs, const Failure &failure,
                        const QString &hint);
    /// The run gave up (or was replaced): the failure explained, and why it stopped.
    void failed(const Failure &failure, const Explanation &explanation, const QString &why);
    void retryCancelled(const std::optional<Failure> &pending);
    void info(const QString &message);
    void warning(const QString &message);
    void summary(const RunSummary &summary);

    /// The summary event of a run.
    static SummaryEvent summaryEvent(const RunSummary &summary);

private:
    void emitEvent(EventPayload event);

    const Clock &m_clock;
    EventLog *m_eventLog = nullptr;
    const QElapsedTimer *m_runTimer = nullptr;
    Sink m_sink;
    QElapsedTimer m_ownRunTimer;
    QElapsedTimer m_stepTimer;
    QString m_currentStep;
    QStringList m_announcedProxies; ///< "what host proxy" already named this run
};

} // namespace kvs
