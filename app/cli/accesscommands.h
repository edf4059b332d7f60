#pragma once

#include "cli/commandline.h"
#include "cli/targetoptions.h"
#include "core/diagnostics/accesscheck.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli check-access`: runs each step a viewer needs once (credentials,
/// DescribeSignalingChannel, GetSignalingChannelEndpoint, GetIceServerConfig, ConnectAsViewer), prints
/// each step ✔/✘/not run with time, HTTP status, error type, the service's message and, on ✘, the IAM
/// action to grant (--json: one JSON object). Returns 0 when every step passed, else the exit status of
/// the failed step (exitcodes.h).
int runCheckAccess(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                   QTextStream &out, QTextStream &err);

/// `kvs-viewer-cli ice-servers`: fetches the channel's ICE servers (GetIceServerConfig) and prints the
/// URIs, TTLs and expiry; TURN usernames and passwords are always redacted (--json: one JSON object).
int runIceServers(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                  QTextStream &out, QTextStream &err);

/// Extra options of a command built on the access check (network-test): added to the command line, then read
/// (a UsageError stops the command with exit status 2).
struct CheckOptionHooks
{
    std::function<void(CommandLine &)> add;
    std::function<std::optional<UsageError>(const CommandLine &)> read;
};

/// Parses the channel, credential, --timeout and --json options (plus the hooks'), builds the access check
/// for scope and runs it to the end. Returns the exit status on a usage problem or --help (the check is
/// then not run), else -1 with result (and choice, when given) filled.
int runCheck(const QString &command, const QString &description, AccessCheck::Scope scope,
             const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
             QTextStream &out, QTextStream &err, const QString &helpExtra, bool *json,
             AccessCheckResult *result, const CheckOptionHooks &hooks = {}, TargetChoice *choice = nullptr);

/// The exit status of a finished check: 0 when it passed, else its first failure's (exitcodes.h).
int exitCodeForCheck(const AccessCheckResult &result);

} // namespace kvs::cli
