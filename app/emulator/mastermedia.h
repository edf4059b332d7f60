#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace kvs::emulator {

/// The built-in master's media for one viewer: a WebRTC peer that answers the viewer's offer and sends
/// media (kvsviewer_media's TestMasterPeer, wired in by the programs that run the emulator; the emulator
/// library itself stays free of GStreamer).
class MasterMediaPeer
{
public:
    virtual ~MasterMediaPeer() = default;
    /// A candidate the viewer trickled to the master.
    virtual void addRemoteCandidate(int mlineIndex, const QString &candidate) = 0;
};

/// Where a master peer sends what it produces; the hub delivers it to the viewer as the master's messages.
struct MasterMediaCallbacks
{
    std::function<void(const QString &sdp)> answer;
    std::function<void(int mlineIndex, const QString &mid, const QString &candidate)> candidate;
    std::function<void(const QString &message)> failed;
};

/// Makes the peer for one viewer's offer. sendMedia false: answer and connect, but send no RTP.
using MasterMediaFactory = std::function<std::unique_ptr<MasterMediaPeer>(
    const QString &offerSdp, bool sendMedia, MasterMediaCallbacks callbacks)>;

} // namespace kvs::emulator
