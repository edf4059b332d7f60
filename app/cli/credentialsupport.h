#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

class QCommandLineOption;
class QNetworkAccessManager;
class QTextStream;

namespace kvs {
class Clock;
class CredentialChain;
class CredentialSource;
class CredentialsProvider;
class QProcessRunner;
struct Failure;
} // namespace kvs

namespace kvs::cli {

class CommandLine;

/// Adds the options every command that uses AWS credentials shares: --profile and --verbose (alias --debug).
void addCredentialOptions(CommandLine &line);

/// Adds --ca-file (alias --ca-bundle, as the AWS CLI names it).
void addCaFileOption(CommandLine &line);

/// A command's credentials as --profile and --verbose choose them, made by the core's credentials factory:
/// the network (through the environment's proxy), the credential_process runner and the credential chain.
/// --verbose sends the chain's diagnostics to err as "kvs-viewer-cli <command>: …" (redacted).
class CommandCredentials final
{
public:
    /// line must be parsed; clock and err must outlive this object.
    CommandCredentials(const CommandLine &line, const QProcessEnvironment &environment, const Clock &clock,
                       const QString &command, QTextStream &err);
    ~CommandCredentials();
    CommandCredentials(const CommandCredentials &) = delete;
    CommandCredentials &operator=(const CommandCredentials &) = delete;

    /// The chain (region, the profile's endpoint settings, HttpOptions).
    CredentialChain &chain() const;
    /// The chain as a provider for the engine.
    CredentialsProvider &provider() const;
    /// The network the chain uses (other AWS calls go through it too).
    QNetworkAccessManager &network() const { return *m_network; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QProcessRunner> m_runner;
    std::unique_ptr<CredentialSource> m_source;
};

/// Runs the event loop until chain has answered, and returns its answer.
Result<ResolvedCredentials> fetchCredentialsBlocking(CredentialChain &chain);

/// The exit status (exitcodes.h) for an error from the credential chain or an AWS call.
int exitCodeFor(const Error &error);

/// The exit status (exitcodes.h) for the way a viewer (or a check of its steps) failed.
int exitCodeForFailure(const Failure &failure);

/// When credentials expire, for people: "2030-01-15T13:00:00Z (in 59 minutes)" or "never (long-term keys)".
QString describeExpiry(const ResolvedCredentials &credentials, const QDateTime &now);

} // namespace kvs::cli
