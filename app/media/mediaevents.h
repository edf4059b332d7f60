#pragma once

#include "core/events/eventtypes.h"
#include "media/webrtcstats.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kvs::media {

/// The steps of the media path, in order; each becomes a timed "media" event.
enum class MediaStep
{
    OfferSent,      ///< our SDP offer went out on the signaling connection
    AnswerReceived, ///< the master's SDP answer arrived and was applied
    IceGathering,   ///< our candidates were gathered
    IceChecking,    ///< connectivity checks started
    IceConnected,   ///< a candidate pair works
    Dtls,           ///< DTLS-SRTP keys agreed (the peer connection is connected)
    FirstFrame,     ///< the first video frame was decoded
};

/// "offer", "answer", "iceGathering", "iceChecking", "iceConnected", "dtls", "firstFrame"
QString mediaStepName(MediaStep step);
/// For people: "SDP offer sent", "ICE connected", "first frame decoded", …
QString mediaStepText(MediaStep step);

/// Once per second while media flows.
struct MediaStats
{
    qint64 framesDecoded = 0; ///< cumulative
    qint64 framesDropped = 0; ///< decoded but not delivered (the consumer lagged); cumulative
    double fps = 0;           ///< over the last interval
    int width = 0;
    int height = 0;
    QString videoCodec;     ///< "H264", "VP8"
    QString audioCodec;     ///< "OPUS" or empty
    qint64 bitrateBps = 0;  ///< video, over the last interval
    qint64 packetsLost = 0; ///< video, cumulative
    double jitterMs = 0;
    double audioLevelDb = -100; ///< RMS of the decoded audio, dBFS; −100 when none
    qint64 audioBytes = 0;
    std::optional<SelectedPair> selectedPair;

    QJsonObject toJson() const;
    QString text() const;
    /// The "stats" event of these stats.
    StatsEvent toEvent() const;
};

/// The media part of a run's summary.
struct MediaSummary
{
    QString outcome = QStringLiteral("notStarted"); ///< notStarted, playing, failed, stopped
    QString videoCodec;
    QString audioCodec;
    int width = 0;
    int height = 0;
    qint64 framesDecoded = 0;
    qint64 firstFrameMs = -1; ///< since the offer was sent
    double audioLevelDb = -100;
    std::optional<SelectedPair> selectedPair;
    QString failureCode; ///< NoAnswer, CodecRejected, NoCandidatePair, DtlsFailed, NoFrames, TurnRefused, …

    QJsonObject toJson() const;
};

} // namespace kvs::media
