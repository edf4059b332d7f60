#pragma once

#include "controlplaneclient.h"
#include "mediaoptions.h"

#include <QString>
#include <QStringList>

namespace kvs::media {

/// The ICE servers handed to webrtcbin, built from GetIceServerConfig and the media options.
/// turnUris carry credentials (secrets): never log them; describe() is the printable form.
struct IceConfiguration
{
    QString stunUri;      ///< webrtcbin form, "stun://host:port"; empty when STUN is off or unusable
    QStringList turnUris; ///< webrtcbin form, "turn(s)://USER:PASS@host:port?transport=udp|tcp"
    QStringList skipped;  ///< service URIs that webrtcbin cannot use, with why ("stuns:… (STUN over TLS)")
    bool relayOnly = false;

    /// Service-style URIs without credentials: "stun:host:port", "turn:host:port?transport=udp", …
    QStringList describe() const;

    static IceConfiguration from(const IceServerConfig &config, const MediaOptions &options);
};

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
