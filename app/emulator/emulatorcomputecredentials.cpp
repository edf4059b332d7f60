// Credentials as AWS compute hands them out, served on the emulator's port so the credential chain's tests
// are real: STS AssumeRoleWithWebIdentity (unsigned, the token is the proof), the ECS/EKS container
// credentials endpoint (/v2/credentials/…, /v1/credentials) and the EC2 instance metadata service (IMDSv2:
// PUT /latest/api/token, GET /latest/meta-data/iam/security-credentials/[ROLE]). Each answers errors in
// its real shape, and each can be faulted through the admin API.
#include "core/common/redaction.h"
#include "emulator/emulatorlog.h"
#include "emulator/emulatorserver.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kvs::emulator {
namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

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

} // namespace

QString EmulatorServer::computeAction(const HttpRequest &request)
{
    if (request.path == "/latest/api/token")
        return QStringLiteral("InstanceMetadataToken");
    if (request.path.startsWith("/latest/"))
        return QStringLiteral("InstanceMetadataCredentials");
    if (request.path.startsWith("/v2/credentials/") || request.path == "/v1/credentials")
        return QStringLiteral("ContainerCredentials");
    return QString();
}

HttpResponse EmulatorServer::imdsError(int status)
{
    // IMDS answers errors as a small HTML page, not as an AWS error document.
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/html"}, {"Server", "EC2ws"}};
    const QString title = QString::number(status) + u" - " + QString::fromLatin1(reasonPhrase(status));
    response.body =
        (QStringLiteral("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
                        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
                        "\t\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
                        " <head>\n  <title>%1</title>\n </head>\n <body>\n  <h1>%1</h1>\n </body>\n"
                        "</html>\n")
             .arg(title))
            .toUtf8();
    return response;
}

HttpResponse EmulatorServer::containerError(int status, const QString &code, const QString &message)
{
    // The ECS agent's error document.
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("HTTPErrorCode"), status}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse EmulatorServer::computeFaultResponse(const QString &action, const Fault &fault,
                                                  const QByteArray &id)
{
    const int status = fault.status != 0 ? fault.status : 400;
    const QString type =
        fault.errorType.isEmpty() ? QStringLiteral("Untyped%1").arg(status) : fault.errorType;
    m_hub->recordRejection(action, type);
    emit requestRejected(action, fault.errorType);
    logLine(QStringLiteral("%1 faulted: %2 %3").arg(action).arg(status).arg(type));
    if (action.startsWith(u"InstanceMetadata"))
        return imdsError(status);
    if (action == u"ContainerCredentials")
        return containerError(status, type, fault.message);
    return stsError(QStringLiteral("sts:") + action, status, type, fault.message, id);
}

HttpResponse EmulatorServer::computeCredentials(const HttpRequest &request, const QByteArray &id)
{
    const QString action = computeAction(request);
    m_hub->recordAttempt(action);
    if (action == u"ContainerCredentials")
        return containerCredentials(request, id);
    return instanceMetadata(request);
}

