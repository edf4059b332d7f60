// The config file's top level and its channels, limits, behaviour, TURN and built-in master sections; the
// credential sections are read by credentialsconfigparser.cpp.
#include "emulator/emulatorconfigparser.h"

#include "core/common/channelarn.h"
#include "core/common/validation.h"
#include "emulator/configfields.h"
#include "emulator/credentialsconfigparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace kvs::emulator {

using namespace configfields;

namespace {

Result<ChannelConfig> parseChannel(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fieldError(field, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, field,
                               {QStringLiteral("name"), QStringLiteral("arn"), QStringLiteral("region"),
                                QStringLiteral("accountId"), QStringLiteral("messageTtlSeconds")}))
        return *error;
    QString arn = object.value(u"arn").toString();
    if (object.contains(u"arn") && !object.value(u"arn").isString())
        return fieldError(field + QStringLiteral(".arn"), QStringLiteral("must be a string"));
    if (arn.isEmpty()) {
        const QString name = object.value(u"name").toString();
        if (const ValidationResult r = validateChannelName(name); !r.ok())
            return fieldError(field + QStringLiteral(".name"), r.message);
        const QString region = object.value(u"region").toString(QStringLiteral("us-west-2"));
        if (const ValidationResult r = validateRegion(region); !r.ok())
            return fieldError(field + QStringLiteral(".region"), r.message);
        const QString account = object.value(u"accountId").toString(QStringLiteral("111122223333"));
        if (account.isEmpty() ||
            !std::all_of(account.begin(), account.end(), [](QChar c) { return c.isDigit(); }))
            return fieldError(field + QStringLiteral(".accountId"), QStringLiteral("must be digits"));
        const QString partition = region.startsWith(u"cn-")       ? QStringLiteral("aws-cn")
                                  : region.startsWith(u"us-gov-") ? QStringLiteral("aws-us-gov")
                                                                  : QStringLiteral("aws");
        arn = QStringLiteral("arn:%1:kinesisvideo:%2:%3:channel/%4/1700000000000")
                  .arg(partition, region, account, name);
    }
    Result<ChannelConfig> channel = channelFromArn(arn, field + QStringLiteral(".arn"));
    if (!channel)
        return channel;
    ChannelConfig result = std::move(channel).value();
    if (object.contains(u"name") && object.value(u"name").toString() != result.name)
        return fieldError(field + QStringLiteral(".name"),
                          QStringLiteral("does not match the name in the ARN"));
    if (object.contains(u"messageTtlSeconds")) {
        const QJsonValue ttl = object.value(u"messageTtlSeconds");
        if (!ttl.isDouble() || ttl.toInt() < 5 || ttl.toInt() > 120 || ttl.toDouble() != ttl.toInt())
            return fieldError(field + QStringLiteral(".messageTtlSeconds"),
                              QStringLiteral("must be an integer from 5 to 120"));
        result.messageTtlSeconds = ttl.toInt();
    }
    return result;
}

/// The turn and master sections.
std::optional<Error> parseMediaConfig(const QJsonObject &root, EmulatorConfig &config)
{
    if (root.contains(u"turn")) {
        const QJsonObject turn = root.value(u"turn").toObject();
        if (!root.value(u"turn").isObject())
            return fieldError(QStringLiteral("turn"), QStringLiteral("must be an object"));
        if (auto error =
                checkKeys(turn, QStringLiteral("turn"),
                          {QStringLiteral("uris"), QStringLiteral("secret"), QStringLiteral("ttlSeconds")}))
            return *error;
        const QJsonArray uris = turn.value(u"uris").toArray();
        if (uris.isEmpty())
            return fieldError(QStringLiteral("turn.uris"),
                              QStringLiteral("must be a non-empty array of turn:/turns: URIs"));
        for (qsizetype i = 0; i < uris.size(); ++i) {
            const QString uri = uris.at(i).toString();
            if (!uri.startsWith(u"turn:") && !uri.startsWith(u"turns:"))
                return fieldError(QStringLiteral("turn.uris[%1]").arg(i),
                                  QStringLiteral("must start with turn: or turns:"));
            config.turn.uris.append(uri);
        }
        if (!turn.value(u"secret").isString() || turn.value(u"secret").toString().isEmpty())
            return fieldError(QStringLiteral("turn.secret"), QStringLiteral("must be a non-empty string"));
        config.turn.secret = turn.value(u"secret").toString();
        double ttl = config.turn.ttlSeconds;
        if (auto error = readNumber(turn, QStringLiteral("turn."), u"ttlSeconds", 1, 86400, true, &ttl))
            return error;
        config.turn.ttlSeconds = static_cast<int>(ttl);
    }
    if (root.contains(u"master")) {
        const QJsonObject master = root.value(u"master").toObject();
        if (!root.value(u"master").isObject())
            return fieldError(QStringLiteral("master"), QStringLiteral("must be an object"));
        if (auto error =
                checkKeys(master, QStringLiteral("master"),
                          {QStringLiteral("media"), QStringLiteral("width"), QStringLiteral("height"),
                           QStringLiteral("fps"), QStringLiteral("audio")}))
            return *error;
        MasterMediaConfig &m = config.master;
        m.media = master.value(u"media").toString(m.media);
        if (!QStringList{QStringLiteral("auto"), QStringLiteral("h264"), QStringLiteral("vp8"),
                         QStringLiteral("none")}
                 .contains(m.media))
            return fieldError(QStringLiteral("master.media"),
                              QStringLiteral("must be auto, h264, vp8 or none"));
        double width = m.width, height = m.height, fps = m.fps;
        for (auto error : {readNumber(master, QStringLiteral("master."), u"width", 16, 3840, true, &width),
                           readNumber(master, QStringLiteral("master."), u"height", 16, 2160, true, &height),
                           readNumber(master, QStringLiteral("master."), u"fps", 1, 60, true, &fps)})
            if (error)
                return error;
        m.width = static_cast<int>(width) & ~1;
        m.height = static_cast<int>(height) & ~1;
        m.fps = static_cast<int>(fps);
        if (master.contains(u"audio") && !master.value(u"audio").isBool())
            return fieldError(QStringLiteral("master.audio"), QStringLiteral("must be true or false"));
        m.audio = master.value(u"audio").toBool(m.audio);
    }
    return std::nullopt;
}

} // namespace

