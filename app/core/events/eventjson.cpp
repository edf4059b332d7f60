// Over 400 lines on purpose: the one serialiser of engine events. Every event kind's JSON (written and read
// back) is here so that keys and step names are spelled in exactly one file.
#include "core/events/eventjson.h"

#include "core/common/redaction.h"

#include <QJsonArray>

#include <type_traits>

namespace kvs {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// Inserts value under name when it is set (optional) or not empty (string).
void insertIf(QJsonObject &json, const char *name, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key(name), value);
}
template <typename T>
void insertIf(QJsonObject &json, const char *name, const std::optional<T> &value)
{
    if (value)
        json.insert(key(name), QJsonValue(*value));
}

QString stringOf(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1StringView(name)).toString();
}
std::optional<QString> optionalString(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1StringView(name));
    return value.isUndefined() ? std::nullopt : std::optional<QString>(value.toString());
}
std::optional<qint64> optionalInteger(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1StringView(name));
    return value.isUndefined() ? std::nullopt : std::optional<qint64>(value.toInteger());
}
qint64 integerOf(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1StringView(name)).toInteger();
}

std::optional<ConnectionEvent> connectionEventFromName(QStringView name)
{
    for (int i = 0; i < kConnectionEventCount; ++i) {
        if (connectionEventName(static_cast<ConnectionEvent>(i)) == name)
            return static_cast<ConnectionEvent>(i);
    }
    return std::nullopt;
}

std::optional<ErrorClass> errorClassFromName(QStringView name)
{
    for (int i = 0; i <= static_cast<int>(ErrorClass::Other); ++i) {
        if (errorClassName(static_cast<ErrorClass>(i)) == name)
            return static_cast<ErrorClass>(i);
    }
    return std::nullopt;
}

QJsonObject pairEndpointToJson(const PairEndpoint &side)
{
    QJsonObject json{{key("type"), side.type},
                     {key("protocol"), side.protocol},
                     {key("address"), side.address},
                     {key("port"), side.port}};
    insertIf(json, "relayProtocol", side.relayProtocol);
    return json;
}

PairEndpoint pairEndpointFromJson(const QJsonObject &json)
{
    return {stringOf(json, "type"), stringOf(json, "protocol"), stringOf(json, "address"),
            json.value(u"port").toInt(), stringOf(json, "relayProtocol")};
}

QJsonObject toJson(const StepEvent &e)
{
    QJsonObject json{{key("name"), stepName(e.step)}, {key("status"), stepStatusName(e.status)}};
    insertIf(json, "ms", e.ms);
    insertIf(json, "attempt", e.attempt);
    insertIf(json, "detail", e.detail);
    return json;
}

QJsonObject toJson(const StateEvent &e)
{
    QJsonObject json{{key("state"), e.state ? connectionStateName(*e.state) : e.unknownState}};
    if (e.cause)
        json.insert(key("cause"), connectionEventName(*e.cause));
    return json;
}

QJsonObject toJson(const HttpEvent &e)
{
    QJsonObject json{{key("operation"), e.operation}, {key("status"), e.status}};
    insertIf(json, "url", e.url);
    insertIf(json, "ms", e.ms);
    insertIf(json, "errorType", e.errorType);
    insertIf(json, "requestId", e.requestId);
    insertIf(json, "message", e.message);
    return json;
}

QJsonObject toJson(const RetryEvent &e)
{
    QJsonObject json{{key("attempt"), e.attempt},
                     {key("maxAttempts"), e.maxAttempts},
                     {key("delayMs"), e.delayMs},
                     {key("reason"), e.reason},
                     {key("hint"), e.hint}};
    if (e.step)
        json.insert(key("step"), stepName(*e.step));
    insertIf(json, "message", e.message);
    return json;
}

QJsonObject toJson(const MessageEvent &e)
{
    QJsonObject json{{key("direction"), messageDirectionName(e.direction)},
                     {key("messageType"), e.messageType},
                     {key("summary"), e.summary}};
    insertIf(json, "sdp", e.sdp);
    insertIf(json, "payload", e.payload);
    return json;
}

QJsonObject toJson(const ClockSkewEvent &e)
{
    return {{key("offsetMs"), e.offsetMs},
            {key("correctionMs"), e.correctionMs},
            {key("direction"), e.offsetMs > 0 ? QStringLiteral("behind") : QStringLiteral("ahead")},
            {key("message"), e.message}};
}

