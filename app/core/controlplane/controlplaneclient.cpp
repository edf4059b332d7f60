// A little over ~400 lines: the three control-plane calls (DescribeSignalingChannel,
// GetSignalingChannelEndpoint, GetIceServerConfig) share signing, the request timeout, the clock-skew check
// and the error parsing here; the presigner, the endpoint and the ICE expiry are already their own files.
#include "core/controlplane/controlplaneclient.h"

#include "core/aws/awshttp.h"
#include "core/aws/awstime.h"
#include "core/aws/crypto.h"
#include "core/aws/environmentproxy.h"
#include "core/aws/singlehttprequest.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ControlPlaneClient)
};

/// \a what is a translated clause (no final full stop) naming what is wrong with the answer.
Error invalidResponse(const QString &what)
{
    return Error{QStringLiteral("InvalidResponse"),
                 Text::tr("Unexpected answer from the service: %1.").arg(what)};
}

Result<QJsonObject> jsonObject(QByteArrayView body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidResponse(Text::tr("the body is not a JSON object"));
    return document.object();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<ChannelInfo> ChannelInfo::fromJson(QByteArrayView body)
{
    const auto object = jsonObject(body);
    if (!object)
        return object.error();
    const QJsonObject info = object->value(u"ChannelInfo").toObject();
    ChannelInfo channel;
    channel.name = info.value(u"ChannelName").toString();
    channel.arn = info.value(u"ChannelARN").toString();
    channel.type = info.value(u"ChannelType").toString();
    channel.status = info.value(u"ChannelStatus").toString();
    const QJsonValue created = info.value(u"CreationTime");
    channel.creationTime =
        created.isDouble() ? QString::number(created.toDouble(), 'f', 3) : created.toString();
    channel.messageTtlSeconds =
        info.value(u"SingleMasterConfiguration").toObject().value(u"MessageTtlSeconds").toInt();
    channel.version = info.value(u"Version").toString();
    if (const auto check = validateChannelArn(channel.arn); !check.ok())
        return invalidResponse(Text::tr("ChannelInfo.ChannelARN is missing or invalid"));
    return channel;
}

Result<ChannelPage> ChannelPage::fromJson(QByteArrayView body)
{
    const auto object = jsonObject(body);
    if (!object)
        return object.error();
    const QJsonValue list = object->value(u"ChannelInfoList");
    if (!list.isArray())
        return invalidResponse(Text::tr("ChannelInfoList is missing"));
    ChannelPage page;
    for (const QJsonValue &entry : list.toArray()) {
        // Each entry has DescribeSignalingChannel's ChannelInfo shape: parse it with the same rules.
        const QJsonObject wrapped{{QStringLiteral("ChannelInfo"), entry}};
        auto channel = ChannelInfo::fromJson(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
        if (!channel)
            return channel.error();
        page.channels.append(std::move(channel).value());
    }
    page.nextToken = object->value(u"NextToken").toString();
    return page;
}

Result<SignalingEndpoints> SignalingEndpoints::fromJson(QByteArrayView body)
{
    const auto object = jsonObject(body);
    if (!object)
        return object.error();
    SignalingEndpoints endpoints;
    const QJsonArray list = object->value(u"ResourceEndpointList").toArray();
    for (const QJsonValue &entry : list) {
        const QString protocol = entry.toObject().value(u"Protocol").toString();
        const QString url = entry.toObject().value(u"ResourceEndpoint").toString();
        if (protocol == u"WSS")
            endpoints.wss = url;
        else if (protocol == u"HTTPS")
            endpoints.https = url;
    }
    if (endpoints.wss.isEmpty() || endpoints.https.isEmpty())
        return invalidResponse(Text::tr("ResourceEndpointList lacks the WSS or the HTTPS endpoint"));
    if (const auto check = validateEndpointUrl(endpoints.wss, EndpointKind::WebSocket); !check.ok())
        return invalidResponse(Text::tr("the WSS endpoint is unusable: %1").arg(check.message));
    if (const auto check = validateEndpointUrl(endpoints.https, EndpointKind::Https); !check.ok())
        return invalidResponse(Text::tr("the HTTPS endpoint is unusable: %1").arg(check.message));
    return endpoints;
}

Result<IceServerConfig> IceServerConfig::fromJson(QByteArrayView body, const QString &region)
{
    const auto object = jsonObject(body);
    if (!object)
        return object.error();
    const QJsonValue list = object->value(u"IceServerList");
    if (!list.isArray())
        return invalidResponse(Text::tr("IceServerList is missing"));
    IceServerConfig config;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject server = entry.toObject();
        IceServer ice;
        for (const QJsonValue &uri : server.value(u"Uris").toArray())
            ice.uris.append(uri.toString());
        ice.username = server.value(u"Username").toString();
        ice.password = server.value(u"Password").toString();
        ice.ttlSeconds = server.value(u"Ttl").toInt();
        // TURN credentials expire (Ttl, 300 s on the service): they leave the secrets registry after that,
        // so refreshing them for hours does not grow it. Without a sane Ttl they are kept a day.
        const int keepSeconds = ice.ttlSeconds > 0 && ice.ttlSeconds <= 86400 ? ice.ttlSeconds : 86400;
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(keepSeconds);
        registerSecret(ice.username, expires);
        registerSecret(ice.password, expires);
        config.servers.append(ice);
    }
    config.stunUri = u"stun:stun.kinesisvideo." % region %
                     (region.startsWith(u"cn-") ? u".amazonaws.com.cn:443" : u".amazonaws.com:443");
    return config;
}

ControlPlaneReply::ControlPlaneReply(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_elapsed.start();
}

Result<ChannelInfo> ControlPlaneReply::channelInfo() const
{
    if (m_error)
        return *m_error;
    return ChannelInfo::fromJson(m_body);
}

Result<ChannelPage> ControlPlaneReply::channelPage() const
{
    if (m_error)
        return *m_error;
    return ChannelPage::fromJson(m_body);
}

Result<SignalingEndpoints> ControlPlaneReply::signalingEndpoints() const
{
    if (m_error)
        return *m_error;
    return SignalingEndpoints::fromJson(m_body);
}

Result<IceServerConfig> ControlPlaneReply::iceServerConfig(const QString &region) const
{
    if (m_error)
        return *m_error;
    return IceServerConfig::fromJson(m_body, region);
}

void ControlPlaneReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_http)
        m_http->abort();
}

void ControlPlaneReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    emit finished();
}

ControlPlaneClient::ControlPlaneClient(const Clock &clock, ClockSkewEstimator *skew, Settings settings,
                                       QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_skew(skew)
    , m_settings(std::move(settings))
{}

Result<SignedHttpRequest> ControlPlaneClient::buildRequest(const QString &endpoint, const QByteArray &path,
                                                           const QByteArray &body,
                                                           const AwsCredentials &credentials,
                                                           const QString &region, const QDateTime &time,
                                                           const QByteArray &userAgent)
{
    if (const auto check = validateEndpointUrl(endpoint, EndpointKind::Https); !check.ok())
        return Error{QStringLiteral("InvalidEndpoint"), check.message};
    const sigv4::EndpointParts parts = sigv4::splitEndpoint(endpoint);
    QByteArray fullPath = parts.path;
    while (fullPath.endsWith('/'))
        fullPath.chop(1);
    fullPath += path;

    sigv4::HeaderSigningRequest request;
    request.method = "POST";
    request.path = fullPath;
    request.body = body;
    request.headers = {
        {"content-type", "application/json"},
        {"host", parts.host},
        {"x-amz-content-sha256", crypto::sha256Hex(body)},
        {"x-amz-date", formatAmzDate(time).toLatin1()},
    };
    QList<QByteArray> toSign = {"content-type", "host", "x-amz-content-sha256", "x-amz-date"};
    if (credentials.hasSessionToken()) {
        request.headers.append({"x-amz-security-token", credentials.sessionToken.toUtf8()});
        toSign.append("x-amz-security-token");
    }
    const auto signature = sigv4::signHeaders(request, toSign, credentials, region,
                                              QString::fromLatin1(sigv4::kDefaultService), time);
    if (!signature)
        return signature.error();

    SignedHttpRequest signedRequest;
    signedRequest.url = QUrl::fromEncoded(parts.scheme + "://" + parts.host + fullPath, QUrl::StrictMode);
    signedRequest.body = body;
    signedRequest.headers = request.headers;
    if (!userAgent.isEmpty())
        signedRequest.headers.append({"user-agent", userAgent});
    signedRequest.headers.append({"authorization", signature->authorization});
    signedRequest.signedHeaders = signature->signedHeaders;
    return signedRequest;
}

ControlPlaneReply *ControlPlaneClient::describeSignalingChannel(const AwsCredentials &credentials,
                                                                const QString &channelName,
                                                                const QString &channelArn)
{
    const QJsonObject body = channelArn.isEmpty() ? QJsonObject{{QStringLiteral("ChannelName"), channelName}}
                                                  : QJsonObject{{QStringLiteral("ChannelARN"), channelArn}};
    return send(QStringLiteral("DescribeSignalingChannel"), m_settings.endpoint, "/describeSignalingChannel",
                compactJson(body), credentials);
}

ControlPlaneReply *ControlPlaneClient::listSignalingChannels(const AwsCredentials &credentials,
                                                             const QString &nextToken, int maxResults)
{
    QJsonObject body{{QStringLiteral("MaxResults"), maxResults}};
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    return send(QStringLiteral("ListSignalingChannels"), m_settings.endpoint, "/listSignalingChannels",
                compactJson(body), credentials);
}

ControlPlaneReply *ControlPlaneClient::getSignalingChannelEndpoint(const AwsCredentials &credentials,
                                                                   const QString &channelArn)
{
    const QJsonObject configuration{
        {QStringLiteral("Protocols"), QJsonArray{QStringLiteral("WSS"), QStringLiteral("HTTPS")}},
        {QStringLiteral("Role"), QStringLiteral("VIEWER")}};
    const QJsonObject body{{QStringLiteral("ChannelARN"), channelArn},
                           {QStringLiteral("SingleMasterChannelEndpointConfiguration"), configuration}};
    return send(QStringLiteral("GetSignalingChannelEndpoint"), m_settings.endpoint,
                "/getSignalingChannelEndpoint", compactJson(body), credentials);
}

ControlPlaneReply *ControlPlaneClient::getIceServerConfig(const AwsCredentials &credentials,
                                                          const QString &httpsEndpoint,
                                                          const QString &channelArn, const QString &clientId)
{
    const QJsonObject body{{QStringLiteral("ChannelARN"), channelArn},
                           {QStringLiteral("ClientId"), clientId},
                           {QStringLiteral("Service"), QStringLiteral("TURN")}};
    return send(QStringLiteral("GetIceServerConfig"), httpsEndpoint, "/v1/get-ice-server-config",
                compactJson(body), credentials);
}

ControlPlaneReply *ControlPlaneClient::send(const QString &operation, const QString &endpoint,
                                            const QByteArray &path, const QByteArray &body,
                                            const AwsCredentials &credentials)
{
    auto *reply = new ControlPlaneReply(this);
    reply->m_exchange.operation = operation;
    reply->m_exchange.url = redact(endpoint % QString::fromLatin1(path));
    const QDateTime signingTime = m_clock.now().addMSecs(m_skew ? m_skew->correctionMs() : 0);
    const auto built =
        buildRequest(endpoint, path, body, credentials, m_settings.region, signingTime, m_settings.userAgent);
    if (!built) {
        reply->m_error = Error{built.error().code, redact(built.error().message)};
        reply->m_errorClass = ErrorClass::Other;
        QTimer::singleShot(0, reply, [reply]() { reply->finish(); });
        return reply;
    }

    // Exactly once, on a connection of its own: a retry is the policy's decision and is visible as one.
    auto *http = new SingleHttpRequest(m_settings.tls, kMaxResponseBodyBytes, reply);
    reply->m_http = http;
    http->setProxy(chooseProxy(built->url, m_settings.environment).proxy);
    connect(http, &SingleHttpRequest::finished, this, [this, reply]() { complete(reply); });
    connect(reply->m_timer, &QTimer::timeout, reply, [reply]() {
        reply->m_timedOut = true;
        if (reply->m_http)
            reply->m_http->abort();
    });
    http->send(built->url, "POST", built->headers, built->body);
    reply->m_timer->start(std::max(1, m_settings.timeoutMs));
    return reply;
}

void ControlPlaneClient::complete(ControlPlaneReply *reply)
{
    SingleHttpRequest *http = reply->m_http;
    if (!http || reply->m_finished)
        return;
    http->deleteLater();
    HttpExchange &exchange = reply->m_exchange;
    exchange.elapsedMs = reply->m_elapsed.elapsed();
    exchange.receivedAt = m_clock.now();

    if (http->failure() != SingleHttpRequest::Failure::None) {
        if (reply->m_timedOut) {
            reply->m_error = Error{
                QStringLiteral("Timeout"),
                Text::tr("%1 got no answer within %2 ms.").arg(exchange.operation).arg(m_settings.timeoutMs)};
            reply->m_errorClass = ErrorClass::Timeout;
        } else if (reply->m_aborted) {
            reply->m_error =
                Error{QStringLiteral("Aborted"), Text::tr("%1 was cancelled.").arg(exchange.operation)};
            reply->m_errorClass = ErrorClass::Other;
        } else if (http->failure() == SingleHttpRequest::Failure::Tls) {
            // Certificate problems do not heal by retrying.
            reply->m_error = Error{QStringLiteral("TlsError"),
                                   redact(Text::tr("%1: TLS handshake with %2 failed: %3")
                                              .arg(exchange.operation, exchange.url, http->errorString()))};
            reply->m_errorClass = ErrorClass::Other;
        } else {
            reply->m_error =
                Error{QStringLiteral("NetworkError"),
                      redact(Text::tr("%1 failed: %2").arg(exchange.operation, http->errorString()))};
            reply->m_errorClass = ErrorClass::Network;
        }
        reply->finish();
        return;
    }

    if (http->bodyTruncated()) {
        // Not "not a JSON object": the answer was not read to its end, because it is too large.
        exchange.status = http->status();
        reply->m_error =
            Error{QStringLiteral("ResponseTooLarge"),
                  Text::tr("%1: the answer from %2 is larger than %3 bytes and was not read (a broken "
                           "endpoint, or not the signaling service).")
                      .arg(exchange.operation, exchange.url)
                      .arg(kMaxResponseBodyBytes)};
        reply->m_errorClass = ErrorClass::Other;
        reply->finish();
        return;
    }
    exchange.status = http->status();
    reply->m_body = http->body();
    exchange.errorType = QString::fromLatin1(http->header("x-amzn-ErrorType")).section(u':', 0, 0).trimmed();
    exchange.requestId = QString::fromLatin1(http->header("x-amzn-RequestId")).left(128);
    if (const QByteArray date = http->header("Date"); !date.isEmpty())
        exchange.serverDate = parseHttpDate(QString::fromLatin1(date));

    if (exchange.status != 200) {
        const QJsonObject errorBody = QJsonDocument::fromJson(reply->m_body).object();
        QString message = errorBody.value(u"message").toString();
        if (message.isEmpty())
            message = errorBody.value(u"Message").toString();
        exchange.message = redact(message.left(2048));
        if (exchange.errorType.isEmpty())
            exchange.errorType = errorBody.value(u"__type").toString().section(u'#', -1).section(u':', 0, 0);
        reply->m_signatureTime = SignatureTimeError::find(message);
        const QString code = exchange.errorType.isEmpty() ? u"HttpStatus" % QString::number(exchange.status)
                                                          : exchange.errorType;
        QString statusText = QString::number(exchange.status);
        if (!exchange.errorType.isEmpty())
            statusText += u' ' % exchange.errorType;
        QString text = Text::tr("%1 failed: HTTP %2").arg(exchange.operation, statusText);
        if (!exchange.message.isEmpty())
            text += u": " % exchange.message;
        if (!exchange.requestId.isEmpty())
            text += Text::tr(" (request id %1)").arg(exchange.requestId);
        reply->m_error = Error{code, redact(text)};
        reply->m_errorClass = classifyHttpError(exchange.status, exchange.errorType);
    }

    if (m_skew) {
        if (exchange.serverDate)
            reply->m_skewChanged = m_skew->addHttpDate(*exchange.serverDate, exchange.receivedAt);
        if (reply->m_signatureTime)
            reply->m_skewChanged =
                m_skew->addServerTime(reply->m_signatureTime->serverTime, exchange.receivedAt) ||
                reply->m_skewChanged;
    }
    reply->finish();
}

} // namespace kvs
