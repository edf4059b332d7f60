#include "core/controlplane/presignedurl.h"

#include "core/aws/awstime.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace kvs {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::PresignedUrl)
};

Error invalid(const QString &message)
{
    return Error{QStringLiteral("InvalidPresignedUrl"), message};
}

/// The one value of a query parameter (decoded); nullopt when absent or given twice.
std::optional<QString> single(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() != 1)
        return std::nullopt;
    return values.constFirst();
}

} // namespace

Result<PresignedUrl> PresignedUrl::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() > kMaxLength)
        return invalid(Text::tr("The URL is longer than %1 characters.").arg(kMaxLength));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(Text::tr("This is not a URL."));
    if (url.scheme() != u"wss" && url.scheme() != u"ws")
        return invalid(Text::tr("A presigned signaling URL starts with wss://."));
    const QUrlQuery query(url);
    // The signature and the token are secrets: from here on no log or view can show them.
    const auto signature = single(query, QStringLiteral("X-Amz-Signature"));
    const auto token = single(query, QStringLiteral("X-Amz-Security-Token"));
    if (signature)
        registerSecret(*signature);
    if (token)
        registerSecret(*token);

    PresignedUrl info;
    info.url = trimmed.toUtf8();
    QUrl endpoint = url;
    endpoint.setQuery(QString());
    endpoint.setFragment(QString());
    if (endpoint.path() == u"/")
        endpoint.setPath(QString());
    info.endpoint = endpoint.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
    if (const auto valid = validateEndpointUrl(info.endpoint, EndpointKind::WebSocket); !valid.ok())
        return invalid(valid.message);
    if (single(query, QStringLiteral("X-Amz-Algorithm")).value_or(QString()) != u"AWS4-HMAC-SHA256")
        return invalid(Text::tr("X-Amz-Algorithm is missing or is not AWS4-HMAC-SHA256."));
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    if (!signature || signature->size() != 64 || !std::all_of(signature->cbegin(), signature->cend(), isHex))
        return invalid(Text::tr("X-Amz-Signature is missing or is not 64 hexadecimal digits."));
    const QStringList scope =
        single(query, QStringLiteral("X-Amz-Credential")).value_or(QString()).split(u'/');
    if (scope.size() != 5 || scope.at(4) != u"aws4_request" || scope.at(0).isEmpty())
        return invalid(
            Text::tr("X-Amz-Credential is missing or is not KEY/DATE/REGION/SERVICE/aws4_request."));
    info.maskedAccessKeyId = maskAccessKeyId(scope.at(0));
    info.credentialDate = scope.at(1);
    info.region = scope.at(2);
    info.service = scope.at(3);
    if (!validateRegion(info.region).ok())
        return invalid(
            Text::tr("The region in X-Amz-Credential is not a region: %1").arg(info.region.left(32)));
    const auto signedAt = parseAmzDate(single(query, QStringLiteral("X-Amz-Date")).value_or(QString()));
    if (!signedAt)
        return invalid(Text::tr("X-Amz-Date is missing or is not yyyyMMddTHHmmssZ."));
    info.signedAt = *signedAt;
    bool ok = false;
    info.expiresSeconds = single(query, QStringLiteral("X-Amz-Expires")).value_or(QString()).toInt(&ok);
    if (!ok || info.expiresSeconds < 1 || info.expiresSeconds > 604800)
        return invalid(Text::tr("X-Amz-Expires is missing or is not 1–604800 seconds."));
    info.hasSessionToken = token.has_value();
    const auto arn = single(query, QStringLiteral("X-Amz-ChannelARN"));
    if (!arn || arn->isEmpty())
        return invalid(Text::tr("X-Amz-ChannelARN is missing."));
    info.channelArn = *arn;
    if (auto parsed = ChannelArn::parse(*arn))
        info.arn = parsed.value();
    else
        return invalid(Text::tr("X-Amz-ChannelARN is not a channel ARN: %1").arg(parsed.error().message));
    if (const auto clientId = single(query, QStringLiteral("X-Amz-ClientId"))) {
        if (const auto valid = validateClientId(*clientId); !valid.ok())
            return invalid(Text::tr("X-Amz-ClientId: %1").arg(valid.message));
        info.clientId = *clientId;
    }
    return info;
}

QStringList PresignedUrl::warnings(const QDateTime &now) const
{
    QStringList list;
    if (isExpired(now))
        list.append(Text::tr("The URL expired at %1: it can no longer connect; ask for a fresh one.")
                        .arg(expiresAt().toUTC().toString(Qt::ISODate)));
    if (signedAt > now.addSecs(300))
        list.append(Text::tr("It was signed in the future (%1): the signer's clock is ahead.")
                        .arg(signedAt.toUTC().toString(Qt::ISODate)));
    if (arn && arn->region != region)
        list.append(Text::tr("It was signed for region %1 but the channel is in %2: the service refuses it.")
                        .arg(region, arn->region));
    if (service != u"kinesisvideo")
        list.append(
            Text::tr("It was signed for the service \"%1\", not kinesisvideo.").arg(service.left(32)));
    if (signedAt.toUTC().toString(QStringLiteral("yyyyMMdd")) != credentialDate)
        list.append(
            Text::tr("The credential scope's date %1 is not the signing date.").arg(credentialDate.left(16)));
    return list;
}

} // namespace kvs