QJsonObject toJson(const ErrorEvent &e)
{
    QJsonObject json{{key("errorType"), e.errorType}, {key("message"), e.message}, {key("hint"), e.hint}};
    if (e.step)
        json.insert(key("step"), stepName(*e.step));
    if (e.errorClass)
        json.insert(key("errorClass"), errorClassName(*e.errorClass));
    insertIf(json, "title", e.title);
    insertIf(json, "gaveUp", e.gaveUp);
    insertIf(json, "httpStatus", e.httpStatus);
    insertIf(json, "requestId", e.requestId);
    if (e.candidates)
        json.insert(key("candidates"),
                    QJsonObject{{key("local"), e.candidates->local}, {key("remote"), e.candidates->remote}});
    return json;
}

QJsonObject toJson(const NoteEvent &e)
{
    QJsonObject json{{key("message"), e.message}};
    if (const auto &p = e.endpoint) {
        json.insert(key("endpoint"), p->endpoint);
        json.insert(key("endpointSource"), p->endpointSource);
        if (!p->presignedUrl) {
            json.insert(key("fips"), p->fips);
            json.insert(key("fipsSource"), p->fipsSource);
            json.insert(key("dualStack"), p->dualStack);
            json.insert(key("dualStackSource"), p->dualStackSource);
            json.insert(key("caFile"), p->caFile);
            json.insert(key("caSource"), p->caSource);
        }
        json.insert(key("region"), p->region);
        json.insert(key("clientId"), p->clientId);
    }
    if (const auto &p = e.proxy) {
        json.insert(key("proxy"), p->proxy);
        json.insert(key("proxySource"), p->proxySource);
        json.insert(key("proxyBypassed"), p->proxyBypassed);
        json.insert(key("host"), p->host);
    }
    if (const auto &c = e.close) {
        json.insert(key("closeCode"), c->closeCode);
        json.insert(key("closeReason"), c->closeReason);
        json.insert(key("connectedMs"), c->connectedMs);
    }
    insertIf(json, "waitMs", e.waitMs);
    insertIf(json, "offsetMs", e.offsetMs);
    insertIf(json, "payloadChars", e.payloadChars);
    insertIf(json, "roundTripMs", e.roundTripMs);
    if (e.iceServers)
        json.insert(key("iceServers"), QJsonArray::fromStringList(*e.iceServers));
    if (e.cancelled)
        json.insert(key("cancelled"), true);
    insertIf(json, "errorType", e.errorType);
    return json;
}

QJsonObject toJson(const MediaStepEvent &e)
{
    QJsonObject json{{key("step"), e.step},
                     {key("text"), e.text},
                     {key("status"), e.status},
                     {key("ms"), e.ms},
                     {key("sinceOfferMs"), e.sinceOfferMs}};
    insertIf(json, "detail", e.detail);
    return json;
}

QJsonObject toJson(const IceEvent &e)
{
    return {{key(e.peerConnection ? "connectionState" : "state"), e.state}};
}

QJsonObject toJson(const CandidateEvent &e)
{
    return {{key("direction"), e.local ? QStringLiteral("local") : QStringLiteral("remote")},
            {key("type"), e.type},
            {key("transport"), e.transport},
            {key("address"), e.address},
            {key("port"), e.port}};
}

QJsonObject toJson(const StatsEvent &e)
{
    QJsonObject json{{key("framesDecoded"), e.framesDecoded},
                     {key("framesDropped"), e.framesDropped},
                     {key("fps"), e.fps},
                     {key("width"), e.width},
                     {key("height"), e.height},
                     {key("codec"), e.codec},
                     {key("bitrateKbps"), e.bitrateKbps},
                     {key("packetsLost"), e.packetsLost},
                     {key("jitterMs"), e.jitterMs},
                     {key("audioCodec"), e.audioCodec},
                     {key("audioLevelDb"), e.audioLevelDb},
                     {key("text"), e.text}};
    if (e.selectedPair)
        json.insert(key("selectedPair"),
                    QJsonObject{{key("local"), pairEndpointToJson(e.selectedPair->first)},
                                {key("remote"), pairEndpointToJson(e.selectedPair->second)}});
    return json;
}