HttpResponse EmulatorServer::instanceMetadata(const HttpRequest &request)
{
    const InstanceMetadataConfig &imds = m_config.instanceMetadata;
    auto refuse = [this, &request](int status, const QString &why) {
        m_hub->recordRejection(computeAction(request), QString::number(status));
        logLine(QStringLiteral("IMDS %1 %2: %3 (%4)")
                    .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path))
                    .arg(status)
                    .arg(why));
        return imdsError(status);
    };
    if (request.path == "/latest/api/token") {
        if (request.method != "PUT")
            return refuse(405, QStringLiteral("the token is only handed out to PUT"));
        // IMDS refuses token requests that went through a proxy or a forwarding hop.
        if (request.hasHeader("x-forwarded-for"))
            return refuse(403, QStringLiteral("X-Forwarded-For present"));
        bool ok = false;
        const int ttl = request.header("x-aws-ec2-metadata-token-ttl-seconds").toInt(&ok);
        if (!ok || ttl < 1 || ttl > 21600)
            return refuse(400,
                          QStringLiteral("X-aws-ec2-metadata-token-ttl-seconds missing or not 1..21600"));
        QByteArray raw(40, Qt::Uninitialized);
        for (char &c : raw)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        const QString token = QString::fromLatin1(raw.toBase64());
        registerSecret(token);
        const QDateTime expires = now().addSecs(ttl);
        m_imdsTokens.removeIf(
            [this](const std::pair<QString, QDateTime> &old) { return old.second <= now(); });
        m_imdsTokens.append({token, expires});
        HttpResponse response;
        response.headers = {{"Content-Type", "text/plain"},
                            {"X-aws-ec2-metadata-token-ttl-seconds", QByteArray::number(ttl)}};
        response.body = token.toLatin1();
        logLine(QStringLiteral("IMDS token issued for %1 s").arg(ttl));
        return response;
    }
    if (request.method != "GET")
        return refuse(405, QStringLiteral("only GET"));
    const QString token = QString::fromLatin1(request.header("x-aws-ec2-metadata-token"));
    if (token.isEmpty()) {
        if (!imds.v1Allowed)
            return refuse(401, QStringLiteral("no token and IMDSv1 is off"));
    } else {
        bool valid = false;
        for (const auto &[known, expires] : std::as_const(m_imdsTokens))
            valid = valid || (known == token && expires > now());
        if (!valid)
            return refuse(401, QStringLiteral("unknown or expired token"));
    }
    const QByteArray prefix = "/latest/meta-data/iam/security-credentials/";
    if (!request.path.startsWith(prefix))
        return refuse(404, QStringLiteral("not served"));
    const QString role = QString::fromUtf8(request.path.mid(prefix.size()));
    HttpResponse response;
    response.headers = {{"Content-Type", "text/plain"}};
    if (role.isEmpty()) {
        if (imds.roleName.isEmpty())
            return refuse(404, QStringLiteral("no role attached"));
        response.body = imds.roleName.toUtf8();
        return response;
    }
    if (role != imds.roleName)
        return refuse(404, QStringLiteral("no role %1").arg(role));
    const QString arn = QStringLiteral("arn:aws:sts::%1:assumed-role/%2/i-0emulator0000001")
                            .arg(imds.accountId, imds.roleName);
    const Identity &issued =
        issueTemporary(imds.accountId, arn, QStringLiteral("AROAEMULATORINSTANCE:i-0emulator0000001"),
                       now().addSecs(imds.credentialSeconds));
    logLine(QStringLiteral("IMDS credentials for role %1: %2 until %3")
                .arg(imds.roleName, maskAccessKeyId(issued.accessKeyId), isoTime(issued.expiration)));
    response.headers = {{"Content-Type", "text/plain"}};
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("Code"), QStringLiteral("Success")},
                                              {QStringLiteral("LastUpdated"), isoTime(now())},
                                              {QStringLiteral("Type"), QStringLiteral("AWS-HMAC")},
                                              {QStringLiteral("AccessKeyId"), issued.accessKeyId},
                                              {QStringLiteral("SecretAccessKey"), issued.secretAccessKey},
                                              {QStringLiteral("Token"), issued.sessionToken},
                                              {QStringLiteral("Expiration"), isoTime(issued.expiration)}})
                        .toJson();
    return response;
}

