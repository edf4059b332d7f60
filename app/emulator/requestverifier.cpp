#include "emulator/requestverifier.h"

#include "core/aws/awstime.h"
#include "core/aws/crypto.h"
#include "core/common/validation.h"

namespace kvs::emulator {
namespace {

const QString kAccessDenied = QStringLiteral("AccessDeniedException");
const QString kInvalidArgument = QStringLiteral("InvalidArgumentException");
const QString kInvalidSignature = QStringLiteral("InvalidSignatureException");
const QString kUnrecognizedClient = QStringLiteral("UnrecognizedClientException");

const QString kSignatureMismatch = QStringLiteral(
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
    "Access Key and signing method. Consult the service documentation for details.");
const QString kInvalidToken = QStringLiteral("The security token included in the request is invalid.");

QString skewText(int seconds)
{
    return seconds % 60 == 0 ? QStringLiteral("%1 min.").arg(seconds / 60)
                             : QStringLiteral("%1 sec.").arg(seconds);
}

struct Scope
{
    QString accessKeyId;
    QString date;
    QString region;
    QString service;
};

std::optional<Scope> parseCredential(const QString &credential)
{
    const QStringList parts = credential.split(u'/');
    if (parts.size() != 5 || parts[4] != u"aws4_request" || parts[0].isEmpty())
        return std::nullopt;
    return Scope{parts[0], parts[1], parts[2], parts[3]};
}

/// Scope, key and token checks shared by both signature styles. Returns the identity on success.
Result<Identity> checkScopeAndKey(const Scope &scope, const QDateTime &date, const QDateTime &now,
                                  const QByteArray &token, const EmulatorConfig &config,
                                  const QString &service, const QString &deniedType,
                                  const QString &unknownKeyType)
{
    if (scope.service != service)
        return Error{deniedType,
                     QStringLiteral("Credential should be scoped to correct service: '%1'. ").arg(service)};
    if (!validateRegion(scope.region).ok())
        return Error{deniedType, QStringLiteral("Credential should be scoped to a valid region. ")};
    if (scope.date != formatDateStamp(date))
        return Error{
            deniedType,
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                           "from HTTP: '%1' != '%2', from '%3'.")
                .arg(scope.date, formatDateStamp(date), formatAmzDate(date))};
    const Identity *identity = config.identity(scope.accessKeyId);
    if (!identity)
        return Error{unknownKeyType, kInvalidToken};
    if (QString::fromUtf8(token) != identity->sessionToken)
        return Error{unknownKeyType, kInvalidToken};
    if (identity->expiration.isValid() && identity->expiration <= now)
        return Error{QStringLiteral("ExpiredTokenException"),
                     QStringLiteral("The security token included in the request is expired")};
    return *identity;
}

QByteArray canonicalUri(const QByteArray &rawPath)
{
    return rawPath.isEmpty() ? QByteArray("/") : sigv4::uriEncode(sigv4::uriDecode(rawPath), true);
}

} // namespace

std::optional<sigv4::ByteParams> parseQuery(QByteArrayView query)
{
    sigv4::ByteParams params;
    if (query.isEmpty())
        return params;
    for (const QByteArray &pair : query.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = sigv4::uriDecode(eq < 0 ? pair : pair.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : sigv4::uriDecode(pair.mid(eq + 1));
        for (const auto &existing : params) {
            if (existing.first == name)
                return std::nullopt;
        }
        params.append({name, value});
    }
    return params;
}

std::optional<QString> clockSkewMessage(const QDateTime &date, const QDateTime &now, int skewSeconds)
{
    const QDateTime earliest = now.addSecs(-skewSeconds);
    const QDateTime latest = now.addSecs(skewSeconds);
    if (date < earliest)
        return QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4)")
            .arg(formatAmzDate(date), formatAmzDate(earliest), formatAmzDate(now), skewText(skewSeconds));
    if (date > latest)
        return QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + %4)")
            .arg(formatAmzDate(date), formatAmzDate(latest), formatAmzDate(now), skewText(skewSeconds));
    return std::nullopt;
}

