#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli network-test`: fetches the channel's ICE servers as connect does (GetIceServerConfig),
/// then tries STUN and each TURN URI separately with the real ICE stack and prints one row per path
/// (✔/✘, time, address obtained, reason), the verdict and the local side (--json: one JSON object).
/// Returns 0 when at least one media path works, 9 when none does, else check-access's status.
int runNetworkTest(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
                   QTextStream &out, QTextStream &err);

} // namespace kvs::cli
