#include "media/iceconfiguration.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QUrl>
#include <QUrlQuery>

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

QUrl firstTcpTurnServer(const QStringList &webrtcTurnUris)
{
    for (const QString &uri : webrtcTurnUris) {
        const QUrl parsed(uri, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            continue;
        const QString transport = QUrlQuery(parsed).queryItemValue(QStringLiteral("transport"));
        const bool tls = parsed.scheme() == u"turns";
        if (!tls && transport.compare(u"tcp", Qt::CaseInsensitive) != 0)
            continue;
        QUrl server;
        server.setScheme(QStringLiteral("https"));
        server.setHost(parsed.host());
        server.setPort(parsed.port(tls ? 5349 : 3478));
        return server;
    }
    return {};
}

QString webrtcHttpProxy(const QNetworkProxy &proxy, const QList<QHostAddress> &addresses)
{
    if (proxy.type() != QNetworkProxy::HttpProxy || addresses.isEmpty())
        return {};
    QHostAddress address = addresses.constFirst();
    for (const QHostAddress &candidate : addresses) {
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
            address = candidate;
            break;
        }
    }
    QString credentials;
    if (!proxy.user().isEmpty())
        credentials = percentEncoded(proxy.user()) + u':' + percentEncoded(proxy.password()) + u'@';
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return u"http://" + credentials + host + u':' + QString::number(proxy.port());
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