Result<VerifiedCaller> verifyHeaderSignature(const HttpRequest &request, const EmulatorConfig &config,
                                             const QDateTime &now, const QString &service)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return Error{QStringLiteral("MissingAuthenticationTokenException"),
                     QStringLiteral("Missing Authentication Token")};
    if (!authorization.startsWith(QByteArrayView("AWS4-HMAC-SHA256 ")))
        return Error{QStringLiteral("IncompleteSignatureException"),
                     QStringLiteral("Authorization header requires the AWS4-HMAC-SHA256 algorithm.")};
    QString credential;
    QString signedHeaders;
    QByteArray signature;
    for (const QByteArray &part : authorization.mid(qstrlen(sigv4::kAlgorithm) + 1).split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Credential="))
            credential = QString::fromUtf8(item.mid(11));
        else if (item.startsWith("SignedHeaders="))
            signedHeaders = QString::fromUtf8(item.mid(14));
        else if (item.startsWith("Signature="))
            signature = item.mid(10);
    }
    QStringList missing;
    if (credential.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Credential' parameter.");
    if (signedHeaders.isEmpty())
        missing << QStringLiteral("Authorization header requires 'SignedHeaders' parameter.");
    if (signature.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Signature' parameter.");
    const QByteArray amzDateText = request.header("x-amz-date");
    const std::optional<QDateTime> date = amzDateText.isEmpty()
                                              ? parseHttpDate(QString::fromLatin1(request.header("date")))
                                              : parseAmzDate(QString::fromLatin1(amzDateText));
    if (!date)
        missing << QStringLiteral(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' "
            "header.");
    if (!missing.isEmpty())
        return Error{QStringLiteral("IncompleteSignatureException"), missing.join(u' ')};
    const std::optional<Scope> scope = parseCredential(credential);
    if (!scope)
        return Error{QStringLiteral("IncompleteSignatureException"),
                     QStringLiteral("Authorization header has a malformed Credential: expected "
                                    "KEY/DATE/REGION/SERVICE/aws4_request.")};
    Result<Identity> identity = checkScopeAndKey(*scope, *date, now, request.header("x-amz-security-token"),
                                                 config, service, kInvalidSignature, kUnrecognizedClient);
    if (!identity)
        return identity.error();

    const QStringList headerNames = signedHeaders.split(u';');
    if (!headerNames.contains(u"host"))
        return Error{kInvalidSignature,
                     QStringLiteral("'Host' must be a 'SignedHeader' in the AWS Authorization.")};
    sigv4::ByteParams headers;
    for (const QString &name : headerNames) {
        const QByteArray key = name.toLatin1();
        if (!request.hasHeader(key))
            return Error{kInvalidSignature, kSignatureMismatch};
        for (const auto &[headerName, value] : request.headers) {
            if (headerName == key)
                headers.append({headerName, value});
        }
    }
    if (auto skew = clockSkewMessage(*date, now, config.limits.clockSkewSeconds))
        return Error{kInvalidSignature, *skew};
    const QByteArray payloadHash = crypto::sha256Hex(request.body);
    if (request.hasHeader("x-amz-content-sha256") && request.header("x-amz-content-sha256") != payloadHash &&
        request.header("x-amz-content-sha256") != "UNSIGNED-PAYLOAD")
        return Error{
            kInvalidSignature,
            QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed.")};
    const std::optional<sigv4::ByteParams> query = parseQuery(request.query);
    if (!query)
        return Error{QStringLiteral("SerializationException"),
                     QStringLiteral("A query parameter appears twice.")};
    const QByteArray canonical =
        sigv4::canonicalRequest(request.method, canonicalUri(request.path),
                                sigv4::canonicalQueryString(*query), headers, payloadHash);
    const QByteArray expected =
        sigv4::signature(identity->secretAccessKey, *date, scope->region, scope->service, canonical);
    if (!crypto::constantTimeEquals(expected, signature))
        return Error{kInvalidSignature, kSignatureMismatch};
    return VerifiedCaller{std::move(identity).value(), scope->region};
}

Result<VerifiedConnect> verifyPresignedConnect(const HttpRequest &request, const EmulatorConfig &config,
                                               const QDateTime &now)
{
    const std::optional<sigv4::ByteParams> params = parseQuery(request.query);
    if (!params)
        return Error{kInvalidArgument, QStringLiteral("A query parameter appears more than once.")};
    auto find = [&params](QByteArrayView name) -> std::optional<QByteArray> {
        for (const auto &[key, value] : *params) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    };

    // Parameters of the operation first: they are wrong whatever the signature says.
    const std::optional<QByteArray> arnParam = find("X-Amz-ChannelARN");
    if (!arnParam)
        return Error{kInvalidArgument, QStringLiteral("The X-Amz-ChannelARN query parameter is required.")};
    const QString arn = QString::fromUtf8(*arnParam);
    if (const ValidationResult r = validateChannelArn(arn); !r.ok())
        return Error{
            kInvalidArgument,
            QStringLiteral("1 validation error detected: Value '%1' at 'channelARN' failed to satisfy "
                           "constraint: Member must satisfy regular expression pattern: "
                           "arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+")
                .arg(arn.left(1024))};
    const std::optional<QByteArray> clientParam = find("X-Amz-ClientId");
    const QString clientId = clientParam ? QString::fromUtf8(*clientParam) : QString();
    if (clientParam) {
        if (const ValidationResult r = validateClientId(clientId); !r.ok())
            return Error{
                kInvalidArgument,
                r.rule == ValidationRule::ReservedPrefix
                    ? QStringLiteral("The ClientId must not start with AWS_.")
                    : QStringLiteral("1 validation error detected: Value '%1' at 'clientId' failed to "
                                     "satisfy constraint: Member must have length between 1 and 256 and "
                                     "satisfy regular expression pattern: [a-zA-Z0-9_.-]+")
                          .arg(clientId.left(256))};
    }

    // Then the signature's own parameters.
    for (const char *name : {"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                             "X-Amz-SignedHeaders", "X-Amz-Signature"}) {
        if (!find(QByteArrayView(name)))
            return Error{kAccessDenied,
                         QStringLiteral("Missing Authentication Token: the %1 query parameter is "
                                        "required.")
                             .arg(QLatin1String(name))};
    }
    if (*find("X-Amz-Algorithm") != sigv4::kAlgorithm)
        return Error{kInvalidArgument, QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\".")};
    const std::optional<Scope> scope = parseCredential(QString::fromUtf8(*find("X-Amz-Credential")));
    if (!scope)
        return Error{kInvalidArgument, QStringLiteral("X-Amz-Credential is malformed: expected "
                                                      "KEY/DATE/REGION/SERVICE/aws4_request.")};
    const std::optional<QDateTime> date = parseAmzDate(QString::fromLatin1(*find("X-Amz-Date")));
    if (!date)
        return Error{kInvalidArgument,
                     QStringLiteral("X-Amz-Date must be in the ISO8601 basic format yyyyMMddTHHmmssZ.")};
    bool expiresOk = false;
    const qint64 expires = find("X-Amz-Expires")->toLongLong(&expiresOk);
    if (!expiresOk || expires < 1 || expires > sigv4::kMaxExpiresSeconds)
        return Error{kInvalidArgument,
                     QStringLiteral("X-Amz-Expires must be an integer from 1 to 604800 (seconds).")};
    const QStringList headerNames = QString::fromUtf8(*find("X-Amz-SignedHeaders")).split(u';');
    if (!headerNames.contains(u"host"))
        return Error{kAccessDenied,
                     QStringLiteral("'Host' must be a 'SignedHeader' in the AWS Authorization.")};

    Result<Identity> identity =
        checkScopeAndKey(*scope, *date, now, find("X-Amz-Security-Token").value_or(QByteArray()), config,
                         QString::fromLatin1(sigv4::kDefaultService), kAccessDenied, kAccessDenied);
    if (!identity)
        return identity.error();
    if (auto skew = clockSkewMessage(*date, now, config.limits.clockSkewSeconds))
        return Error{kAccessDenied, *skew};
    if (date->addSecs(expires) < now)
        return Error{kAccessDenied, QStringLiteral("Request has expired: X-Amz-Date %1 plus X-Amz-Expires %2 "
                                                   "seconds is earlier than %3.")
                                        .arg(formatAmzDate(*date))
                                        .arg(expires)
                                        .arg(formatAmzDate(now))};

    sigv4::ByteParams signedParams;
    for (const auto &param : *params) {
        if (param.first != "X-Amz-Signature")
            signedParams.append(param);
    }
    sigv4::ByteParams headers;
    for (const QString &name : headerNames) {
        const QByteArray key = name.toLatin1();
        if (!request.hasHeader(key))
            return Error{kAccessDenied, kSignatureMismatch};
        headers.append({key, request.header(key)});
    }
    const QByteArray canonical =
        sigv4::canonicalRequest("GET", canonicalUri(request.path), sigv4::canonicalQueryString(signedParams),
                                headers, sigv4::kEmptyPayloadHash);
    const QByteArray expected =
        sigv4::signature(identity->secretAccessKey, *date, scope->region, scope->service, canonical);
    if (!crypto::constantTimeEquals(expected, *find("X-Amz-Signature")))
        return Error{kAccessDenied, kSignatureMismatch};

    const ChannelConfig *channel = config.channelByArn(arn);
    if (!channel || channel->region != scope->region)
        return Error{QStringLiteral("ResourceNotFoundException"),
                     QStringLiteral("The requested channel is not found or not active.")};
    return VerifiedConnect{VerifiedCaller{std::move(identity).value(), scope->region}, arn, clientId};
}

QString notAuthorizedMessage(const VerifiedCaller &caller, const QString &action, const QString &resource)
{
    return QStringLiteral("User: %1 is not authorized to perform: kinesisvideo:%2 on resource: %3")
        .arg(caller.identity.callerArn(), action, resource);
}

} // namespace kvs::emulator
