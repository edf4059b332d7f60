#include "core/settings/mediaoptions.h"

namespace kvs {

QString videoCodecPreferenceName(VideoCodecPreference codec)
{
    switch (codec) {
    case VideoCodecPreference::Any:
        return QStringLiteral("any");
    case VideoCodecPreference::H264:
        return QStringLiteral("h264");
    case VideoCodecPreference::Vp8:
        return QStringLiteral("vp8");
    }
    return {};
}

std::optional<VideoCodecPreference> parseVideoCodecPreference(QStringView name)
{
    for (auto codec : {VideoCodecPreference::Any, VideoCodecPreference::H264, VideoCodecPreference::Vp8})
        if (name.compare(videoCodecPreferenceName(codec), Qt::CaseInsensitive) == 0)
            return codec;
    return std::nullopt;
}

QString iceTransportPolicyName(IceTransportPolicy policy)
{
    return policy == IceTransportPolicy::Relay ? QStringLiteral("relay") : QStringLiteral("all");
}

std::optional<IceTransportPolicy> parseIceTransportPolicy(QStringView name)
{
    for (auto policy : {IceTransportPolicy::All, IceTransportPolicy::Relay})
        if (name.compare(iceTransportPolicyName(policy), Qt::CaseInsensitive) == 0)
            return policy;
    return std::nullopt;
}

} // namespace kvs
