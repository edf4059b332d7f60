#include "emulator/emulatorconfig.h"

#include "core/common/channelarn.h"
#include "core/common/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace kvs::emulator {
namespace {

constexpr char kDefaultArn[] =
    "arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000";
constexpr char kDefaultAccessKeyId[] = "AKIAEMULATORDEMO0001";
constexpr char kDefaultSecret[] = "EmulatorDemoSecretKey/NotForAws+00000000";
constexpr char kDefaultRoleArn[] = "arn:aws:iam::111122223333:role/kvs-viewer-qa";
constexpr char kDefaultSsoToken[] = "emulator-sso-token";
constexpr char kDefaultAccount[] = "111122223333";

Error fieldError(const QString &field, const QString &message)
{
    return Error{QStringLiteral("InvalidConfig"), field + QStringLiteral(": ") + message};
}

std::optional<Error> checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fieldError(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                              QStringLiteral("unknown field (allowed: %1)").arg(allowed.join(u", ")));
    }
    return std::nullopt;
}

bool isAccountId(const QString &account)
{
    return account.size() == 12 &&
           std::all_of(account.begin(), account.end(), [](QChar c) { return c.isDigit(); });
}

Result<QString> requiredString(const QJsonObject &object, const QString &field, const char16_t *key)
{
    const QString name = QString::fromUtf16(key);
    if (!object.value(name).isString() || object.value(name).toString().isEmpty())
        return fieldError(field + u'.' + name, QStringLiteral("must be a non-empty string"));
    return object.value(name).toString();
}

Result<RoleConfig> parseRole(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fieldError(field, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, field, {QStringLiteral("arn"), QStringLiteral("trust")}))
        return *error;
    const Result<QString> arn = requiredString(object, field, u"arn");
    if (!arn)
        return arn.error();
    const QStringList parts = arn->split(u':');
    if (parts.size() != 6 || parts[0] != u"arn" || parts[2] != u"iam" || !isAccountId(parts[4]) ||
        !parts[5].startsWith(u"role/") || parts[5].size() <= 5)
        return fieldError(field + QStringLiteral(".arn"),
                          QStringLiteral("must look like arn:aws:iam::111122223333:role/NAME"));
    RoleConfig role{*arn, {}};
    if (object.contains(u"trust")) {
        if (!object.value(u"trust").isArray())
            return fieldError(field + QStringLiteral(".trust"),
                              QStringLiteral("must be an array of access key ids"));
        const QJsonArray trust = object.value(u"trust").toArray();
        for (qsizetype i = 0; i < trust.size(); ++i) {
            if (!validateAccessKeyId(trust.at(i).toString()).ok())
                return fieldError(field + QStringLiteral(".trust[%1]").arg(i),
                                  QStringLiteral("must be an access key id"));
            role.trust.append(trust.at(i).toString());
        }
    }
    return role;
}

Result<SsoTokenConfig> parseSsoToken(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fieldError(field, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, field,
                               {QStringLiteral("token"), QStringLiteral("accountId"),
                                QStringLiteral("roleName"), QStringLiteral("expiresAt")}))
        return *error;
    SsoTokenConfig token;
    for (auto [key, out] : {std::pair{u"token", &token.token}, std::pair{u"accountId", &token.accountId},
                            std::pair{u"roleName", &token.roleName}}) {
        const Result<QString> text = requiredString(object, field, key);
        if (!text)
            return text.error();
        *out = *text;
    }
    if (!isAccountId(token.accountId))
        return fieldError(field + QStringLiteral(".accountId"), QStringLiteral("must be 12 digits"));
    if (object.contains(u"expiresAt")) {
        token.expiration = QDateTime::fromString(object.value(u"expiresAt").toString(), Qt::ISODate);
        if (!token.expiration.isValid())
            return fieldError(field + QStringLiteral(".expiresAt"),
                              QStringLiteral("must be an ISO-8601 date and time"));
    }
    return token;
}

