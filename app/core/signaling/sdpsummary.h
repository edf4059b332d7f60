#pragma once

#include "core/common/result.h"
#include "core/signaling/icecandidate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kvs {

/// What a probe reports about one m-line of an SDP answer.
struct SdpMediaSummary
{
    QString kind;       ///< audio, video, application, …
    QString mid;        ///< empty when the m-line has none
    int port = 0;       ///< 0 means the master rejected this m-line
    QString direction;  ///< sendrecv (the default when absent), sendonly, recvonly or inactive
    QStringList codecs; ///< from a=rtpmap, in m-line order: "H264/90000", "opus/48000/2"; RTX/RED/FEC skipped
};

/// A summary of an SDP (normally a master's answer): codecs and directions per m-line and candidate
/// counts by type and transport. Lenient: unknown lines are ignored, malformed candidates counted apart.
struct SdpSummary
{
    QList<SdpMediaSummary> media;
    CandidateTally candidates;
    int invalidCandidates = 0;
    bool endOfCandidates = false;
    QStringList bundleMids;       ///< from a=group:BUNDLE
    QString fingerprintAlgorithm; ///< e.g. sha-256 (session or first media level)
    QString setup;                ///< active, passive or actpass (first seen)

    /// Parses SDP text. Errors (InvalidSdp): not starting with v=0, no m-line, larger than 64 KiB.
    static Result<SdpSummary> parse(QStringView sdp);

    /// The media lines: "audio(0) sendonly opus/48000/2; video(1) sendonly H264/90000".
    QString mediaText() const;
    /// One line, in the UI language: the media lines, then "ICE candidates in the SDP: host/udp 2" (or
    /// "none": a trickling peer sends its candidates in messages of their own).
    QString toString() const;
};

} // namespace kvs
