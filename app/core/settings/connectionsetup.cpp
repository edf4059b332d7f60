#include "core/settings/connectionsetup.h"

#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kvs {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionSetup)
};

const QString kVersionKey = QStringLiteral("kvsViewerSetup");

Error invalid(const QString &key, const QString &message)
{
    return Error{QStringLiteral("InvalidSetup"),
                 key.isEmpty() ? message : key + QStringLiteral(": ") + message};
}

/// Keys that would carry a secret, in any case: a setup refuses them rather than drop them silently.
bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    for (const char *word : {"accesskey", "access_key", "secret", "token", "password", "credential"}) {
        if (lower.contains(QLatin1String(word)))
            return lower != u"credentialsource";
    }
    return false;
}

} // namespace

QString clientIdPolicyName(ClientIdPolicy policy)
{
    return policy == ClientIdPolicy::Fixed ? QStringLiteral("fixed") : QStringLiteral("install");
}

ConnectionSetup ConnectionSetup::fromForm(const ConnectionForm &form, const MediaOptions &media,
                                          ClientIdPolicy policy)
{
    ConnectionSetup setup;
    setup.channel = form.channel.trimmed();
    setup.region = form.region.trimmed();
    setup.endpointUrl = form.endpointOverride.trimmed();
    setup.caFile = form.caFile.trimmed();
    setup.clientIdPolicy = policy;
    if (policy == ClientIdPolicy::Fixed)
        setup.clientId = form.clientId.trimmed();
    setup.credentialSource = form.credentialMode;
    if (form.credentialMode == CredentialMode::Profile)
        setup.profile = form.profile.trimmed();
    setup.fips = form.fips;
    setup.dualStack = form.dualStack;
    setup.maxRetries = form.maxRetries;
    setup.media = media;
    return setup;
}

ConnectionForm ConnectionSetup::applyTo(ConnectionForm base) const
{
    base.channel = channel;
    base.region = region;
    base.endpointOverride = endpointUrl;
    base.caFile = caFile;
    if (clientIdPolicy == ClientIdPolicy::Fixed)
        base.clientId = clientId;
    base.credentialMode = credentialSource;
    if (credentialSource == CredentialMode::Profile)
        base.profile = profile;
    base.fips = fips;
    base.dualStack = dualStack;
    base.maxRetries = maxRetries;
    return base;
}

MediaOptions ConnectionSetup::applyTo(MediaOptions base) const
{
    base.codec = media.codec;
    base.iceTransport = media.iceTransport;
    base.useStun = media.useStun;
    base.useTurn = media.useTurn;
    base.receiveAudio = media.receiveAudio;
    return base;
}

