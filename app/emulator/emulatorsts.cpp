// The STS Query API (GetCallerIdentity, AssumeRole) and the SSO portal's GetRoleCredentials, served at the
// control endpoint. Temporary credentials they hand out become identities every other call accepts.
#include "core/common/redaction.h"
#include "emulator/emulatorlog.h"
#include "emulator/emulatorserver.h"
#include "emulator/requestverifier.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace kvs::emulator {
namespace {

const QString kVersion = QStringLiteral("2011-06-15");
constexpr int kDefaultDurationSeconds = 3600;
constexpr int kMaxSessionSeconds = 3600; ///< the emulator's roles keep IAM's default MaxSessionDuration

QString randomText(int length, QStringView alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet[QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))];
    return text;
}

const QString kUpperAlnum = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const QString kBase64 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QByteArray> param(const sigv4::ByteParams &params, QByteArrayView name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

/// The STS error code for a verifier error (kinesisvideo names) and its HTTP status.
std::pair<QString, int> stsCode(const QString &type)
{
    if (type == u"InvalidSignatureException")
        return {QStringLiteral("SignatureDoesNotMatch"), 403};
    if (type == u"UnrecognizedClientException")
        return {QStringLiteral("InvalidClientTokenId"), 403};
    if (type == u"ExpiredTokenException")
        return {QStringLiteral("ExpiredToken"), 400};
    if (type == u"MissingAuthenticationTokenException")
        return {QStringLiteral("MissingAuthenticationToken"), 403};
    if (type == u"IncompleteSignatureException")
        return {QStringLiteral("IncompleteSignature"), 400};
    QString code = type;
    if (code.endsWith(u"Exception"))
        code.chop(9);
    return {code, 400};
}

} // namespace

HttpResponse EmulatorServer::stsError(const QString &action, int status, const QString &code,
                                      const QString &message, const QByteArray &id)
{
    m_hub->recordRejection(action, code);
    emit requestRejected(action, code);
    logLine(QStringLiteral("%1 rejected: %2 %3 %4 (request %5)")
                .arg(action)
                .arg(status)
                .arg(code, redact(message), QString::fromLatin1(id)));
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", id}};
    response.body = QStringLiteral("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                   "<Error><Type>Sender</Type><Code>%1</Code><Message>%2</Message></Error>"
                                   "<RequestId>%3</RequestId></ErrorResponse>\n")
                        .arg(xml(code), xml(message), QString::fromLatin1(id))
                        .toUtf8();
    return response;
}

HttpResponse EmulatorServer::sts(const HttpRequest &request, const QByteArray &id)
{
    const std::optional<sigv4::ByteParams> params = parseQuery(request.body);
    const QString action = QStringLiteral("sts:") +
                           QString::fromUtf8(params ? param(*params, "Action").value_or("") : QByteArray());
    m_hub->recordAttempt(action);
    if (action == u"sts:AssumeRoleWithWebIdentity" && params &&
        param(*params, "Version").value_or("") == kVersion.toLatin1())
        return assumeRoleWithWebIdentity(*params, id); // unsigned: the token is the proof
    const Result<VerifiedCaller> caller =
        verifyHeaderSignature(request, m_config, now(), QStringLiteral("sts"));
    if (!caller) {
        const auto [code, status] = stsCode(caller.error().code);
        return stsError(action, status, code, caller.error().message, id);
    }
    if (!params)
        return stsError(action, 400, QStringLiteral("MalformedQueryString"),
                        QStringLiteral("A parameter appears more than once."), id);
    if (param(*params, "Version").value_or("") != kVersion.toLatin1())
        return stsError(action, 400, QStringLiteral("InvalidAction"),
                        QStringLiteral("Could not find operation %1 for version %2")
                            .arg(action.mid(4), QString::fromUtf8(param(*params, "Version").value_or(""))),
                        id);
    if (action == u"sts:GetCallerIdentity") {
        const Identity &who = caller->identity;
        const QString userId =
            who.assumedRoleId.isEmpty() ? u"AIDA" + who.accessKeyId.mid(4) : who.assumedRoleId;
        HttpResponse response;
        response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", id}};
        response.body =
            QStringLiteral("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                           "<GetCallerIdentityResult><Arn>%1</Arn><UserId>%2</UserId><Account>%3</Account>"
                           "</GetCallerIdentityResult><ResponseMetadata><RequestId>%4</RequestId>"
                           "</ResponseMetadata></GetCallerIdentityResponse>\n")
                .arg(xml(who.callerArn()), xml(userId), xml(who.accountId), QString::fromLatin1(id))
                .toUtf8();
        logLine(QStringLiteral("GetCallerIdentity for %1").arg(maskAccessKeyId(who.accessKeyId)));
        return response;
    }
    if (action == u"sts:AssumeRole")
        return assumeRole(*params, *caller, id);
    return stsError(action, 400, QStringLiteral("InvalidAction"),
                    QStringLiteral("Could not find operation %1 for version %2").arg(action.mid(4), kVersion),
                    id);
}

