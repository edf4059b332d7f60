#pragma once

#include "cli/commandline.h"
#include "core/aws/tlsoptions.h"
#include "core/connection/connectioncontroller.h"

#include <QProcessEnvironment>

#include <variant>

namespace kvs {
class CredentialChain;
}

namespace kvs::cli {

/// What the channel options of connect, check-access and ice-servers name: the viewer's target and the
/// trust store.
struct TargetChoice
{
    ConnectionTarget target;
    TlsOptions tls;
};

/// Adds --setup (see expandSetup()), --channel-arn, --channel-name, --client-id, --region, --endpoint-url,
/// --ca-file, --fips and
/// --dual-stack.
void addTargetOptions(CommandLine &line);

/// Reads the options addTargetOptions() added: exactly one of --channel-arn and --channel-name, a valid
/// ClientId (default: installClientId()), the region (--region, else the chain's, else the ARN's), the
/// endpoint and the CA file. A UsageError names the option at fault.
std::variant<TargetChoice, UsageError>
readTargetOptions(const CommandLine &line, const QProcessEnvironment &environment, CredentialChain &chain);

/// The ClientId kept for this install (shared with the app): created once with makeClientId.
QString installClientId();

} // namespace kvs::cli
