#include "emulator/credentialsconfigparser.h"

#include "core/common/validation.h"
#include "emulator/configfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace kvs::emulator {

using namespace configfields;

namespace {

/// Reads object's optional "expiresAt" (ISO-8601) into *out; an error naming field.expiresAt when malformed.
std::optional<Error> readExpiresAt(const QJsonObject &object, const QString &field, QDateTime *out)
{
    if (!object.contains(u"expiresAt"))
        return std::nullopt;
    *out = QDateTime::fromString(object.value(u"expiresAt").toString(), Qt::ISODate);
    if (!out->isValid())
        return fieldError(field + QStringLiteral(".expiresAt"),
                          QStringLiteral("must be an ISO-8601 date and time"));
    return std::nullopt;
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
    if (auto error = readExpiresAt(object, field, &token.expiration))
        return *error;
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
    if (auto error = readExpiresAt(object, field, &token.expiration))
        return *error;
    return token;
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

} // namespace

std::optional<Error> parseCredentialsConfig(const QJsonObject &root, EmulatorConfig &config)
{
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
    return std::nullopt;
}

} // namespace kvs::emulator
