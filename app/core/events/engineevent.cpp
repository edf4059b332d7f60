#include "core/events/engineevent.h"

#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/events/eventjson.h"

#include <QCoreApplication>

namespace kvs {
namespace {

/// The translation context of the event texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::EngineEvent)
};

void scrub(QString &text)
{
    text = redact(text);
}
void scrub(std::optional<QString> &text)
{
    if (text)
        scrub(*text);
}

void scrubAll(StepEvent &e)
{
    scrub(e.detail);
}
void scrubAll(StateEvent &e)
{
    scrub(e.unknownState);
}
void scrubAll(HttpEvent &e)
{
    for (QString *text : {&e.operation, &e.errorType, &e.requestId, &e.message})
        scrub(*text);
    scrub(e.url);
}
void scrubAll(RetryEvent &e)
{
    scrub(e.reason);
    scrub(e.message);
    scrub(e.hint);
}
void scrubAll(MessageEvent &e)
{
    for (QString *text : {&e.messageType, &e.summary, &e.sdp, &e.payload})
        scrub(*text);
}
void scrubAll(ClockSkewEvent &e)
{
    scrub(e.message);
}
void scrubAll(ErrorEvent &e)
{
    for (QString *text : {&e.errorType, &e.message, &e.hint})
        scrub(*text);
    for (std::optional<QString> *text : {&e.title, &e.gaveUp, &e.requestId})
        scrub(*text);
    if (e.candidates) {
        scrub(e.candidates->local);
        scrub(e.candidates->remote);
    }
}
void scrubAll(NoteEvent &e)
{
    scrub(e.message);
    scrub(e.errorType);
    if (auto &p = e.endpoint) {
        for (QString *text : {&p->endpoint, &p->endpointSource, &p->fipsSource, &p->dualStackSource,
                              &p->caFile, &p->caSource, &p->region, &p->clientId})
            scrub(*text);
    }
    if (auto &p = e.proxy) {
        for (QString *text : {&p->proxy, &p->proxySource, &p->host})
            scrub(*text);
    }
    if (e.close)
        scrub(e.close->closeReason);
    if (e.iceServers) {
        for (QString &server : *e.iceServers)
            scrub(server);
    }
}
void scrubAll(MediaStepEvent &e)
{
    for (QString *text : {&e.step, &e.text, &e.status, &e.detail})
        scrub(*text);
}
void scrubAll(IceEvent &e)
{
    scrub(e.state);
}
void scrubAll(CandidateEvent &e)
{
    for (QString *text : {&e.type, &e.transport, &e.address})
        scrub(*text);
}
void scrubAll(StatsEvent &e)
{
    for (QString *text : {&e.codec, &e.audioCodec, &e.text})
        scrub(*text);
    if (e.selectedPair) {
        for (PairEndpoint *side : {&e.selectedPair->first, &e.selectedPair->second}) {
            for (QString *text : {&side->type, &side->protocol, &side->address, &side->relayProtocol})
                scrub(*text);
        }
    }
}
void scrubAll(SummaryEvent &e)
{
    for (QString *text : {&e.clientId, &e.channelArn, &e.errorType, &e.message})
        scrub(*text);
}
void scrubAll(RunEvent &e)
{
    scrub(e.channel);
}

QString msText(std::optional<qint64> ms)
{
    return ms ? Text::tr(" (%1)").arg(formatDuration(*ms)) : QString();
}

QString statusText(StepStatus status)
{
    switch (status) {
    case StepStatus::Started:
        return Text::tr("started");
    case StepStatus::Ok:
        return Text::tr("ok");
    case StepStatus::Failed:
        return Text::tr("failed");
    }
    return {};
}

QString textOf(const StepEvent &e, const EngineEvent &)
{
    return Text::tr("%1: %2%3").arg(stepName(e.step), statusText(e.status), msText(e.ms));
}
QString textOf(const StateEvent &e, const EngineEvent &)
{
    // People read the state in their words; the identifier stays in the JSON form.
    return Text::tr("State: %1").arg(e.state ? connectionStateText(*e.state) : e.unknownState);
}
QString textOf(const HttpEvent &e, const EngineEvent &)
{
    QString line = Text::tr("HTTP %1 %2").arg(QString::number(e.status), e.operation).simplified();
    if (!e.errorType.isEmpty())
        line += u' ' % e.errorType;
    if (!e.message.isEmpty())
        line += u": " % e.message;
    if (!e.requestId.isEmpty())
        line += Text::tr(" (request id %1)").arg(e.requestId);
    return line;
}
QString textOf(const RetryEvent &e, const EngineEvent &)
{
    return Text::tr("Retry %1 in %2: %3")
        .arg(QString::number(e.attempt), formatDuration(e.delayMs), e.reason);
}
QString textOf(const MessageEvent &e, const EngineEvent &)
{
    // A summary that starts with the type already names it ("SDP_ANSWER, 1220 characters of SDP").
    QString summary = e.summary;
    if (!e.messageType.isEmpty() && summary.startsWith(e.messageType)) {
        summary.remove(0, e.messageType.size());
        if (summary.startsWith(u','))
            summary.remove(0, 1);
        summary = summary.trimmed();
    }
    return Text::tr("%1 %2 %3")
        .arg(e.direction == MessageDirection::In ? QStringLiteral("←") : QStringLiteral("→"), e.messageType,
             summary)
        .trimmed();
}
QString textOf(const ClockSkewEvent &e, const EngineEvent &)
{
    return e.message.isEmpty() ? Text::tr("Clock skew: %1 ms").arg(e.offsetMs)
                               : Text::tr("Clock skew: %1").arg(e.message);
}
QString textOf(const ErrorEvent &e, const EngineEvent &)
{
    return Text::tr("Error %1: %2 %3").arg(e.errorType, e.message, e.hint).trimmed();
}
QString textOf(const WarningEvent &e, const EngineEvent &)
{
    return Text::tr("Warning: %1").arg(e.message);
}
QString textOf(const InfoEvent &e, const EngineEvent &)
{
    return e.message;
}
QString textOf(const MediaStepEvent &e, const EngineEvent &)
{
    const QString status = e.status == u"ok"       ? Text::tr("ok")
                           : e.status == u"failed" ? Text::tr("failed")
                                                   : e.status;
    QString line = Text::tr("Media: %1: %2%3").arg(e.text, status, msText(e.ms));
    if (!e.detail.isEmpty())
        line += u" — " % e.detail;
    return line;
}
QString textOf(const IceEvent &e, const EngineEvent &)
{
    return e.peerConnection ? Text::tr("Peer connection: %1").arg(e.state) : Text::tr("ICE: %1").arg(e.state);
}
QString textOf(const CandidateEvent &e, const EngineEvent &)
{
    return Text::tr("%1 candidate %2/%3 %4:%5")
        .arg(e.local ? Text::tr("Local") : Text::tr("Master's"), e.type, e.transport, e.address,
             QString::number(e.port));
}
QString textOf(const StatsEvent &e, const EngineEvent &)
{
    return Text::tr("Media: %1").arg(e.text);
}
QString textOf(const SummaryEvent &e, const EngineEvent &)
{
    return Text::tr("Summary: %1").arg(connectionStateName(e.outcome));
}
QString textOf(const RunEvent &e, const EngineEvent &event)
{
    // The number and time first: a narrow log elides the (long) channel, not when the run began.
    return Text::tr("Run %1 · %2 · %3")
        .arg(QString::number(e.run), event.wallTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             e.channel);
}

} // namespace

EngineEvent EngineEvent::make(qint64 elapsedMs, const QDateTime &wallTime, EventPayload payload)
{
    std::visit([](auto &value) { scrubAll(value); }, payload);
    const auto kind = static_cast<EventKind>(payload.index());
    return EngineEvent{kind, elapsedMs, wallTime.toUTC(), std::move(payload)};
}

EngineEvent EngineEvent::make(EventKind kind, qint64 elapsedMs, const QDateTime &wallTime,
                              const QJsonObject &fields)
{
    return make(elapsedMs, wallTime, eventPayloadFromJson(kind, fields));
}

QJsonObject EngineEvent::toJson() const
{
    return eventToJson(*this);
}

QJsonObject EngineEvent::fields() const
{
    return eventFieldsToJson(payload);
}

QString EngineEvent::field(const char *name) const
{
    const QJsonValue value = fields().value(QLatin1StringView(name));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

QString EngineEvent::text() const
{
    return std::visit([this](const auto &value) { return textOf(value, *this); }, payload);
}

} // namespace kvs
