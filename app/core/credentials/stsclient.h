#pragma once

#include "core/aws/awscredentials.h"
#include "core/aws/awshttp.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

namespace kvs {

class Clock;

/// The parameters of STS AssumeRole a profile can set.
struct AssumeRoleParameters
{
    QString roleArn;
    QString roleSessionName;
    QString externalId;      ///< empty: not sent
    int durationSeconds = 0; ///< 0: not sent (STS's default, one hour)
};

/// What STS GetCallerIdentity answers.
struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;
};

/// A client for AWS STS over its Query API: form-encoded POSTs (Action=…&Version=2011-06-15), SigV4 with
/// service "sts", XML answers. Secrets in answers are registered for redaction as soon as they are parsed.
class StsClient
{
public:
    /// endpoint: an https:// URL (http:// only to loopback) or empty for https://sts.REGION.amazonaws.com.
    StsClient(QNetworkAccessManager *network, const Clock &clock, QString region, QString endpoint,
              HttpOptions options);

    /// The endpoint the client calls.
    QString endpoint() const { return m_endpoint; }

    using CredentialsCallback = std::function<void(const Result<ResolvedCredentials> &)>;
    using IdentityCallback = std::function<void(const Result<CallerIdentity> &)>;

    /// AssumeRole signed with caller. The result's source is empty (the caller names it) and its
    /// expiration is STS's. Errors: the STS error code (AccessDenied, ExpiredToken, …), NetworkError,
    /// InvalidResponse, InvalidEndpoint.
    void assumeRole(const AssumeRoleParameters &parameters, const AwsCredentials &caller, QObject *context,
                    CredentialsCallback done) const;
    /// AssumeRoleWithWebIdentity: unsigned, the web identity token (an OIDC JWT) is the proof. The result's
    /// source is empty. Errors: as assumeRole (InvalidIdentityToken, ExpiredTokenException, …).
    void assumeRoleWithWebIdentity(const AssumeRoleParameters &parameters, const QString &webIdentityToken,
                                   QObject *context, CredentialsCallback done) const;
    /// GetCallerIdentity signed with caller.
    void getCallerIdentity(const AwsCredentials &caller, QObject *context, IdentityCallback done) const;

    /// https://sts.REGION.amazonaws.com (.amazonaws.com.cn in China regions).
    static QString defaultEndpoint(const QString &region);
    /// Parses an AssumeRoleResponse (or AssumeRoleWithWebIdentityResponse) document. Errors: InvalidResponse.
    static Result<ResolvedCredentials> parseAssumeRoleResponse(const QByteArray &xml);
    /// Parses a GetCallerIdentityResponse document. Errors: InvalidResponse.
    static Result<CallerIdentity> parseGetCallerIdentityResponse(const QByteArray &xml);
    /// Turns an STS error answer (ErrorResponse/Error/Code, Message) into an Error naming the action.
    static Error parseError(const QString &action, int status, const QByteArray &xml);

private:
    void call(const QString &action, const QList<std::pair<QByteArray, QByteArray>> &parameters,
              const AwsCredentials *caller, QObject *context,
              std::function<void(const Result<QByteArray> &)> done) const;
    void send(const QString &action, const QNetworkRequest &request, const QByteArray &body, QObject *context,
              std::function<void(const Result<QByteArray> &)> done) const;

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QString m_region;
    QString m_endpoint;
    HttpOptions m_options;
};

} // namespace kvs
