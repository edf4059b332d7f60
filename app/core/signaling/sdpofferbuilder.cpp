#include "core/signaling/sdpofferbuilder.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace kvs {
namespace {

constexpr char16_t kIceChars[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr int kIceCharCount = 64;

} // namespace

SdpOfferBuilder::SdpOfferBuilder(std::function<double()> random)
    : m_random(std::move(random))
{}

int SdpOfferBuilder::draw(int bound) const
{
    double r = m_random ? m_random() : 0.0;
    if (!(r >= 0.0) || r >= 1.0)
        r = 0.0;
    return std::min(bound - 1, static_cast<int>(std::floor(r * bound)));
}

SdpOfferBuilder::Offer SdpOfferBuilder::build() const
{
    Offer offer;
    const auto iceString = [this](int length) {
        QString text;
        text.reserve(length);
        for (int i = 0; i < length; ++i)
            text.append(QChar(kIceChars[draw(kIceCharCount)]));
        return text;
    };
    offer.iceUfrag = iceString(16);
    offer.icePwd = iceString(32);
    QStringList bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(QStringLiteral("%1").arg(draw(256), 2, 16, QLatin1Char('0')).toUpper());
    offer.fingerprint = bytes.join(u':');
    // A positive 62-bit session id (RFC 8866 suggests an NTP-like number; browsers use random ones).
    for (int i = 0; i < 4; ++i)
        offer.sessionId = (offer.sessionId << 15) | static_cast<quint64>(draw(1 << 15));
    offer.sessionId = std::max<quint64>(1, offer.sessionId & ((quint64(1) << 62) - 1));

    const QString transport = u"a=ice-ufrag:" % offer.iceUfrag % u"\r\na=ice-pwd:" % offer.icePwd %
                              u"\r\na=ice-options:trickle\r\na=fingerprint:sha-256 " % offer.fingerprint %
                              u"\r\na=setup:actpass\r\n";
    const QString feedback = QStringLiteral("a=rtcp-fb:%1 goog-remb\r\n"
                                            "a=rtcp-fb:%1 transport-cc\r\n"
                                            "a=rtcp-fb:%1 ccm fir\r\n"
                                            "a=rtcp-fb:%1 nack\r\n"
                                            "a=rtcp-fb:%1 nack pli\r\n");
    offer.sdp = u"v=0\r\n"
                u"o=- " %
                QString::number(offer.sessionId) %
                u" 2 IN IP4 127.0.0.1\r\n"
                u"s=-\r\n"
                u"t=0 0\r\n"
                u"a=group:BUNDLE 0 1\r\n"
                u"a=msid-semantic: WMS\r\n"
                // Audio: opus only, receive only.
                u"m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
                u"c=IN IP4 0.0.0.0\r\n"
                u"a=rtcp:9 IN IP4 0.0.0.0\r\n" %
                transport %
                u"a=mid:0\r\n"
                u"a=recvonly\r\n"
                u"a=rtcp-mux\r\n"
                u"a=rtpmap:111 opus/48000/2\r\n"
                u"a=rtcp-fb:111 transport-cc\r\n"
                u"a=fmtp:111 minptime=10;useinbandfec=1\r\n"
                // Video: H264 (constrained baseline, the KVS masters' usual codec) then VP8.
                u"m=video 9 UDP/TLS/RTP/SAVPF 102 96\r\n"
                u"c=IN IP4 0.0.0.0\r\n"
                u"a=rtcp:9 IN IP4 0.0.0.0\r\n" %
                transport %
                u"a=mid:1\r\n"
                u"a=recvonly\r\n"
                u"a=rtcp-mux\r\n"
                u"a=rtcp-rsize\r\n"
                u"a=rtpmap:102 H264/90000\r\n" %
                feedback.arg(102) %
                u"a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n"
                u"a=rtpmap:96 VP8/90000\r\n" %
                feedback.arg(96);
    return offer;
}

Result<QString> normalizeCustomOffer(QStringView text)
{
    const auto invalid = [](const char *message) {
        return Error{QStringLiteral("InvalidSdp"),
                     QCoreApplication::translate("kvs::SdpOfferBuilder", message)};
    };
    QString sdp = text.toString();
    sdp.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    sdp.replace(u'\r', u'\n');
    QStringList lines = sdp.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("kvs::SdpOfferBuilder", "The offer is empty."));
    if (lines.constFirst().trimmed() != u"v=0")
        return invalid(
            QT_TRANSLATE_NOOP("kvs::SdpOfferBuilder", "The offer must start with the line \"v=0\"."));
    bool media = false;
    for (QString &line : lines) {
        line = line.trimmed();
        media = media || line.startsWith(u"m=");
    }
    if (!media)
        return invalid(QT_TRANSLATE_NOOP("kvs::SdpOfferBuilder",
                                         "The offer has no media line: add at least one \"m=\" line."));
    QString result = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (result.toUtf8().size() > 64 * 1024)
        return invalid(QT_TRANSLATE_NOOP("kvs::SdpOfferBuilder", "The offer is larger than 64 KiB."));
    return result;
}

} // namespace kvs
