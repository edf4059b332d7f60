#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/aws/awshttp.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"
#include "core/common/surface.h"
#include "core/credentials/webidentitycredentials.h"

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

/// Finds AWS credentials where the AWS CLI (botocore) does, in its order: the environment keys (unless
/// --profile chose a profile), then the profile's role_arn (STS AssumeRole from source_profile or
/// credential_source Environment, Ec2InstanceMetadata or EcsContainer), web identity (environment or
/// profile), the profile's SSO, credentials-file keys, credential_process, config-file keys, then container
/// credentials and EC2 instance metadata. This is the one place that assembles the sources; each source
/// is its own small class or function.
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
    /// The region: AWS_REGION > AWS_DEFAULT_REGION > the selected profile's region > channelArnRegion. An
    /// error first when the config files do not parse or the chosen profile does not exist (ProfileNotFound).
    Result<RegionChoice> region(const QString &channelArnRegion = {}) const;
    /// HttpOptions for other AWS calls made with these credentials (AWS_CA_BUNDLE, else the selected
    /// profile's ca_bundle; the log).
    Result<HttpOptions> httpOptions() const;
    /// The selected profile's endpoint settings (FIPS, dual-stack, endpoint URLs, ca_bundle); empty when the
    /// files cannot be read (fetch() reports why) or do not have the profile.
    ProfileEndpointSettings profileSettings() const;

private:
    /// ProfileNotFound when --profile or AWS_PROFILE names a profile that is in neither file.
    std::optional<Error> missingProfile(const AwsConfigFiles &files) const;
    void resolve();
    void deliver(const Result<ResolvedCredentials> &result);
    static bool isAssumeRoleProfile(const AwsProfile &profile);
    /// The profile's own settings: [web identity], SSO, credentials-file keys, credential_process,
    /// config-file keys; NotConfigured when it has none of them.
    void fromProfile(const std::shared_ptr<const AwsConfigFiles> &files, const AwsProfile &profile,
                     bool withWebIdentity, Callback done);
    void resolveSourceProfile(const std::shared_ptr<const AwsConfigFiles> &files, const QString &name,
                              QStringList visited, Callback done);
    void fromWebIdentity(const Result<WebIdentityCredentials::Settings> &settings, const AwsProfile *profile,
                         Callback done);
    /// The end of the chain: container credentials, then EC2 instance metadata.
    void fromCompute(const AwsProfile *profile, const QString &whyNotFiles, Callback done);
    std::shared_ptr<const StsClient> stsFor(const AwsProfile *profile) const;
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

/// The environment step alone: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN, else the
/// legacy AWS_SECURITY_TOKEN; + AWS_CREDENTIAL_EXPIRATION). Errors: NotConfigured (AWS_ACCESS_KEY_ID is not
/// set: as in botocore a lone secret is ignored), PartialCredentials (no secret), InvalidCredentials,
/// ExpiredCredentials (the expiration is before now; now may be invalid to skip the check).
Result<ResolvedCredentials> environmentCredentials(const QProcessEnvironment &environment,
                                                   const QDateTime &now = {});

/// Which file's section a profile's static keys are read from.
enum class ProfileFile
{
    Credentials,
    Config,
};

/// A profile's static keys (aws_access_key_id, aws_secret_access_key, aws_session_token) in one file.
/// Errors: NotConfigured (no aws_access_key_id there), PartialCredentials, InvalidCredentials.
Result<ResolvedCredentials> staticProfileCredentials(const AwsProfile &profile, ProfileFile file);

/// True when the profile (either file) sets aws_access_key_id or aws_secret_access_key.
bool hasStaticKeys(const AwsProfile &profile);

} // namespace kvs
