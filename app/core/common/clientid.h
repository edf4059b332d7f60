#pragma once

#include <QString>

#include <functional>

namespace kvs {

/// Makes a new ClientId "viewer-" + 12 lower-case hex digits from the given random source (32-bit values).
/// Keep one per install: every fresh id counts toward the channel's 10-viewer limit until it times out.
QString makeClientId(const std::function<quint32()> &random32);

} // namespace kvs
