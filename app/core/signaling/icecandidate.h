#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <array>

namespace kvs {

/// An ICE candidate's type (RFC 8445 §5.1.1).
enum class CandidateType
{
    Host,
    Srflx,
    Prflx,
    Relay,
};
inline constexpr int kCandidateTypeCount = 4;

/// An ICE candidate's transport.
enum class CandidateTransport
{
    Udp,
    Tcp,
};
inline constexpr int kCandidateTransportCount = 2;

/// "host", "srflx", "prflx", "relay"
QString candidateTypeName(CandidateType type);
/// "udp", "tcp"
QString candidateTransportName(CandidateTransport transport);

/// One ICE candidate, decoded from its SDP attribute (RFC 8839 §5.1):
/// candidate:FOUNDATION COMPONENT TRANSPORT PRIORITY ADDRESS PORT typ TYPE [raddr A rport P] [tcptype T] […]
struct IceCandidate
{
    QString foundation; ///< 1–32 ice-chars
    int component = 1;  ///< 1–256 (1 = RTP)
    CandidateTransport transport = CandidateTransport::Udp;
    quint32 priority = 0;
    QString address; ///< IPv4, IPv6 or an mDNS name (xxxx.local)
    quint16 port = 0;
    CandidateType type = CandidateType::Host;
    QString relatedAddress; ///< raddr, empty when absent
    int relatedPort = -1;   ///< rport, −1 when absent
    QString tcpType;        ///< active, passive or so, for TCP candidates; empty otherwise
    QString sdpMid;         ///< from the signaling payload; empty when absent
    int sdpMLineIndex = -1; ///< from the signaling payload; −1 when absent
    QString line;           ///< the attribute as parsed, "candidate:…" (no "a=", no line end)

    /// Parses "candidate:…" or "a=candidate:…" (a trailing CR/LF is ignored). Unknown extension
    /// attributes after the mandatory fields are skipped. Errors (code InvalidCandidate): a missing or
    /// malformed field, an unknown transport or type, a number out of range.
    static Result<IceCandidate> parse(QStringView line);
};

/// Counts candidates by type and transport (for a probe's report).
class CandidateTally final
{
public:
    void add(CandidateType type, CandidateTransport transport);
    void add(const IceCandidate &candidate) { add(candidate.type, candidate.transport); }
    int count(CandidateType type, CandidateTransport transport) const;
    int count(CandidateType type) const;
    int total() const;
    /// "host/udp 2, srflx/udp 1, relay/tcp 1", or "none".
    QString toString() const;

    friend bool operator==(const CandidateTally &, const CandidateTally &) = default;

private:
    std::array<std::array<int, kCandidateTransportCount>, kCandidateTypeCount> m_counts{};
};

} // namespace kvs