Result<WebIdentityTokenConfig> parseWebIdentityToken(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fieldError(field, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, field,
                               {QStringLiteral("token"), QStringLiteral("roleArn"), QStringLiteral("subject"),
                                QStringLiteral("expiresAt")}))
        return *error;
    WebIdentityTokenConfig token;
    for (auto [key, out] : {std::pair{u"token", &token.token}, std::pair{u"roleArn", &token.roleArn}}) {
        const Result<QString> text = requiredString(object, field, key);
        if (!text)
            return text.error();
        *out = *text;
    }
    if (object.contains(u"subject"))
        token.subject = object.value(u"subject").toString();
    if (object.contains(u"expiresAt")) {
        token.expiration = QDateTime::fromString(object.value(u"expiresAt").toString(), Qt::ISODate);
        if (!token.expiration.isValid())
            return fieldError(field + QStringLiteral(".expiresAt"),
                              QStringLiteral("must be an ISO-8601 date and time"));
    }
    return token;
}

/// An optional array of root[key], each element read by parse(element, "key[i]"); replaces *out when present.
template <typename T>
std::optional<Error> readArray(const QJsonObject &root, const QString &key,
                               Result<T> (*parse)(const QJsonValue &, const QString &), QList<T> *out)
{
    if (!root.contains(key))
        return std::nullopt;
    if (!root.value(key).isArray())
        return fieldError(key, QStringLiteral("must be an array"));
    out->clear();
    const QJsonArray elements = root.value(key).toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        Result<T> element = parse(elements.at(i), QStringLiteral("%1[%2]").arg(key).arg(i));
        if (!element)
            return element.error();
        out->append(std::move(element).value());
    }
    return std::nullopt;
}

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

Result<Identity> parseIdentity(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fieldError(field, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, field,
                               {QStringLiteral("accessKeyId"), QStringLiteral("secretAccessKey"),
                                QStringLiteral("sessionToken"), QStringLiteral("actions"),
                                QStringLiteral("accountId"), QStringLiteral("arn")}))
        return *error;
    Identity identity;
    if (object.contains(u"accountId")) {
        identity.accountId = object.value(u"accountId").toString();
        if (!isAccountId(identity.accountId))
            return fieldError(field + QStringLiteral(".accountId"), QStringLiteral("must be 12 digits"));
    }
    if (object.contains(u"arn")) {
        identity.arn = object.value(u"arn").toString();
        if (!identity.arn.startsWith(u"arn:"))
            return fieldError(field + QStringLiteral(".arn"), QStringLiteral("must be an ARN"));
    }
    identity.accessKeyId = object.value(u"accessKeyId").toString();
    identity.secretAccessKey = object.value(u"secretAccessKey").toString();
    identity.sessionToken = object.value(u"sessionToken").toString();
    if (const ValidationResult r = validateAccessKeyId(identity.accessKeyId); !r.ok())
        return fieldError(field + QStringLiteral(".accessKeyId"), r.message);
    if (const ValidationResult r = validateSecretAccessKey(identity.secretAccessKey); !r.ok())
        return fieldError(field + QStringLiteral(".secretAccessKey"), r.message);
    if (const ValidationResult r = validateSessionToken(identity.sessionToken); !r.ok())
        return fieldError(field + QStringLiteral(".sessionToken"), r.message);
    if (object.contains(u"actions")) {
        if (!object.value(u"actions").isArray())
            return fieldError(field + QStringLiteral(".actions"),
                              QStringLiteral("must be an array of strings"));
        const QStringList known = {
            QStringLiteral("DescribeSignalingChannel"), QStringLiteral("GetSignalingChannelEndpoint"),
            QStringLiteral("GetIceServerConfig"),       QStringLiteral("ConnectAsViewer"),
            QStringLiteral("ConnectAsMaster"),          QStringLiteral("ListSignalingChannels")};
        const QJsonArray actions = object.value(u"actions").toArray();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QString action = actions.at(i).toString();
            if (action.startsWith(u"kinesisvideo:"))
                action = action.mid(13);
            if (!known.contains(action))
                return fieldError(field + QStringLiteral(".actions[%1]").arg(i),
                                  QStringLiteral("unknown action (known: %1)").arg(known.join(u", ")));
            identity.actions.append(action);
        }
        if (identity.actions.isEmpty())
            return fieldError(field + QStringLiteral(".actions"),
                              QStringLiteral("must not be empty (omit it to allow every action)"));
    }
    return identity;
}

