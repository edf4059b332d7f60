#pragma once

#include "core/aws/awscredentials.h"
#include "core/aws/resolvedcredentials.h"
#include "core/common/surface.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace kvs {

class Clock;
class CredentialChain;
class CredentialsProvider;
class ProcessRunner;

/// Where the credentials for a connection come from, as chosen in the form or by the CLI's flags.
enum class CredentialMode
{
    Environment, ///< the chain from the environment's keys on (AWS_PROFILE or "default" for the files)
    Profile,     ///< the chain with an explicit profile (the form's profile, --profile)
    Manual       ///< keys typed into the form
};

/// A credential choice: the mode and what it needs.
struct CredentialChoice
{
    CredentialMode mode = CredentialMode::Environment;
    QString profile;          ///< Profile: the profile's name; empty: AWS_PROFILE or "default"
    AwsCredentials typedKeys; ///< Manual: the keys as typed
    QString typedKeysSource;  ///< Manual: the source as people read it ("keys typed into the form")
};

/// What a credential source is built with. clock, network and runner must outlive the source.
struct CredentialContext
{
    QProcessEnvironment environment; ///< what the chain reads (keys, AWS_PROFILE, HOME, AWS_CONFIG_FILE, …)
    const Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr; ///< for STS, SSO, container and instance-metadata calls
    ProcessRunner *runner = nullptr;          ///< for credential_process
    Surface surface = Surface::App;           ///< messages name the app's controls or the CLI's --profile
    LogFunction log;                          ///< the chain's diagnostics (already redacted); empty: none
};

/// The credentials a choice leads to: a provider for the engine and, unless the keys were typed, the
/// credential chain behind it (for the region, the profile's endpoint settings and HttpOptions).
class CredentialSource final : public QObject
{
    Q_OBJECT

public:
    ~CredentialSource() override;

    /// What a connection, a check or a lookup fetches credentials from.
    CredentialsProvider &provider() const { return *m_provider; }
    /// The chain behind the provider; nullptr for typed keys.
    CredentialChain *chain() const { return m_chain; }

private:
    friend std::unique_ptr<CredentialSource> makeCredentialSource(const CredentialChoice &,
                                                                  const CredentialContext &);
    CredentialSource() = default;

    CredentialChain *m_chain = nullptr; ///< a child of this object
    std::unique_ptr<CredentialsProvider> m_provider;
};

/// The one credentials factory: turns a choice into a source, and registers every secret the choice holds
/// for redaction before it returns (the chain registers the secrets it reads as it reads them).
std::unique_ptr<CredentialSource> makeCredentialSource(const CredentialChoice &choice,
                                                       const CredentialContext &context);

} // namespace kvs
