#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace kvs {
class Clock;
}

namespace kvs::cli {

/// `kvs-viewer-cli connect`: connects to a signaling channel as a viewer (or N viewers), reports every step,
/// retry, service answer and message as JSON lines (--json) or short lines for people, optionally probes
/// the master (--probe), stays --duration seconds (0: until Ctrl-C or SIGTERM, which close cleanly) and
/// ends with a summary. Returns the exit status (exitcodes.h).
int runConnect(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
               QTextStream &out, QTextStream &err);

} // namespace kvs::cli