std::optional<Error> readNumber(const QJsonObject &object, const QString &where, const char16_t *key,
                                double min, double max, bool integer, double *out)
{
    const QString name = QString::fromUtf16(key);
    if (!object.contains(name))
        return std::nullopt;
    const QJsonValue value = object.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || number < min || number > max ||
        (integer && number != static_cast<qint64>(number)))
        return fieldError(where + name,
                          QStringLiteral("must be %1 from %2 to %3")
                              .arg(integer ? QStringLiteral("an integer") : QStringLiteral("a number"))
                              .arg(min)
                              .arg(max));
    *out = number;
    return std::nullopt;
}

} // namespace

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

EmulatorConfig EmulatorConfig::defaults()
{
    EmulatorConfig config;
    config.channels.append(channelFromArn(QString::fromLatin1(kDefaultArn), QString()).value());
    Identity identity;
    identity.accessKeyId = QString::fromLatin1(kDefaultAccessKeyId);
    identity.secretAccessKey = QString::fromLatin1(kDefaultSecret);
    config.identities.append(identity);
    config.roles.append(
        RoleConfig{QString::fromLatin1(kDefaultRoleArn), {QString::fromLatin1(kDefaultAccessKeyId)}});
    SsoTokenConfig token;
    token.token = QString::fromLatin1(kDefaultSsoToken);
    token.accountId = QString::fromLatin1(kDefaultAccount);
    token.roleName = QStringLiteral("kvs-viewer-qa");
    config.ssoTokens.append(token);
    config.webIdentityTokens.append(WebIdentityTokenConfig{
        QStringLiteral("emulator-web-identity-token"), QString::fromLatin1(kDefaultRoleArn),
        QStringLiteral("system:serviceaccount:default:kvs-viewer"), QDateTime()});
    return config;
}

