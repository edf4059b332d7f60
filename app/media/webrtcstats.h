#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

typedef struct _GstStructure GstStructure;

namespace kvs::media {

/// One end of the selected ICE candidate pair.
struct CandidateEndpoint
{
    QString type;          ///< host, srflx, prflx, relay
    QString protocol;      ///< udp, tcp
    QString relayProtocol; ///< for relay candidates: udp, tcp or tls; empty otherwise
    QString address;
    int port = 0;

    QString text() const; ///< "relay/udp 203.0.113.7:50000 (TURN over tcp)"
};

/// The candidate pair ICE selected.
struct SelectedPair
{
    CandidateEndpoint local;
    CandidateEndpoint remote;
    /// "host ↔ host (udp)", "relay ↔ srflx (udp, TURN over tcp)"
    QString text() const;
    QJsonObject toJson(bool maskAddresses = false) const;
};

/// What webrtcbin's get-stats says, reduced to what a viewer reports (cumulative counters).
struct WebrtcStatsSnapshot
{
    qint64 videoBytesReceived = 0;
    qint64 videoPacketsReceived = 0;
    qint64 videoPacketsLost = 0;
    double videoJitterSeconds = 0;
    qint64 audioBytesReceived = 0;
    qint64 audioPacketsLost = 0;
    std::optional<SelectedPair> selectedPair;
    int candidatePairsTried = 0;
};

/// Reads a get-stats reply (any thread).
WebrtcStatsSnapshot parseWebrtcStats(const GstStructure *reply);

/// Masks an IP address for exports: "203.0.113.7" → "203.0.x.x", IPv6 keeps its first two groups.
QString maskAddress(const QString &address);

} // namespace kvs::media
