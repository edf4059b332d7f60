#include "emulator/computecredentialsapi.h"

#include "core/common/redaction.h"
#include "emulator/callrecorder.h"
#include "emulator/credentialissuer.h"
#include "emulator/emulatorlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace kvs::emulator {

ComputeCredentialsApi::ComputeCredentialsApi(const EmulatorConfig &config, CallRecorder &recorder,
                                             CredentialIssuer &issuer, std::function<QDateTime()> now)
    : m_config(config)
    , m_recorder(recorder)
    , m_issuer(issuer)
    , m_now(std::move(now))
{}

bool ComputeCredentialsApi::serves(const HttpRequest &request)
{
    return !actionFor(request).isEmpty();
}

Route ComputeCredentialsApi::route(const HttpRequest &request, const QByteArray &requestId)
{
    Route route;
    route.action = actionFor(request);
    route.faultAction = route.action;
    m_recorder.attempted(route.action);
    route.respond = [this, request, requestId]() -> std::optional<HttpResponse> {
        if (actionFor(request) == u"ContainerCredentials")
            return containerCredentials(request, requestId);
        return instanceMetadata(request);
    };
    route.failure = [this, action = route.action](const Fault &fault) {
        return faultResponse(action, fault);
    };
    return route;
}

HttpResponse ComputeCredentialsApi::faultResponse(const QString &action, const Fault &fault)
{
    const int status = fault.status != 0 ? fault.status : 400;
    const QString type =
        fault.errorType.isEmpty() ? QStringLiteral("Untyped%1").arg(status) : fault.errorType;
    m_recorder.refused(action, type, fault.errorType);
    logLine(QStringLiteral("%1 faulted: %2 %3").arg(action).arg(status).arg(type));
    if (action == u"ContainerCredentials")
        return containerError(status, type, fault.message);
    return imdsError(status);
}

QString ComputeCredentialsApi::actionFor(const HttpRequest &request)
{
    if (request.path == "/latest/api/token")
        return QStringLiteral("InstanceMetadataToken");
    if (request.path.startsWith("/latest/"))
        return QStringLiteral("InstanceMetadataCredentials");
    if (request.path.startsWith("/v2/credentials/") || request.path == "/v1/credentials")
        return QStringLiteral("ContainerCredentials");
    return QString();
}

HttpResponse ComputeCredentialsApi::imdsError(int status)
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

HttpResponse ComputeCredentialsApi::containerError(int status, const QString &code, const QString &message)
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

HttpResponse ComputeCredentialsApi::instanceMetadata(const HttpRequest &request)
{
    const InstanceMetadataConfig &imds = m_config.instanceMetadata;
    auto refuse = [this, &request](int status, const QString &why) {
        m_recorder.refusedQuietly(actionFor(request), QString::number(status));
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
        const QDateTime expires = m_now().addSecs(ttl);
        m_imdsTokens.removeIf(
            [this](const std::pair<QString, QDateTime> &old) { return old.second <= m_now(); });
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
            valid = valid || (known == token && expires > m_now());
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
        m_issuer.issue(imds.accountId, arn, QStringLiteral("AROAEMULATORINSTANCE:i-0emulator0000001"),
                       m_now().addSecs(imds.credentialSeconds));
    logLine(QStringLiteral("IMDS credentials for role %1: %2 until %3")
                .arg(imds.roleName, maskAccessKeyId(issued.accessKeyId),
                     CredentialIssuer::isoTime(issued.expiration)));
    response.headers = {{"Content-Type", "text/plain"}};
    response.body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("Code"), QStringLiteral("Success")},
                        {QStringLiteral("LastUpdated"), CredentialIssuer::isoTime(m_now())},
                        {QStringLiteral("Type"), QStringLiteral("AWS-HMAC")},
                        {QStringLiteral("AccessKeyId"), issued.accessKeyId},
                        {QStringLiteral("SecretAccessKey"), issued.secretAccessKey},
                        {QStringLiteral("Token"), issued.sessionToken},
                        {QStringLiteral("Expiration"), CredentialIssuer::isoTime(issued.expiration)}})
            .toJson();
    return response;
}

HttpResponse ComputeCredentialsApi::containerCredentials(const HttpRequest &request, const QByteArray &id)
{
    const ContainerCredentialsConfig &container = m_config.containerCredentials;
    const QString action = QStringLiteral("ContainerCredentials");
    auto refuse = [&](int status, const QString &code, const QString &message) {
        m_recorder.refusedQuietly(action, code);
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
    const Identity &issued = m_issuer.issue(account, arn, QStringLiteral("AROAEMULATORTASK:emulator-task"),
                                            m_now().addSecs(container.credentialSeconds));
    logLine(QStringLiteral("container credentials for %1: %2 until %3")
                .arg(container.roleArn, maskAccessKeyId(issued.accessKeyId),
                     CredentialIssuer::isoTime(issued.expiration)));
    HttpResponse response;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("RoleArn"), container.roleArn},
                                              {QStringLiteral("AccessKeyId"), issued.accessKeyId},
                                              {QStringLiteral("SecretAccessKey"), issued.secretAccessKey},
                                              {QStringLiteral("Token"), issued.sessionToken},
                                              {QStringLiteral("Expiration"),
                                               CredentialIssuer::isoTime(issued.expiration)},
                                              {QStringLiteral("AccountId"), account}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

} // namespace kvs::emulator
