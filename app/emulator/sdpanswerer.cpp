#include "emulator/sdpanswerer.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kvs::emulator {
namespace {

QString randomToken(int length)
{
    static const QString alphabet =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/");
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))));
    return out;
}

QString fingerprint()
{
    QStringList bytes;
    for (int i = 0; i < 32; ++i)
        bytes << QStringLiteral("%1")
                     .arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'))
                     .toUpper();
    return bytes.join(u':');
}

QString flipDirection(const QString &direction)
{
    if (direction == u"recvonly")
        return QStringLiteral("sendonly");
    if (direction == u"sendonly")
        return QStringLiteral("recvonly");
    return direction; // sendrecv and inactive stay
}

bool copiedAttribute(const QString &line)
{
    static const QStringList prefixes = {
        QStringLiteral("a=rtpmap:"),    QStringLiteral("a=fmtp:"),
        QStringLiteral("a=rtcp-fb:"),   QStringLiteral("a=extmap:"),
        QStringLiteral("a=rtcp-mux"),   QStringLiteral("a=rtcp-rsize"),
        QStringLiteral("a=sctp-port:"), QStringLiteral("a=max-message-size:"),
        QStringLiteral("a=sctpmap:"),   QStringLiteral("a=rtcp:"),
    };
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&line](const QString &p) { return line.startsWith(p); });
}

} // namespace

QString SdpAnswerer::answerFor(const QString &offerSdp)
{
    const QStringList lines = offerSdp.split(QLatin1Char('\n'));
    const QString ufrag = randomToken(8).replace(u'+', u'x').replace(u'/', u'y');
    const QString pwd = randomToken(24);
    const QString print = fingerprint();
    QStringList session = {
        QStringLiteral("v=0"),
        QStringLiteral("o=- %1 2 IN IP4 127.0.0.1").arg(QRandomGenerator::global()->bounded(1000000000)),
        QStringLiteral("s=-"), QStringLiteral("t=0 0")};
    QStringList media;
    bool inMedia = false;
    bool sawMedia = false;
    QString direction;
    auto finishSection = [&]() {
        if (inMedia && !direction.isEmpty())
            media << QStringLiteral("a=") + flipDirection(direction);
        direction.clear();
    };
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"m=")) {
            finishSection();
            inMedia = true;
            sawMedia = true;
            media << line << QStringLiteral("c=IN IP4 0.0.0.0") << QStringLiteral("a=ice-ufrag:") + ufrag
                  << QStringLiteral("a=ice-pwd:") + pwd << QStringLiteral("a=ice-options:trickle")
                  << QStringLiteral("a=fingerprint:sha-256 ") + print << QStringLiteral("a=setup:active");
            continue;
        }
        if (!inMedia) {
            if (line.startsWith(u"a=group:") || line.startsWith(u"a=msid-semantic"))
                session << line;
            continue;
        }
        if (line.startsWith(u"a=mid:")) {
            media << line;
        } else if (line == u"a=sendrecv" || line == u"a=recvonly" || line == u"a=sendonly" ||
                   line == u"a=inactive") {
            direction = line.mid(2);
        } else if (copiedAttribute(line)) {
            media << line;
        }
    }
    finishSection();
    if (!sawMedia)
        return {};
    return (session + media).join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QList<QJsonObject> SdpAnswerer::candidatesFor(const QString &answerSdp)
{
    QString mid = QStringLiteral("0");
    for (const QString &line : answerSdp.split(QStringLiteral("\r\n"))) {
        if (line.startsWith(u"a=mid:")) {
            mid = line.mid(6);
            break;
        }
    }
    const QStringList candidates = {
        QStringLiteral("candidate:1 1 udp 2130706431 127.0.0.1 50000 typ host"),
        QStringLiteral(
            "candidate:2 1 udp 1694498815 203.0.113.10 50000 typ srflx raddr 127.0.0.1 rport 50000"),
        QStringLiteral(
            "candidate:3 1 udp 16777215 198.51.100.20 3478 typ relay raddr 203.0.113.10 rport 50000"),
    };
    QList<QJsonObject> out;
    for (const QString &candidate : candidates)
        out << QJsonObject{{QStringLiteral("candidate"), candidate},
                           {QStringLiteral("sdpMid"), mid},
                           {QStringLiteral("sdpMLineIndex"), 0}};
    return out;
}

} // namespace kvs::emulator
