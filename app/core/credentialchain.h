#pragma once

#include "awsconfigfiles.h"
#include "awshttp.h"
#include "resolvedcredentials.h"
#include "result.h"
#include "surface.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kvs {

class Clock;
class ProcessRunner;

/// What the credential chain reads: the environment (variables, HOME), the profile asked for on the command
/// line, and its limits.
struct CredentialChainOptions
{
    QProcessEnvironment environment;
    QString explicitProfile;        ///< --profile; empty: AWS_PROFILE or "default"
    int processTimeoutMs = 60000;   ///< credential_process gets this long
    int refreshMarginSeconds = 300; ///< expiring credentials are fetched anew this long before expiry
    LogFunction log;                ///< diagnostics (already redacted); empty: none
    Surface surface = Surface::App; ///< messages name the app's controls or the CLI's --profile
};

/// Finds AWS credentials where the AWS CLI does, in its order: the environment keys (unless --profile
/// chose a profile), then the profile: role_arn (STS AssumeRole from source_profile or credential_source
/// Environment), SSO (sso_session or the legacy sso_start_url form), static keys, credential_process.
/// Credentials that expire are cached and fetched again before they expire (against the injected clock).
/// Every secret it meets is registered for redaction.
class CredentialChain final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<ResolvedCredentials> &)>;

    /// network and runner must outlive the chain.
    CredentialChain(CredentialChainOptions options, const Clock &clock, QNetworkAccessManager *network,
                    ProcessRunner *runner, QObject *parent = nullptr);
    ~CredentialChain() override;

    /// Calls done with credentials good for more than the refresh margin: the cached set, or a fresh one.
    /// When a refresh fails but the cached set has not expired yet, done gets the cached set. done may be
    /// called before fetch() returns.
    void fetch(Callback done);
    /// Forgets the cached set: the next fetch() resolves the chain again (e.g. after a 403).
    void invalidate();

    /// The profile the chain uses and why.
    ProfileSelection profileSelection() const;
    /// The region: AWS_REGION > AWS_DEFAULT_REGION > the selected profile's region > channelArnRegion.
    Result<RegionChoice> region(const QString &channelArnRegion = {}) const;
    /// HttpOptions for other AWS calls made with these credentials (AWS_CA_BUNDLE, the log).
    Result<HttpOptions> httpOptions() const;

private:
    void resolve();
    void deliver(const Result<ResolvedCredentials> &result);
    void resolveProfile(const std::shared_ptr<const AwsConfigFiles> &files, const QString &name,
                        QStringList visited, Callback done);
    void assumeRole(const std::shared_ptr<const AwsConfigFiles> &files, const AwsProfile &profile,
                    QStringList visited, Callback done);
    void fromSso(const std::shared_ptr<const AwsConfigFiles> &files, const AwsProfile &profile,
                 Callback done);
    void fromProcess(const AwsProfile &profile, Callback done);
    void log(const QString &line) const;

    CredentialChainOptions m_options;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    ProcessRunner *m_runner;
    std::optional<ResolvedCredentials> m_cached;
    QList<Callback> m_waiting;
    bool m_resolving = false;
};

/// The error code of a step that has nothing configured (the chain moves on to the next step).
inline constexpr char kNotConfigured[] = "NotConfigured";

/// The environment step alone: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN). Errors:
/// NotConfigured (neither key variable is set), PartialCredentials (only one is; the message names the
/// missing variable), InvalidCredentials.
Result<ResolvedCredentials> environmentCredentials(const QProcessEnvironment &environment);

/// A profile's static keys (aws_access_key_id, aws_secret_access_key, aws_session_token). Errors:
/// NotConfigured (neither key), PartialCredentials, InvalidCredentials.
Result<ResolvedCredentials> staticProfileCredentials(const AwsProfile &profile);

} // namespace kvs
