#pragma once

#include <QString>

#include <optional>

namespace kvs {

/// Which video codec the viewer offers.
enum class VideoCodecPreference
{
    Any,  ///< H.264 and VP8 (H.264 first), as a browser would
    H264, ///< H.264 only
    Vp8,  ///< VP8 only
};

/// "any", "h264", "vp8"
QString videoCodecPreferenceName(VideoCodecPreference codec);
std::optional<VideoCodecPreference> parseVideoCodecPreference(QStringView name);

/// Which candidates ICE may use (RTCIceTransportPolicy).
enum class IceTransportPolicy
{
    All,   ///< host, server-reflexive and relay candidates
    Relay, ///< only relay (TURN) candidates
};

/// "all", "relay"
QString iceTransportPolicyName(IceTransportPolicy policy);
std::optional<IceTransportPolicy> parseIceTransportPolicy(QStringView name);

/// How the viewer receives the master's media. Never contains a secret; stored in settings as is.
struct MediaOptions
{
    VideoCodecPreference codec = VideoCodecPreference::Any;
    IceTransportPolicy iceTransport = IceTransportPolicy::All;
    bool useStun = true;      ///< the region's STUN server
    bool useTurn = true;      ///< the TURN servers from GetIceServerConfig
    bool receiveAudio = true; ///< offer an Opus m-line
    bool playAudio = false;   ///< audio to the system's output; otherwise decoded and measured only
    /// Also gather a 127.0.0.1 host candidate (libnice skips loopback interfaces). For a master on this
    /// machine (the emulator, tests); it turns interface discovery off, so never the default.
    bool loopbackCandidates = false;
    int answerTimeoutMs = 10000;     ///< offer sent → SDP answer
    int connectTimeoutMs = 15000;    ///< answer → ICE connected (also covers gathering)
    int firstFrameTimeoutMs = 15000; ///< ICE connected → first decoded frame
    int statsIntervalMs = 1000;
};

} // namespace kvs
