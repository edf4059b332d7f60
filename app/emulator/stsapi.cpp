#include "emulator/stsapi.h"

#include "core/common/redaction.h"
#include "emulator/callrecorder.h"
#include "emulator/credentialissuer.h"
#include "emulator/emulatorlog.h"

#include <QRegularExpression>

namespace kvs::emulator {
namespace {

const QString kVersion = QStringLiteral("2011-06-15");
constexpr int kDefaultDurationSeconds = 3600;
constexpr int kMaxSessionSeconds = 3600; ///< the emulator's roles keep IAM's default MaxSessionDuration

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

std::optional<QByteArray> param(const sigv4::ByteParams &params, QByteArrayView name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

/// An STS answer: the XML document with its Content-Type and request id.
HttpResponse xmlResponse(const QString &document, const QByteArray &id, int status = 200)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", id}};
    response.body = document.toUtf8();
    return response;
}

/// The AssumedRoleUser and Credentials elements of temporary credentials, as the AssumeRole calls answer.
QString assumedRoleXml(const Identity &issued, const QString &assumedArn)
{
    return QStringLiteral("<AssumedRoleUser><AssumedRoleId>%1</AssumedRoleId><Arn>%2</Arn></AssumedRoleUser>"
                          "<Credentials><AccessKeyId>%3</AccessKeyId><SecretAccessKey>%4</SecretAccessKey>"
                          "<SessionToken>%5</SessionToken><Expiration>%6</Expiration></Credentials>")
        .arg(xml(issued.assumedRoleId), xml(assumedArn), issued.accessKeyId, xml(issued.secretAccessKey),
             xml(issued.sessionToken), CredentialIssuer::isoTime(issued.expiration));
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

StsApi::StsApi(const EmulatorConfig &config, CallRecorder &recorder, CredentialIssuer &issuer,
               std::function<QDateTime()> now)
    : m_config(config)
    , m_recorder(recorder)
    , m_issuer(issuer)
    , m_now(std::move(now))
{}

bool StsApi::servesSts(const HttpRequest &request)
{
    return request.path == "/" && request.method == "POST" &&
           request.header("content-type").startsWith("application/x-www-form-urlencoded");
}

bool StsApi::servesSso(const HttpRequest &request)
{
    return request.path == "/federation/credentials" && request.method == "GET";
}

Route StsApi::route(const HttpRequest &request, const QByteArray &requestId)
{
    Route route;
    if (servesSso(request)) {
        route.action = QStringLiteral("sso:GetRoleCredentials");
        route.respond = [this, request, requestId]() -> std::optional<HttpResponse> {
            return ssoGetRoleCredentials(request, requestId);
        };
    } else {
        const std::optional<sigv4::ByteParams> params = parseQuery(request.body);
        route.action = QStringLiteral("sts:") +
                       QString::fromUtf8(params ? param(*params, "Action").value_or("") : QByteArray());
        if (route.action == u"sts:AssumeRoleWithWebIdentity")
            route.faultAction = QStringLiteral("AssumeRoleWithWebIdentity");
        route.respond = [this, action = route.action, request, requestId]() -> std::optional<HttpResponse> {
            return sts(action, request, requestId);
        };
        route.failure = [this, action = route.action, requestId](const Fault &fault) {
            const int status = fault.status != 0 ? fault.status : 400;
            const QString type =
                fault.errorType.isEmpty() ? QStringLiteral("Untyped%1").arg(status) : fault.errorType;
            return stsError(action, status, type, fault.message, requestId);
        };
    }
    m_recorder.attempted(route.action);
    return route;
}

HttpResponse StsApi::stsError(const QString &action, int status, const QString &code, const QString &message,
                              const QByteArray &id)
{
    m_recorder.refused(action, code, code);
    logLine(QStringLiteral("%1 rejected: %2 %3 %4 (request %5)")
                .arg(action)
                .arg(status)
                .arg(code, redact(message), QString::fromLatin1(id)));
    return xmlResponse(QStringLiteral("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                      "<Error><Type>Sender</Type><Code>%1</Code><Message>%2</Message></Error>"
                                      "<RequestId>%3</RequestId></ErrorResponse>\n")
                           .arg(xml(code), xml(message), QString::fromLatin1(id)),
                       id, status);
}

HttpResponse StsApi::sts(const QString &action, const HttpRequest &request, const QByteArray &id)
{
    const std::optional<sigv4::ByteParams> params = parseQuery(request.body);
    if (action == u"sts:AssumeRoleWithWebIdentity" && params &&
        param(*params, "Version").value_or("") == kVersion.toLatin1())
        return assumeRoleWithWebIdentity(*params, id); // unsigned: the token is the proof
    const Result<VerifiedCaller> caller =
        verifyHeaderSignature(request, m_config, m_now(), QStringLiteral("sts"));
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
        logLine(QStringLiteral("GetCallerIdentity for %1").arg(maskAccessKeyId(who.accessKeyId)));
        return xmlResponse(
            QStringLiteral("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                           "<GetCallerIdentityResult><Arn>%1</Arn><UserId>%2</UserId><Account>%3</Account>"
                           "</GetCallerIdentityResult><ResponseMetadata><RequestId>%4</RequestId>"
                           "</ResponseMetadata></GetCallerIdentityResponse>\n")
                .arg(xml(who.callerArn()), xml(userId), xml(who.accountId), QString::fromLatin1(id)),
            id);
    }
    if (action == u"sts:AssumeRole")
        return assumeRole(*params, *caller, id);
    return stsError(action, 400, QStringLiteral("InvalidAction"),
                    QStringLiteral("Could not find operation %1 for version %2").arg(action.mid(4), kVersion),
                    id);
}

HttpResponse StsApi::assumeRole(const sigv4::ByteParams &params, const VerifiedCaller &caller,
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
    const QString roleId = CredentialIssuer::randomRoleId();
    const QString assumedArn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account, roleName, sessionName);
    const Identity &issued =
        m_issuer.issue(account, assumedArn, roleId + u':' + sessionName, m_now().addSecs(duration));
    logLine(QStringLiteral("AssumeRole %1 for %2: %3 until %4")
                .arg(roleArn, maskAccessKeyId(caller.identity.accessKeyId),
                     maskAccessKeyId(issued.accessKeyId), CredentialIssuer::isoTime(issued.expiration)));
    return xmlResponse(
        QStringLiteral(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>") +
            assumedRoleXml(issued, assumedArn) +
            QStringLiteral("</AssumeRoleResult><ResponseMetadata><RequestId>%1</RequestId></ResponseMetadata>"
                           "</AssumeRoleResponse>\n")
                .arg(QString::fromLatin1(id)),
        id);
}

HttpResponse StsApi::assumeRoleWithWebIdentity(const sigv4::ByteParams &params, const QByteArray &id)
{
    const QString action = QStringLiteral("sts:AssumeRoleWithWebIdentity");
    auto invalid = [&](const QString &message) {
        return stsError(action, 400, QStringLiteral("ValidationError"), message, id);
    };
    const QString roleArn = QString::fromUtf8(param(params, "RoleArn").value_or(""));
    const QString sessionName = QString::fromUtf8(param(params, "RoleSessionName").value_or(""));
    const QString token = QString::fromUtf8(param(params, "WebIdentityToken").value_or(""));
    if (roleArn.isEmpty())
        return invalid(
            QStringLiteral("1 validation error detected: Value null at 'roleArn' failed to satisfy "
                           "constraint: Member must not be null"));
    if (token.isEmpty())
        return invalid(QStringLiteral("1 validation error detected: Value null at 'webIdentityToken' failed "
                                      "to satisfy constraint: Member must not be null"));
    static const QRegularExpression sessionPattern(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    if (!sessionPattern.match(sessionName).hasMatch())
        return invalid(
            QStringLiteral("1 validation error detected: Value '%1' at 'roleSessionName' failed to "
                           "satisfy constraint: Member must satisfy regular expression pattern: "
                           "[\\w+=,.@-]*")
                .arg(sessionName.left(64)));
    const WebIdentityTokenConfig *trusted = nullptr;
    for (const WebIdentityTokenConfig &candidate : std::as_const(m_config.webIdentityTokens)) {
        if (candidate.token == token)
            trusted = &candidate;
    }
    if (!trusted)
        return stsError(
            action, 400, QStringLiteral("InvalidIdentityToken"),
            QStringLiteral("Couldn't retrieve verification key from your identity provider,  please "
                           "reference AssumeRoleWithWebIdentity documentation for requirements"),
            id);
    if (trusted->expiration.isValid() && trusted->expiration <= m_now())
        return stsError(action, 400, QStringLiteral("ExpiredTokenException"),
                        QStringLiteral("Token expired: current date/time %1 must be before the expiration "
                                       "date/time %2")
                            .arg(m_now().toSecsSinceEpoch())
                            .arg(trusted->expiration.toSecsSinceEpoch()),
                        id);
    if (trusted->roleArn != roleArn || !m_config.role(roleArn))
        return stsError(action, 403, QStringLiteral("AccessDenied"),
                        QStringLiteral("Not authorized to perform sts:AssumeRoleWithWebIdentity"), id);
    const QString account = roleArn.section(u':', 4, 4);
    const QString roleName = roleArn.section(u':', 5).section(u'/', -1);
    const QString assumedArn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account, roleName, sessionName);
    const Identity &issued = m_issuer.issue(
        account, assumedArn, QStringLiteral("AROAEMULATORWEBIDENTITY:") + sessionName, m_now().addSecs(3600));
    logLine(QStringLiteral("AssumeRoleWithWebIdentity %1 for %2: %3 until %4")
                .arg(roleArn, trusted->subject, maskAccessKeyId(issued.accessKeyId),
                     CredentialIssuer::isoTime(issued.expiration)));
    const QString document =
        QStringLiteral(
            "<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            "<AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>%1</SubjectFromWebIdentityToken>"
            "<Audience>sts.amazonaws.com</Audience>")
            .arg(xml(trusted->subject)) +
        assumedRoleXml(issued, assumedArn) +
        QStringLiteral("<Provider>emulator-oidc</Provider></AssumeRoleWithWebIdentityResult>"
                       "<ResponseMetadata><RequestId>%1</RequestId></ResponseMetadata>"
                       "</AssumeRoleWithWebIdentityResponse>\n")
            .arg(QString::fromLatin1(id));
    return xmlResponse(document, id);
}

HttpResponse StsApi::ssoGetRoleCredentials(const HttpRequest &request, const QByteArray &id)
{
    const QString action = QStringLiteral("sso:GetRoleCredentials");
    auto fail = [&](int status, const QString &type, const QString &message) {
        return m_recorder.reject(action, type, message, id, status);
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
    if (!token || (token->expiration.isValid() && token->expiration <= m_now()))
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
        m_issuer.issue(accountId, arn, CredentialIssuer::randomRoleId() + u":emulator-sso",
                       m_now().addSecs(kDefaultDurationSeconds));
    logLine(QStringLiteral("GetRoleCredentials %1 in %2: %3 until %4")
                .arg(roleName, accountId, maskAccessKeyId(issued.accessKeyId),
                     CredentialIssuer::isoTime(issued.expiration)));
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
