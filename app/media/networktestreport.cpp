#include "media/networktestreport.h"

#include "core/signaling/icecandidate.h"
#include "media/iceconfiguration.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QUrl>

namespace kvs::media {

QString networkPathKindName(NetworkPathKind kind)
{
    switch (kind) {
    case NetworkPathKind::Stun:
        return QStringLiteral("STUN");
    case NetworkPathKind::TurnUdp:
        return QStringLiteral("TURN/UDP");
    case NetworkPathKind::TurnTcp:
        return QStringLiteral("TURN/TCP");
    case NetworkPathKind::TurnTls:
        return QStringLiteral("TURN/TLS");
    }
    return {};
}

QString networkPathFailureName(NetworkPathFailure failure)
{
    switch (failure) {
    case NetworkPathFailure::None:
        return {};
    case NetworkPathFailure::Timeout:
        return QStringLiteral("timeout");
    case NetworkPathFailure::Refused:
        return QStringLiteral("refused");
    case NetworkPathFailure::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case NetworkPathFailure::TlsFailed:
        return QStringLiteral("tlsFailed");
    case NetworkPathFailure::Dns:
        return QStringLiteral("dns");
    case NetworkPathFailure::Unsupported:
        return QStringLiteral("unsupported");
    case NetworkPathFailure::Pipeline:
        return QStringLiteral("pipeline");
    }
    return {};
}

namespace {

QString statusName(NetworkPathStatus status)
{
    switch (status) {
    case NetworkPathStatus::Pending:
        return QStringLiteral("pending");
    case NetworkPathStatus::Running:
        return QStringLiteral("running");
    case NetworkPathStatus::Passed:
        return QStringLiteral("passed");
    case NetworkPathStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

/// "host:port" of a URI body (after the scheme, without query or credentials); IPv6 in brackets.
void splitHostPort(QString rest, quint16 defaultPort, QString *host, quint16 *port)
{
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0)
        rest = rest.mid(at + 1);
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0)
        rest = rest.left(query);
    *port = defaultPort;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        *host = rest.mid(1, close - 1);
        if (close >= 0 && rest.mid(close + 1).startsWith(u':'))
            *port = static_cast<quint16>(rest.mid(close + 2).toUInt());
        return;
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    *host = colon >= 0 ? rest.left(colon) : rest;
    if (colon >= 0)
        *port = static_cast<quint16>(rest.mid(colon + 1).toUInt());
}

QString joinedKinds(const QList<NetworkPathResult> &rows, NetworkPathKind kind, bool passed)
{
    QStringList ports;
    for (const NetworkPathResult &row : rows)
        if (row.path.kind == kind && row.passed() == passed &&
            !ports.contains(QString::number(row.path.port)))
            ports.append(QString::number(row.path.port));
    return ports.join(QStringLiteral(", "));
}

} // namespace

QJsonObject NetworkPathResult::toJson() const
{
    QJsonObject object{{QStringLiteral("path"), networkPathKindName(path.kind)},
                       {QStringLiteral("server"), path.server},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("ms"), elapsedMs}};
    if (!address.isEmpty())
        object.insert(QStringLiteral("address"), address);
    if (failure != NetworkPathFailure::None)
        object.insert(QStringLiteral("failure"), networkPathFailureName(failure));
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!tls.isEmpty())
        object.insert(QStringLiteral("tls"), tls);
    if (!proxy.isEmpty())
        object.insert(QStringLiteral("proxy"), proxy);
    return object;
}

LocalNetwork LocalNetwork::current()
{
    LocalNetwork local;
    static const QStringList vpnPrefixes = {
        QStringLiteral("tun"),       QStringLiteral("wg"),    QStringLiteral("ppp"), QStringLiteral("utun"),
        QStringLiteral("tap"),       QStringLiteral("ipsec"), QStringLiteral("gpd"), QStringLiteral("vpn"),
        QStringLiteral("tailscale"), QStringLiteral("zt")};
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QString name = interface.humanReadableName();
        bool vpn = interface.type() == QNetworkInterface::Ppp;
        for (const QString &prefix : vpnPrefixes)
            vpn = vpn || name.startsWith(prefix);
        if (vpn)
            local.vpnInterfaces.append(name);
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.isLoopback() || ip.isLinkLocal())
                continue;
            local.addresses.append(name + u' ' + ip.toString());
        }
    }
    return local;
}

