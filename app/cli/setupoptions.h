#pragma once

#include "cli/commandline.h"

#include <QList>
#include <QStringList>

#include <variant>

namespace kvs::cli {

/// What `--setup FILE` stands for on a command line.
struct SetupExpansion
{
    QStringList arguments; ///< the options the setup gives, for options the command knows and the line lacks
    QStringList warnings;  ///< keys of the file that were ignored
};

/// Reads the setup named by --setup FILE (or --setup=FILE) in arguments and turns it into options:
/// --channel-arn / --channel-name, --region, --endpoint-url, --ca-file, --client-id (a "fixed" ClientId),
/// --profile (credentialSource "profile"), --fips, --dual-stack, --max-retries and the media options
/// (--codec, --ice-transport, --no-stun, --no-turn, --no-audio) — each only when the command has it and the
/// command line does not give it (or, for the channel, neither of its two options): flags given on the
/// command line win. knownOptions: the names of each option the command has. Arguments without --setup
/// give an empty expansion. Errors name --setup: an unreadable file, or the setup's own error (the key).
std::variant<SetupExpansion, UsageError> expandSetup(const QStringList &arguments,
                                                     const QList<QStringList> &knownOptions);

} // namespace kvs::cli
