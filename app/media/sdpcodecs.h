#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kvs::media {

/// One m-line of an SDP as the media code needs it: kind, mid, port, direction and the payload types of
/// the codecs we can handle.
struct SdpMediaLine
{
    QString kind;         ///< "video", "audio", "application", …
    QString mid;          ///< empty when absent
    int port = 0;         ///< 0: rejected
    QString direction;    ///< sendrecv (default), sendonly, recvonly, inactive
    int h264Payload = -1; ///< H.264 with packetization-mode=1 (preferring profile 42e01f), −1 when none
    int vp8Payload = -1;
    int opusPayload = -1;
};

/// The m-lines of an SDP in order (lenient: unknown lines are skipped).
QList<SdpMediaLine> parseSdpMediaLines(const QString &sdp);

/// The mid of m-line index (sdpMLineIndex), or "" when there is none.
QString midAt(const QList<SdpMediaLine> &lines, int mlineIndex);
/// The m-line index of mid, or −1.
int mlineIndexOf(const QList<SdpMediaLine> &lines, const QString &mid);

/// What an answer says about our offer's video: the codec the master chose ("H264", "VP8") or why none.
struct AnswerVerdict
{
    QString videoCodec;         ///< empty when the answer accepts no video codec we offered
    QString audioCodec;         ///< "OPUS" or empty
    bool videoRejected = false; ///< the video m-line has port 0 or no codec we offered
    bool hasVideoLine = false;
    QString sendDirection; ///< the master's direction on the video line (sendonly expected)
};
AnswerVerdict judgeAnswer(const QString &answerSdp);

/// True when answerSdp answers offerSdp: the same media lines in the same order, each of the same kind and
/// mid (RFC 3264). The master answers every offer on the channel for this ClientId — a probe's or a custom
/// offer's too — so a media session takes only the answer to its own offer.
bool answerFitsOffer(const QString &offerSdp, const QString &answerSdp);

} // namespace kvs::media