QJsonObject toJson(const SummaryEvent &e)
{
    QJsonObject json{{key("outcome"), connectionStateName(e.outcome)},
                     {key("clientId"), e.clientId},
                     {key("channelArn"), e.channelArn},
                     {key("attempts"), e.attempts},
                     {key("connects"), e.connects},
                     {key("messagesIn"), e.messagesIn},
                     {key("messagesOut"), e.messagesOut},
                     {key("emptyFrames"), e.emptyFrames},
                     {key("durationMs"), e.durationMs}};
    insertIf(json, "clockSkewMs", e.clockSkewMs);
    if (e.cancelled)
        json.insert(key("cancelled"), true);
    if (e.errorClass) {
        json.insert(key("errorType"), e.errorType);
        json.insert(key("errorClass"), errorClassName(*e.errorClass));
        json.insert(key("step"), stepName(e.step));
        json.insert(key("message"), e.message);
    }
    return json;
}

QJsonObject toJson(const RunEvent &e)
{
    return {{key("run"), e.run}, {key("channel"), e.channel}};
}

NoteEvent noteFromJson(const QJsonObject &json)
{
    NoteEvent e;
    e.message = stringOf(json, "message");
    if (json.contains(u"endpointSource"))
        e.endpoint = EndpointNote{!json.contains(u"fips"),           stringOf(json, "endpoint"),
                                  stringOf(json, "endpointSource"),  json.value(u"fips").toBool(),
                                  stringOf(json, "fipsSource"),      json.value(u"dualStack").toBool(),
                                  stringOf(json, "dualStackSource"), stringOf(json, "caFile"),
                                  stringOf(json, "caSource"),        stringOf(json, "region"),
                                  stringOf(json, "clientId")};
    if (json.contains(u"proxySource"))
        e.proxy = ProxyNote{stringOf(json, "proxy"), stringOf(json, "proxySource"),
                            json.value(u"proxyBypassed").toBool(), stringOf(json, "host")};
    if (json.contains(u"closeCode"))
        e.close = CloseNote{json.value(u"closeCode").toInt(), stringOf(json, "closeReason"),
                            integerOf(json, "connectedMs")};
    e.waitMs = optionalInteger(json, "waitMs");
    e.offsetMs = optionalInteger(json, "offsetMs");
    e.payloadChars = optionalInteger(json, "payloadChars");
    e.roundTripMs = optionalInteger(json, "roundTripMs");
    if (json.contains(u"iceServers")) {
        QStringList servers;
        for (const QJsonValue &server : json.value(u"iceServers").toArray())
            servers.append(server.toString());
        e.iceServers = servers;
    }
    e.cancelled = json.value(u"cancelled").toBool();
    e.errorType = stringOf(json, "errorType");
    return e;
}

} // namespace

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Started:
        return QStringLiteral("started");
    case StepStatus::Ok:
        return QStringLiteral("ok");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

StepStatus stepStatusFromName(QStringView name)
{
    if (name == u"started")
        return StepStatus::Started;
    return name == u"ok" ? StepStatus::Ok : StepStatus::Failed;
}

QString messageDirectionName(MessageDirection direction)
{
    return direction == MessageDirection::In ? QStringLiteral("in") : QStringLiteral("out");
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Credentials:
        return QStringLiteral("Credentials");
    case Step::DescribeSignalingChannel:
        return QStringLiteral("DescribeSignalingChannel");
    case Step::GetSignalingChannelEndpoint:
        return QStringLiteral("GetSignalingChannelEndpoint");
    case Step::GetIceServerConfig:
        return QStringLiteral("GetIceServerConfig");
    case Step::Presign:
        return QStringLiteral("Presign");
    case Step::ConnectAsViewer:
        return QStringLiteral("ConnectAsViewer");
    case Step::Connection:
        return QStringLiteral("Connection");
    case Step::Media:
        return QStringLiteral("Media");
    case Step::Configuration:
        return QStringLiteral("Configuration");
    }
    return QStringLiteral("Connection");
}

