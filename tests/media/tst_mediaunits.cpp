// The media library's pure parts: ICE server URIs for webrtcbin, SDP codec choice, failure explanations.
#include "media/gstsupport.h"
#include "media/iceconfiguration.h"
#include "media/mediafailure.h"
#include "media/sdpcodecs.h"
#include "media/webrtcstats.h"

#include <QNetworkProxy>
#include <QTest>

#include <atomic>
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#define GST_USE_UNSTABLE_API
#include <gst/webrtc/webrtc.h>

using namespace kvs;
using namespace kvs::media;

class TestMediaUnits final : public QObject
{
    Q_OBJECT

private slots:
    void tcpTurnServerDecidesTheMediaProxy()
    {
        // UDP cannot be proxied: the first TURN server over TCP (or TLS, which is TCP) decides.
        QCOMPARE(firstTcpTurnServer({QStringLiteral("turn://u:p@10.0.0.1:443?transport=udp"),
                                     QStringLiteral("turns://u:p@relay.example:443?transport=tcp")}),
                 QUrl(QStringLiteral("https://relay.example:443")));
        QCOMPARE(firstTcpTurnServer({QStringLiteral("turn://u:p@10.0.0.1:3478?transport=tcp")}),
                 QUrl(QStringLiteral("https://10.0.0.1:3478")));
        QVERIFY(!firstTcpTurnServer({QStringLiteral("turn://u:p@10.0.0.1:443?transport=udp")}).isValid());
        QVERIFY(!firstTcpTurnServer({}).isValid());
    }

