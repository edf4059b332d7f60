#include "awsstub.h"

#include "core/aws/awstime.h"
#include "core/aws/crypto.h"
#include "core/aws/sigv4.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace kvs::test {
namespace {

QByteArray paramValue(const QByteArray &encoded, const QByteArray &name)
{
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && sigv4::uriDecode(pair.left(equals)) == name)
            return sigv4::uriDecode(QByteArray(pair.mid(equals + 1)).replace('+', ' '));
    }
    return {};
}

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &contentType,
                      const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nx-amzn-RequestId: 0000-stub\r\nDate: " +
           formatHttpDate(QDateTime::currentDateTimeUtc()).toLatin1() + "\r\n" + extraHeaders +
           "Connection: close\r\n\r\n" + body;
}

QByteArray stsError(int status, const QByteArray &code, const QByteArray &message)
{
    const QByteArray xml = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                           "<Type>Sender</Type><Code>" +
                           code + "</Code><Message>" + message +
                           "</Message></Error><RequestId>0000-stub</RequestId></ErrorResponse>";
    return httpAnswer(status, status == 403 ? "Forbidden" : "Bad Request", "text/xml", xml);
}

QByteArray authPart(const QByteArray &authorization, const QByteArray &name)
{
    const qsizetype start = authorization.indexOf(QByteArray(name + '='));
    if (start < 0)
        return {};
    const qsizetype valueStart = start + name.size() + 1;
    qsizetype end = authorization.indexOf(',', valueStart);
    if (end < 0)
        end = authorization.size();
    return authorization.mid(valueStart, end - valueStart).trimmed();
}

} // namespace

QByteArray StubRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray StubRequest::formValue(const QByteArray &name) const
{
    return paramValue(body, name);
}

QByteArray StubRequest::queryValue(const QByteArray &name) const
{
    return paramValue(query, name);
}

AwsStub::AwsStub(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AwsStub::handleConnection);
}

bool AwsStub::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString AwsStub::url() const
{
    return u"http://127.0.0.1:" % QString::number(m_server.serverPort());
}

void AwsStub::addIdentity(const Identity &identity)
{
    m_identities.append(identity);
}

void AwsStub::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            StubRequest request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            socket->write(respond(request));
            socket->disconnectFromHost();
        });
    }
}

QByteArray AwsStub::respond(const StubRequest &request)
{
    if (request.method == "POST" && request.path == "/")
        return sts(request);
    if (request.method == "GET" && request.path == "/federation/credentials")
        return sso(request);
    return httpAnswer(404, "Not Found", "application/json", R"({"message":"no such stub route"})");
}

const AwsStub::Identity *AwsStub::verify(const StubRequest &request, QByteArray *errorAnswer) const
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray credential = authPart(authorization, "Credential");
    const QList<QByteArray> scope = credential.split('/');
    if (!authorization.startsWith("AWS4-HMAC-SHA256 ") || scope.size() != 5) {
        *errorAnswer = stsError(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        return nullptr;
    }
    const Identity *identity = nullptr;
    for (const Identity &candidate : m_identities) {
        if (candidate.credentials.accessKeyId.toUtf8() == scope[0])
            identity = &candidate;
    }
    if (!identity || identity->credentials.sessionToken.toUtf8() != request.header("x-amz-security-token")) {
        *errorAnswer =
            stsError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
        return nullptr;
    }
    const auto time = parseAmzDate(QString::fromLatin1(request.header("x-amz-date")));
    sigv4::ByteParams signedHeaders;
    for (const QByteArray &name : authPart(authorization, "SignedHeaders").split(';'))
        signedHeaders.append({name, request.header(name)});
    if (!time || scope[3] != "sts" || formatDateStamp(*time).toLatin1() != scope[1]) {
        *errorAnswer = stsError(403, "SignatureDoesNotMatch", "Credential scope or date is wrong.");
        return nullptr;
    }
    sigv4::ByteParams query;
    if (!request.query.isEmpty()) {
        for (const QByteArray &pair : request.query.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            query.append({sigv4::uriDecode(pair.left(equals)), sigv4::uriDecode(pair.mid(equals + 1))});
        }
    }
    const QByteArray canonical =
        sigv4::canonicalRequest(request.method, request.path, sigv4::canonicalQueryString(query),
                                signedHeaders, crypto::sha256Hex(request.body));
    const QString region = QString::fromLatin1(scope[2]);
    const QByteArray expected = sigv4::signatureHex(
        sigv4::signingKey(identity->credentials.secretAccessKey, *time, region, QStringLiteral("sts")),
        sigv4::stringToSign(*time, sigv4::credentialScope(*time, region, QStringLiteral("sts")), canonical));
    if (!crypto::constantTimeEquals(expected, authPart(authorization, "Signature"))) {
        *errorAnswer =
            stsError(403, "SignatureDoesNotMatch",
                     "The request signature we calculated does not match the signature you provided.");
        return nullptr;
    }
    return identity;
}