HttpResponse EmulatorServer::assumeRole(const sigv4::ByteParams &params, const VerifiedCaller &caller,
                                        const QByteArray &id)
{
    const QString action = QStringLiteral("sts:AssumeRole");
    auto invalid = [&](const QString &message) {
        return stsError(action, 400, QStringLiteral("ValidationError"), message, id);
    };
    const QString roleArn = QString::fromUtf8(param(params, "RoleArn").value_or(""));
    const QString sessionName = QString::fromUtf8(param(params, "RoleSessionName").value_or(""));
    if (roleArn.isEmpty())
        return invalid(
            QStringLiteral("1 validation error detected: Value null at 'roleArn' failed to satisfy "
                           "constraint: Member must not be null"));
    if (roleArn.size() < 20 || roleArn.size() > 2048)
        return invalid(
            QStringLiteral("1 validation error detected: Value '%1' at 'roleArn' failed to "
                           "satisfy constraint: Member must have length greater than or equal to 20")
                .arg(roleArn.left(2048)));
    static const QRegularExpression sessionPattern(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    if (sessionName.isEmpty())
        return invalid(
            QStringLiteral("1 validation error detected: Value null at 'roleSessionName' failed to "
                           "satisfy constraint: Member must not be null"));
    if (!sessionPattern.match(sessionName).hasMatch())
        return invalid(
            QStringLiteral("1 validation error detected: Value '%1' at 'roleSessionName' failed to "
                           "satisfy constraint: Member must satisfy regular expression pattern: "
                           "[\\w+=,.@-]*")
                .arg(sessionName.left(64)));
    int duration = kDefaultDurationSeconds;
    if (const std::optional<QByteArray> text = param(params, "DurationSeconds")) {
        bool ok = false;
        duration = text->toInt(&ok);
        if (!ok || duration < 900)
            return invalid(
                QStringLiteral("1 validation error detected: Value '%1' at 'durationSeconds' failed "
                               "to satisfy constraint: Member must have value greater than or equal "
                               "to 900")
                    .arg(QString::fromUtf8(text->left(20))));
        if (duration > kMaxSessionSeconds)
            return invalid(QStringLiteral(
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
    }
    if (const std::optional<QByteArray> externalId = param(params, "ExternalId");
        externalId && (externalId->size() < 2 || externalId->size() > 1224))
        return invalid(QStringLiteral("1 validation error detected: Value at 'externalId' failed to satisfy "
                                      "constraint: Member must have length between 2 and 1224"));
    const RoleConfig *role = m_config.role(roleArn);
    if (!role || !role->trust.contains(caller.identity.accessKeyId))
        return stsError(
            action, 403, QStringLiteral("AccessDenied"),
            QStringLiteral("User: %1 is not authorized to perform: sts:AssumeRole on resource: %2")
                .arg(caller.identity.callerArn(), roleArn),
            id);
    const QString account = roleArn.section(u':', 4, 4);
    const QString roleName = roleArn.section(u':', 5).section(u'/', -1);
    const QString roleId = u"AROA" + randomText(17, kUpperAlnum);
    const QString assumedArn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account, roleName, sessionName);
    const Identity &issued =
        issueTemporary(account, assumedArn, roleId + u':' + sessionName, now().addSecs(duration));
    logLine(QStringLiteral("AssumeRole %1 for %2: %3 until %4")
                .arg(roleArn, maskAccessKeyId(caller.identity.accessKeyId),
                     maskAccessKeyId(issued.accessKeyId), isoTime(issued.expiration)));
    HttpResponse response;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", id}};
    response.body =
        QStringLiteral(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
            "<AssumedRoleUser><AssumedRoleId>%1</AssumedRoleId><Arn>%2</Arn></AssumedRoleUser>"
            "<Credentials><AccessKeyId>%3</AccessKeyId><SecretAccessKey>%4</SecretAccessKey>"
            "<SessionToken>%5</SessionToken><Expiration>%6</Expiration></Credentials>"
            "</AssumeRoleResult><ResponseMetadata><RequestId>%7</RequestId></ResponseMetadata>"
            "</AssumeRoleResponse>\n")
            .arg(xml(issued.assumedRoleId), xml(assumedArn), issued.accessKeyId, xml(issued.secretAccessKey),
                 xml(issued.sessionToken), isoTime(issued.expiration), QString::fromLatin1(id))
            .toUtf8();
    return response;
}

const Identity &EmulatorServer::issueTemporary(const QString &accountId, const QString &arn,
                                               const QString &userId, const QDateTime &expiration)
{
    Identity identity;
    identity.accessKeyId = u"ASIA" + randomText(16, kUpperAlnum);
    identity.secretAccessKey = randomText(40, kBase64);
    identity.sessionToken = u"IQoJb3JpZ2luX2VjE" + randomText(300, kBase64);
    identity.accountId = accountId;
    identity.arn = arn;
    identity.assumedRoleId = userId;
    identity.expiration = expiration;
    registerSecret(identity.secretAccessKey);
    registerSecret(identity.sessionToken);
    // Forget credentials that expired more than an hour ago, so a long run does not grow without bound.
    const QDateTime cutoff = now().addSecs(-3600);
    m_config.identities.removeIf(
        [&cutoff](const Identity &old) { return old.expiration.isValid() && old.expiration < cutoff; });
    m_config.identities.append(std::move(identity));
    return m_config.identities.last();
}

HttpResponse EmulatorServer::ssoGetRoleCredentials(const HttpRequest &request, const QByteArray &id)
{
    const QString action = QStringLiteral("sso:GetRoleCredentials");
    m_hub->recordAttempt(action);
    auto fail = [&](int status, const QString &type, const QString &message) {
        m_hub->recordRejection(action, type);
        emit requestRejected(action, type);
        logLine(QStringLiteral("%1 rejected: %2 %3 %4 (request %5)")
                    .arg(action)
                    .arg(status)
                    .arg(type, message, QString::fromLatin1(id)));
        return awsErrorResponse(status, type, message, id);
    };
    const std::optional<sigv4::ByteParams> params = parseQuery(request.query);
    const QString roleName = QString::fromUtf8(params ? param(*params, "role_name").value_or("") : "");
    const QString accountId = QString::fromUtf8(params ? param(*params, "account_id").value_or("") : "");
    const QString bearer = QString::fromUtf8(request.header("x-amz-sso_bearer_token"));
    if (bearer.isEmpty())
        return fail(401, QStringLiteral("UnauthorizedException"),
                    QStringLiteral("Session token not found or invalid"));
    const SsoTokenConfig *token = nullptr;
    for (const SsoTokenConfig &candidate : std::as_const(m_config.ssoTokens)) {
        if (candidate.token == bearer)
            token = &candidate;
    }
    if (!token || (token->expiration.isValid() && token->expiration <= now()))
        return fail(401, QStringLiteral("UnauthorizedException"),
                    QStringLiteral("Session token not found or invalid"));
    if (roleName.isEmpty() || accountId.isEmpty())
        return fail(400, QStringLiteral("InvalidRequestException"),
                    QStringLiteral("role_name and account_id are required"));
    if (token->accountId != accountId || token->roleName != roleName)
        return fail(403, QStringLiteral("ForbiddenException"), QStringLiteral("No access"));
    const QString arn = QStringLiteral("arn:aws:sts::%1:assumed-role/AWSReservedSSO_%2/emulator-sso")
                            .arg(accountId, roleName);
    const Identity &issued =
        issueTemporary(accountId, arn, u"AROA" + randomText(17, kUpperAlnum) + u":emulator-sso",
                       now().addSecs(kDefaultDurationSeconds));
    logLine(QStringLiteral("GetRoleCredentials %1 in %2: %3 until %4")
                .arg(roleName, accountId, maskAccessKeyId(issued.accessKeyId), isoTime(issued.expiration)));
    return jsonResponse(
        QJsonObject{{QStringLiteral("roleCredentials"),
                     QJsonObject{{QStringLiteral("accessKeyId"), issued.accessKeyId},
                                 {QStringLiteral("secretAccessKey"), issued.secretAccessKey},
                                 {QStringLiteral("sessionToken"), issued.sessionToken},
                                 {QStringLiteral("expiration"),
                                  static_cast<double>(issued.expiration.toMSecsSinceEpoch())}}}},
        id);
}

} // namespace kvs::emulator
