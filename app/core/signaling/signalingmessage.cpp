#include "core/signaling/signalingmessage.h"

#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::SignalingMessage)
};

Error fail(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), redact(message)};
}

/// A field that must be a string when present; nullopt when it has another type.
std::optional<QString> optionalString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

/// The service sends lower-camel keys; the C SDK capitalises them. Accept both.
QJsonValue field(const QJsonObject &object, QStringView lower)
{
    QJsonValue value = object.value(lower);
    if (value.isUndefined()) {
        QString upper = lower.toString();
        upper[0] = upper[0].toUpper();
        value = object.value(upper);
    }
    return value;
}

SignalingMessageType typeFromName(QStringView name)
{
    if (name == u"SDP_OFFER")
        return SignalingMessageType::SdpOffer;
    if (name == u"SDP_ANSWER")
        return SignalingMessageType::SdpAnswer;
    if (name == u"ICE_CANDIDATE")
        return SignalingMessageType::IceCandidate;
    if (name == u"STATUS_RESPONSE")
        return SignalingMessageType::StatusResponse;
    if (name == u"GO_AWAY")
        return SignalingMessageType::GoAway;
    if (name == u"RECONNECT_ICE_SERVER")
        return SignalingMessageType::ReconnectIceServer;
    return SignalingMessageType::Unknown;
}

Result<QJsonObject> decodePayload(const QJsonValue &payload, const QString &typeName)
{
    if (!payload.isString() || payload.toString().isEmpty())
        return fail("InvalidPayload", Text::tr("%1 has no messagePayload.").arg(typeName));
    const QByteArray encoded = payload.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        // Some senders use the URL-safe alphabet; accept it, nothing else.
        decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::Base64UrlEncoding |
                                                              QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail("InvalidBase64",
                        Text::tr("%1 has a messagePayload that is not valid base64.").arg(typeName));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail("InvalidPayload",
                    Text::tr("%1 has a messagePayload that is not a JSON object.").arg(typeName));
    return document.object();
}

Result<StatusResponse> parseStatusResponse(const QJsonValue &value)
{
    if (!value.isObject())
        return fail("InvalidMessage", Text::tr("statusResponse is not an object."));
    const QJsonObject object = value.toObject();
    StatusResponse status;
    status.correlationId = field(object, u"correlationId").toString().left(256);
    status.errorType = field(object, u"errorType").toString().left(256);
    const QJsonValue code = field(object, u"statusCode");
    status.statusCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString().left(16);
    status.description = field(object, u"description").toString().left(2048);
    bool numeric = false;
    const int statusCode = status.statusCode.toInt(&numeric);
    status.success = status.errorType.isEmpty() &&
                     (status.statusCode.isEmpty() || (numeric && statusCode >= 200 && statusCode < 300));
    return status;
}

} // namespace

