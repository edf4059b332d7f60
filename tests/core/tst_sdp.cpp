#include "core/signaling/sdpofferbuilder.h"
#include "core/signaling/sdpsummary.h"

#include <QRegularExpression>
#include <QTest>

using namespace kvs;

namespace {

std::function<double()> counter(double step)
{
    auto value = std::make_shared<double>(0.0);
    return [value, step]() {
        const double v = *value;
        *value = std::fmod(*value + step, 1.0);
        return v;
    };
}

const QString kAnswer = QStringLiteral(
    "v=0\r\n"
    "o=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n"
    "s=-\r\n"
    "t=0 0\r\n"
    "a=group:BUNDLE 0 1\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
    "c=IN IP4 0.0.0.0\r\n"
    "a=ice-ufrag:abcd\r\n"
    "a=ice-pwd:abcdefghijklmnopqrstuvwx\r\n"
    "a=fingerprint:sha-256 "
    "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF\r\n"
    "a=setup:active\r\n"
    "a=mid:0\r\n"
    "a=sendonly\r\n"
    "a=rtcp-mux\r\n"
    "a=rtpmap:111 opus/48000/2\r\n"
    "a=candidate:1 1 udp 2130706431 192.168.1.10 50000 typ host\r\n"
    "a=candidate:2 1 udp 1694498815 203.0.113.7 50001 typ srflx raddr 192.168.1.10 rport 50000\r\n"
    "a=candidate:3 1 tcp 1010 198.51.100.4 443 typ relay raddr 203.0.113.7 rport 50001 tcptype passive\r\n"
    "a=candidate:broken\r\n"
    "m=video 9 UDP/TLS/RTP/SAVPF 102 103 96\r\n"
    "c=IN IP4 0.0.0.0\r\n"
    "a=mid:1\r\n"
    "a=rtpmap:102 H264/90000\r\n"
    "a=rtpmap:103 rtx/90000\r\n"
    "a=fmtp:103 apt=102\r\n"
    "a=rtpmap:96 VP8/90000\r\n"
    "a=candidate:4 1 udp 2130706431 192.168.1.10 50002 typ host\r\n"
    "a=end-of-candidates\r\n"
    "m=application 0 UDP/DTLS/SCTP webrtc-datachannel\r\n"
    "a=mid:2\r\n"
    "a=inactive\r\n");

} // namespace

