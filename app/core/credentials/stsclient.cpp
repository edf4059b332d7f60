#include "core/credentials/stsclient.h"

#include "core/aws/awstime.h"
#include "core/aws/sigv4.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkRequest>
#include <QUrl>
#include <QXmlStreamReader>

namespace kvs {
namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::StsClient)
};

/// The text of every leaf element, by local name (first occurrence wins): STS documents have unique names.
std::optional<QHash<QString, QString>> leafTexts(const QByteArray &xml)
{
    QHash<QString, QString> texts;
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!texts.contains(reader.name().toString()))
                texts.insert(reader.name().toString(), text.trimmed());
            text.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return texts;
}

Error invalidResponse(const QString &what)
{
    return Error{QStringLiteral("InvalidResponse"), Text::tr("STS answered with %1.").arg(what)};
}

} // namespace

StsClient::StsClient(QNetworkAccessManager *network, const Clock &clock, QString region, QString endpoint,
                     HttpOptions options)
    : m_network(network)
    , m_clock(clock)
    , m_region(std::move(region))
    , m_endpoint(endpoint.isEmpty() ? defaultEndpoint(m_region) : std::move(endpoint))
    , m_options(std::move(options))
{}

QString StsClient::defaultEndpoint(const QString &region)
{
    const bool china = region.startsWith(u"cn-");
    return u"https://sts." % region % (china ? u".amazonaws.com.cn" : u".amazonaws.com");
}

Result<ResolvedCredentials> StsClient::parseAssumeRoleResponse(const QByteArray &xml)
{
    const auto texts = leafTexts(xml);
    if (!texts)
        return invalidResponse(Text::tr("a document that is not XML"));
    ResolvedCredentials result;
    result.credentials.accessKeyId = texts->value(QStringLiteral("AccessKeyId"));
    result.credentials.secretAccessKey = texts->value(QStringLiteral("SecretAccessKey"));
    result.credentials.sessionToken = texts->value(QStringLiteral("SessionToken"));
    registerCredentialSecrets(result.credentials);
    if (result.credentials.accessKeyId.isEmpty() || result.credentials.secretAccessKey.isEmpty() ||
        result.credentials.sessionToken.isEmpty())
        return invalidResponse(Text::tr("no Credentials"));
    const auto expiration = parseIso8601(texts->value(QStringLiteral("Expiration")));
    if (!expiration)
        return invalidResponse(Text::tr("credentials without a valid Expiration"));
    result.expiration = *expiration;
    return result;
}

Result<CallerIdentity> StsClient::parseGetCallerIdentityResponse(const QByteArray &xml)
{
    const auto texts = leafTexts(xml);
    if (!texts)
        return invalidResponse(Text::tr("a document that is not XML"));
    CallerIdentity identity{texts->value(QStringLiteral("Account")), texts->value(QStringLiteral("Arn")),
                            texts->value(QStringLiteral("UserId"))};
    if (identity.account.isEmpty() || identity.arn.isEmpty())
        return invalidResponse(Text::tr("no Account or Arn"));
    return identity;
}

Error StsClient::parseError(const QString &action, int status, const QByteArray &xml)
{
    const auto texts = leafTexts(xml);
    QString code = texts ? texts->value(QStringLiteral("Code")) : QString();
    const QString message = texts ? texts->value(QStringLiteral("Message")) : QString();
    if (code.isEmpty())
        code = status == 403 ? QStringLiteral("AccessDenied") : QStringLiteral("HttpError");
    return Error{code,
                 redact(Text::tr("STS %1 failed with HTTP %2 %3: %4")
                            .arg(action)
                            .arg(status)
                            .arg(code, message.isEmpty() ? Text::tr("no message") : message.left(500)))};
}