Result<EmulatorConfig> EmulatorConfig::fromJson(const QByteArray &json)
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

    EmulatorConfig config = defaults();
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
    if (root.contains(u"identities")) {
        if (!root.value(u"identities").isArray() || root.value(u"identities").toArray().isEmpty())
            return fieldError(QStringLiteral("identities"), QStringLiteral("must be a non-empty array"));
        config.identities.clear();
        const QJsonArray identities = root.value(u"identities").toArray();
        for (qsizetype i = 0; i < identities.size(); ++i) {
            const QString field = QStringLiteral("identities[%1]").arg(i);
            Result<Identity> identity = parseIdentity(identities.at(i), field);
            if (!identity)
                return identity.error();
            if (config.identity(identity->accessKeyId))
                return fieldError(field + QStringLiteral(".accessKeyId"), QStringLiteral("is listed twice"));
            config.identities.append(std::move(identity).value());
        }
    }
    if (root.contains(u"roles")) {
        if (!root.value(u"roles").isArray())
            return fieldError(QStringLiteral("roles"), QStringLiteral("must be an array"));
        config.roles.clear();
        const QJsonArray roles = root.value(u"roles").toArray();
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QString field = QStringLiteral("roles[%1]").arg(i);
            Result<RoleConfig> role = parseRole(roles.at(i), field);
            if (!role)
                return role.error();
            if (config.role(role->arn))
                return fieldError(field + QStringLiteral(".arn"), QStringLiteral("is listed twice"));
            config.roles.append(std::move(role).value());
        }
    }
    if (auto error = readArray(root, QStringLiteral("ssoTokens"), parseSsoToken, &config.ssoTokens))
        return *error;
    if (auto error = readArray(root, QStringLiteral("webIdentityTokens"), parseWebIdentityToken,
                               &config.webIdentityTokens))
        return *error;
    if (root.contains(u"instanceMetadata")) {
        const QJsonObject object = root.value(u"instanceMetadata").toObject();
        if (!root.value(u"instanceMetadata").isObject())
            return fieldError(QStringLiteral("instanceMetadata"), QStringLiteral("must be an object"));
        if (auto error = checkKeys(object, QStringLiteral("instanceMetadata"),
                                   {QStringLiteral("roleName"), QStringLiteral("accountId"),
                                    QStringLiteral("credentialSeconds"), QStringLiteral("v1Allowed")}))
            return *error;
        InstanceMetadataConfig &imds = config.instanceMetadata;
        imds.roleName = object.value(u"roleName").toString(imds.roleName);
        imds.accountId = object.value(u"accountId").toString(imds.accountId);
        if (!isAccountId(imds.accountId))
            return fieldError(QStringLiteral("instanceMetadata.accountId"),
                              QStringLiteral("must be 12 digits"));
        imds.v1Allowed = object.value(u"v1Allowed").toBool(imds.v1Allowed);
        double seconds = imds.credentialSeconds;
        if (auto error = readNumber(object, QStringLiteral("instanceMetadata."), u"credentialSeconds", 1,
                                    43200, true, &seconds))
            return *error;
        imds.credentialSeconds = static_cast<int>(seconds);
    }
    if (root.contains(u"containerCredentials")) {
        const QJsonObject object = root.value(u"containerCredentials").toObject();
        if (!root.value(u"containerCredentials").isObject())
            return fieldError(QStringLiteral("containerCredentials"), QStringLiteral("must be an object"));
        if (auto error = checkKeys(object, QStringLiteral("containerCredentials"),
                                   {QStringLiteral("authorizationToken"), QStringLiteral("roleArn"),
                                    QStringLiteral("credentialSeconds")}))
            return *error;
        ContainerCredentialsConfig &container = config.containerCredentials;
        container.authorizationToken =
            object.value(u"authorizationToken").toString(container.authorizationToken);
        container.roleArn = object.value(u"roleArn").toString(container.roleArn);
        double seconds = container.credentialSeconds;
        if (auto error = readNumber(object, QStringLiteral("containerCredentials."), u"credentialSeconds", 1,
                                    43200, true, &seconds))
            return *error;
        container.credentialSeconds = static_cast<int>(seconds);
    }
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

const ChannelConfig *EmulatorConfig::channelByArn(QStringView arn) const
{
    for (const ChannelConfig &channel : channels) {
        if (channel.arn == arn)
            return &channel;
    }
    return nullptr;
}

const ChannelConfig *EmulatorConfig::channelByName(QStringView name, QStringView region) const
{
    for (const ChannelConfig &channel : channels) {
        if (channel.name == name && channel.region == region)
            return &channel;
    }
    return nullptr;
}

const Identity *EmulatorConfig::identity(QStringView accessKeyId) const
{
    for (const Identity &candidate : identities) {
        if (candidate.accessKeyId == accessKeyId)
            return &candidate;
    }
    return nullptr;
}

const RoleConfig *EmulatorConfig::role(QStringView arn) const
{
    for (const RoleConfig &candidate : roles) {
        if (candidate.arn == arn)
            return &candidate;
    }
    return nullptr;
}

bool EmulatorConfig::servesRegion(QStringView region) const
{
    return std::any_of(channels.begin(), channels.end(),
                       [region](const ChannelConfig &channel) { return channel.region == region; });
}

} // namespace kvs::emulator