std::optional<Step> stepFromName(QStringView name)
{
    for (int i = 0; i <= static_cast<int>(Step::Configuration); ++i) {
        if (stepName(static_cast<Step>(i)) == name)
            return static_cast<Step>(i);
    }
    return std::nullopt;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Step:
        return QStringLiteral("step");
    case EventKind::State:
        return QStringLiteral("state");
    case EventKind::Http:
        return QStringLiteral("http");
    case EventKind::Retry:
        return QStringLiteral("retry");
    case EventKind::Message:
        return QStringLiteral("message");
    case EventKind::ClockSkew:
        return QStringLiteral("clockSkew");
    case EventKind::Error:
        return QStringLiteral("error");
    case EventKind::Warning:
        return QStringLiteral("warning");
    case EventKind::Info:
        return QStringLiteral("info");
    case EventKind::Summary:
        return QStringLiteral("summary");
    case EventKind::Run:
        return QStringLiteral("run");
    case EventKind::Media:
        return QStringLiteral("media");
    case EventKind::Ice:
        return QStringLiteral("ice");
    case EventKind::Candidate:
        return QStringLiteral("candidate");
    case EventKind::Stats:
        return QStringLiteral("stats");
    }
    return QStringLiteral("info");
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (int i = 0; i <= static_cast<int>(EventKind::Run); ++i) {
        if (eventKindName(static_cast<EventKind>(i)) == name)
            return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

QJsonObject eventFieldsToJson(const EventPayload &payload)
{
    return std::visit([](const auto &value) { return toJson(value); }, payload);
}

QJsonObject eventToJson(const EngineEvent &event)
{
    QJsonObject json = eventFieldsToJson(event.payload);
    json.insert(key("event"), eventKindName(event.kind));
    json.insert(key("t"), event.elapsedMs);
    return json;
}

QJsonObject eventToExportJson(const EngineEvent &event)
{
    QJsonObject json = eventToJson(event);
    json.insert(key("time"), event.wallTime.toString(Qt::ISODateWithMs));
    return json;
}

std::optional<EngineEvent> eventFromExportJson(const QJsonObject &json)
{
    const std::optional<EventKind> kind = eventKindFromName(json.value(u"event").toString());
    if (!kind)
        return std::nullopt;
    QJsonObject fields = json;
    for (const char *name : {"event", "t", "time"})
        fields.remove(key(name));
    const QDateTime wallTime = QDateTime::fromString(json.value(u"time").toString(), Qt::ISODateWithMs);
    return EngineEvent::make(*kind, qMax<qint64>(0, qint64(json.value(u"t").toDouble())),
                             wallTime.isValid() ? wallTime.toUTC() : QDateTime(), fields);
}

QJsonObject runObjectToJson(const QString &name, qint64 elapsedMs, const QJsonObject &fields)
{
    QJsonObject json = redactJson(fields).toObject();
    json.insert(key("event"), name);
    json.insert(key("t"), elapsedMs);
    return json;
}

QJsonObject eventFieldsWithTime(const EngineEvent &event)
{
    QJsonObject json = eventFieldsToJson(event.payload);
    json.insert(key("t"), event.elapsedMs);
    return json;
}

EventPayload eventPayloadFromJson(EventKind kind, const QJsonObject &json)
{
    switch (kind) {
    case EventKind::Step: {
        StepEvent e;
        e.step = stepFromName(stringOf(json, "name")).value_or(Step::Connection);
        e.status = stepStatusFromName(stringOf(json, "status"));
        e.ms = optionalInteger(json, "ms");
        e.detail = stringOf(json, "detail");
        if (json.contains(u"attempt"))
            e.attempt = json.value(u"attempt").toInt();
        return e;
    }
    case EventKind::State: {
        const QString name = stringOf(json, "state");
        const std::optional<ConnectionState> state = connectionStateFromName(name);
        return StateEvent{state, state ? QString() : name, connectionEventFromName(stringOf(json, "cause"))};
    }
    case EventKind::Http:
        return HttpEvent{stringOf(json, "operation"), json.value(u"status").toInt(),
                         optionalString(json, "url"), optionalInteger(json, "ms"),
                         stringOf(json, "errorType"), stringOf(json, "requestId"),
                         stringOf(json, "message")};
    case EventKind::Retry:
        return RetryEvent{json.value(u"attempt").toInt(),
                          json.value(u"maxAttempts").toInt(),
                          integerOf(json, "delayMs"),
                          stringOf(json, "reason"),
                          stepFromName(stringOf(json, "step")),
                          optionalString(json, "message"),
                          stringOf(json, "hint")};
    case EventKind::Message:
        return MessageEvent{stringOf(json, "direction") == u"out" ? MessageDirection::Out
                                                                  : MessageDirection::In,
                            stringOf(json, "messageType"), stringOf(json, "summary"), stringOf(json, "sdp"),
                            stringOf(json, "payload")};
    case EventKind::ClockSkew:
        return ClockSkewEvent{integerOf(json, "offsetMs"), integerOf(json, "correctionMs"),
                              stringOf(json, "message")};
    case EventKind::Error: {
        ErrorEvent e;
        e.step = stepFromName(stringOf(json, "step"));
        e.errorType = stringOf(json, "errorType");
        e.errorClass = errorClassFromName(stringOf(json, "errorClass"));
        e.message = stringOf(json, "message");
        e.title = optionalString(json, "title");
        e.hint = stringOf(json, "hint");
        e.gaveUp = optionalString(json, "gaveUp");
        if (json.contains(u"httpStatus"))
            e.httpStatus = json.value(u"httpStatus").toInt();
        e.requestId = optionalString(json, "requestId");
        if (json.contains(u"candidates")) {
            const QJsonObject candidates = json.value(u"candidates").toObject();
            e.candidates = CandidateCounts{stringOf(candidates, "local"), stringOf(candidates, "remote")};
        }
        return e;
    }
    case EventKind::Warning:
        return WarningEvent{noteFromJson(json)};
    case EventKind::Info:
        return InfoEvent{noteFromJson(json)};
    case EventKind::Media:
        return MediaStepEvent{stringOf(json, "step"),          stringOf(json, "text"),
                              stringOf(json, "status"),        integerOf(json, "ms"),
                              integerOf(json, "sinceOfferMs"), stringOf(json, "detail")};
    case EventKind::Ice:
        return json.contains(u"connectionState") ? IceEvent{true, stringOf(json, "connectionState")}
                                                 : IceEvent{false, stringOf(json, "state")};
    case EventKind::Candidate:
        return CandidateEvent{stringOf(json, "direction") != u"remote", stringOf(json, "type"),
                              stringOf(json, "transport"), stringOf(json, "address"),
                              json.value(u"port").toInt()};
    case EventKind::Stats: {
        StatsEvent e;
        e.framesDecoded = integerOf(json, "framesDecoded");
        e.framesDropped = integerOf(json, "framesDropped");
        e.fps = json.value(u"fps").toDouble();
        e.width = json.value(u"width").toInt();
        e.height = json.value(u"height").toInt();
        e.codec = stringOf(json, "codec");
        e.bitrateKbps = integerOf(json, "bitrateKbps");
        e.packetsLost = integerOf(json, "packetsLost");
        e.jitterMs = json.value(u"jitterMs").toDouble();
        e.audioCodec = stringOf(json, "audioCodec");
        e.audioLevelDb = json.value(u"audioLevelDb").toDouble();
        e.text = stringOf(json, "text");
        if (json.contains(u"selectedPair")) {
            const QJsonObject pair = json.value(u"selectedPair").toObject();
            e.selectedPair = std::pair{pairEndpointFromJson(pair.value(u"local").toObject()),
                                       pairEndpointFromJson(pair.value(u"remote").toObject())};
        }
        return e;
    }
    case EventKind::Summary: {
        SummaryEvent e;
        e.outcome = connectionStateFromName(stringOf(json, "outcome")).value_or(ConnectionState::Idle);
        e.clientId = stringOf(json, "clientId");
        e.channelArn = stringOf(json, "channelArn");
        e.attempts = json.value(u"attempts").toInt();
        e.connects = json.value(u"connects").toInt();
        e.messagesIn = integerOf(json, "messagesIn");
        e.messagesOut = integerOf(json, "messagesOut");
        e.emptyFrames = integerOf(json, "emptyFrames");
        e.durationMs = integerOf(json, "durationMs");
        e.clockSkewMs = optionalInteger(json, "clockSkewMs");
        e.cancelled = json.value(u"cancelled").toBool();
        e.errorClass = errorClassFromName(stringOf(json, "errorClass"));
        e.errorType = stringOf(json, "errorType");
        e.step = stepFromName(stringOf(json, "step")).value_or(Step::Connection);
        e.message = stringOf(json, "message");
        return e;
    }
    case EventKind::Run:
        return RunEvent{json.value(u"run").toInt(), stringOf(json, "channel")};
    }
    return InfoEvent{noteFromJson(json)};
}

} // namespace kvs
