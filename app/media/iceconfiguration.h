#pragma once

#include "core/controlplane/controlplaneclient.h"
#include "core/settings/mediaoptions.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
class QNetworkProxy;

namespace kvs::media {

/// The ICE servers handed to webrtcbin, built from GetIceServerConfig and the media options.
/// turnUris carry credentials (secrets): never log them; describe() is the printable form.
struct IceConfiguration
{
    QString stunUri;      ///< webrtcbin form, "stun://host:port"; empty when STUN is off or unusable
    QStringList turnUris; ///< webrtcbin form, "turn(s)://USER:PASS@host:port?transport=udp|tcp"
    QStringList skipped;  ///< service URIs that webrtcbin cannot use, with why ("stuns:… (STUN over TLS)")
    bool relayOnly = false;
    /// webrtcbin's "http-proxy" for TURN over TCP and TLS, "http://[USER:PASS@]IP:PORT"; empty: direct.
    /// May carry the proxy's credentials (a secret): never log it.
    QString httpProxy;

    /// Service-style URIs without credentials: "stun:host:port", "turn:host:port?transport=udp", …
    QStringList describe() const;

    static IceConfiguration from(const IceServerConfig &config, const MediaOptions &options);
};

/// The first TURN server webrtcbin reaches over TCP (turn:…?transport=tcp, or any turns:, which is TLS over
/// TCP) as "https://HOST:PORT", the URL chooseProxy() decides on (https_proxy, no_proxy). Invalid when none:
/// TURN over UDP and STUN cannot go through an HTTP proxy.
QUrl firstTcpTurnServer(const QStringList &webrtcTurnUris);

/// webrtcbin's "http-proxy" value for an HTTP proxy whose host resolved to addresses:
/// "http://[USER:PASS@]ADDRESS:PORT", user and password percent-encoded, ADDRESS the first IPv4 address (else
/// the first). libnice (GStreamer 1.22) takes only an IP address, never a host name, so the proxy's host
/// is resolved first. Empty when there is no address. Carries the proxy's credentials: never log it.
QString webrtcHttpProxy(const QNetworkProxy &proxy, const QList<QHostAddress> &addresses);

/// "turn:host:443?transport=udp" + user + password → "turn://user:pass@host:443?transport=udp", user and
/// password percent-encoded (KVS passwords are base64 and hold '/', '+' and '='; unescaped they fail
/// silently). "turns:" becomes "turns://". Empty for a URI that is neither.
QString webrtcTurnUri(const QString &serviceUri, const QString &username, const QString &password);

/// "stun:host:port" → "stun://host:port" (port 3478 when absent). Empty for anything else ("stuns:" too:
/// libnice has no STUN over TLS).
QString webrtcStunUri(const QString &serviceUri);

/// "turn://user:pass@host:port?transport=udp" → "turn:host:port?transport=udp" (credentials dropped).
QString describeWebrtcUri(const QString &webrtcUri);

} // namespace kvs::media
