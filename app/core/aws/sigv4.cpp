#include "core/aws/sigv4.h"

#include "core/aws/awstime.h"
#include "core/aws/crypto.h"
#include "core/common/validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace kvs::sigv4 {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::SigV4)
};

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray foldSpaces(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool lastWasSpace = false;
    for (char c : value.trimmed()) {
        const bool space = c == ' ' || c == '\t';
        if (space && lastWasSpace)
            continue;
        out.append(space ? ' ' : c);
        lastWasSpace = space;
    }
    return out;
}

std::optional<Error> checkCredentials(const AwsCredentials &credentials)
{
    for (const ValidationResult &result :
         {validateAccessKeyId(credentials.accessKeyId), validateSecretAccessKey(credentials.secretAccessKey),
          validateSessionToken(credentials.sessionToken)}) {
        if (!result.ok())
            return Error{QStringLiteral("InvalidCredentials"), result.message};
    }
    return std::nullopt;
}

std::optional<Error> checkTime(const QDateTime &time)
{
    if (!time.isValid() || time.date().year() < 1970 || time.date().year() > 9999)
        return Error{QStringLiteral("InvalidSigningTime"),
                     Text::tr("The signing time is not a valid date and time.")};
    return std::nullopt;
}

/// query (a canonical query string) with NAME=VALUE (both already encoded) inserted where sorting by name,
/// then value, puts it: the same bytes as canonicalQueryString() over all parameters.
QByteArray withSortedParameter(const QByteArray &query, const QByteArray &name, const QByteArray &value)
{
    const auto view = [](const char *data, qsizetype size) {
        return std::string_view(data, static_cast<size_t>(size));
    };
    const std::pair<std::string_view, std::string_view> added{view(name.constData(), name.size()),
                                                              view(value.constData(), value.size())};
    qsizetype at = 0;
    while (at < query.size()) {
        qsizetype end = query.indexOf('&', at);
        if (end < 0)
            end = query.size();
        qsizetype equals = query.indexOf('=', at);
        if (equals < 0 || equals > end)
            equals = end;
        const std::pair<std::string_view, std::string_view> existing{
            view(query.constData() + at, equals - at),
            view(query.constData() + std::min(equals + 1, end), end - std::min(equals + 1, end))};
        if (added < existing)
            break;
        at = end + 1;
    }
    QByteArray out;
    out.reserve(query.size() + name.size() + value.size() + 2);
    if (at >= query.size()) {
        out.append(query);
        if (!query.isEmpty())
            out.append('&');
        return out.append(name).append('=').append(value);
    }
    return out.append(QByteArrayView(query.constData(), at))
        .append(name)
        .append('=')
        .append(value)
        .append('&')
        .append(QByteArrayView(query.constData() + at, query.size() - at));
}

QByteArray canonicalUriFor(QByteArrayView path)
{
    return path.isEmpty() ? QByteArray("/") : uriEncode(path, true);
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    // Written through a raw pointer into a buffer of the largest size, then cut: QByteArray::append(char)
    // per byte was a third of the cost of signing a URL.
    QByteArray out(bytes.size() * 3, Qt::Uninitialized);
    char *end = out.data();
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            *end++ = c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            *end++ = '%';
            *end++ = hex[byte >> 4];
            *end++ = hex[byte & 0x0f];
        }
    }
    out.truncate(end - out.data());
    return out;
}

QByteArray uriDecode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 &&
            hexValue(bytes[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2])));
            i += 2;
        } else {
            out.append(bytes[i]);
        }
    }
    return out;
}

QByteArray canonicalQueryString(const ByteParams &params)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append({uriEncode(name), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray credentialScope(const QDateTime &time, const QString &region, const QString &service)
{
    return formatDateStamp(time).toLatin1() + '/' + region.toUtf8() + '/' + service.toUtf8() +
           "/aws4_request";
}

static QByteArray deriveSigningKey(const QString &secretAccessKey, const QDateTime &time,
                                   const QString &region, const QString &service);

QByteArray signingKey(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                      const QString &service)
{
    // The key depends only on the secret, the day, the region and the service: signing many URLs (presign
    // --batch) derives it once per thread instead of four HMACs per URL.
    struct Derived
    {
        QString secret;
        QString dateStamp;
        QString region;
        QString service;
        QByteArray key;
    };
    thread_local Derived last;
    const QString dateStamp = formatDateStamp(time);
    if (!last.key.isEmpty() && last.secret == secretAccessKey && last.dateStamp == dateStamp &&
        last.region == region && last.service == service)
        return last.key;
    last = Derived{secretAccessKey, dateStamp, region, service,
                   deriveSigningKey(secretAccessKey, time, region, service)};
    return last.key;
}

static QByteArray deriveSigningKey(const QString &secretAccessKey, const QDateTime &time,
                                   const QString &region, const QString &service)
{
    const QByteArray dateKey =
        crypto::hmacSha256(QByteArray("AWS4" + secretAccessKey.toUtf8()), formatDateStamp(time).toLatin1());
    const QByteArray regionKey = crypto::hmacSha256(dateKey, region.toUtf8());
    const QByteArray serviceKey = crypto::hmacSha256(regionKey, service.toUtf8());
    return crypto::hmacSha256(serviceKey, "aws4_request");
}

QByteArray stringToSign(const QDateTime &time, const QByteArray &scope, const QByteArray &canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n' + formatAmzDate(time).toLatin1() + '\n' + scope + '\n' +
           crypto::sha256Hex(canonicalRequest);
}

QByteArray signatureHex(const QByteArray &key, const QByteArray &stringToSign)
{
    return crypto::hmacSha256(key, stringToSign).toHex();
}

QByteArray signature(const QString &secretAccessKey, const QDateTime &time, const QString &region,
                     const QString &service, const QByteArray &canonicalRequest)
{
    return signatureHex(signingKey(secretAccessKey, time, region, service),
                        stringToSign(time, credentialScope(time, region, service), canonicalRequest));
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                            const QByteArray &canonicalQuery, const ByteParams &signedHeaders,
                            const QByteArray &payloadHash, QByteArray *signedHeaderList)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : signedHeaders)
        headers.append({name.toLower().trimmed(), foldSpaces(value)});
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArray names;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        // Repeated headers are joined with ',' under one name.
        if (i > 0 && headers[i].first == headers[i - 1].first) {
            canonicalHeaders.chop(1);
            canonicalHeaders.append(',').append(headers[i].second).append('\n');
            continue;
        }
        canonicalHeaders.append(headers[i].first).append(':').append(headers[i].second).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(headers[i].first);
    }
    if (signedHeaderList)
        *signedHeaderList = names;
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n' + names +
           '\n' + payloadHash;
}