QString signalingMessageTypeName(SignalingMessageType type)
{
    switch (type) {
    case SignalingMessageType::SdpOffer:
        return QStringLiteral("SDP_OFFER");
    case SignalingMessageType::SdpAnswer:
        return QStringLiteral("SDP_ANSWER");
    case SignalingMessageType::IceCandidate:
        return QStringLiteral("ICE_CANDIDATE");
    case SignalingMessageType::StatusResponse:
        return QStringLiteral("STATUS_RESPONSE");
    case SignalingMessageType::GoAway:
        return QStringLiteral("GO_AWAY");
    case SignalingMessageType::ReconnectIceServer:
        return QStringLiteral("RECONNECT_ICE_SERVER");
    case SignalingMessageType::ServiceNotice:
        return QStringLiteral("SERVICE_NOTICE");
    case SignalingMessageType::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

Result<SignalingMessage> SignalingMessage::parse(QByteArrayView frame, qsizetype maxBytes)
{
    if (frame.size() > maxBytes)
        return fail("MessageTooLarge",
                    Text::tr("A signaling message of %1 bytes was refused; the limit is %2 bytes.")
                        .arg(frame.size())
                        .arg(maxBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(frame.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail("InvalidJson", Text::tr("A signaling message is not valid JSON (%1 at offset %2).")
                                       .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!document.isObject())
        return fail("InvalidMessage", Text::tr("A signaling message is JSON but not an object."));
    const QJsonObject object = document.object();

    SignalingMessage message;
    const auto messageType = optionalString(object, u"messageType");
    const auto sender = optionalString(object, u"senderClientId");
    if (!messageType || !sender)
        return fail("InvalidMessage",
                    Text::tr("A signaling message has a non-string messageType or senderClientId."));
    message.messageType = messageType->left(64);
    message.senderClientId = sender->left(256);
    message.type = typeFromName(*messageType);

    const QJsonValue status = field(object, u"statusResponse");
    if (status.isObject() || message.type == SignalingMessageType::StatusResponse) {
        auto parsed = parseStatusResponse(status);
        if (!parsed)
            return parsed.error();
        message.statusResponse = std::move(parsed).value();
    }

    const QString typeName = message.messageType.isEmpty() ? Text::tr("A message") : message.messageType;
    switch (message.type) {
    case SignalingMessageType::SdpOffer:
    case SignalingMessageType::SdpAnswer: {
        const auto payload = decodePayload(field(object, u"messagePayload"), typeName);
        if (!payload)
            return payload.error();
        const QString expected = message.type == SignalingMessageType::SdpOffer ? QStringLiteral("offer")
                                                                                : QStringLiteral("answer");
        const QJsonValue sdpType = payload->value(u"type");
        const QJsonValue sdp = payload->value(u"sdp");
        if (!sdp.isString() || !sdp.toString().startsWith(u"v=0"))
            return fail(
                "InvalidSdp",
                Text::tr("%1 carries no SDP (the payload's \"sdp\" must start with v=0).").arg(typeName));
        if (!sdpType.isUndefined() && sdpType.toString() != expected)
            return fail("InvalidPayload", Text::tr("%1 carries an SDP of type \"%2\"; expected \"%3\".")
                                              .arg(typeName, sdpType.toString().left(16), expected));
        message.sdpType = expected;
        message.sdp = sdp.toString();
        break;
    }
    case SignalingMessageType::IceCandidate: {
        const auto payload = decodePayload(field(object, u"messagePayload"), typeName);
        if (!payload)
            return payload.error();
        const QJsonValue line = payload->value(u"candidate");
        if (!line.isString())
            return fail("InvalidPayload",
                        Text::tr("%1 has no \"candidate\" string in its payload.").arg(typeName));
        const QJsonValue mid = payload->value(u"sdpMid");
        const QJsonValue index = payload->value(u"sdpMLineIndex");
        if ((!mid.isUndefined() && !mid.isNull() && !mid.isString()) ||
            (!index.isUndefined() && !index.isNull() && !index.isDouble()))
            return fail("InvalidPayload",
                        Text::tr("%1 has a non-string sdpMid or a non-number sdpMLineIndex.").arg(typeName));
        const double indexValue = index.toDouble(-1);
        if (index.isDouble() && (indexValue < 0 || indexValue > 1024 || indexValue != std::floor(indexValue)))
            return fail("InvalidPayload", Text::tr("%1 has an sdpMLineIndex out of range.").arg(typeName));
        if (line.toString().isEmpty()) {
            message.endOfCandidates = true;
            break;
        }
        auto candidate = IceCandidate::parse(line.toString());
        if (!candidate)
            return fail("InvalidCandidate", candidate.error().message);
        message.candidate = std::move(candidate).value();
        message.candidate->sdpMid = mid.toString().left(64);
        message.candidate->sdpMLineIndex = index.isDouble() ? static_cast<int>(indexValue) : -1;
        break;
    }
    case SignalingMessageType::StatusResponse:
    case SignalingMessageType::GoAway:
    case SignalingMessageType::ReconnectIceServer:
        break;
    case SignalingMessageType::ServiceNotice:
    case SignalingMessageType::Unknown:
        if (messageType->isEmpty() && object.value(u"message").isString()) {
            message.type = SignalingMessageType::ServiceNotice;
            message.noticeMessage = object.value(u"message").toString().left(1024);
            message.connectionId = object.value(u"connectionId").toString().left(256);
            message.requestId = object.value(u"requestId").toString().left(256);
        }
        break;
    }
    return message;
}

QString SignalingMessage::summary() const
{
    QString text = signalingMessageTypeName(type);
    switch (type) {
    case SignalingMessageType::SdpOffer:
    case SignalingMessageType::SdpAnswer:
        text += Text::tr(", %n characters of SDP", nullptr, int(sdp.size()));
        break;
    case SignalingMessageType::IceCandidate:
        if (endOfCandidates)
            text += u' ' % Text::tr("end of candidates");
        else if (candidate)
            text +=
                u' ' % candidateTypeName(candidate->type) % u'/' %
                candidateTransportName(candidate->transport) % u' ' % candidate->address % u':' %
                QString::number(candidate->port) %
                (candidate->sdpMid.isEmpty() ? QString() : u' ' % Text::tr("mid %1").arg(candidate->sdpMid));
        break;
    case SignalingMessageType::ServiceNotice:
        text += u": " % noticeMessage;
        if (!requestId.isEmpty())
            text += u" (requestId " % requestId % u')';
        break;
    case SignalingMessageType::Unknown:
        if (!messageType.isEmpty())
            text += u" messageType " % messageType;
        break;
    case SignalingMessageType::StatusResponse:
    case SignalingMessageType::GoAway:
    case SignalingMessageType::ReconnectIceServer:
        break;
    }
    if (statusResponse) {
        text += u" status " % statusResponse->statusCode % u' ' % statusResponse->errorType;
        if (!statusResponse->correlationId.isEmpty())
            text += u" for " % statusResponse->correlationId;
        if (!statusResponse->description.isEmpty())
            text += u": " % statusResponse->description;
    }
    if (!senderClientId.isEmpty())
        text += u' ' % Text::tr("from %1").arg(senderClientId);
    return redact(text);
}

bool isValidCorrelationId(QStringView correlationId)
{
    if (correlationId.isEmpty() || correlationId.size() > 256)
        return false;
    return std::all_of(correlationId.begin(), correlationId.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'_' || u == u'.' || u == u'-';
    });
}

namespace {

Result<QByteArray> buildFrame(const char *action, const QJsonObject &payload, const QString &correlationId,
                              const QString &recipientClientId)
{
    if (!isValidCorrelationId(correlationId))
        return fail("InvalidCorrelationId",
                    Text::tr("A correlationId must be 1–256 characters of A–Z a–z 0–9 _ . -"));
    if (!recipientClientId.isEmpty()) {
        if (const auto check = validateClientId(recipientClientId); !check.ok())
            return fail("InvalidClientId", check.message);
    }
    const QByteArray encoded = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64();
    if (encoded.size() > kMaxOutboundPayloadChars)
        return fail("PayloadTooLarge",
                    Text::tr("The message payload is %1 characters of base64; the limit is %2.")
                        .arg(encoded.size())
                        .arg(kMaxOutboundPayloadChars));
    QJsonObject frame{{QStringLiteral("action"), QString::fromLatin1(action)},
                      {QStringLiteral("messagePayload"), QString::fromLatin1(encoded)},
                      {QStringLiteral("correlationId"), correlationId}};
    if (!recipientClientId.isEmpty())
        frame.insert(QStringLiteral("recipientClientId"), recipientClientId);
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QByteArray> buildSdpOfferMessage(const QString &sdp, const QString &correlationId,
                                        const QString &recipientClientId)
{
    if (!sdp.startsWith(u"v=0"))
        return fail("InvalidSdp", Text::tr("An SDP offer must start with v=0."));
    return buildFrame("SDP_OFFER",
                      {{QStringLiteral("type"), QStringLiteral("offer")}, {QStringLiteral("sdp"), sdp}},
                      correlationId, recipientClientId);
}

Result<QByteArray> buildIceCandidateMessage(const QString &candidate, const QString &sdpMid,
                                            int sdpMLineIndex, const QString &correlationId,
                                            const QString &recipientClientId)
{
    if (!candidate.isEmpty()) {
        const auto parsed = IceCandidate::parse(candidate);
        if (!parsed)
            return parsed.error();
    }
    QString line = candidate.trimmed();
    if (line.startsWith(u"a="))
        line.remove(0, 2);
    QJsonObject payload{{QStringLiteral("candidate"), line}};
    if (!sdpMid.isEmpty())
        payload.insert(QStringLiteral("sdpMid"), sdpMid);
    if (sdpMLineIndex >= 0)
        payload.insert(QStringLiteral("sdpMLineIndex"), sdpMLineIndex);
    return buildFrame("ICE_CANDIDATE", payload, correlationId, recipientClientId);
}

} // namespace kvs
