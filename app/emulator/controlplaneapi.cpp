#include "emulator/controlplaneapi.h"

#include "core/common/channelarn.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"
#include "emulator/callrecorder.h"
#include "emulator/silentturnserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace kvs::emulator {
namespace {

const QString kInvalidArgument = QStringLiteral("InvalidArgumentException");
const QString kNotFound = QStringLiteral("ResourceNotFoundException");
const QString kChannelNotFound = QStringLiteral("The requested channel is not found or not active.");

QString arnPatternMessage(const QString &arn)
{
    return QStringLiteral(
               "1 validation error detected: Value '%1' at 'channelARN' failed to satisfy constraint: Member "
               "must satisfy regular expression pattern: "
               "arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+")
        .arg(arn.left(1024));
}

QString randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64());
}

QJsonObject channelInfo(const ChannelConfig &channel)
{
    return QJsonObject{
        {QStringLiteral("ChannelName"), channel.name},
        {QStringLiteral("ChannelARN"), channel.arn},
        {QStringLiteral("ChannelType"), QStringLiteral("SINGLE_MASTER")},
        {QStringLiteral("ChannelStatus"), QStringLiteral("ACTIVE")},
        {QStringLiteral("CreationTime"), static_cast<double>(channel.creationTime.toSecsSinceEpoch())},
        {QStringLiteral("SingleMasterConfiguration"),
         QJsonObject{{QStringLiteral("MessageTtlSeconds"), channel.messageTtlSeconds}}},
        {QStringLiteral("Version"), QStringLiteral("EmulatorVersion1")}};
}

/// The operations by request path.
const QList<std::pair<QByteArray, QString>> &operations()
{
    static const QList<std::pair<QByteArray, QString>> list = {
        {"/describeSignalingChannel", QStringLiteral("DescribeSignalingChannel")},
        {"/getSignalingChannelEndpoint", QStringLiteral("GetSignalingChannelEndpoint")},
        {"/v1/get-ice-server-config", QStringLiteral("GetIceServerConfig")},
        {"/listSignalingChannels", QStringLiteral("ListSignalingChannels")},
    };
    return list;
}

} // namespace

ControlPlaneApi::ControlPlaneApi(const EmulatorConfig &config, CallRecorder &recorder,
                                 std::function<QDateTime()> now,
                                 std::function<QString(const QString &protocol)> endpoint)
    : m_config(config)
    , m_recorder(recorder)
    , m_now(std::move(now))
    , m_endpoint(std::move(endpoint))
    , m_silentTurn(std::make_unique<SilentTurnServer>())
{}

ControlPlaneApi::~ControlPlaneApi() = default;

Route ControlPlaneApi::route(const HttpRequest &request, const QByteArray &requestId)
{
    QString action;
    for (const auto &[path, name] : operations()) {
        if (request.path == path)
            action = name;
    }
    if (action.isEmpty() || request.method != "POST")
        return Route::answer(
            m_recorder.reject(QStringLiteral("Unknown"), QStringLiteral("UnknownOperationException"),
                              QStringLiteral("Unknown operation: %1 %2")
                                  .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)),
                              requestId));
    m_recorder.attempted(action);
    Route route;
    route.action = action;
    route.faultAction = action;
    route.respond = [this, action, request, requestId]() -> std::optional<HttpResponse> {
        return handle(action, request, requestId);
    };
    route.failure = [this, action, requestId](const Fault &fault) {
        return m_recorder.rejectWithFault(action, fault, requestId);
    };
    return route;
}

QStringList ControlPlaneApi::setUnansweredTurn(const QString &mode)
{
    m_unansweredTurn = mode == u"off" ? QString() : mode;
    return m_unansweredTurn.isEmpty() ? QStringList() : m_silentTurn->uris();
}

HttpResponse ControlPlaneApi::handle(const QString &action, const HttpRequest &request,
                                     const QByteArray &requestId)
{
    const Result<VerifiedCaller> caller = verifyHeaderSignature(request, m_config, m_now());
    if (!caller)
        return m_recorder.reject(action, caller.error().code, caller.error().message, requestId);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return m_recorder.reject(action, QStringLiteral("SerializationException"),
                                 QStringLiteral("The request body is not a JSON object."), requestId);
    const QJsonObject body = document.object();
    if (action == u"DescribeSignalingChannel")
        return describeSignalingChannel(body, *caller, requestId);
    if (action == u"GetSignalingChannelEndpoint")
        return getSignalingChannelEndpoint(body, *caller, requestId);
    if (action == u"ListSignalingChannels")
        return listSignalingChannels(body, *caller, requestId);
    return getIceServerConfig(body, *caller, requestId);
}

