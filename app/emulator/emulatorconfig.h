#pragma once

#include "core/common/result.h"

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

/// Service limits and timers; every one can be changed in the config so tests run fast. Defaults follow
/// what the service was observed to do where that differs from its documentation (README, "The emulator").
struct EmulatorLimits
{
    int maxViewersPerChannel = 10;
    int connectsPerSecondPerChannel = 3;       ///< viewer connects; masters have their own budget
    int masterConnectsPerSecondPerChannel = 3; ///< master connects, counted apart from viewers
    int sdpMessagesPerSecond = 5;
    int iceMessagesPerSecond = 20;
    /// Documented: "10 KB"; observed: offers larger than 10 KiB relayed. The real cap is unconfirmed.
    int maxPayloadChars = 32768;
    /// Counts every frame from the client, pings included: a pinging client is never idle.
    double idleTimeoutSeconds = 600;
    /// Documented: 1 hour; observed: a client pinging every 10 s closed after about 2 hours.
    double maxConnectionSeconds = 7200;
    double goAwayGraceSeconds = 60;
    int clockSkewSeconds = 300; ///< the ±window around X-Amz-Date
    /// A viewer whose link dropped without a close frame keeps its slot (counts toward
    /// maxViewersPerChannel) this long; a clean close frees it at once.
    double staleViewerSlotSeconds = 600;
};

/// What the old connection sees when a newer one with the same ClientId (or a newer master) takes over.
/// The service's real behaviour is unconfirmed: each style is here so clients are tested against all.
enum class TakeoverStyle
{
    Close,  ///< a close frame with takeoverCloseCode and takeoverCloseReason
    Silent, ///< no close: the old socket stays open but nothing is delivered to or from it any more
};

/// Behaviours of the service that are observed, or unconfirmed, and switchable.
struct EmulatorBehaviour
{
    bool emptyFrameBeforeAnswer = true; ///< a zero-length text frame before each relayed SDP answer
    TakeoverStyle takeoverStyle = TakeoverStyle::Close;
    int takeoverCloseCode = 1000;
    QString takeoverCloseReason; ///< empty by default: the service's wording is unknown
    int iceServerCount = 2;      ///< GetIceServerConfig usually returns two servers, sometimes one
};

/// A TURN server the emulator hands out in GetIceServerConfig (e.g. a local coturn with use-auth-secret):
/// credentials in the KVS shape — user "<expiry>:<base64("v1:"+channelARN)>", password
/// base64(HMAC-SHA1(secret, user)) — which coturn's REST-API scheme accepts.
struct TurnConfig
{
    QStringList uris; ///< "turn:127.0.0.1:3478?transport=udp", "turns:…?transport=tcp", …
    QString secret;   ///< coturn's static-auth-secret
    int ttlSeconds = 300;
    /// Tests only (not in the JSON config): when both are set they are handed out as is instead of the
    /// derived pair, and not registered for redaction here, so a client in the same process must redact
    /// what it receives by itself (the GUI leak test plants canaries this way).
    QString staticUsername;
    QString staticPassword;
    bool enabled() const { return !uris.isEmpty(); }
};

/// What the built-in master sends when a media factory is wired in (kvs-signaling-emulator --master).
struct MasterMediaConfig
{
    QString media =
        QStringLiteral("auto"); ///< auto (H.264 when offered, else VP8), h264, vp8, none (SDP only)
    int width = 640;
    int height = 480;
    int fps = 30;
    bool audio = true;
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
    EmulatorBehaviour behaviour;
    double clockOffsetSeconds = 0; ///< added to the machine clock (simulates a skewed service clock)
    TurnConfig turn;               ///< empty: GetIceServerConfig hands out placeholder TURN servers
    MasterMediaConfig master;

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
