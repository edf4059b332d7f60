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

void ConnectionReporter::emitEvent(EventKind kind, const QJsonObject &fields)
{
    const EngineEvent event = EngineEvent::make(kind, elapsedMs(), m_clock.now(), fields);
    if (m_eventLog)
        m_eventLog->append(event);
    if (m_sink)
        m_sink(event);
}

void ConnectionReporter::report(EventKind kind, const QJsonObject &fields)
{
    emitEvent(kind, fields);
}

void ConnectionReporter::stepStarted(const QString &step, int attempt)
{
    m_currentStep = step;
    m_stepTimer.start();
    emitEvent(EventKind::Step, {{QStringLiteral("name"), step},
                                {QStringLiteral("status"), QStringLiteral("started")},
                                {QStringLiteral("attempt"), attempt}});
}

void ConnectionReporter::stepEnded(bool ok, int attempt, const QString &detail)
{
    if (m_currentStep.isEmpty())
        return;
    QJsonObject fields{{QStringLiteral("name"), m_currentStep},
                       {QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
                       {QStringLiteral("ms"), m_stepTimer.elapsed()},
                       {QStringLiteral("attempt"), attempt}};
    if (!detail.isEmpty())
        fields.insert(QStringLiteral("detail"), detail);
    m_currentStep.clear();
    emitEvent(EventKind::Step, fields);
}

void ConnectionReporter::stateChanged(ConnectionState state, ConnectionEvent cause)
{
    emitEvent(EventKind::State, {{QStringLiteral("state"), connectionStateName(state)},
                                 {QStringLiteral("cause"), connectionEventName(cause)}});
}

void ConnectionReporter::ignoredEvent(ConnectionEvent event, ConnectionState state)
{
    warning(Text::tr("Ignored event %1 in state %2 (a bug: please report it).")
                .arg(connectionEventName(event), connectionStateName(state)));
}

void ConnectionReporter::controlPlaneChosen(const ControlPlaneEndpoint &endpoint,
                                            const ConnectionTarget &target, const TlsOptions &tls)
{
    emitEvent(EventKind::Info, {{QStringLiteral("message"),
                                 Text::tr("Control plane %1 (from %2), region %3, ClientId %4")
                                     .arg(endpoint.url, endpoint.sourceName, target.region, target.clientId)},
                                {QStringLiteral("endpoint"), endpoint.url},
                                {QStringLiteral("endpointSource"), endpoint.sourceName},
                                {QStringLiteral("fips"), endpoint.fips.on},
                                {QStringLiteral("fipsSource"), endpoint.fips.source},
                                {QStringLiteral("dualStack"), endpoint.dualStack.on},
                                {QStringLiteral("dualStackSource"), endpoint.dualStack.source},
                                {QStringLiteral("caFile"), tls.caFile},
                                {QStringLiteral("caSource"), tls.source},
                                {QStringLiteral("region"), target.region},
                                {QStringLiteral("clientId"), target.clientId}});
}

void ConnectionReporter::presignedUrlGiven(const QString &wssEndpoint, const QString &channelArn,
                                           const ConnectionTarget &target)
{
    emitEvent(EventKind::Info,
              {{QStringLiteral("message"),
                Text::tr("Connecting with the presigned URL as given (channel %1, ClientId %2, region %3): "
                         "no credentials, control-plane calls or ICE server config are used, so media "
                         "can use host and STUN candidates only.")
                    .arg(channelArn, target.clientId, target.region)},
               {QStringLiteral("endpoint"), wssEndpoint},
               {QStringLiteral("endpointSource"), QStringLiteral("presigned URL")},
               {QStringLiteral("region"), target.region},
               {QStringLiteral("clientId"), target.clientId}});
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
    emitEvent(EventKind::Info, {{QStringLiteral("message"), redact(message)},
                                {QStringLiteral("proxy"), proxy.hostPort()},
                                {QStringLiteral("proxySource"), proxy.source},
                                {QStringLiteral("proxyBypassed"), proxy.bypassed},
                                {QStringLiteral("host"), url.host()}});
}

void ConnectionReporter::channelNotActive(const QString &status)
{
    warning(Text::tr("The channel's status is %1, not ACTIVE.").arg(status));
}

void ConnectionReporter::waitingForConnectSlot(qint64 waitMs)
{
    emitEvent(EventKind::Info,
              {{QStringLiteral("message"),
                Text::tr("Waiting %1 before connecting: at most 3 connects per second per channel.")
                    .arg(formatDuration(waitMs))},
               {QStringLiteral("waitMs"), waitMs}});
}

void ConnectionReporter::http(const HttpExchange &exchange)
{
    QJsonObject fields{{QStringLiteral("operation"), exchange.operation},
                       {QStringLiteral("status"), exchange.status},
                       {QStringLiteral("url"), exchange.url},
                       {QStringLiteral("ms"), exchange.elapsedMs}};
    if (!exchange.errorType.isEmpty())
        fields.insert(QStringLiteral("errorType"), exchange.errorType);
    if (!exchange.requestId.isEmpty())
        fields.insert(QStringLiteral("requestId"), exchange.requestId);
    if (!exchange.message.isEmpty())
        fields.insert(QStringLiteral("message"), exchange.message);
    emitEvent(EventKind::Http, fields);
}

void ConnectionReporter::clockSkew(const ClockSkewEstimator &skew)
{
    const qint64 offset = skew.measuredOffsetMs();
    emitEvent(EventKind::ClockSkew,
              {{QStringLiteral("offsetMs"), offset},
               {QStringLiteral("correctionMs"), skew.correctionMs()},
               {QStringLiteral("direction"), offset > 0 ? QStringLiteral("behind") : QStringLiteral("ahead")},
               {QStringLiteral("message"), skew.describe()}});
    if (skew.isWarning())
        emitEvent(
            EventKind::Warning,
            {{QStringLiteral("message"),
              QString(skew.describe() + u' ' +
                      Text::tr("Requests are signed with the service's time; fix the system clock (NTP)."))},
             {QStringLiteral("offsetMs"), offset}});
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
    QJsonObject fields{{QStringLiteral("direction"), QStringLiteral("in")},
                       {QStringLiteral("messageType"), signalingMessageTypeName(message.type)},
                       {QStringLiteral("summary"), message.summary()}};
    // The decoded SDP for the log's detail pane (the summary only counts its characters).
    if (!message.sdp.isEmpty())
        fields.insert(QStringLiteral("sdp"), message.sdp);
    emitEvent(EventKind::Message, fields);
}

void ConnectionReporter::malformedMessage(const Error &error)
{
    emitEvent(EventKind::Message, {{QStringLiteral("direction"), QStringLiteral("in")},
                                   {QStringLiteral("messageType"), QStringLiteral("INVALID")},
                                   {QStringLiteral("summary"), error.code}});
    warning(Text::tr("Ignored a malformed message: %1 (%2)").arg(error.message, error.code));
}

void ConnectionReporter::messageOut(const QByteArray &frame, const QString &messageType,
                                    const QString &summary)
{
    QJsonObject fields{{QStringLiteral("direction"), QStringLiteral("out")},
                       {QStringLiteral("messageType"), messageType},
                       {QStringLiteral("summary"), summary}};
    // The decoded SDP of an offer we sent, for the log's detail pane.
    const QJsonObject payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(
                QJsonDocument::fromJson(frame).object().value(u"messagePayload").toString().toLatin1()))
            .object();
    if (payload.value(u"sdp").isString())
        fields.insert(QStringLiteral("sdp"), payload.value(u"sdp").toString());
    emitEvent(EventKind::Message, fields);
}