EndpointParts splitEndpoint(const QString &endpoint)
{
    const QByteArray bytes = endpoint.toUtf8();
    const qsizetype schemeEnd = bytes.indexOf("://");
    EndpointParts parts;
    parts.scheme = bytes.left(schemeEnd).toLower();
    const QByteArray rest = bytes.mid(schemeEnd + 3);
    const qsizetype pathStart = rest.indexOf('/');
    parts.host = pathStart < 0 ? rest : rest.left(pathStart);
    parts.path = pathStart < 0 ? QByteArray("/") : rest.mid(pathStart);
    return parts;
}

Result<QByteArray> presignUrl(const PresignRequest &request)
{
    if (const ValidationResult endpoint = validateEndpointUrl(request.endpoint, EndpointKind::WebSocket);
        !endpoint.ok())
        return Error{QStringLiteral("InvalidEndpoint"), endpoint.message};
    if (const ValidationResult region = validateRegion(request.region); !region.ok())
        return Error{QStringLiteral("InvalidRegion"), region.message};
    if (auto error = checkCredentials(request.credentials))
        return *error;
    if (auto error = checkTime(request.signingTime))
        return *error;
    if (request.expiresSeconds < 1 || request.expiresSeconds > kMaxExpiresSeconds)
        return Error{QStringLiteral("InvalidExpires"),
                     Text::tr("The expiry must be from 1 to %1 seconds; it is %2.")
                         .arg(kMaxExpiresSeconds)
                         .arg(request.expiresSeconds)};

    const EndpointParts endpoint = splitEndpoint(request.endpoint);
    const QByteArray scope = credentialScope(request.signingTime, request.region, request.service);

    ByteParams params;
    for (const auto &[name, value] : request.queryParameters)
        params.append({name.toUtf8(), value.toUtf8()});
    params.append({QByteArray("X-Amz-Algorithm"), QByteArray(kAlgorithm)});
    params.append({"X-Amz-Credential", request.credentials.accessKeyId.toUtf8() + '/' + scope});
    params.append({"X-Amz-Date", formatAmzDate(request.signingTime).toLatin1()});
    params.append({"X-Amz-Expires", QByteArray::number(request.expiresSeconds)});
    params.append({QByteArray("X-Amz-SignedHeaders"), QByteArray("host")});
    if (request.credentials.hasSessionToken())
        params.append({"X-Amz-Security-Token", request.credentials.sessionToken.toUtf8()});

    const QByteArray canonicalQuery = canonicalQueryString(params);
    const QByteArray canonical = canonicalRequest("GET", canonicalUriFor(endpoint.path), canonicalQuery,
                                                  {{"host", endpoint.host}}, kEmptyPayloadHash);
    const QByteArray signed_ = signature(request.credentials.secretAccessKey, request.signingTime,
                                         request.region, request.service, canonical);
    // The URL's query is the canonical one plus the signature at its sorted place (not sorted again).
    return QByteArray(endpoint.scheme + "://" + endpoint.host + endpoint.path + '?' +
                      withSortedParameter(canonicalQuery, "X-Amz-Signature", signed_));
}

Result<HeaderSignature> signHeaders(const HeaderSigningRequest &request,
                                    const QList<QByteArray> &headersToSign, const AwsCredentials &credentials,
                                    const QString &region, const QString &service, const QDateTime &time)
{
    if (auto error = checkCredentials(credentials))
        return *error;
    if (auto error = checkTime(time))
        return *error;
    ByteParams signedHeaders;
    for (const QByteArray &wanted : headersToSign) {
        bool found = false;
        for (const auto &[name, value] : request.headers) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
                signedHeaders.append({name, value});
                found = true;
            }
        }
        if (!found)
            return Error{QStringLiteral("MissingHeader"),
                         Text::tr("The header \"%1\" is to be signed but is not in the request.")
                             .arg(QString::fromLatin1(wanted))};
    }
    const QByteArray scope = credentialScope(time, region, service);
    HeaderSignature result;
    const QByteArray canonical =
        canonicalRequest(request.method, canonicalUriFor(request.path), canonicalQueryString(request.query),
                         signedHeaders, crypto::sha256Hex(request.body), &result.signedHeaders);
    result.signature = signature(credentials.secretAccessKey, time, region, service, canonical);
    result.authorization = QByteArray(kAlgorithm) + " Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                           scope + ", SignedHeaders=" + result.signedHeaders +
                           ", Signature=" + result.signature;
    return result;
}

} // namespace kvs::sigv4
