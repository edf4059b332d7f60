#include "core/connection/connectionreporter.h"

#include "core/aws/clockskewestimator.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/events/eventlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringBuilder>
#include <QUrl>

namespace kvs {

namespace {

/// The words are the controller's (the same translation context as before the reporter existed).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionController)
};

} // namespace

ConnectionReporter::ConnectionReporter(const Clock &clock, EventLog *eventLog, const QElapsedTimer *runTimer,
                                       Sink sink)
    : m_clock(clock)
    , m_eventLog(eventLog)
    , m_runTimer(runTimer)
    , m_sink(std::move(sink))
{}

void ConnectionReporter::startRunClock()
{
    if (!m_runTimer && !m_ownRunTimer.isValid())
        m_ownRunTimer.start();
}

qint64 ConnectionReporter::elapsedMs() const
{
    if (m_runTimer && m_runTimer->isValid())
        return m_runTimer->elapsed();
    return m_ownRunTimer.isValid() ? m_ownRunTimer.elapsed() : 0;
}

void ConnectionReporter::emitEvent(EventPayload payload)
{
    const EngineEvent event = EngineEvent::make(elapsedMs(), m_clock.now(), std::move(payload));
    if (m_eventLog)
        m_eventLog->append(event);
    if (m_sink)
        m_sink(event);
}

void ConnectionReporter::report(EventPayload event)
{
    emitEvent(std::move(event));
}

void ConnectionReporter::stepStarted(const QString &step, int attempt)
{
    m_currentStep = step;
    m_stepTimer.start();
    emitEvent(StepEvent{
        stepFromName(step).value_or(Step::Connection), StepStatus::Started, std::nullopt, {}, attempt});
}

void ConnectionReporter::stepEnded(bool ok, int attempt, const QString &detail)
{
    if (m_currentStep.isEmpty())
        return;
    const StepEvent ended{stepFromName(m_currentStep).value_or(Step::Connection),
                          ok ? StepStatus::Ok : StepStatus::Failed, m_stepTimer.elapsed(), detail, attempt};
    m_currentStep.clear();
    emitEvent(ended);
}

void ConnectionReporter::stateChanged(ConnectionState state, ConnectionEvent cause)
{
    emitEvent(StateEvent{state, {}, cause});
}

void ConnectionReporter::ignoredEvent(ConnectionEvent event, ConnectionState state)
{
    warning(Text::tr("Ignored event %1 in state %2 (a bug: please report it).")
                .arg(connectionEventName(event), connectionStateName(state)));
}

void ConnectionReporter::controlPlaneChosen(const ControlPlaneEndpoint &endpoint,
                                            const ConnectionTarget &target, const TlsOptions &tls)
{
    InfoEvent chosen = infoEvent(Text::tr("Control plane %1 (from %2), region %3, ClientId %4")
                                     .arg(endpoint.url, endpoint.sourceName, target.region, target.clientId));
    chosen.endpoint = EndpointNote{false,
                                   endpoint.url,
                                   endpoint.sourceName,
                                   endpoint.fips.on,
                                   endpoint.fips.source,
                                   endpoint.dualStack.on,
                                   endpoint.dualStack.source,
                                   tls.caFile,
                                   tls.source,
                                   target.region,
                                   target.clientId};
    emitEvent(chosen);
}

void ConnectionReporter::presignedUrlGiven(const QString &wssEndpoint, const QString &channelArn,
                                           const ConnectionTarget &target)
{
    InfoEvent given =
        infoEvent(Text::tr("Connecting with the presigned URL as given (channel %1, ClientId %2, region %3): "
                           "no credentials, control-plane calls or ICE server config are used, so media "
                           "can use host and STUN candidates only.")
                      .arg(channelArn, target.clientId, target.region));
    EndpointNote endpoint;
    endpoint.presignedUrl = true;
    endpoint.endpoint = wssEndpoint;
    endpoint.endpointSource = QStringLiteral("presigned URL");
    endpoint.region = target.region;
    endpoint.clientId = target.clientId;
    given.endpoint = endpoint;
    emitEvent(given);
}

void ConnectionReporter::proxyChosen(const QString &what, const QUrl &url, const ProxyChoice &proxy)
{
    const QString key = what % u' ' % url.host() % u' ' % proxy.hostPort();
    if (m_announcedProxies.contains(key) || (!proxy.used() && !proxy.bypassed))
        return;
    m_announcedProxies.append(key);
    const QString message =
        proxy.used() ? Text::tr("%1 to %2 through the HTTP proxy %3 (from %4)")
                           .arg(what, url.host(), proxy.hostPort(), proxy.source)
                     : Text::tr("%1 to %2 without a proxy: no_proxy / NO_PROXY lists the host (%3 is set)")
                           .arg(what, url.host(), proxy.source);
    InfoEvent chosen = infoEvent(redact(message));
    chosen.proxy = ProxyNote{proxy.hostPort(), proxy.source, proxy.bypassed, url.host()};
    emitEvent(chosen);
}

void ConnectionReporter::channelNotActive(const QString &status)
{
    warning(Text::tr("The channel's status is %1, not ACTIVE.").arg(status));
}

void ConnectionReporter::waitingForConnectSlot(qint64 waitMs)
{
    InfoEvent waiting =
        infoEvent(Text::tr("Waiting %1 before connecting: at most 3 connects per second per channel.")
                      .arg(formatDuration(waitMs)));
    waiting.waitMs = waitMs;
    emitEvent(waiting);
}