QByteArray ConnectionSetup::toJson() const
{
    // Only the fields below are ever written: no code path puts a key, secret or token in a setup.
    QJsonObject object{
        {kVersionKey, kVersion},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("region"), region},
        {QStringLiteral("endpointUrl"), endpointUrl},
        {QStringLiteral("caFile"), caFile},
        {QStringLiteral("clientIdPolicy"), clientIdPolicyName(clientIdPolicy)},
        {QStringLiteral("credentialSource"), credentialModeName(credentialSource)},
        {QStringLiteral("fips"), fips},
        {QStringLiteral("dualStack"), dualStack},
        {QStringLiteral("maxRetries"), maxRetries},
        {QStringLiteral("media"),
         QJsonObject{{QStringLiteral("codec"), videoCodecPreferenceName(media.codec)},
                     {QStringLiteral("iceTransport"), iceTransportPolicyName(media.iceTransport)},
                     {QStringLiteral("stun"), media.useStun},
                     {QStringLiteral("turn"), media.useTurn},
                     {QStringLiteral("receiveAudio"), media.receiveAudio}}},
    };
    if (clientIdPolicy == ClientIdPolicy::Fixed)
        object.insert(QStringLiteral("clientId"), clientId);
    if (credentialSource == CredentialMode::Profile)
        object.insert(QStringLiteral("profile"), profile);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ConnectionSetup::Parsed> ConnectionSetup::fromJson(QByteArrayView json)
{
    if (json.size() > kMaxBytes)
        return invalid(QString(),
                       Text::tr("The file is larger than %1 KiB: not a setup.").arg(kMaxBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QString(), Text::tr("The file is not a JSON object (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset));
    const QJsonObject object = document.object();
    Parsed parsed;
    ConnectionSetup &setup = parsed.setup;

    const QJsonValue version = object.value(kVersionKey);
    if (!version.isDouble())
        return invalid(kVersionKey, Text::tr("missing: this is not a KVS Signaling Viewer setup."));
    if (version.toInt() > kVersion || version.toInt() < 1)
        return invalid(kVersionKey, Text::tr("version %1 is not known here (this version reads %2): update "
                                             "the app.")
                                        .arg(version.toInt())
                                        .arg(kVersion));

    auto text = [&](const QString &key, QString *out) -> std::optional<Error> {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString())
            return invalid(key, Text::tr("must be a string."));
        *out = value.toString().trimmed();
        return std::nullopt;
    };
    auto flag = [&](const QJsonObject &from, const QString &key, const QString &shownKey,
                    bool *out) -> std::optional<Error> {
        const QJsonValue value = from.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool())
            return invalid(shownKey, Text::tr("must be true or false."));
        *out = value.toBool();
        return std::nullopt;
    };

    QString policy;
    QString source;
    for (const auto &[key, out] : {std::pair{QStringLiteral("channel"), &setup.channel},
                                   std::pair{QStringLiteral("region"), &setup.region},
                                   std::pair{QStringLiteral("endpointUrl"), &setup.endpointUrl},
                                   std::pair{QStringLiteral("caFile"), &setup.caFile},
                                   std::pair{QStringLiteral("clientId"), &setup.clientId},
                                   std::pair{QStringLiteral("profile"), &setup.profile},
                                   std::pair{QStringLiteral("clientIdPolicy"), &policy},
                                   std::pair{QStringLiteral("credentialSource"), &source}}) {
        if (auto error = text(key, out))
            return *error;
    }
    for (const auto &[key, out] : {std::pair{QStringLiteral("fips"), &setup.fips},
                                   std::pair{QStringLiteral("dualStack"), &setup.dualStack}}) {
        if (auto error = flag(object, key, key, out))
            return *error;
    }
    if (!setup.channel.isEmpty()) {
        const bool arn = setup.channel.startsWith(u"arn:");
        const ValidationResult valid =
            arn ? validateChannelArn(setup.channel) : validateChannelName(setup.channel);
        if (!valid.ok())
            return invalid(QStringLiteral("channel"), valid.message);
    }
    if (!setup.region.isEmpty()) {
        if (const ValidationResult valid = validateRegion(setup.region); !valid.ok())
            return invalid(QStringLiteral("region"), valid.message);
    }
    if (!setup.endpointUrl.isEmpty()) {
        if (const ValidationResult valid = validateEndpointUrl(setup.endpointUrl, EndpointKind::Https);
            !valid.ok())
            return invalid(QStringLiteral("endpointUrl"), valid.message);
    }
    if (policy.isEmpty() || policy == u"install") {
        setup.clientIdPolicy = ClientIdPolicy::Install;
        if (!setup.clientId.isEmpty())
            parsed.warnings.append(
                Text::tr("clientId is ignored: clientIdPolicy is \"install\" (each viewer uses its own)."));
        setup.clientId.clear();
    } else if (policy == u"fixed") {
        setup.clientIdPolicy = ClientIdPolicy::Fixed;
        if (const ValidationResult valid = validateClientId(setup.clientId); !valid.ok())
            return invalid(QStringLiteral("clientId"), valid.message);
    } else {
        return invalid(QStringLiteral("clientIdPolicy"), Text::tr("must be \"install\" or \"fixed\"."));
    }
    if (source.isEmpty() || source == u"environment") {
        setup.credentialSource = CredentialMode::Environment;
    } else if (source == u"profile") {
        setup.credentialSource = CredentialMode::Profile;
        if (setup.profile.isEmpty() || setup.profile.contains(u'\n') || setup.profile.size() > 128)
            return invalid(QStringLiteral("profile"),
                           Text::tr("a profile name is needed when credentialSource "
                                    "is \"profile\"."));
    } else if (source == u"manual") {
        setup.credentialSource = CredentialMode::Manual; // the keys are typed by whoever opens the setup
    } else {
        return invalid(QStringLiteral("credentialSource"),
                       Text::tr("must be \"environment\", \"profile\" or \"manual\"."));
    }
    if (setup.credentialSource != CredentialMode::Profile)
        setup.profile.clear();
    if (const QJsonValue retries = object.value(u"maxRetries"); !retries.isUndefined()) {
        if (!retries.isDouble() || retries.toDouble() != retries.toInt() || retries.toInt() < 0 ||
            retries.toInt() > 50)
            return invalid(QStringLiteral("maxRetries"), Text::tr("must be a whole number from 0 to 50."));
        setup.maxRetries = retries.toInt();
    }
    if (const QJsonValue media = object.value(u"media"); !media.isUndefined()) {
        if (!media.isObject())
            return invalid(QStringLiteral("media"), Text::tr("must be an object."));
        const QJsonObject options = media.toObject();
        if (const QJsonValue codec = options.value(u"codec"); !codec.isUndefined()) {
            const auto parsedCodec = parseVideoCodecPreference(codec.toString());
            if (!codec.isString() || !parsedCodec)
                return invalid(QStringLiteral("media.codec"),
                               Text::tr("must be \"any\", \"h264\" or \"vp8\"."));
            setup.media.codec = *parsedCodec;
        }
        if (const QJsonValue ice = options.value(u"iceTransport"); !ice.isUndefined()) {
            const auto parsedIce = parseIceTransportPolicy(ice.toString());
            if (!ice.isString() || !parsedIce)
                return invalid(QStringLiteral("media.iceTransport"),
                               Text::tr("must be \"all\" or \"relay\"."));
            setup.media.iceTransport = *parsedIce;
        }
        for (const auto &[key, out] :
             {std::pair{QStringLiteral("stun"), &setup.media.useStun},
              std::pair{QStringLiteral("turn"), &setup.media.useTurn},
              std::pair{QStringLiteral("receiveAudio"), &setup.media.receiveAudio}}) {
            if (auto error = flag(options, key, u"media." % key, out))
                return *error;
        }
        for (auto it = options.begin(); it != options.end(); ++it) {
            if (isSecretKey(it.key()))
                return invalid(u"media." % it.key(), Text::tr("setups never hold keys, secrets or tokens."));
            if (!QStringList{QStringLiteral("codec"), QStringLiteral("iceTransport"), QStringLiteral("stun"),
                             QStringLiteral("turn"), QStringLiteral("receiveAudio")}
                     .contains(it.key()))
                parsed.warnings.append(Text::tr("Unknown key ignored: media.%1").arg(it.key().left(64)));
        }
    }
    static const QStringList known = {kVersionKey,
                                      QStringLiteral("channel"),
                                      QStringLiteral("region"),
                                      QStringLiteral("endpointUrl"),
                                      QStringLiteral("caFile"),
                                      QStringLiteral("clientIdPolicy"),
                                      QStringLiteral("clientId"),
                                      QStringLiteral("credentialSource"),
                                      QStringLiteral("profile"),
                                      QStringLiteral("fips"),
                                      QStringLiteral("dualStack"),
                                      QStringLiteral("maxRetries"),
                                      QStringLiteral("media")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()))
            return invalid(it.key().left(64), Text::tr("setups never hold keys, secrets or tokens."));
        if (!known.contains(it.key()))
            parsed.warnings.append(Text::tr("Unknown key ignored: %1").arg(it.key().left(64)));
    }
    return parsed;
}

} // namespace kvs
