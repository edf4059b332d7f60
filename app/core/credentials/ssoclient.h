#pragma once

#include "core/aws/awshttp.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace kvs {

/// A sign-in token cached by `aws sso login` (~/.aws/sso/cache/<sha1>.json).
struct SsoToken
{
    QString accessToken; ///< a secret: registered for redaction when read
    QDateTime expiresAt;
    QString region;
    QString startUrl;
};

/// IAM Identity Center (SSO) for profiles: the token cache `aws sso login` writes and the portal's
/// GetRoleCredentials, which turns the token into role credentials.
class SsoClient
{
public:
    /// The cache file for a session name (sso_session) or, in the legacy form, a start URL:
    /// HOME/.aws/sso/cache/<hex sha1 of cacheKey>.json
    static QString cachePath(const QString &home, const QString &cacheKey);

    /// Reads and checks the cached token. profileName goes into the advice: a missing, unreadable or
    /// expired token says "run `aws sso login --profile NAME`". Errors: SsoLoginRequired, InvalidSsoCache.
    static Result<SsoToken> readToken(const QString &path, const QString &profileName, const QDateTime &now);

    /// Parses GetRoleCredentials' JSON ({"roleCredentials": {…, "expiration": ms since the epoch}}).
    static Result<ResolvedCredentials> parseRoleCredentials(const QByteArray &json);

    /// https://portal.sso.REGION.amazonaws.com (.amazonaws.com.cn in China regions).
    static QString defaultEndpoint(const QString &region);

    /// endpoint: empty for the default portal of region.
    SsoClient(QNetworkAccessManager *network, QString region, QString endpoint, HttpOptions options);

    /// GET /federation/credentials?role_name=…&account_id=… with the x-amz-sso_bearer_token header.
    /// Errors: SsoLoginRequired (401/403: the token is no longer accepted), the service's error type,
    /// NetworkError, InvalidResponse.
    void getRoleCredentials(const SsoToken &token, const QString &accountId, const QString &roleName,
                            const QString &profileName, QObject *context,
                            std::function<void(const Result<ResolvedCredentials> &)> done) const;

private:
    QNetworkAccessManager *m_network;
    QString m_region;
    QString m_endpoint;
    HttpOptions m_options;
};

/// The advice for an SSO profile without a usable sign-in.
QString ssoLoginAdvice(const QString &profileName);

} // namespace kvs