void ConnectionReporter::http(const HttpExchange &exchange)
{
    emitEvent(HttpEvent{exchange.operation, exchange.status, exchange.url, exchange.elapsedMs,
                        exchange.errorType, exchange.requestId, exchange.message});
}

void ConnectionReporter::clockSkew(const ClockSkewEstimator &skew)
{
    const qint64 offset = skew.measuredOffsetMs();
    emitEvent(ClockSkewEvent{offset, skew.correctionMs(), skew.describe()});
    if (skew.isWarning()) {
        WarningEvent large = warningEvent(
            skew.describe() + u' ' +
            Text::tr("Requests are signed with the service's time; fix the system clock (NTP)."));
        large.offsetMs = offset;
        emitEvent(large);
    }
}

void ConnectionReporter::upgradeRefused()
{
    info(Text::tr("The service refused the WebSocket upgrade; replaying the request once to read why."));
}

void ConnectionReporter::iceRefreshFailed(const QString &message)
{
    warning(Text::tr("Could not refresh the ICE server config (%1); keeping the previous one.").arg(message));
}

void ConnectionReporter::messageIn(const SignalingMessage &message)
{
    // The decoded SDP for the log's detail pane (the summary only counts its characters).
    emitEvent(MessageEvent{
        MessageDirection::In, signalingMessageTypeName(message.type), message.summary(), message.sdp, {}});
}

void ConnectionReporter::malformedMessage(const Error &error)
{
    emitEvent(MessageEvent{MessageDirection::In, QStringLiteral("INVALID"), error.code, {}, {}});
    warning(Text::tr("Ignored a malformed message: %1 (%2)").arg(error.message, error.code));
}

void ConnectionReporter::messageOut(const QByteArray &frame, const QString &messageType,
                                    const QString &summary)
{
    MessageEvent sent{MessageDirection::Out, messageType, summary, {}, {}};
    // The decoded SDP of an offer we sent, for the log's detail pane (the frame is the signaling message).
    const QJsonObject payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(
                QJsonDocument::fromJson(frame).object().value(u"messagePayload").toString().toLatin1()))
            .object();
    sent.sdp = payload.value(u"sdp").toString();
    emitEvent(sent);
}

void ConnectionReporter::messageRefused(const StatusResponse &status)
{
    warning(Text::tr("The service refused message %1: %2 %3 %4")
                .arg(status.correlationId, status.statusCode, status.errorType, status.description));
}

void ConnectionReporter::linkClosed(const QString &message, int code, const QString &reason,
                                    qint64 connectedMs)
{
    WarningEvent closed = warningEvent(message);
    closed.close = CloseNote{code, reason, connectedMs};
    emitEvent(closed);
}

void ConnectionReporter::goingAway(int maxAttempts)
{
    emitEvent(RetryEvent{1, maxAttempts, 0, QStringLiteral("GoAway"), std::nullopt, std::nullopt,
                         Text::tr("The service is going away (deployment): reconnecting now with a "
                                  "fresh endpoint.")});
}

void ConnectionReporter::retryScheduled(int attempt, int maxAttempts, qint64 delayMs, const Failure &failure,
                                        const QString &hint)
{
    emitEvent(RetryEvent{attempt, maxAttempts, delayMs, failure.errorType, stepFromName(failure.step),
                         failure.message, hint});
}

void ConnectionReporter::failed(const Failure &failure, const Explanation &explanation, const QString &why)
{
    ErrorEvent error;
    error.step = stepFromName(failure.step);
    error.errorType = failure.errorType;
    error.errorClass = failure.errorClass;
    error.message = failure.message;
    error.title = explanation.title;
    error.hint = explanation.hint();
    if (!why.isEmpty())
        error.gaveUp = why;
    if (failure.httpStatus != 0)
        error.httpStatus = failure.httpStatus;
    if (!failure.requestId.isEmpty())
        error.requestId = failure.requestId;
    emitEvent(error);
}

void ConnectionReporter::retryCancelled(const std::optional<Failure> &pending)
{
    InfoEvent cancelled = infoEvent(Text::tr("Cancelled by you: the scheduled retry was not made."));
    cancelled.cancelled = true;
    if (pending)
        cancelled.errorType = pending->errorType;
    emitEvent(cancelled);
}

void ConnectionReporter::info(const QString &message)
{
    emitEvent(infoEvent(message));
}

void ConnectionReporter::warning(const QString &message)
{
    emitEvent(warningEvent(message));
}

void ConnectionReporter::summary(const RunSummary &summary)
{
    emitEvent(summaryEvent(summary));
}

SummaryEvent ConnectionReporter::summaryEvent(const RunSummary &summary)
{
    SummaryEvent event;
    event.outcome = summary.outcome;
    event.clientId = summary.clientId;
    event.channelArn = summary.channelArn;
    event.attempts = summary.attempts;
    event.connects = summary.connects;
    event.messagesIn = summary.messagesIn;
    event.messagesOut = summary.messagesOut;
    event.emptyFrames = summary.emptyFrames;
    event.durationMs = summary.durationMs;
    event.clockSkewMs = summary.clockSkewMs;
    event.cancelled = summary.cancelled;
    if (summary.failure) {
        event.errorClass = summary.failure->errorClass;
        event.errorType = summary.failure->errorType;
        event.step = stepFromName(summary.failure->step).value_or(Step::Connection);
        event.message = summary.failure->message;
    }
    return event;
}

} // namespace kvs