void StsClient::call(const QString &action, const QList<std::pair<QByteArray, QByteArray>> &parameters,
                     const AwsCredentials *caller, QObject *context,
                     std::function<void(const Result<QByteArray> &)> done) const
{
    if (const ValidationResult valid = validateEndpointUrl(m_endpoint, EndpointKind::Https); !valid.ok()) {
        done(Error{QStringLiteral("InvalidEndpoint"), Text::tr("STS endpoint: %1").arg(valid.message)});
        return;
    }
    const QUrl url = QUrl::fromEncoded(m_endpoint.toUtf8(), QUrl::StrictMode);
    QByteArray body = "Action=" + sigv4::uriEncode(action.toUtf8()) + "&Version=2011-06-15";
    for (const auto &[name, value] : parameters)
        body += '&' + sigv4::uriEncode(name) + '=' + sigv4::uriEncode(value);

    QNetworkRequest request(url);
    if (!caller) {
        // AssumeRoleWithWebIdentity is the one action STS takes unsigned: the token is the proof.
        request.setRawHeader("content-type", "application/x-www-form-urlencoded; charset=utf-8");
        send(action, request, body, context, std::move(done));
        return;
    }
    const QDateTime now = m_clock.now();
    sigv4::HeaderSigningRequest signing;
    signing.method = "POST";
    signing.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (signing.path.isEmpty())
        signing.path = "/";
    signing.body = body;
    signing.headers = {{"host", hostHeaderFor(url)},
                       {"content-type", "application/x-www-form-urlencoded; charset=utf-8"},
                       {"x-amz-date", formatAmzDate(now).toLatin1()}};
    QList<QByteArray> toSign{"content-type", "host", "x-amz-date"};
    if (caller->hasSessionToken()) {
        signing.headers.append({"x-amz-security-token", caller->sessionToken.toUtf8()});
        toSign.append("x-amz-security-token");
    }
    const auto signature = sigv4::signHeaders(signing, toSign, *caller, m_region, QStringLiteral("sts"), now);
    if (!signature) {
        done(signature.error());
        return;
    }
    for (const auto &[name, value] : std::as_const(signing.headers))
        request.setRawHeader(name, value);
    request.setRawHeader("authorization", signature->authorization);
    send(action, request, body, context, std::move(done));
}

void StsClient::send(const QString &action, const QNetworkRequest &request, const QByteArray &body,
                     QObject *context, std::function<void(const Result<QByteArray> &)> done) const
{
    sendHttp(
        m_network, request, "POST", body, m_options, context, [action, done](const HttpResponse &response) {
            if (response.status == 0) {
                done(Error{QStringLiteral("NetworkError"),
                           redact(Text::tr("STS %1: %2; check the network, the endpoint and AWS_CA_BUNDLE.")
                                      .arg(action, response.networkError))});
            } else if (response.status != 200) {
                done(parseError(action, response.status, response.body));
            } else {
                done(response.body);
            }
        });
}

void StsClient::assumeRole(const AssumeRoleParameters &parameters, const AwsCredentials &caller,
                           QObject *context, CredentialsCallback done) const
{
    QList<std::pair<QByteArray, QByteArray>> query{{"RoleArn", parameters.roleArn.toUtf8()},
                                                   {"RoleSessionName", parameters.roleSessionName.toUtf8()}};
    if (parameters.durationSeconds > 0)
        query.append({"DurationSeconds", QByteArray::number(parameters.durationSeconds)});
    if (!parameters.externalId.isEmpty())
        query.append({"ExternalId", parameters.externalId.toUtf8()});
    call(QStringLiteral("AssumeRole"), query, &caller, context, [done](const Result<QByteArray> &body) {
        if (!body)
            done(body.error());
        else
            done(parseAssumeRoleResponse(*body));
    });
}

void StsClient::assumeRoleWithWebIdentity(const AssumeRoleParameters &parameters,
                                          const QString &webIdentityToken, QObject *context,
                                          CredentialsCallback done) const
{
    QList<std::pair<QByteArray, QByteArray>> query{{"RoleArn", parameters.roleArn.toUtf8()},
                                                   {"RoleSessionName", parameters.roleSessionName.toUtf8()},
                                                   {"WebIdentityToken", webIdentityToken.toUtf8()}};
    if (parameters.durationSeconds > 0)
        query.append({"DurationSeconds", QByteArray::number(parameters.durationSeconds)});
    call(QStringLiteral("AssumeRoleWithWebIdentity"), query, nullptr, context,
         [done](const Result<QByteArray> &body) {
             if (!body)
                 done(body.error());
             else
                 done(parseAssumeRoleResponse(*body));
         });
}

void StsClient::getCallerIdentity(const AwsCredentials &caller, QObject *context, IdentityCallback done) const
{
    call(QStringLiteral("GetCallerIdentity"), {}, &caller, context, [done](const Result<QByteArray> &body) {
        if (!body)
            done(body.error());
        else
            done(parseGetCallerIdentityResponse(*body));
    });
}

} // namespace kvs
