#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"
#include "core/connection/connectionplan.h"
#include "core/credentials/stsclient.h"
#include "core/events/failureexplainer.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kvs {

class Clock;
class CredentialsProvider;

/// Who the credentials belong to, as `kvs-viewer-cli whoami` shows it. Holds no secret: the access key id
/// is masked.
struct IdentityReport
{
    CallerIdentity identity;
    QString credentialSource; ///< "environment", "profile qa (credential_process)", …
    QString maskedAccessKeyId;
    bool temporary = false; ///< a session token came with the keys
    QDateTime expiration;   ///< invalid: long-term keys that do not expire
    QString region;
    QString stsEndpoint;
    StsEndpointSource stsEndpointSource = StsEndpointSource::Default; ///< words: the surface's
};

/// "Who am I" for the app: fetches the credentials from a provider and asks STS GetCallerIdentity with
/// them (the same StsClient as the CLI's whoami), on a network connection of its own so a changed CA or
/// endpoint applies at once. Asynchronous; finished() once per start().
class IdentityLookup final : public QObject
{
    Q_OBJECT

public:
    /// credentials and clock must outlive the lookup.
    IdentityLookup(CredentialsProvider &credentials, const Clock &clock, AccountPlan plan,
                   QObject *parent = nullptr);
    ~IdentityLookup() override;

    void start();
    bool isRunning() const { return m_running; }
    /// The outcome once finished: the report, or the error (code: the chain's or STS's, e.g. AccessDenied,
    /// InvalidClientTokenId, ExpiredToken, NetworkError; message redacted). Unset before.
    const std::optional<Result<IdentityReport>> &result() const { return m_result; }
    /// The STS step as a Failure for explainFailure(), when the lookup failed.
    Failure failure() const;

signals:
    /// Emitted once when the lookup ends, either way.
    void finished();

private:
    void onCredentials(const Result<ResolvedCredentials> &credentials);
    void finish(Result<IdentityReport> result);

    CredentialsProvider &m_credentials;
    const Clock &m_clock;
    AccountPlan m_plan;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<Result<IdentityReport>> m_result;
    bool m_running = false;
    bool m_credentialsFailed = false;
    quint64 m_generation = 0;
};

} // namespace kvs
