#pragma once

#include "core/controlplane/controlplaneclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kvs::media {

/// Which way to the outside one row of the network test tries.
enum class NetworkPathKind
{
    Stun,    ///< a STUN binding: the server-reflexive (public) address
    TurnUdp, ///< a TURN allocation over UDP
    TurnTcp, ///< a TURN allocation over TCP
    TurnTls, ///< a TURN allocation to a turns: URI (see README: libnice speaks plain TCP there)
};

/// "STUN", "TURN/UDP", "TURN/TCP", "TURN/TLS"
QString networkPathKindName(NetworkPathKind kind);

enum class NetworkPathStatus
{
    Pending,
    Running,
    Passed,
    Failed,
};

/// Why a path failed, as far as it can be known from outside the ICE agent.
enum class NetworkPathFailure
{
    None,
    Timeout,           ///< no answer within the per-path limit (dropped packets: firewall, VPN, wrong host)
    Refused,           ///< the server answered but gave no candidate: TURN refused our credentials (401)
    ConnectionRefused, ///< TCP: nothing accepts connections on that port
    TlsFailed,         ///< turns: no relay, and a TLS handshake with that port failed too
    Dns,               ///< the server's name does not resolve
    Unsupported,       ///< a URI the ICE agent cannot use (stuns:)
    Pipeline,          ///< GStreamer could not run the probe
};

/// "timeout", "refused", "connectionRefused", "tlsFailed", "dns", "unsupported", "pipeline"; "" for None.
QString networkPathFailureName(NetworkPathFailure failure);

/// One path to try: what the row shows, and what the ICE agent gets (a secret: never printed).
struct NetworkPath
{
    NetworkPathKind kind = NetworkPathKind::Stun;
    QString server;    ///< credential-free service form: "stun:host:port", "turn:host:port?transport=udp"
    QString webrtcUri; ///< webrtcbin form with credentials: "turn://USER:PASS@host:port?transport=udp"
    QString host;
    quint16 port = 0;
};

/// The outcome of one path.
struct NetworkPathResult
{
    NetworkPath path;
    NetworkPathStatus status = NetworkPathStatus::Pending;
    qint64 elapsedMs = 0;
    QString address; ///< "ip:port": the public address (STUN) or the relay address (TURN)
    NetworkPathFailure failure = NetworkPathFailure::None;
    QString detail; ///< words for the failure, or a note ("same as a local address: no NAT")
    QString tls;    ///< turns: a TLS handshake with the same host and port, in words ("" when not tried)
    QString proxy;  ///< TURN over TCP or TLS through an HTTP proxy: "HOST:PORT (from HTTPS_PROXY)", else ""

    bool passed() const { return status == NetworkPathStatus::Passed; }
    /// Never contains credentials.
    QJsonObject toJson() const;
};

/// The machine's side: its addresses and whether a VPN-like interface is up.
struct LocalNetwork
{
    QStringList addresses; ///< non-loopback addresses of interfaces that are up, "eth0 192.0.2.2"
    QStringList
        vpnInterfaces; ///< tun*, wg*, ppp*, utun*, tap*, ipsec* (and PPP-typed) interfaces that are up

    static LocalNetwork current();
    QJsonObject toJson() const;
};

/// A finished (or running) test: rows, the local side and the verdict.
struct NetworkTestReport
{
    QList<NetworkPathResult> rows;
    LocalNetwork local;
    qint64 elapsedMs = 0;
    bool finished = false;

    /// True when at least one TURN path (or, failing that, STUN) gave a candidate media can use.
    bool anyMediaPath() const;
    /// The verdict in words: what works, what does not, what it means for video.
    QString verdict() const;
    /// One JSON object (rows, local, verdict, anyMediaPath). Never contains credentials.
    QJsonObject toJson() const;
    /// Plain text for people, one row per line then the verdict and local side (the CLI and Copy).
    QString text() const;
};

/// One line for a row: "✔ TURN/UDP  turn:host:3478?transport=udp  41 ms  relay 203.0.113.7:50123".
QString networkPathLine(const NetworkPathResult &row);

/// The paths for the channel's ICE servers: the STUN server (stunUriOverride when not empty, else the
/// region's), then each TURN URI of each server (duplicates dropped). stun: and turn(s): only.
QList<NetworkPath> networkPathsFrom(const IceServerConfig &config, const QString &stunUriOverride = {});

/// The verdict for a set of rows (pure: tested over every combination that matters).
QString networkVerdict(const QList<NetworkPathResult> &rows, const LocalNetwork &local);

} // namespace kvs::media