Result<ChannelConfig> channelFromArn(const QString &arn, const QString &field)
{
    const Result<ChannelArn> parsed = ChannelArn::parse(arn);
    if (!parsed)
        return fieldError(field, parsed.error().message);
    ChannelConfig channel;
    channel.arn = arn;
    channel.name = parsed->channelName;
    channel.region = parsed->region;
    bool ok = false;
    const qint64 millis = parsed->creationId.toLongLong(&ok);
    channel.creationTime = ok ? QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc())
                              : QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    return channel;
}

Result<EmulatorConfig> parseEmulatorConfig(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("InvalidConfig"), QStringLiteral("not valid JSON at offset %1: %2")
                                                          .arg(parseError.offset)
                                                          .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("InvalidConfig"), QStringLiteral("the config must be a JSON object")};
    const QJsonObject root = document.object();
    if (auto error = checkKeys(root, QString(),
                               {QStringLiteral("channels"), QStringLiteral("identities"),
                                QStringLiteral("roles"), QStringLiteral("ssoTokens"),
                                QStringLiteral("webIdentityTokens"), QStringLiteral("instanceMetadata"),
                                QStringLiteral("containerCredentials"), QStringLiteral("limits"),
                                QStringLiteral("behaviour"), QStringLiteral("clockOffsetSeconds"),
                                QStringLiteral("turn"), QStringLiteral("master")}))
        return *error;

    EmulatorConfig config = EmulatorConfig::defaults();
    if (root.contains(u"channels")) {
        if (!root.value(u"channels").isArray() || root.value(u"channels").toArray().isEmpty())
            return fieldError(QStringLiteral("channels"), QStringLiteral("must be a non-empty array"));
        config.channels.clear();
        const QJsonArray channels = root.value(u"channels").toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const QString field = QStringLiteral("channels[%1]").arg(i);
            Result<ChannelConfig> channel = parseChannel(channels.at(i), field);
            if (!channel)
                return channel.error();
            const QString key = channel->name + u'@' + channel->region;
            if (seen.contains(key))
                return fieldError(field + QStringLiteral(".name"),
                                  QStringLiteral("a channel with this name already exists in this region"));
            seen.insert(key);
            config.channels.append(std::move(channel).value());
        }
    }
    if (auto error = parseCredentialsConfig(root, config))
        return *error;
    if (root.contains(u"limits")) {
        if (!root.value(u"limits").isObject())
            return fieldError(QStringLiteral("limits"), QStringLiteral("must be an object"));
        const QJsonObject limits = root.value(u"limits").toObject();
        const QString where = QStringLiteral("limits.");
        if (auto error = checkKeys(
                limits, QStringLiteral("limits"),
                {QStringLiteral("maxViewersPerChannel"), QStringLiteral("connectsPerSecondPerChannel"),
                 QStringLiteral("masterConnectsPerSecondPerChannel"),
                 QStringLiteral("staleViewerSlotSeconds"), QStringLiteral("sdpMessagesPerSecond"),
                 QStringLiteral("iceMessagesPerSecond"), QStringLiteral("maxPayloadChars"),
                 QStringLiteral("idleTimeoutSeconds"), QStringLiteral("maxConnectionSeconds"),
                 QStringLiteral("goAwayGraceSeconds"), QStringLiteral("clockSkewSeconds")}))
            return *error;
        EmulatorLimits &l = config.limits;
        double viewers = l.maxViewersPerChannel, connects = l.connectsPerSecondPerChannel,
               masterConnects = l.masterConnectsPerSecondPerChannel, sdp = l.sdpMessagesPerSecond,
               ice = l.iceMessagesPerSecond, payload = l.maxPayloadChars, skew = l.clockSkewSeconds;
        for (auto error :
             {readNumber(limits, where, u"maxViewersPerChannel", 1, 100000, true, &viewers),
              readNumber(limits, where, u"connectsPerSecondPerChannel", 1, 100000, true, &connects),
              readNumber(limits, where, u"masterConnectsPerSecondPerChannel", 1, 100000, true,
                         &masterConnects),
              readNumber(limits, where, u"staleViewerSlotSeconds", 0, 86400, false,
                         &l.staleViewerSlotSeconds),
              readNumber(limits, where, u"sdpMessagesPerSecond", 1, 100000, true, &sdp),
              readNumber(limits, where, u"iceMessagesPerSecond", 1, 100000, true, &ice),
              readNumber(limits, where, u"maxPayloadChars", 1, 10000000, true, &payload),
              readNumber(limits, where, u"clockSkewSeconds", 0, 86400, true, &skew),
              readNumber(limits, where, u"idleTimeoutSeconds", 0.01, 86400, false, &l.idleTimeoutSeconds),
              readNumber(limits, where, u"maxConnectionSeconds", 0.01, 86400, false, &l.maxConnectionSeconds),
              readNumber(limits, where, u"goAwayGraceSeconds", 0, 3600, false, &l.goAwayGraceSeconds)}) {
            if (error)
                return *error;
        }
        l.maxViewersPerChannel = static_cast<int>(viewers);
        l.connectsPerSecondPerChannel = static_cast<int>(connects);
        l.masterConnectsPerSecondPerChannel = static_cast<int>(masterConnects);
        l.sdpMessagesPerSecond = static_cast<int>(sdp);
        l.iceMessagesPerSecond = static_cast<int>(ice);
        l.maxPayloadChars = static_cast<int>(payload);
        l.clockSkewSeconds = static_cast<int>(skew);
    }
    if (root.contains(u"behaviour")) {
        if (!root.value(u"behaviour").isObject())
            return fieldError(QStringLiteral("behaviour"), QStringLiteral("must be an object"));
        const QJsonObject behaviour = root.value(u"behaviour").toObject();
        const QString where = QStringLiteral("behaviour.");
        if (auto error = checkKeys(behaviour, QStringLiteral("behaviour"),
                                   {QStringLiteral("emptyFrameBeforeAnswer"), QStringLiteral("takeoverStyle"),
                                    QStringLiteral("takeoverCloseCode"),
                                    QStringLiteral("takeoverCloseReason"), QStringLiteral("iceServerCount")}))
            return *error;
        EmulatorBehaviour &b = config.behaviour;
        if (behaviour.contains(u"emptyFrameBeforeAnswer")) {
            if (!behaviour.value(u"emptyFrameBeforeAnswer").isBool())
                return fieldError(where + QStringLiteral("emptyFrameBeforeAnswer"),
                                  QStringLiteral("must be true or false"));
            b.emptyFrameBeforeAnswer = behaviour.value(u"emptyFrameBeforeAnswer").toBool();
        }
        if (behaviour.contains(u"takeoverStyle")) {
            const QString style = behaviour.value(u"takeoverStyle").toString();
            if (style == u"close")
                b.takeoverStyle = TakeoverStyle::Close;
            else if (style == u"silent")
                b.takeoverStyle = TakeoverStyle::Silent;
            else
                return fieldError(where + QStringLiteral("takeoverStyle"),
                                  QStringLiteral("must be \"close\" or \"silent\""));
        }
        double code = b.takeoverCloseCode, servers = b.iceServerCount;
        for (auto error : {readNumber(behaviour, where, u"takeoverCloseCode", 1000, 4999, true, &code),
                           readNumber(behaviour, where, u"iceServerCount", 1, 2, true, &servers)}) {
            if (error)
                return *error;
        }
        if (code != 1000 && code != 1001 && code != 1008 && code != 1011 && code < 3000)
            return fieldError(where + QStringLiteral("takeoverCloseCode"),
                              QStringLiteral("must be 1000, 1001, 1008, 1011 or from 3000 to 4999"));
        b.takeoverCloseCode = static_cast<int>(code);
        b.iceServerCount = static_cast<int>(servers);
        if (behaviour.contains(u"takeoverCloseReason")) {
            const QJsonValue reason = behaviour.value(u"takeoverCloseReason");
            if (!reason.isString() || reason.toString().toUtf8().size() > 123)
                return fieldError(where + QStringLiteral("takeoverCloseReason"),
                                  QStringLiteral("must be a string of at most 123 bytes"));
            b.takeoverCloseReason = reason.toString();
        }
    }
    if (auto error = readNumber(root, QString(), u"clockOffsetSeconds", -10 * 365 * 86400.0,
                                10 * 365 * 86400.0, false, &config.clockOffsetSeconds))
        return *error;
    if (auto error = parseMediaConfig(root, config))
        return *error;
    return config;
}

} // namespace kvs::emulator
