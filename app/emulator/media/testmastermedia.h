#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/mastermedia.h"

namespace kvs::emulator {

/// The built-in master's media on kvsviewer_media's TestMasterPeer (colour bars with a time code and a
/// 440 Hz tone), configured by config.master. Returns an empty factory for master.media "none", which
/// keeps the SDP-only answers.
MasterMediaFactory testMasterMediaFactory(const EmulatorConfig &config);

} // namespace kvs::emulator
