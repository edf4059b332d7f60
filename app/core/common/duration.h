#pragma once

#include <QString>

namespace kvs {

/// A duration as people read it, in the UI language: "850 ms", "3.2 s", "42 s", "1 min 36 s", "2 h 5 min".
/// The one formatter for every duration shown to people (steps, retries, closes, probes, timeouts); JSON
/// keeps milliseconds as numbers. A negative duration is shown as 0 ms.
QString formatDuration(qint64 ms);

} // namespace kvs
