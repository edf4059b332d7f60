#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kvs::emulator {

/// One signaling channel the emulator serves.
struct ChannelConfig
{
    QString name;
    QString arn;    ///< arn:aws:kinesisvideo:REGION:ACCOUNT:channel/NAME/CREATION
    QString region; ///< taken from the ARN
    int messageTtlSeconds = 60;
    QDateTime creationTime;
};

/// One set of credentials the emulator accepts. actions, when not empty, lists the kinesisvideo actions
/// the identity may call (e.g. "ConnectAsViewer"); any other action is AccessDeniedException.
struct Identity
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< when set, every request must carry exactly this token
    QStringList actions;
    QString accountId = QStringLiteral("111122223333"); ///< what GetCallerIdentity answers
    QString arn;           ///< what GetCallerIdentity answers; empty: arn:aws:iam::ACCOUNT:user/emulator-demo
    QDateTime expiration;  ///< temporary credentials (AssumeRole) stop working then; invalid: never
    QString assumedRoleId; ///< for temporary credentials: the UserId GetCallerIdentity answers

    bool allows(const QString &action) const { return actions.isEmpty() || actions.contains(action); }
    /// The ARN GetCallerIdentity answers.
    QString callerArn() const
    {
        return arn.isEmpty() ? QStringLiteral("arn:aws:iam::%1:user/emulator-demo").arg(accountId) : arn;
    }
};

/// An IAM role STS AssumeRole can hand out; trust lists the access key ids allowed to assume it.
struct RoleConfig
{
    QString arn; ///< arn:aws:iam::ACCOUNT:role/NAME
    QStringList trust;
};

/// A bearer token the SSO portal's GetRoleCredentials accepts for one account and role.
struct SsoTokenConfig
{
    QString token;
    QString accountId;
    QString roleName;
    QDateTime expiration; ///< invalid: never expires
};

/// A web identity token (an OIDC JWT as an EKS pod or a CI job holds) STS AssumeRoleWithWebIdentity
/// trusts for one role.
struct WebIdentityTokenConfig
{
    QString token;
    QString roleArn;
    QString subject = QStringLiteral("system:serviceaccount:default:kvs-viewer");
    QDateTime expiration; ///< invalid: never expires (ExpiredTokenException after it)
};

/// The EC2 instance metadata service (IMDS) the emulator serves under /latest/ on its port.
struct InstanceMetadataConfig
{
    QString roleName = QStringLiteral("kvs-viewer-instance"); ///< empty: no role attached (404)
    QString accountId = QStringLiteral("111122223333");
    int credentialSeconds = 21600; ///< lifetime of the credentials handed out
    bool v1Allowed = false;        ///< false: IMDSv2 required (GETs without a token are 401)
};

/// The ECS/EKS container credentials endpoint the emulator serves at /v2/credentials/… and
/// /v1/credentials on its port.
struct ContainerCredentialsConfig
{
    QString authorizationToken = QStringLiteral("emulator-container-token"); ///< empty: none needed
    QString roleArn = QStringLiteral("arn:aws:iam::111122223333:role/kvs-viewer-task");
    int credentialSeconds = 3600;
};

/// Service limits and timers; every one can be changed in the config so tests run fast.
struct EmulatorLimits
{
    int maxViewersPerChannel = 10;
    int connectsPerSecondPerChannel = 3;
    int sdpMessagesPerSecond = 5;
    int iceMessagesPerSecond = 20;
    int maxPayloadChars = 10000;
    double idleTimeoutSeconds = 600;
    double maxConnectionSeconds = 3600;
    double goAwayGraceSeconds = 60;
    int clockSkewSeconds = 300; ///< the ±window around X-Amz-Date
};

/// Everything the emulator serves: channels, identities, limits and a clock offset.
struct EmulatorConfig
{
    QList<ChannelConfig> channels;
    QList<Identity> identities;
    QList<RoleConfig> roles;                         ///< for STS AssumeRole
    QList<SsoTokenConfig> ssoTokens;                 ///< for the SSO portal's GetRoleCredentials
    QList<WebIdentityTokenConfig> webIdentityTokens; ///< for STS AssumeRoleWithWebIdentity
    InstanceMetadataConfig instanceMetadata;
    ContainerCredentialsConfig containerCredentials;
    EmulatorLimits limits;
    double clockOffsetSeconds = 0; ///< added to the machine clock (simulates a skewed service clock)

    /// The defaults: channel demo-channel in us-west-2, one identity, role
    /// arn:aws:iam::111122223333:role/kvs-viewer-qa trusting that identity and SSO token emulator-sso-token,
    /// web identity token emulator-web-identity-token for that role, the instance role kvs-viewer-instance
    /// (IMDSv2 only) and container credentials for role kvs-viewer-task behind emulator-container-token.
    static EmulatorConfig defaults();
    /// Parses a JSON config file's contents. Keys that are absent keep their defaults ("channels" and
    /// "identities", when present, replace the default ones). An Error names the offending field,
    /// e.g. "channels[1].arn: ...".
    static Result<EmulatorConfig> fromJson(const QByteArray &json);

    const ChannelConfig *channelByArn(QStringView arn) const;
    const ChannelConfig *channelByName(QStringView name, QStringView region) const;
    const Identity *identity(QStringView accessKeyId) const;
    const RoleConfig *role(QStringView arn) const;
    /// True when some channel lives in region (the emulator answers for those regions only).
    bool servesRegion(QStringView region) const;
};

} // namespace kvs::emulator
