#include "emulator/httpmessage.h"

#include "core/aws/awstime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace kvs::emulator {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &h) { return h.first == name; });
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && header("upgrade").toLower() == "websocket";
}

qint64 HttpRequest::contentLength() const
{
    QByteArray value;
    int count = 0;
    for (const auto &[key, headerValue] : headers) {
        if (key == "content-length") {
            value = headerValue;
            ++count;
        }
    }
    if (count == 0)
        return 0;
    // Digits only (toLongLong would also take "+5", " 5" or "0x5"), and at most 18 of them (no overflow).
    if (count > 1 || value.isEmpty() || value.size() > 18 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    return value.toLongLong();
}

qsizetype findHeadEnd(QByteArrayView buffer)
{
    const qsizetype index = buffer.indexOf(QByteArrayView("\r\n\r\n"));
    return index < 0 ? -1 : index + 4;
}

std::optional<HttpRequest> parseRequestHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return std::nullopt;
    HttpRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
    if (!request.path.startsWith('/'))
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return request;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return "Success";
    if (status >= 300 && status < 400)
        return "Redirection";
    if (status >= 400 && status < 500)
        return "Client Error";
    return "Server Error";
}

QByteArray HttpResponse::serialize(const QDateTime &date, bool closeConnection) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Date: " + formatHttpDate(date).toLatin1() + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += body;
    return out;
}

int statusForErrorType(const QString &errorType)
{
    static const QList<std::pair<QString, int>> table = {
        {QStringLiteral("AccessDeniedException"), 403},
        {QStringLiteral("InvalidSignatureException"), 403},
        {QStringLiteral("UnrecognizedClientException"), 403},
        {QStringLiteral("MissingAuthenticationTokenException"), 403},
        {QStringLiteral("ExpiredTokenException"), 403},
        {QStringLiteral("NotAuthorizedException"), 401},
        {QStringLiteral("ResourceNotFoundException"), 404},
        {QStringLiteral("UnknownOperationException"), 404},
        {QStringLiteral("InternalFailure"), 500},
        {QStringLiteral("InternalServerError"), 500},
        {QStringLiteral("ServiceUnavailable"), 503},
        {QStringLiteral("ServiceUnavailableException"), 503},
        {QStringLiteral("RequestTimeout"), 504},
    };
    for (const auto &[name, status] : table) {
        if (name == errorType)
            return status;
    }
    return 400; // InvalidArgumentException, ClientLimitExceededException, SerializationException, …
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

namespace {

/// Errors raised by the service framework (Coral) before the operation runs: signature, credentials,
/// serialization. The service sends them with a Coral URL and a lower-case "message".
bool isFrameworkError(const QString &errorType)
{
    static const QStringList framework = {QStringLiteral("InvalidSignatureException"),
                                          QStringLiteral("UnrecognizedClientException"),
                                          QStringLiteral("MissingAuthenticationTokenException"),
                                          QStringLiteral("IncompleteSignatureException"),
                                          QStringLiteral("ExpiredTokenException"),
                                          QStringLiteral("SerializationException"),
                                          QStringLiteral("UnknownOperationException"),
                                          QStringLiteral("InternalFailure"),
                                          QStringLiteral("ServiceUnavailable"),
                                          QStringLiteral("ThrottlingException")};
    return framework.contains(errorType);
}

/// Errors the kinesisvideo model defines (it spells their member "Message").
bool isModeledError(const QString &errorType)
{
    static const QStringList modeled = {QStringLiteral("AccessDeniedException"),
                                        QStringLiteral("ResourceNotFoundException"),
                                        QStringLiteral("ClientLimitExceededException"),
                                        QStringLiteral("InvalidArgumentException"),
                                        QStringLiteral("NotAuthorizedException"),
                                        QStringLiteral("ResourceInUseException"),
                                        QStringLiteral("AccountChannelLimitExceededException"),
                                        QStringLiteral("VersionMismatchException")};
    return modeled.contains(errorType);
}

/// Signature and clock-skew texts; seen on the service with a lower-case "message" even under
/// AccessDeniedException.
bool isSignatureText(const QString &message)
{
    return message.contains(u"ignature") || message.contains(u"Request has expired") ||
           message.contains(u"security token");
}

} // namespace

QByteArray errorTypeHeader(const QString &errorType)
{
    // As the service sends them (strip from ':' to get the name).
    if (isFrameworkError(errorType))
        return errorType.toLatin1() + ":http://internal.amazon.com/coral/com.amazon.coral.service/";
    if (isModeledError(errorType))
        return errorType.toLatin1() + ":https://kinesisvideo.amazonaws.com/doc/2017-09-30/";
    return errorType.toLatin1();
}

HttpResponse awsErrorResponse(int status, const QString &errorType, const QString &message,
                              const QByteArray &requestId)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"x-amzn-ErrorType", errorTypeHeader(errorType)},
                        {"x-amzn-RequestId", requestId},
                        {"Content-Type", "application/json"}};
    // IAM denials ("User: arn:… is not authorized …") come with "Message"; signature errors with "message".
    const bool capital = isModeledError(errorType) && !isSignatureText(message);
    response.body =
        QJsonDocument(QJsonObject{{capital ? QStringLiteral("Message") : QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse untypedErrorResponse(int status, const QByteArray &body, const QByteArray &requestId)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"x-amzn-RequestId", requestId}};
    if (!body.isEmpty())
        response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/plain"));
    response.body = body;
    return response;
}

HttpResponse jsonResponse(const QJsonObject &body, const QByteArray &requestId, int status)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"x-amzn-RequestId", requestId}, {"Content-Type", "application/json"}};
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

std::optional<QString> optionalString(const QJsonObject &body, QStringView key)
{
    if (!body.contains(key) || body.value(key).isNull())
        return std::nullopt;
    return body.value(key).toString();
}

} // namespace kvs::emulator
