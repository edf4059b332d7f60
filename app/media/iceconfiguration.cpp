#include "iceconfiguration.h"

#include <QUrl>

namespace kvs::media {
namespace {

QString percentEncoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString webrtcTurnUri(const QString &serviceUri, const QString &username, const QString &password)
{
    QString scheme;
    if (serviceUri.startsWith(u"turns:"))
        scheme = QStringLiteral("turns");
    else if (serviceUri.startsWith(u"turn:"))
        scheme = QStringLiteral("turn");
    else
        return {};
    QString rest = serviceUri.mid(scheme.size() + 1);
    if (rest.startsWith(u"//"))
        rest = rest.mid(2);
    if (rest.isEmpty())
        return {};
    return scheme + u"://" + percentEncoded(username) + u':' + percentEncoded(password) + u'@' + rest;
}

QString webrtcStunUri(const QString &serviceUri)
{
    if (!serviceUri.startsWith(u"stun:"))
        return {};
    QString rest = serviceUri.mid(5);
    if (rest.startsWith(u"//"))
        rest = rest.mid(2);
    if (rest.isEmpty())
        return {};
    const bool hasPort = rest.startsWith(u'[') ? rest.contains(u"]:") : rest.contains(u':');
    return u"stun://" + rest + (hasPort ? QString() : QStringLiteral(":3478"));
}

QString describeWebrtcUri(const QString &webrtcUri)
{
    const qsizetype schemeEnd = webrtcUri.indexOf(u"://");
    if (schemeEnd < 0)
        return webrtcUri;
    const QString scheme = webrtcUri.left(schemeEnd);
    QString rest = webrtcUri.mid(schemeEnd + 3);
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0)
        rest = rest.mid(at + 1);
    return scheme + u':' + rest;
}

QStringList IceConfiguration::describe() const
{
    QStringList out;
    if (!stunUri.isEmpty())
        out.append(describeWebrtcUri(stunUri));
    for (const QString &uri : turnUris)
        out.append(describeWebrtcUri(uri));
    return out;
}

IceConfiguration IceConfiguration::from(const IceServerConfig &config, const MediaOptions &options)
{
    IceConfiguration out;
    out.relayOnly = options.iceTransport == IceTransportPolicy::Relay;
    if (options.useStun && !config.stunUri.isEmpty()) {
        out.stunUri = webrtcStunUri(config.stunUri);
        if (out.stunUri.isEmpty())
            out.skipped.append(config.stunUri +
                               QStringLiteral(" (STUN over TLS is not supported by libnice)"));
    }
    if (options.useTurn) {
        for (const IceServer &server : config.servers) {
            for (const QString &uri : server.uris) {
                const QString converted = webrtcTurnUri(uri, server.username, server.password);
                if (converted.isEmpty())
                    out.skipped.append(uri + QStringLiteral(" (not a TURN URI)"));
                else if (!out.turnUris.contains(converted))
                    out.turnUris.append(converted);
            }
        }
    }
    return out;
}

} // namespace kvs::media
