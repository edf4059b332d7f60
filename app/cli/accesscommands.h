#pragma once

#include <QProcessEnvironment>
#include <QStringList>

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

} // namespace kvs::cli
