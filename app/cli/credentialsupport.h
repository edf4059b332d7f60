#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QString>

class QCommandLineOption;

namespace kvs {
class CredentialChain;
struct Failure;
} // namespace kvs

namespace kvs::cli {

class CommandLine;

/// Adds the options every command that uses AWS credentials shares: --profile and --verbose (alias --debug).
void addCredentialOptions(CommandLine &line);

/// Adds --ca-file (alias --ca-bundle, as the AWS CLI names it).
void addCaFileOption(CommandLine &line);

/// Runs the event loop until chain has answered, and returns its answer.
Result<ResolvedCredentials> fetchCredentialsBlocking(CredentialChain &chain);

/// The exit status (exitcodes.h) for an error from the credential chain or an AWS call.
int exitCodeFor(const Error &error);

/// The exit status (exitcodes.h) for the way a viewer (or a check of its steps) failed.
int exitCodeForFailure(const Failure &failure);

/// When credentials expire, for people: "2030-01-15T13:00:00Z (in 59 minutes)" or "never (long-term keys)".
QString describeExpiry(const ResolvedCredentials &credentials, const QDateTime &now);

} // namespace kvs::cli