HttpResponse ControlPlaneApi::describeSignalingChannel(const QJsonObject &body, const VerifiedCaller &caller,
                                                       const QByteArray &id)
{
    const QString action = QStringLiteral("DescribeSignalingChannel");
    const std::optional<QString> name = optionalString(body, u"ChannelName");
    const std::optional<QString> arn = optionalString(body, u"ChannelARN");
    if (name.has_value() == arn.has_value())
        return m_recorder.reject(action, kInvalidArgument,
                                 QStringLiteral("Specify either ChannelName or ChannelARN, not both."), id);
    const ChannelConfig *channel = nullptr;
    QString resource;
    if (name) {
        if (!validateChannelName(*name).ok())
            return m_recorder.reject(
                action, kInvalidArgument,
                QStringLiteral("1 validation error detected: Value '%1' at 'channelName' failed to satisfy "
                               "constraint: Member must have length between 1 and 256 and satisfy regular "
                               "expression pattern: [a-zA-Z0-9_.-]+")
                    .arg(name->left(256)),
                id);
        channel = m_config.channelByName(*name, caller.region);
        resource = channel ? channel->arn
                           : QStringLiteral("arn:aws:kinesisvideo:%1:111122223333:channel/%2/*")
                                 .arg(caller.region, *name);
    } else {
        if (!validateChannelArn(*arn).ok())
            return m_recorder.reject(action, kInvalidArgument, arnPatternMessage(*arn), id);
        channel = m_config.channelByArn(*arn);
        resource = *arn;
    }
    if (auto refusal = refuseOnChannel(action, caller, channel, resource, id))
        return *refusal;
    return jsonResponse(QJsonObject{{QStringLiteral("ChannelInfo"), channelInfo(*channel)}}, id);
}

HttpResponse ControlPlaneApi::listSignalingChannels(const QJsonObject &body, const VerifiedCaller &caller,
                                                    const QByteArray &id)
{
    const QString action = QStringLiteral("ListSignalingChannels");
    const QString account = caller.identity.accountId;
    if (!caller.identity.allows(action))
        return m_recorder.reject(
            action, QStringLiteral("AccessDeniedException"),
            notAuthorizedMessage(
                caller, action,
                QStringLiteral("arn:aws:kinesisvideo:%1:%2:channel/*").arg(caller.region, account)),
            id);
    int maxResults = 10000;
    if (body.contains(u"MaxResults")) {
        const QJsonValue value = body.value(u"MaxResults");
        maxResults = value.toInt(0);
        if (!value.isDouble() || maxResults < 1 || maxResults > 10000)
            return m_recorder.reject(
                action, kInvalidArgument,
                QStringLiteral("1 validation error detected: Value '%1' at 'maxResults' failed to "
                               "satisfy constraint: Member must have value between 1 and 10000")
                    .arg(value.toVariant().toString().left(32)),
                id);
    }
    QString prefix;
    if (body.contains(u"ChannelNameCondition")) {
        const QJsonObject condition = body.value(u"ChannelNameCondition").toObject();
        const QString op = condition.value(u"ComparisonOperator").toString(QStringLiteral("BEGINS_WITH"));
        if (op != u"BEGINS_WITH")
            return m_recorder.reject(
                action, kInvalidArgument,
                QStringLiteral("1 validation error detected: Value '%1' at "
                               "'channelNameCondition.comparisonOperator' failed to satisfy "
                               "constraint: Member must satisfy enum value set: [BEGINS_WITH]")
                    .arg(op.left(64)),
                id);
        prefix = condition.value(u"ComparisonValue").toString();
    }
    // NextToken is the index of the next channel, opaque to clients.
    const int start =
        QString::fromUtf8(QByteArray::fromBase64(body.value(u"NextToken").toString().toLatin1())).toInt();
    QList<const ChannelConfig *> matching;
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        if (channel.region == caller.region && channel.name.startsWith(prefix))
            matching.append(&channel);
    }
    QJsonArray list;
    for (qsizetype i = qMax(0, start); i < matching.size() && list.size() < maxResults; ++i)
        list.append(channelInfo(*matching.at(i)));
    QJsonObject out{{QStringLiteral("ChannelInfoList"), list}};
    if (qMax(0, start) + list.size() < matching.size())
        out.insert(QStringLiteral("NextToken"),
                   QString::fromLatin1(QByteArray::number(qMax(0, start) + list.size()).toBase64()));
    return jsonResponse(out, id);
}

