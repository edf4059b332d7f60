#pragma once

#include "core/signaling/icecandidate.h"

#include <QString>
#include <QStringList>

namespace kvs::media {

/// Why the media path failed (the "errorType" of the media error event and summary.media.failure).
enum class MediaFailureCode
{
    NoAnswer,        ///< no SDP answer in time: no master connected, or it ignored the offer
    OfferRefused,    ///< the service refused our offer (STATUS_RESPONSE)
    CodecRejected,   ///< the answer accepts none of the video codecs we offered
    NoCandidatePair, ///< ICE found no working pair (or timed out)
    TurnRefused,     ///< TURN refused our credentials (relay allocation failed)
    DtlsFailed,      ///< ICE connected, DTLS did not
    NoFrames,        ///< connected, but no video frame was decoded in time
    MediaLost,       ///< media stopped and could not be restored
    PipelineError,   ///< GStreamer could not run (missing element, element error)
};

/// "NoAnswer", "CodecRejected", …
QString mediaFailureCodeName(MediaFailureCode code);

/// What each side offered, to explain a failed ICE.
struct CandidateEvidence
{
    CandidateTally local;
    CandidateTally remote;
    QStringList remoteAddresses; ///< the master's candidate addresses
    bool relayOnly = false;
    bool turnConfigured = false;
    bool stunConfigured = false;
    int pairsTried = 0;
    /// Gathering ended quickly with TURN servers configured but no relay candidate: the TURN servers
    /// answered and refused the allocation (wrong or expired credentials). An unreachable server makes
    /// gathering wait for its retransmissions instead.
    bool turnRefusedFast = false;
};

/// A failure in words: what happened and what to do.
struct MediaFailureExplanation
{
    QString message;
    QString hint;
};

/// True for RFC 1918, CGNAT (100.64/10), link-local and IPv6 ULA addresses.
bool isPrivateAddress(const QString &address);

MediaFailureExplanation explainMediaFailure(MediaFailureCode code, const CandidateEvidence &evidence,
                                            int timeoutMs, const QString &detail = {});

} // namespace kvs::media