/// The probe's offer and the summary of a master's answer.
class TestSdp : public QObject
{
    Q_OBJECT

private slots:
    void offerIsWellFormed_data()
    {
        QTest::addColumn<double>("step");
        QTest::newRow("all zeros") << 0.0;
        QTest::newRow("small steps") << 0.013;
        QTest::newRow("large steps") << 0.618;
        QTest::newRow("near one") << 0.999999;
    }
    void offerIsWellFormed()
    {
        QFETCH(double, step);
        const SdpOfferBuilder::Offer offer = SdpOfferBuilder(counter(step)).build();
        const QRegularExpression iceChars(QStringLiteral("^[A-Za-z0-9+/]+$"));
        QCOMPARE(offer.iceUfrag.size(), 16);
        QCOMPARE(offer.icePwd.size(), 32);
        QVERIFY(iceChars.match(offer.iceUfrag).hasMatch());
        QVERIFY(iceChars.match(offer.icePwd).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2}){31}$"))
                    .match(offer.fingerprint)
                    .hasMatch());
        QVERIFY(offer.sessionId >= 1 && offer.sessionId < (quint64(1) << 62));

        QVERIFY(offer.sdp.startsWith(u"v=0\r\n"));
        QVERIFY(offer.sdp.endsWith(u"\r\n"));
        QVERIFY(!offer.sdp.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
        QCOMPARE(offer.sdp.count(u"a=fingerprint:sha-256 " % offer.fingerprint % u"\r\n"), 2);
        QCOMPARE(offer.sdp.count(u"a=ice-ufrag:" % offer.iceUfrag % u"\r\n"), 2);
        QCOMPARE(offer.sdp.count(u"a=ice-pwd:" % offer.icePwd % u"\r\n"), 2);
        QCOMPARE(offer.sdp.count(QStringLiteral("a=setup:actpass\r\n")), 2);
        QCOMPARE(offer.sdp.count(QStringLiteral("a=rtcp-mux\r\n")), 2);
        QCOMPARE(offer.sdp.count(QStringLiteral("a=recvonly\r\n")), 2);
        QVERIFY(offer.sdp.contains(u"o=- " % QString::number(offer.sessionId) % u" 2 IN IP4 127.0.0.1\r\n"));

        const auto summary = SdpSummary::parse(offer.sdp);
        QVERIFY(summary.ok());
        QCOMPARE(summary->bundleMids, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(summary->fingerprintAlgorithm, QStringLiteral("sha-256"));
        QCOMPARE(summary->setup, QStringLiteral("actpass"));
        QCOMPARE(summary->media.size(), 2);
        QCOMPARE(summary->media[0].kind, QStringLiteral("audio"));
        QCOMPARE(summary->media[0].mid, QStringLiteral("0"));
        QCOMPARE(summary->media[0].direction, QStringLiteral("recvonly"));
        QCOMPARE(summary->media[0].codecs, QStringList{QStringLiteral("opus/48000/2")});
        QCOMPARE(summary->media[1].kind, QStringLiteral("video"));
        QCOMPARE(summary->media[1].mid, QStringLiteral("1"));
        QCOMPARE(summary->media[1].codecs,
                 (QStringList{QStringLiteral("H264/90000"), QStringLiteral("VP8/90000")}));
        QCOMPARE(summary->candidates.total(), 0);
    }

    void offerDependsOnlyOnRandomness()
    {
        QCOMPARE(SdpOfferBuilder(counter(0.1)).build().sdp, SdpOfferBuilder(counter(0.1)).build().sdp);
        QVERIFY(SdpOfferBuilder(counter(0.1)).build().icePwd != SdpOfferBuilder(counter(0.2)).build().icePwd);
        // Out-of-range randomness is clamped, never indexes out of bounds.
        const auto offer = SdpOfferBuilder([] { return 1.5; }).build();
        QCOMPARE(offer.iceUfrag, QString(16, u'A'));
    }

    void summarisesAnAnswer()
    {
        const auto summary = SdpSummary::parse(kAnswer);
        QVERIFY(summary.ok());
        QCOMPARE(summary->media.size(), 3);
        QCOMPARE(summary->media[0].direction, QStringLiteral("sendonly"));
        QCOMPARE(summary->media[1].direction, QStringLiteral("sendrecv"));
        QCOMPARE(summary->media[1].codecs,
                 (QStringList{QStringLiteral("H264/90000"), QStringLiteral("VP8/90000")}));
        QCOMPARE(summary->media[2].port, 0);
        QCOMPARE(summary->setup, QStringLiteral("active"));
        QCOMPARE(summary->candidates.count(CandidateType::Host, CandidateTransport::Udp), 2);
        QCOMPARE(summary->candidates.count(CandidateType::Srflx, CandidateTransport::Udp), 1);
        QCOMPARE(summary->candidates.count(CandidateType::Relay, CandidateTransport::Tcp), 1);
        QCOMPARE(summary->invalidCandidates, 1);
        QVERIFY(summary->endOfCandidates);
        QCOMPARE(
            summary->toString(),
            QStringLiteral(
                "audio(0) sendonly opus/48000/2; video(1) sendrecv H264/90000,VP8/90000; "
                "application(2) rejected; ICE candidates in the SDP: host/udp 2, srflx/udp 1, relay/tcp 1"));
    }

    void rejectsWhatIsNotSdp_data()
    {
        QTest::addColumn<QString>("sdp");
        QTest::newRow("empty") << QString();
        QTest::newRow("no version") << QStringLiteral("o=- 1 2 IN IP4 0.0.0.0\r\nm=audio 9 x 0\r\n");
        QTest::newRow("no media") << QStringLiteral("v=0\r\ns=-\r\n");
        QTest::newRow("huge") << QString(u"v=0\r\nm=audio 9 x 0\r\n" % QString(70000, u'a'));
    }
    void rejectsWhatIsNotSdp()
    {
        QFETCH(QString, sdp);
        const auto summary = SdpSummary::parse(sdp);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, QStringLiteral("InvalidSdp"));
    }

    void toleratesOddLines()
    {
        const auto summary =
            SdpSummary::parse(u"v=0\nm=video\na=rtpmap:\na=rtpmap:x\na=mid:\nm=\n\n\r\na=sendonly");
        QVERIFY(summary.ok());
        QCOMPARE(summary->media.size(), 2);
        QCOMPARE(summary->media[1].direction, QStringLiteral("sendonly"));
    }
};

QTEST_GUILESS_MAIN(TestSdp)
#include "tst_sdp.moc"