HttpResponse ControlPlaneApi::getSignalingChannelEndpoint(const QJsonObject &body,
                                                          const VerifiedCaller &caller, const QByteArray &id)
{
    const QString action = QStringLiteral("GetSignalingChannelEndpoint");
    const QString arn = body.value(u"ChannelARN").toString();
    if (auto refusal = refuseBadChannelArn(action, arn, id))
        return *refusal;
    QStringList protocols = {QStringLiteral("WSS"), QStringLiteral("HTTPS")};
    QString role = QStringLiteral("MASTER");
    if (body.contains(u"SingleMasterChannelEndpointConfiguration")) {
        const QJsonObject configuration = body.value(u"SingleMasterChannelEndpointConfiguration").toObject();
        if (configuration.contains(u"Protocols")) {
            protocols.clear();
            const QJsonArray list = configuration.value(u"Protocols").toArray();
            for (const QJsonValue &value : list) {
                const QString protocol = value.toString();
                if (protocol != u"WSS" && protocol != u"HTTPS" && protocol != u"WEBRTC")
                    return m_recorder.reject(
                        action, kInvalidArgument,
                        QStringLiteral("1 validation error detected: Value '[%1]' at "
                                       "'singleMasterChannelEndpointConfiguration.protocols' failed to "
                                       "satisfy constraint: Member must satisfy constraint: [Member must "
                                       "satisfy enum value set: [WSS, HTTPS, WEBRTC]]")
                            .arg(protocol),
                        id);
                if (!protocols.contains(protocol))
                    protocols.append(protocol);
            }
            if (protocols.isEmpty())
                return m_recorder.reject(
                    action, kInvalidArgument,
                    QStringLiteral("1 validation error detected: Value '[]' at "
                                   "'singleMasterChannelEndpointConfiguration.protocols' failed to satisfy "
                                   "constraint: Member must have length greater than or equal to 1"),
                    id);
        }
        if (configuration.contains(u"Role")) {
            role = configuration.value(u"Role").toString();
            if (role != u"MASTER" && role != u"VIEWER")
                return m_recorder.reject(
                    action, kInvalidArgument,
                    QStringLiteral("1 validation error detected: Value '%1' at "
                                   "'singleMasterChannelEndpointConfiguration.role' failed to satisfy "
                                   "constraint: Member must satisfy enum value set: [MASTER, VIEWER]")
                        .arg(role.left(64)),
                    id);
        }
    }
    if (auto refusal = refuseOnChannel(action, caller, m_config.channelByArn(arn), arn, id))
        return *refusal;
    QJsonArray endpoints;
    for (const QString &protocol : std::as_const(protocols))
        endpoints.append(QJsonObject{{QStringLiteral("Protocol"), protocol},
                                     {QStringLiteral("ResourceEndpoint"), m_endpoint(protocol)}});
    return jsonResponse(QJsonObject{{QStringLiteral("ResourceEndpointList"), endpoints}}, id);
}

std::optional<HttpResponse> ControlPlaneApi::refuseBadChannelArn(const QString &action, const QString &arn,
                                                                 const QByteArray &id)
{
    if (arn.isEmpty())
        return m_recorder.reject(
            action, kInvalidArgument,
            QStringLiteral("1 validation error detected: Value null at 'channelARN' failed to "
                           "satisfy constraint: Member must not be null"),
            id);
    if (!validateChannelArn(arn).ok())
        return m_recorder.reject(action, kInvalidArgument, arnPatternMessage(arn), id);
    return std::nullopt;
}

std::optional<HttpResponse> ControlPlaneApi::refuseOnChannel(const QString &action,
                                                             const VerifiedCaller &caller,
                                                             const ChannelConfig *channel,
                                                             const QString &resource, const QByteArray &id)
{
    // The service checks permission before existence: a caller without the action never learns whether
    // the channel exists.
    if (!caller.identity.allows(action))
        return m_recorder.reject(action, QStringLiteral("AccessDeniedException"),
                                 notAuthorizedMessage(caller, action, resource), id);
    if (!channel || channel->region != caller.region)
        return m_recorder.reject(action, kNotFound, kChannelNotFound, id);
    return std::nullopt;
}

