#include "emulator/emulatorconfig.h"

#include "emulator/emulatorconfigparser.h"

namespace kvs::emulator {
namespace {

constexpr char kDefaultArn[] =
    "arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000";
constexpr char kDefaultAccessKeyId[] = "AKIAEMULATORDEMO0001";
constexpr char kDefaultSecret[] = "EmulatorDemoSecretKey/NotForAws+00000000";
constexpr char kDefaultRoleArn[] = "arn:aws:iam::111122223333:role/kvs-viewer-qa";
constexpr char kDefaultSsoToken[] = "emulator-sso-token";
constexpr char kDefaultAccount[] = "111122223333";

} // namespace

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
    return parseEmulatorConfig(json);
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