    void mediaProxyIsAnAddressWithEncodedCredentials()
    {
        const QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp"), 3128,
                                  QStringLiteral("qa"), QStringLiteral("p@ss/w:rd"));
        // libnice takes an IP address only; IPv4 first, the credentials percent-encoded.
        QCOMPARE(webrtcHttpProxy(
                     proxy, {QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("192.0.2.7"))}),
                 QStringLiteral("http://qa:p%40ss%2Fw%3Ard@192.0.2.7:3128"));
        QCOMPARE(webrtcHttpProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("p"), 8080),
                                 {QHostAddress(QStringLiteral("2001:db8::1"))}),
                 QStringLiteral("http://[2001:db8::1]:8080"));
        QVERIFY(webrtcHttpProxy(proxy, {}).isEmpty());
        QVERIFY(webrtcHttpProxy(QNetworkProxy(QNetworkProxy::NoProxy), {QHostAddress::LocalHost}).isEmpty());
    }

    void turnUrisArePercentEncoded()
    {
        // KVS passwords are base64 ('/', '+', '='), usernames hold ':' — unescaped, webrtcbin fails silently.
        const QString uri = webrtcTurnUri(
            QStringLiteral("turns:35-1-2-3.t-1.kinesisvideo.us-west-2.amazonaws.com:443?transport=tcp"),
            QStringLiteral("1700000300:djE6YXJu"), QStringLiteral("a/b+c=="));
        QCOMPARE(uri, QStringLiteral(
                          "turns://1700000300%3AdjE6YXJu:a%2Fb%2Bc%3D%3D@35-1-2-3.t-1.kinesisvideo.us-west-2."
                          "amazonaws.com:443?transport=tcp"));
        QCOMPARE(webrtcTurnUri(QStringLiteral("turn:h:3478?transport=udp"), QStringLiteral("u"),
                               QStringLiteral("p")),
                 QStringLiteral("turn://u:p@h:3478?transport=udp"));
        QVERIFY(
            webrtcTurnUri(QStringLiteral("stun:h:3478"), QStringLiteral("u"), QStringLiteral("p")).isEmpty());
        QCOMPARE(describeWebrtcUri(uri),
                 QStringLiteral("turns:35-1-2-3.t-1.kinesisvideo.us-west-2.amazonaws.com:443?transport=tcp"));
    }

    void stunUris()
    {
        QCOMPARE(webrtcStunUri(QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443")),
                 QStringLiteral("stun://stun.kinesisvideo.us-west-2.amazonaws.com:443"));
        QCOMPARE(webrtcStunUri(QStringLiteral("stun:host")), QStringLiteral("stun://host:3478"));
        QVERIFY(webrtcStunUri(QStringLiteral("stuns:stun.kinesisvideo-fips.us-east-1.amazonaws.com:443"))
                    .isEmpty());
    }

    void iceConfigurationFollowsTheOptions()
    {
        IceServerConfig config;
        config.stunUri = QStringLiteral("stun:stun.example:443");
        config.servers = {IceServer{
            {QStringLiteral("turn:a:443?transport=udp"), QStringLiteral("turns:a:443?transport=tcp")},
            QStringLiteral("user"),
            QStringLiteral("pass"),
            300}};
        MediaOptions options;
        IceConfiguration ice = IceConfiguration::from(config, options);
        QCOMPARE(ice.stunUri, QStringLiteral("stun://stun.example:443"));
        QCOMPARE(ice.turnUris.size(), 2);
        QVERIFY(!ice.relayOnly);
        for (const QString &described : ice.describe()) {
            QVERIFY2(!described.contains(u"pass") && !described.contains(u"user"), qPrintable(described));
        }
        options.useStun = false;
        options.useTurn = false;
        options.iceTransport = IceTransportPolicy::Relay;
        ice = IceConfiguration::from(config, options);
        QVERIFY(ice.stunUri.isEmpty());
        QVERIFY(ice.turnUris.isEmpty());
        QVERIFY(ice.relayOnly);
        config.stunUri = QStringLiteral("stuns:stun.kinesisvideo-fips.us-east-1.amazonaws.com:443");
        options.useStun = true;
        ice = IceConfiguration::from(config, options);
        QCOMPARE(ice.skipped.size(), 1);
    }

    void offerPayloadTypesAndMids()
    {
        // A Chrome-like offer: several H.264 profiles; packetization-mode=1 with 42e01f wins.
        const QString offer = QStringLiteral(
            "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 0\r\na=mid:0\r\na=recvonly\r\na=rtpmap:111 opus/48000/2\r\n"
            "a=rtpmap:0 PCMU/8000\r\n"
            "m=video 9 UDP/TLS/RTP/SAVPF 96 102 106 127\r\na=mid:1\r\na=recvonly\r\na=rtpmap:96 VP8/90000\r\n"
            "a=rtpmap:102 H264/90000\r\na=fmtp:102 "
            "level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f\r\n"
            "a=rtpmap:106 H264/90000\r\na=fmtp:106 "
            "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640032\r\n"
            "a=rtpmap:127 H264/90000\r\na=fmtp:127 "
            "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n");
        const QList<SdpMediaLine> lines = parseSdpMediaLines(offer);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].kind, QStringLiteral("audio"));
        QCOMPARE(lines[0].opusPayload, 111);
        QCOMPARE(lines[1].h264Payload, 127);
        QCOMPARE(lines[1].vp8Payload, 96);
        QCOMPARE(lines[1].direction, QStringLiteral("recvonly"));
        QCOMPARE(midAt(lines, 1), QStringLiteral("1"));
        QCOMPARE(mlineIndexOf(lines, QStringLiteral("1")), 1);
        QCOMPARE(mlineIndexOf(lines, QStringLiteral("nope")), -1);
    }

    void answerVerdicts()
    {
        const QString h264 = QStringLiteral(
            "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 102\r\na=sendonly\r\na=rtpmap:102 H264/90000\r\n"
            "a=fmtp:102 packetization-mode=1;profile-level-id=42e01f\r\n");
        QCOMPARE(judgeAnswer(h264).videoCodec, QStringLiteral("H264"));
        QVERIFY(!judgeAnswer(h264).videoRejected);
        const QString rejected =
            QStringLiteral("v=0\r\nm=video 0 UDP/TLS/RTP/SAVPF 102\r\na=rtpmap:102 H264/90000\r\n");
        QVERIFY(judgeAnswer(rejected).videoRejected);
        const QString other =
            QStringLiteral("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 98\r\na=rtpmap:98 VP9/90000\r\n");
        QVERIFY(judgeAnswer(other).videoRejected);
        const QString audioOnly =
            QStringLiteral("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n");
        QVERIFY(!judgeAnswer(audioOnly).hasVideoLine);
    }

    void onlyTheAnswerToOurOfferIsOurs()
    {
        const QString offer = QStringLiteral("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:video0\r\n"
                                             "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:audio1\r\n");
        const QString answer = QStringLiteral("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:video0\r\n"
                                              "m=audio 0 UDP/TLS/RTP/SAVPF 111\r\na=mid:audio1\r\n");
        QVERIFY(answerFitsOffer(offer, answer)); // a rejected line still answers its line
        // The answer to a probe's or a custom offer on the same ClientId: other mids, or other lines.
        const QString probeAnswer = QStringLiteral("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:0\r\n"
                                                   "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:1\r\n");
        QVERIFY(!answerFitsOffer(offer, probeAnswer));
        QVERIFY(!answerFitsOffer(
            offer, QStringLiteral("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:video0\r\n")));
        QVERIFY(!answerFitsOffer(offer,
                                 QStringLiteral("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:video0\r\n"
                                                "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:audio1\r\n")));
        QVERIFY(!answerFitsOffer(QString(), answer));
    }

    void iceFailureNamesWhatEachSideOffered()
    {
        CandidateEvidence evidence;
        evidence.turnConfigured = true;
        evidence.local.add(CandidateType::Host, CandidateTransport::Udp);
        evidence.remote.add(CandidateType::Host, CandidateTransport::Udp);
        evidence.remoteAddresses = {QStringLiteral("10.1.2.3")};
        MediaFailureExplanation e = explainMediaFailure(MediaFailureCode::NoCandidatePair, evidence, 15000);
        QVERIFY2(e.message.contains(u"host/udp 1"), qPrintable(e.message));
        QVERIFY2(e.hint.contains(u"private network") && e.hint.contains(u"443"), qPrintable(e.hint));

        evidence.local.add(CandidateType::Relay, CandidateTransport::Udp);
        e = explainMediaFailure(MediaFailureCode::NoCandidatePair, evidence, 15000);
        QVERIFY2(e.hint.contains(u"master's network"), qPrintable(e.hint));

        CandidateEvidence none;
        e = explainMediaFailure(MediaFailureCode::NoCandidatePair, none, 15000);
        QVERIFY2(e.hint.contains(u"no ICE candidates"), qPrintable(e.hint));

        e = explainMediaFailure(MediaFailureCode::NoAnswer, none, 10000);
        QVERIFY2(e.message.contains(u"10 s"), qPrintable(e.message));
        QVERIFY(e.hint.contains(u"master"));
        e = explainMediaFailure(MediaFailureCode::NoFrames, none, 15000);
        QVERIFY2(e.message.contains(u"no video frame"), qPrintable(e.message));
    }

    void addresses()
    {
        QVERIFY(isPrivateAddress(QStringLiteral("192.168.1.20")));
        QVERIFY(isPrivateAddress(QStringLiteral("172.20.0.1")));
        QVERIFY(isPrivateAddress(QStringLiteral("100.64.3.4")));
        QVERIFY(isPrivateAddress(QStringLiteral("fd00::2")));
        QVERIFY(isPrivateAddress(QStringLiteral("4b6f1c1a-1c1a.local")));
        QVERIFY(!isPrivateAddress(QStringLiteral("203.0.113.7")));
        QVERIFY(!isPrivateAddress(QStringLiteral("172.32.0.1")));
        QCOMPARE(maskAddress(QStringLiteral("203.0.113.7")), QStringLiteral("203.0.x.x"));
        QVERIFY(!maskAddress(QStringLiteral("2001:db8::1")).contains(u"::1"));
    }

    void aDescriptionForAClosedPeerLeavesNothingBehind()
    {
        // webrtcbin 1.22 answers set-local-description on a closed peer connection (never started, or
        // stopped while an offer was being created) with an error reply; without a promise it leaks that
        // reply. The sanitizer build's leak check fails this test if it happens.
        QString error;
        QVERIFY2(kvs::media::initGStreamer(&error), qPrintable(error));
        GstElement *webrtc = gst_element_factory_make("webrtcbin", nullptr);
        QVERIFY(webrtc);
        gst_object_ref_sink(webrtc);
        GstSDPMessage *sdp = nullptr;
        gst_sdp_message_new(&sdp);
        const QByteArray text = "v=0\r\no=- 1 0 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n";
        QCOMPARE(gst_sdp_message_parse_buffer(reinterpret_cast<const guint8 *>(text.constData()),
                                              static_cast<guint>(text.size()), sdp),
                 GST_SDP_OK);
        GstWebRTCSessionDescription *offer =
            gst_webrtc_session_description_new(GST_WEBRTC_SDP_TYPE_OFFER, sdp);
        kvs::media::setLocalDescription(webrtc, offer);
        gst_webrtc_session_description_free(offer);
        gst_object_unref(webrtc);
    }

    void aRequestToAPeerThatStopsIsReleased()
    {
        // A webrtcbin stopped before its task ran never replies: the promise, and the data its reply handler
        // would have used, must still be released (the destroy function runs exactly once per request).
        QString error;
        QVERIFY2(kvs::media::initGStreamer(&error), qPrintable(error));
        static std::atomic<int> replies{0};
        static std::atomic<int> released{0};
        replies = 0;
        released = 0;
        constexpr int kRequests = 20;
        for (int i = 0; i < kRequests; ++i) {
            GstElement *webrtc = gst_element_factory_make("webrtcbin", nullptr);
            QVERIFY(webrtc);
            gst_object_ref_sink(webrtc);
            QVERIFY(gst_element_set_state(webrtc, GST_STATE_READY) != GST_STATE_CHANGE_FAILURE);
            kvs::media::emitWithReply(
                webrtc, "create-offer", nullptr, [](GstPromise *, void *) { ++replies; }, nullptr,
                [](void *) { ++released; });
            if (i % 2 == 0) // half of them stop at once, most likely before the task ran
                gst_element_set_state(webrtc, GST_STATE_NULL);
            else
                QTRY_VERIFY(replies > i / 2);
            gst_element_set_state(webrtc, GST_STATE_NULL);
            gst_object_unref(webrtc);
        }
        QTRY_COMPARE(released.load(), kRequests);
    }
};

QTEST_GUILESS_MAIN(TestMediaUnits)
#include "tst_mediaunits.moc"
