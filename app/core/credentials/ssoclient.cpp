#include "core/credentials/ssoclient.h"

#include "core/aws/awstime.h"
#include "core/aws/sigv4.h"
#include "core/common/redaction.h"
#include "core/common/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace kvs {
namespace {

/// The last millisecond of year 9999, the latest expiration taken from the SSO portal.
constexpr double kMaxExpirationMs = 253402300799999.0;

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::SsoClient)
};

Error loginRequired(const QString &why, const QString &profileName)
{
    return Error{QStringLiteral("SsoLoginRequired"), why % u"; " % ssoLoginAdvice(profileName)};
}

} // namespace

QString ssoLoginAdvice(const QString &profileName)
{
    return Text::tr("run `aws sso login --profile %1` and try again.").arg(profileName);
}

QString SsoClient::cachePath(const QString &home, const QString &cacheKey)
{
    const QByteArray hash = QCryptographicHash::hash(cacheKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return home % u"/.aws/sso/cache/" % QString::fromLatin1(hash) % u".json";
}

Result<SsoToken> SsoClient::readToken(const QString &path, const QString &profileName, const QDateTime &now)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return loginRequired(Text::tr("No SSO sign-in is cached for profile %1").arg(profileName),
                             profileName);
    if (!file.open(QIODevice::ReadOnly))
        return loginRequired(
            Text::tr("The SSO token cache %1 cannot be read (%2)").arg(path, file.errorString()),
            profileName);
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject object = document.object();
    SsoToken token;
    token.accessToken = object.value(u"accessToken").toString();
    registerSecret(token.accessToken);
    registerSecret(object.value(u"refreshToken").toString());
    registerSecret(object.value(u"clientSecret").toString());
    token.region = object.value(u"region").toString();
    token.startUrl = object.value(u"startUrl").toString();
    const auto expiresAt = parseIso8601(object.value(u"expiresAt").toString());
    if (token.accessToken.isEmpty() || !expiresAt)
        return loginRequired(Text::tr("The SSO token cache %1 holds no usable token").arg(path), profileName);
    token.expiresAt = *expiresAt;
    if (token.expiresAt <= now)
        return loginRequired(Text::tr("The SSO sign-in for profile %1 expired at %2")
                                 .arg(profileName, token.expiresAt.toString(Qt::ISODate)),
                             profileName);
    return token;
}

Result<ResolvedCredentials> SsoClient::parseRoleCredentials(const QByteArray &json)
{
    const QJsonObject role = QJsonDocument::fromJson(json).object().value(u"roleCredentials").toObject();
    ResolvedCredentials result;
    result.credentials.accessKeyId = role.value(u"accessKeyId").toString();
    result.credentials.secretAccessKey = role.value(u"secretAccessKey").toString();
    result.credentials.sessionToken = role.value(u"sessionToken").toString();
    registerCredentialSecrets(result.credentials);
    const QJsonValue expiration = role.value(u"expiration");
    if (result.credentials.accessKeyId.isEmpty() || result.credentials.secretAccessKey.isEmpty() ||
        !expiration.isDouble())
        return Error{
            QStringLiteral("InvalidResponse"),
            Text::tr("the SSO portal answered without roleCredentials (accessKeyId, secretAccessKey, "
                     "expiration).")};
    // Milliseconds since the epoch, up to the end of year 9999: a larger double does not fit a qint64 (the
    // conversion would be undefined behaviour) and no real expiration is there.
    const double ms = expiration.toDouble();
    if (!(ms >= 0.0) || ms > kMaxExpirationMs)
        return Error{QStringLiteral("InvalidResponse"),
                     Text::tr("the SSO portal answered with an expiration out of range (%1).").arg(ms)};
    result.expiration = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
    return result;
}

QString SsoClient::defaultEndpoint(const QString &region)
{
    const bool china = region.startsWith(u"cn-");
    return u"https://portal.sso." % region % (china ? u".amazonaws.com.cn" : u".amazonaws.com");
}

SsoClient::SsoClient(QNetworkAccessManager *network, QString region, QString endpoint, HttpOptions options)
    : m_network(network)
    , m_region(std::move(region))
    , m_endpoint(endpoint.isEmpty() ? defaultEndpoint(m_region) : std::move(endpoint))
    , m_options(std::move(options))
{}

void SsoClient::getRoleCredentials(const SsoToken &token, const QString &accountId, const QString &roleName,
                                   const QString &profileName, QObject *context,
                                   std::function<void(const Result<ResolvedCredentials> &)> done) const
{
    if (const ValidationResult valid = validateEndpointUrl(m_endpoint, EndpointKind::Https); !valid.ok()) {
        done(
            Error{QStringLiteral("InvalidEndpoint"), Text::tr("SSO portal endpoint: %1").arg(valid.message)});
        return;
    }
    QByteArray base = m_endpoint.toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    const QUrl url =
        QUrl::fromEncoded(base + "/federation/credentials?role_name=" + sigv4::uriEncode(roleName.toUtf8()) +
                              "&account_id=" + sigv4::uriEncode(accountId.toUtf8()),
                          QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-sso_bearer_token", token.accessToken.toUtf8());
    sendHttp(
        m_network, request, "GET", {}, m_options, context, [done, profileName](const HttpResponse &response) {
            if (response.status == 0) {
                done(Error{QStringLiteral("NetworkError"),
                           redact(Text::tr("SSO GetRoleCredentials: %1; check the network and AWS_CA_BUNDLE.")
                                      .arg(response.networkError))});
                return;
            }
            if (response.status == 401 || response.status == 403) {
                done(loginRequired(Text::tr("The SSO portal no longer accepts the sign-in of profile %1 "
                                            "(HTTP %2)")
                                       .arg(profileName)
                                       .arg(response.status),
                                   profileName));
                return;
            }
            if (response.status != 200) {
                QString type = QString::fromUtf8(response.header("x-amzn-ErrorType")).section(u':', 0, 0);
                if (type.isEmpty())
                    type = QStringLiteral("HttpError");
                const QJsonObject body = QJsonDocument::fromJson(response.body).object();
                const QString message = body.value(u"message").toString(body.value(u"Message").toString());
                done(Error{type, redact(Text::tr("SSO GetRoleCredentials failed with HTTP %1 %2: %3")
                                            .arg(response.status)
                                            .arg(type, message.left(500)))});
                return;
            }
            done(parseRoleCredentials(response.body));
        });
}

} // namespace kvs