HttpResponse EmulatorServer::containerCredentials(const HttpRequest &request, const QByteArray &id)
{
    const ContainerCredentialsConfig &container = m_config.containerCredentials;
    const QString action = QStringLiteral("ContainerCredentials");
    auto refuse = [&](int status, const QString &code, const QString &message) {
        m_hub->recordRejection(action, code);
        logLine(QStringLiteral("container credentials refused: %1 %2 (request %3)")
                    .arg(status)
                    .arg(code, QString::fromLatin1(id)));
        return containerError(status, code, message);
    };
    if (request.method != "GET")
        return refuse(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Only GET is supported"));
    if (!container.authorizationToken.isEmpty() &&
        request.header("authorization") != container.authorizationToken.toUtf8())
        return refuse(401, QStringLiteral("AccessDeniedException"),
                      request.hasHeader("authorization") ? QStringLiteral("Authorization token is not valid")
                                                         : QStringLiteral("Authorization header is missing"));
    if (request.path == "/v2/credentials/" || request.path == "/v2/credentials")
        return refuse(400, QStringLiteral("InvalidIdQueryParameter"),
                      QStringLiteral("CredentialsV2Request: Credentials not found"));
    const QString account = container.roleArn.section(u':', 4, 4);
    const QString roleName = container.roleArn.section(u':', 5).section(u'/', -1);
    const QString arn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/emulator-task").arg(account, roleName);
    const Identity &issued = issueTemporary(account, arn, QStringLiteral("AROAEMULATORTASK:emulator-task"),
                                            now().addSecs(container.credentialSeconds));
    logLine(QStringLiteral("container credentials for %1: %2 until %3")
                .arg(container.roleArn, maskAccessKeyId(issued.accessKeyId), isoTime(issued.expiration)));
    HttpResponse response;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("RoleArn"), container.roleArn},
                                              {QStringLiteral("AccessKeyId"), issued.accessKeyId},
                                              {QStringLiteral("SecretAccessKey"), issued.secretAccessKey},
                                              {QStringLiteral("Token"), issued.sessionToken},
                                              {QStringLiteral("Expiration"), isoTime(issued.expiration)},
                                              {QStringLiteral("AccountId"), account}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse EmulatorServer::assumeRoleWithWebIdentity(const sigv4::ByteParams &params, const QByteArray &id)
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
    if (trusted->expiration.isValid() && trusted->expiration <= now())
        return stsError(action, 400, QStringLiteral("ExpiredTokenException"),
                        QStringLiteral("Token expired: current date/time %1 must be before the expiration "
                                       "date/time %2")
                            .arg(now().toSecsSinceEpoch())
                            .arg(trusted->expiration.toSecsSinceEpoch()),
                        id);
    if (trusted->roleArn != roleArn || !m_config.role(roleArn))
        return stsError(action, 403, QStringLiteral("AccessDenied"),
                        QStringLiteral("Not authorized to perform sts:AssumeRoleWithWebIdentity"), id);
    const QString account = roleArn.section(u':', 4, 4);
    const QString roleName = roleArn.section(u':', 5).section(u'/', -1);
    const QString assumedArn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account, roleName, sessionName);
    const Identity &issued = issueTemporary(
        account, assumedArn, QStringLiteral("AROAEMULATORWEBIDENTITY:") + sessionName, now().addSecs(3600));
    logLine(
        QStringLiteral("AssumeRoleWithWebIdentity %1 for %2: %3 until %4")
            .arg(roleArn, trusted->subject, maskAccessKeyId(issued.accessKeyId), isoTime(issued.expiration)));
    HttpResponse response;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", id}};
    response.body =
        QStringLiteral(
            "<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            "<AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>%1</SubjectFromWebIdentityToken>"
            "<Audience>sts.amazonaws.com</Audience>"
            "<AssumedRoleUser><AssumedRoleId>%2</AssumedRoleId><Arn>%3</Arn></AssumedRoleUser>"
            "<Credentials><AccessKeyId>%4</AccessKeyId><SecretAccessKey>%5</SecretAccessKey>"
            "<SessionToken>%6</SessionToken><Expiration>%7</Expiration></Credentials>"
            "<Provider>emulator-oidc</Provider></AssumeRoleWithWebIdentityResult>"
            "<ResponseMetadata><RequestId>%8</RequestId></ResponseMetadata>"
            "</AssumeRoleWithWebIdentityResponse>\n")
            .arg(xml(trusted->subject), xml(issued.assumedRoleId), xml(assumedArn), issued.accessKeyId,
                 xml(issued.secretAccessKey), xml(issued.sessionToken), isoTime(issued.expiration),
                 QString::fromLatin1(id))
            .toUtf8();
    return response;
}

} // namespace kvs::emulator