AwsStub::Identity AwsStub::issue(const QString &arn)
{
    ++m_counter;
    Identity identity;
    identity.arn = arn;
    identity.credentials.accessKeyId =
        QStringLiteral("ASIASTUBISSUED%1").arg(m_counter, 6, 10, QLatin1Char('0'));
    identity.credentials.secretAccessKey = m_prefix % u"Secret" % QString::number(m_counter);
    identity.credentials.sessionToken = m_prefix % u"Token" % QString::number(m_counter);
    m_identities.append(identity);
    m_issued.append(identity.credentials);
    return identity;
}

QByteArray AwsStub::sts(const StubRequest &request)
{
    QByteArray error;
    const Identity *caller = verify(request, &error);
    if (!caller)
        return error;
    if (request.formValue("Version") != "2011-06-15")
        return stsError(400, "InvalidAction", "Could not find operation for this version.");
    const QByteArray action = request.formValue("Action");
    if (action == "GetCallerIdentity") {
        const QByteArray xml =
            "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            "<GetCallerIdentityResult><Arn>" +
            caller->arn.toUtf8() + "</Arn><UserId>AIDASTUBUSER</UserId><Account>" + caller->account.toUtf8() +
            "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>0000-stub"
            "</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
        return httpAnswer(200, "OK", "text/xml", xml);
    }
    if (action == "AssumeRole") {
        const QString roleArn = QString::fromUtf8(request.formValue("RoleArn"));
        if (roleArn.contains(m_deniedRole))
            return stsError(403, "AccessDenied",
                            "User is not authorized to perform: sts:AssumeRole on resource: " +
                                roleArn.toUtf8());
        const int duration = request.formValue("DurationSeconds").isEmpty()
                                 ? m_lifetime
                                 : request.formValue("DurationSeconds").toInt();
        const QString session = QString::fromUtf8(request.formValue("RoleSessionName"));
        const QString account = roleArn.section(u':', 4, 4);
        Identity issued = issue(u"arn:aws:sts::" % account % u":assumed-role/" % roleArn.section(u'/', -1) %
                                u'/' % session);
        issued.account = account;
        m_identities.last().account = account;
        const QString expiration = m_now().addSecs(duration).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        const QByteArray xml =
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
            "<AssumedRoleUser><Arn>" +
            issued.arn.toUtf8() + "</Arn><AssumedRoleId>AROASTUB:" + session.toUtf8() +
            "</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>" +
            issued.credentials.accessKeyId.toUtf8() + "</AccessKeyId><SecretAccessKey>" +
            issued.credentials.secretAccessKey.toUtf8() + "</SecretAccessKey><SessionToken>" +
            issued.credentials.sessionToken.toUtf8() + "</SessionToken><Expiration>" + expiration.toUtf8() +
            "</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>0000-stub</RequestId>"
            "</ResponseMetadata></AssumeRoleResponse>";
        return httpAnswer(200, "OK", "text/xml", xml);
    }
    return stsError(400, "InvalidAction", "Could not find operation " + action);
}

QByteArray AwsStub::sso(const StubRequest &request)
{
    if (!m_ssoTokens.contains(request.header("x-amz-sso_bearer_token")))
        return httpAnswer(401, "Unauthorized", "application/json",
                          R"({"message":"Session token not found or invalid"})",
                          "x-amzn-ErrorType: UnauthorizedException\r\n");
    const QString account = QString::fromUtf8(request.queryValue("account_id"));
    const QString role = QString::fromUtf8(request.queryValue("role_name"));
    if (account.isEmpty() || role.isEmpty())
        return httpAnswer(400, "Bad Request", "application/json", R"({"message":"missing parameters"})",
                          "x-amzn-ErrorType: InvalidRequestException\r\n");
    Identity issued = issue(u"arn:aws:sts::" % account % u":assumed-role/AWSReservedSSO_" % role % u"/user");
    m_identities.last().account = account;
    QJsonObject credentials{
        {QStringLiteral("accessKeyId"), issued.credentials.accessKeyId},
        {QStringLiteral("secretAccessKey"), issued.credentials.secretAccessKey},
        {QStringLiteral("sessionToken"), issued.credentials.sessionToken},
        {QStringLiteral("expiration"), static_cast<double>(m_now().addSecs(m_lifetime).toMSecsSinceEpoch())}};
    return httpAnswer(200, "OK", "application/json",
                      QJsonDocument(QJsonObject{{QStringLiteral("roleCredentials"), credentials}})
                          .toJson(QJsonDocument::Compact));
}

} // namespace kvs::test