QJsonObject LocalNetwork::toJson() const
{
    return {{QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
            {QStringLiteral("vpnInterfaces"), QJsonArray::fromStringList(vpnInterfaces)},
            {QStringLiteral("vpn"), !vpnInterfaces.isEmpty()}};
}

bool NetworkTestReport::anyMediaPath() const
{
    return std::any_of(rows.begin(), rows.end(), [](const NetworkPathResult &row) { return row.passed(); });
}

QString NetworkTestReport::verdict() const
{
    return networkVerdict(rows, local);
}

QJsonObject NetworkTestReport::toJson() const
{
    QJsonArray paths;
    for (const NetworkPathResult &row : rows)
        paths.append(row.toJson());
    return {{QStringLiteral("paths"), paths},
            {QStringLiteral("local"), local.toJson()},
            {QStringLiteral("verdict"), verdict()},
            {QStringLiteral("anyMediaPath"), anyMediaPath()},
            {QStringLiteral("durationMs"), elapsedMs}};
}

QString networkPathLine(const NetworkPathResult &row)
{
    QString mark;
    switch (row.status) {
    case NetworkPathStatus::Passed:
        mark = QStringLiteral("✔");
        break;
    case NetworkPathStatus::Failed:
        mark = QStringLiteral("✘");
        break;
    case NetworkPathStatus::Running:
        mark = QStringLiteral("…");
        break;
    case NetworkPathStatus::Pending:
        mark = QStringLiteral("-");
        break;
    }
    QString text = mark + u' ' + networkPathKindName(row.path.kind).leftJustified(9) + u' ' +
                   row.path.server.leftJustified(36) + u' ';
    if (row.status == NetworkPathStatus::Pending || row.status == NetworkPathStatus::Running)
        return text + (row.status == NetworkPathStatus::Pending ? QStringLiteral("not run")
                                                                : QStringLiteral("running"));
    text += QStringLiteral("%1 ms").arg(row.elapsedMs).leftJustified(9);
    if (row.passed())
        text += row.address.isEmpty() ? QString()
                                      : (row.path.kind == NetworkPathKind::Stun ? QStringLiteral(" public ")
                                                                                : QStringLiteral(" relay ")) +
                                            row.address;
    else
        text += u' ' + networkPathFailureName(row.failure);
    if (!row.detail.isEmpty())
        text += QStringLiteral(" — ") + row.detail;
    if (!row.tls.isEmpty())
        text += QStringLiteral(" [") + row.tls + u']';
    if (!row.proxy.isEmpty())
        text += QStringLiteral(" — through the HTTP proxy ") + row.proxy;
    return text;
}

QString NetworkTestReport::text() const
{
    QString out;
    for (const NetworkPathResult &row : rows)
        out += networkPathLine(row) + u'\n';
    out += QStringLiteral("Verdict: ") + verdict() + u'\n';
    out += QStringLiteral("Local addresses: ") +
           (local.addresses.isEmpty() ? QStringLiteral("none") : local.addresses.join(QStringLiteral(", "))) +
           u'\n';
    out += QStringLiteral("VPN-like interface: ") +
           (local.vpnInterfaces.isEmpty() ? QStringLiteral("none")
                                          : local.vpnInterfaces.join(QStringLiteral(", "))) +
           u'\n';
    return out;
}

QList<NetworkPath> networkPathsFrom(const IceServerConfig &config, const QString &stunUriOverride)
{
    QList<NetworkPath> paths;
    const QString stun = stunUriOverride.isEmpty() ? config.stunUri : stunUriOverride;
    if (!stun.isEmpty()) {
        NetworkPath path;
        path.kind = NetworkPathKind::Stun;
        path.webrtcUri = webrtcStunUri(stun);
        path.server = path.webrtcUri.isEmpty() ? stun : describeWebrtcUri(path.webrtcUri);
        splitHostPort(stun.mid(stun.indexOf(u':') + 1).remove(QStringLiteral("//")), 3478, &path.host,
                      &path.port);
        paths.append(path);
    }
    for (const IceServer &server : config.servers) {
        for (const QString &uri : server.uris) {
            NetworkPath path;
            path.webrtcUri = webrtcTurnUri(uri, server.username, server.password);
            if (path.webrtcUri.isEmpty())
                continue;
            const bool tls = uri.startsWith(u"turns:");
            const bool tcp = uri.contains(u"transport=tcp");
            path.kind = tls   ? NetworkPathKind::TurnTls
                        : tcp ? NetworkPathKind::TurnTcp
                              : NetworkPathKind::TurnUdp;
            // webrtcbin maps turns: to TLS over TCP whatever the transport says; the row says so too.
            if (tls && !tcp)
                path.webrtcUri.replace(QStringLiteral("transport=udp"), QStringLiteral("transport=tcp"));
            path.server = describeWebrtcUri(path.webrtcUri);
            splitHostPort(uri.mid(uri.indexOf(u':') + 1).remove(QStringLiteral("//")), tls ? 5349 : 3478,
                          &path.host, &path.port);
            const bool duplicate = std::any_of(paths.begin(), paths.end(), [&path](const NetworkPath &p) {
                return p.server == path.server;
            });
            if (!duplicate)
                paths.append(path);
        }
    }
    return paths;
}

QString networkVerdict(const QList<NetworkPathResult> &rows, const LocalNetwork &local)
{
    if (rows.isEmpty())
        return QStringLiteral("Nothing to test: the channel has no STUN or TURN server.");
    auto has = [&rows](NetworkPathKind kind) {
        return std::any_of(rows.begin(), rows.end(),
                           [kind](const NetworkPathResult &r) { return r.path.kind == kind; });
    };
    auto works = [&rows](NetworkPathKind kind) {
        return std::any_of(rows.begin(), rows.end(),
                           [kind](const NetworkPathResult &r) { return r.path.kind == kind && r.passed(); });
    };
    auto anyFailure = [&rows](NetworkPathFailure failure) {
        return std::any_of(rows.begin(), rows.end(), [failure](const NetworkPathResult &r) {
            return r.path.kind != NetworkPathKind::Stun && r.failure == failure;
        });
    };
    const bool allPassed =
        std::all_of(rows.begin(), rows.end(), [](const NetworkPathResult &r) { return r.passed(); });
    const bool stunOk = works(NetworkPathKind::Stun);
    const bool udpOk = works(NetworkPathKind::TurnUdp);
    const bool tcpOk = works(NetworkPathKind::TurnTcp);
    const bool tlsOk = works(NetworkPathKind::TurnTls);
    const bool turnOk = udpOk || tcpOk || tlsOk;
    const bool anyTurn =
        has(NetworkPathKind::TurnUdp) || has(NetworkPathKind::TurnTcp) || has(NetworkPathKind::TurnTls);
    const QString vpn =
        local.vpnInterfaces.isEmpty()
            ? QString()
            : QStringLiteral(" A VPN-like interface is up (%1): it may be what carries or blocks "
                             "this traffic.")
                  .arg(local.vpnInterfaces.join(QStringLiteral(", ")));

    if (allPassed)
        return QStringLiteral("Everything works: STUN and every TURN transport answer from here. If video "
                              "still fails, the master's network is the problem.") +
               vpn;
    if (!turnOk && anyTurn && anyFailure(NetworkPathFailure::Refused))
        return QStringLiteral(
                   "TURN refused our credentials: the TURN servers answer but reject the username "
                   "and password from GetIceServerConfig (expired, or the clock is far off). Video "
                   "cannot be relayed.") +
               (stunOk ? QStringLiteral(" STUN works: a direct path may still be found.") : QString()) + vpn;
    if (!turnOk && !stunOk) {
        const bool allDns = std::all_of(rows.begin(), rows.end(), [](const NetworkPathResult &r) {
            return r.failure == NetworkPathFailure::Dns;
        });
        if (allDns)
            return QStringLiteral("No path works: the STUN and TURN server names do not resolve (DNS).") +
                   vpn;
        QStringList ports;
        for (const NetworkPathResult &row : rows)
            if (!ports.contains(QString::number(row.path.port)))
                ports.append(QString::number(row.path.port));
        if (anyFailure(NetworkPathFailure::TlsFailed))
            return QStringLiteral("No path works: TLS to the TURN servers fails (a proxy or firewall that "
                                  "inspects TLS?), and nothing else gets through.") +
                   vpn;
        return QStringLiteral("No path works: traffic to the STUN and TURN servers (ports %1) is blocked "
                              "(VPN or firewall). Video cannot flow from this network.")
                   .arg(ports.join(QStringLiteral(", "))) +
               vpn;
    }
    QStringList parts;
    if (!udpOk && !stunOk && (tcpOk || tlsOk)) {
        QStringList ways;
        if (tlsOk)
            ways.append(
                QStringLiteral("TURN over TLS on %1").arg(joinedKinds(rows, NetworkPathKind::TurnTls, true)));
        if (tcpOk)
            ways.append(
                QStringLiteral("TURN over TCP on %1").arg(joinedKinds(rows, NetworkPathKind::TurnTcp, true)));
        return QStringLiteral("UDP is blocked; %1 works — video will flow through the relay.")
                   .arg(ways.join(QStringLiteral(" and "))) +
               vpn;
    }
    if (turnOk) {
        QStringList ok;
        QStringList broken;
        for (NetworkPathKind kind : {NetworkPathKind::Stun, NetworkPathKind::TurnUdp,
                                     NetworkPathKind::TurnTcp, NetworkPathKind::TurnTls}) {
            if (!has(kind))
                continue;
            (works(kind) ? ok : broken).append(networkPathKindName(kind));
        }
        // Some URIs of one kind may fail while another of the same kind works.
        for (const NetworkPathResult &row : rows)
            if (!row.passed() && ok.contains(networkPathKindName(row.path.kind)) &&
                !broken.contains(row.path.server))
                broken.append(row.path.server);
        return QStringLiteral("Video will flow through the relay: %1 work(s); %2 fail(s).")
                   .arg(ok.join(QStringLiteral(", ")), broken.join(QStringLiteral(", "))) +
               vpn;
    }
    // STUN works, no TURN path does.
    return QStringLiteral(
               "STUN works but no TURN path does: video works only when this machine and the master "
               "can reach each other directly (no relay).") +
           vpn;
}

} // namespace kvs::media
