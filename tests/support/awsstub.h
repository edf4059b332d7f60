#pragma once

#include "core/aws/awscredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

namespace kvs::test {

/// One request the stub received.
struct StubRequest
{
    QByteArray method;
    QByteArray path;  ///< without the query
    QByteArray query; ///< raw, without '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    /// A form field (STS) or query parameter (SSO), decoded.
    QByteArray formValue(const QByteArray &name) const;
    QByteArray queryValue(const QByteArray &name) const;
};

/// A small HTTP server on 127.0.0.1:0 that answers like STS (AssumeRole, GetCallerIdentity: Query API,
/// XML) and the SSO portal (GetRoleCredentials: JSON). It checks every STS request's SigV4 signature
/// against the identities it knows and answers SignatureDoesNotMatch / InvalidClientTokenId like STS does.
class AwsStub final : public QObject
{
    Q_OBJECT

public:
    /// An identity the stub accepts: its keys and what GetCallerIdentity says about it.
    struct Identity
    {
        AwsCredentials credentials;
        QString arn;
        QString account = QStringLiteral("123456789012");
    };

    explicit AwsStub(QObject *parent = nullptr);

    bool listen();
    /// http://127.0.0.1:PORT
    QString url() const;

    void addIdentity(const Identity &identity);
    /// SSO bearer tokens the portal accepts.
    void addSsoToken(const QByteArray &token) { m_ssoTokens.append(token); }
    /// Issued secrets start with this (so a leak test can look for them).
    void setSecretPrefix(const QString &prefix) { m_prefix = prefix; }
    /// Lifetime of issued credentials (default one hour), from the time given by now().
    void setLifetimeSeconds(int seconds) { m_lifetime = seconds; }
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// AssumeRole for a role ARN containing this text is denied (AccessDenied).
    void setDeniedRole(const QString &text) { m_deniedRole = text; }

    const QList<StubRequest> &requests() const { return m_requests; }
    /// Credentials issued so far (AssumeRole and GetRoleCredentials), in order.
    const QList<AwsCredentials> &issued() const { return m_issued; }

private:
    void handleConnection();
    QByteArray respond(const StubRequest &request);
    QByteArray sts(const StubRequest &request);
    QByteArray sso(const StubRequest &request);
    /// nullptr and an error answer when the signature does not verify.
    const Identity *verify(const StubRequest &request, QByteArray *errorAnswer) const;
    Identity issue(const QString &arn);

    QTcpServer m_server;
    QList<Identity> m_identities;
    QList<QByteArray> m_ssoTokens;
    QList<StubRequest> m_requests;
    QList<AwsCredentials> m_issued;
    QString m_prefix = QStringLiteral("StubSecret");
    QString m_deniedRole = QStringLiteral("Denied");
    int m_lifetime = 3600;
    int m_counter = 0;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace kvs::test
