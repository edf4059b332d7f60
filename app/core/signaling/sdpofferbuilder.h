#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <functional>

namespace kvs {

/// Builds a valid recvonly WebRTC offer for probing a master: BUNDLE of audio (mid 0: opus) and video
/// (mid 1: H264 constrained-baseline packetization-mode 1, and VP8), random ICE credentials, a
/// well-formed sha-256 DTLS fingerprint, setup:actpass, rtcp-mux, trickle ICE and no candidates.
/// Everything random comes from the injected function (values in [0, 1)), so tests get fixed output.
/// The probe never completes DTLS: the fingerprint is random bytes of the right shape.
class SdpOfferBuilder final
{
public:
    /// The offer and the values drawn for it.
    struct Offer
    {
        QString sdp;         ///< CRLF line endings
        QString iceUfrag;    ///< 16 ice-chars (RFC 8839: 4–256)
        QString icePwd;      ///< 32 ice-chars (RFC 8839: 22–256)
        QString fingerprint; ///< "AB:CD:…", 32 bytes in upper-case hex
        quint64 sessionId = 0;
    };

    explicit SdpOfferBuilder(std::function<double()> random);

    Offer build() const;

private:
    int draw(int bound) const; ///< uniform in [0, bound)

    std::function<double()> m_random;
};

/// A hand-edited offer made ready to send: every line ending becomes CRLF (lone LF or CR included),
/// trailing whitespace of the text and blank lines at its end are dropped, and it ends with one CRLF.
/// Errors (InvalidSdp), each naming the problem: empty, not starting with "v=0", no "m=" line, larger
/// than 64 KiB.
Result<QString> normalizeCustomOffer(QStringView text);

} // namespace kvs