void ConnectionReporter::messageRefused(const StatusResponse &status)
{
    warning(Text::tr("The service refused message %1: %2 %3 %4")
                .arg(status.correlationId, status.statusCode, status.errorType, status.description));
}

void ConnectionReporter::linkClosed(const QString &message, int code, const QString &reason,
                                    qint64 connectedMs)
{
    emitEvent(EventKind::Warning, {{QStringLiteral("message"), message},
                                   {QStringLiteral("closeCode"), code},
                                   {QStringLiteral("closeReason"), reason},
                                   {QStringLiteral("connectedMs"), connectedMs}});
}

void ConnectionReporter::goingAway(int maxAttempts)
{
    emitEvent(EventKind::Retry, {{QStringLiteral("attempt"), 1},
                                 {QStringLiteral("maxAttempts"), maxAttempts},
                                 {QStringLiteral("delayMs"), 0},
                                 {QStringLiteral("reason"), QStringLiteral("GoAway")},
                                 {QStringLiteral("hint"),
                                  Text::tr("The service is going away (deployment): reconnecting now with a "
                                           "fresh endpoint.")}});
}

void ConnectionReporter::retryScheduled(int attempt, int maxAttempts, qint64 delayMs, const Failure &failure,
                                        const QString &hint)
{
    emitEvent(EventKind::Retry, {{QStringLiteral("attempt"), attempt},
                                 {QStringLiteral("maxAttempts"), maxAttempts},
                                 {QStringLiteral("delayMs"), delayMs},
                                 {QStringLiteral("reason"), failure.errorType},
                                 {QStringLiteral("step"), failure.step},
                                 {QStringLiteral("message"), failure.message},
                                 {QStringLiteral("hint"), hint}});
}

