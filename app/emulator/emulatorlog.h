#pragma once

#include <QString>

namespace kvs::emulator {

/// Writes one line to stderr, time-stamped and passed through kvs::redact(); stdout stays reserved for the
/// start line. Quiet mode (for tests) drops everything.
void logLine(const QString &text);
/// Turns logging off or on (default on).
void setLoggingEnabled(bool enabled);

} // namespace kvs::emulator