HttpResponse ControlPlaneApi::getIceServerConfig(const QJsonObject &body, const VerifiedCaller &caller,
                                                 const QByteArray &id)
{
    const QString action = QStringLiteral("GetIceServerConfig");
    const QString arn = body.value(u"ChannelARN").toString();
    if (auto refusal = refuseBadChannelArn(action, arn, id))
        return *refusal;
    if (const std::optional<QString> clientId = optionalString(body, u"ClientId");
        clientId && !validateClientId(*clientId).ok())
        return m_recorder.reject(
            action, kInvalidArgument,
            QStringLiteral(
                "1 validation error detected: Value '%1' at 'clientId' failed to satisfy constraint: Member "
                "must have length between 1 and 256 and satisfy regular expression pattern: [a-zA-Z0-9_.-]+")
                .arg(clientId->left(256)),
            id);
    if (const std::optional<QString> service = optionalString(body, u"Service");
        service && *service != u"TURN")
        return m_recorder.reject(
            action, kInvalidArgument,
            QStringLiteral("1 validation error detected: Value '%1' at 'service' failed to satisfy "
                           "constraint: Member must satisfy enum value set: [TURN]")
                .arg(service->left(64)),
            id);
    if (auto refusal = refuseOnChannel(action, caller, m_config.channelByArn(arn), arn, id))
        return *refusal;
    QJsonArray servers;
    if (m_config.turn.enabled()) {
        // The KVS shape, which coturn's use-auth-secret accepts: user "<expiry>:<base64("v1:"+ARN)>",
        // password base64(HMAC-SHA1(secret, user)).
        const qint64 expiry = m_now().toSecsSinceEpoch() + m_config.turn.ttlSeconds;
        QString username = QStringLiteral("%1:%2").arg(expiry).arg(
            QString::fromLatin1(QByteArray(QByteArrayLiteral("v1:") + arn.toUtf8()).toBase64()));
        QString password = QString::fromLatin1(QMessageAuthenticationCode::hash(username.toUtf8(),
                                                                                m_config.turn.secret.toUtf8(),
                                                                                QCryptographicHash::Sha1)
                                                   .toBase64());
        const bool fixed = !m_config.turn.staticUsername.isEmpty() && !m_config.turn.staticPassword.isEmpty();
        if (fixed) {
            username = m_config.turn.staticUsername;
            password = m_config.turn.staticPassword;
        } else {
            registerSecret(username);
            registerSecret(password);
        }
        if (m_unansweredTurn != u"only")
            servers.append(
                QJsonObject{{QStringLiteral("Uris"), QJsonArray::fromStringList(m_config.turn.uris)},
                            {QStringLiteral("Username"), username},
                            {QStringLiteral("Password"), password},
                            {QStringLiteral("Ttl"), m_config.turn.ttlSeconds}});
    }
    const qint64 expiry = m_now().toSecsSinceEpoch() + 300;
    // The service's shape: "<expiry epoch seconds>:<base64("v1:" + channel ARN)>", usually two servers.
    const QString userSuffix = QString::fromLatin1(QByteArray("v1:" + arn.toUtf8()).toBase64());
    if (!m_unansweredTurn.isEmpty()) {
        const QString username = QStringLiteral("%1:%2").arg(expiry).arg(userSuffix);
        const QString password = randomBase64(33);
        registerSecret(username);
        registerSecret(password);
        servers.append(QJsonObject{{QStringLiteral("Uris"), QJsonArray::fromStringList(m_silentTurn->uris())},
                                   {QStringLiteral("Username"), username},
                                   {QStringLiteral("Password"), password},
                                   {QStringLiteral("Ttl"), 300}});
    }
    if (m_config.turn.enabled() || m_unansweredTurn == u"only")
        return jsonResponse(QJsonObject{{QStringLiteral("IceServerList"), servers}}, id);
    for (int i = 0; i < m_config.behaviour.iceServerCount; ++i) {
        const QString username = QStringLiteral("%1:%2").arg(expiry).arg(userSuffix);
        const QString password = randomBase64(33);
        registerSecret(username, QDateTime::currentDateTimeUtc().addSecs(300));
        registerSecret(password, QDateTime::currentDateTimeUtc().addSecs(300));
        const int port = 3478 + i;
        servers.append(
            QJsonObject{{QStringLiteral("Uris"),
                         QJsonArray{QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(port),
                                    QStringLiteral("turns:127.0.0.1:%1?transport=udp").arg(port + 2000),
                                    QStringLiteral("turns:127.0.0.1:%1?transport=tcp").arg(port + 2000)}},
                        {QStringLiteral("Username"), username},
                        {QStringLiteral("Password"), password},
                        {QStringLiteral("Ttl"), 300}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("IceServerList"), servers}}, id);
}

} // namespace kvs::emulator
