#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kvs::emulator {

/// Builds what the built-in master sends back for an offer: an SDP answer that mirrors the offer's m-lines
/// (directions flipped, fresh ICE credentials, a DTLS fingerprint, setup:active) and a few ICE candidates.
class SdpAnswerer final
{
public:
    /// The answer SDP for offerSdp (CRLF line endings); empty when the offer has no m-line.
    static QString answerFor(const QString &offerSdp);
    /// ICE candidate payloads ({"candidate", "sdpMid", "sdpMLineIndex"}): host udp, srflx and relay.
    static QList<QJsonObject> candidatesFor(const QString &answerSdp);
};

} // namespace kvs::emulator