void ConnectionReporter::failed(const Failure &failure, const Explanation &explanation, const QString &why)
{
    QJsonObject fields{{QStringLiteral("step"), failure.step},
                       {QStringLiteral("errorType"), failure.errorType},
                       {QStringLiteral("errorClass"), errorClassName(failure.errorClass)},
                       {QStringLiteral("message"), failure.message},
                       {QStringLiteral("title"), explanation.title},
                       {QStringLiteral("hint"), explanation.hint()}};
    if (!why.isEmpty())
        fields.insert(QStringLiteral("gaveUp"), why);
    if (failure.httpStatus != 0)
        fields.insert(QStringLiteral("httpStatus"), failure.httpStatus);
    if (!failure.requestId.isEmpty())
        fields.insert(QStringLiteral("requestId"), failure.requestId);
    emitEvent(EventKind::Error, fields);
}

void ConnectionReporter::retryCancelled(const std::optional<Failure> &pending)
{
    QJsonObject fields{
        {QStringLiteral("message"), Text::tr("Cancelled by you: the scheduled retry was not made.")},
        {QStringLiteral("cancelled"), true}};
    if (pending)
        fields.insert(QStringLiteral("errorType"), pending->errorType);
    emitEvent(EventKind::Info, fields);
}

void ConnectionReporter::info(const QString &message)
{
    emitEvent(EventKind::Info, {{QStringLiteral("message"), message}});
}

void ConnectionReporter::warning(const QString &message)
{
    emitEvent(EventKind::Warning, {{QStringLiteral("message"), message}});
}

void ConnectionReporter::summary(const RunSummary &summary)
{
    emitEvent(EventKind::Summary, summaryFields(summary));
}

QJsonObject ConnectionReporter::summaryFields(const RunSummary &summary)
{
    QJsonObject fields{{QStringLiteral("outcome"), connectionStateName(summary.outcome)},
                       {QStringLiteral("clientId"), summary.clientId},
                       {QStringLiteral("channelArn"), summary.channelArn},
                       {QStringLiteral("attempts"), summary.attempts},
                       {QStringLiteral("connects"), summary.connects},
                       {QStringLiteral("messagesIn"), summary.messagesIn},
                       {QStringLiteral("messagesOut"), summary.messagesOut},
                       {QStringLiteral("emptyFrames"), summary.emptyFrames},
                       {QStringLiteral("durationMs"), summary.durationMs}};
    if (summary.clockSkewMs)
        fields.insert(QStringLiteral("clockSkewMs"), *summary.clockSkewMs);
    if (summary.cancelled)
        fields.insert(QStringLiteral("cancelled"), true);
    if (summary.failure) {
        fields.insert(QStringLiteral("errorType"), summary.failure->errorType);
        fields.insert(QStringLiteral("errorClass"), errorClassName(summary.failure->errorClass));
        fields.insert(QStringLiteral("step"), summary.failure->step);
        fields.insert(QStringLiteral("message"), summary.failure->message);
    }
    return fields;
}

} // namespace kvs
