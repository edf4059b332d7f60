#include "core/signaling/signalingmessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kvs;

Q_DECLARE_METATYPE(kvs::SignalingMessageType)
Q_DECLARE_METATYPE(kvs::CandidateType)
Q_DECLARE_METATYPE(kvs::CandidateTransport)

namespace {

QByteArray b64(const QByteArray &json)
{
    return json.toBase64();
}

QByteArray frame(const QByteArray &messageType, const QByteArray &payloadJson, const QByteArray &extra = {})
{
    return "{\"messageType\":\"" + messageType + "\",\"messagePayload\":\"" + b64(payloadJson) + "\"" +
           extra + "}";
}

const QByteArray kSdp = "v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n";

} // namespace

/// Signaling frames: every inbound type decoded, hostile input refused with a typed error, outbound builders.
class TestSignalingMessage : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryType_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<SignalingMessageType>("type");
        QTest::addColumn<QString>("summary");
        QTest::newRow("answer") << frame("SDP_ANSWER", "{\"type\":\"answer\",\"sdp\":\"" + kSdp + "\"}")
                                << SignalingMessageType::SdpAnswer << "SDP_ANSWER, 43 characters of SDP";
        QTest::newRow("answer without type")
            << frame("SDP_ANSWER", "{\"sdp\":\"" + kSdp + "\"}") << SignalingMessageType::SdpAnswer
            << "SDP_ANSWER, 43 characters of SDP";
        QTest::newRow("offer from a master to a viewer")
            << frame("SDP_OFFER", "{\"type\":\"offer\",\"sdp\":\"" + kSdp + "\"}",
                     ",\"senderClientId\":\"m-1\"")
            << SignalingMessageType::SdpOffer << "SDP_OFFER, 43 characters of SDP from m-1";
        QTest::newRow("candidate")
            << frame("ICE_CANDIDATE",
                     "{\"candidate\":\"candidate:842163049 1 udp 1677729535 203.0.113.7 50000 typ "
                     "srflx raddr 10.0.0.2 rport 50000 generation 0\",\"sdpMid\":\"1\","
                     "\"sdpMLineIndex\":1}")
            << SignalingMessageType::IceCandidate << "ICE_CANDIDATE srflx/udp 203.0.113.7:50000 mid 1";
        QTest::newRow("end of candidates")
            << frame("ICE_CANDIDATE", "{\"candidate\":\"\",\"sdpMid\":\"0\"}")
            << SignalingMessageType::IceCandidate << "ICE_CANDIDATE end of candidates";
        QTest::newRow("status response")
            << QByteArray(
                   "{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":{\"correlationId\":\"c-1\","
                   "\"errorType\":\"InvalidArgumentException\",\"statusCode\":\"400\",\"description\":"
                   "\"bad offer\",\"success\":false}}")
            << SignalingMessageType::StatusResponse
            << "STATUS_RESPONSE status 400 InvalidArgumentException for c-1: bad offer";
        QTest::newRow("status code as number")
            << QByteArray("{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":{\"statusCode\":404,"
                          "\"errorType\":\"X\"}}")
            << SignalingMessageType::StatusResponse << "STATUS_RESPONSE status 404 X";
        QTest::newRow("go away") << QByteArray("{\"messageType\":\"GO_AWAY\"}")
                                 << SignalingMessageType::GoAway << "GO_AWAY";
        QTest::newRow("go away with empty payload")
            << QByteArray("{\"messageType\":\"GO_AWAY\",\"messagePayload\":\"\"}")
            << SignalingMessageType::GoAway << "GO_AWAY";
        QTest::newRow("reconnect ice server")
            << QByteArray("{\"messageType\":\"RECONNECT_ICE_SERVER\"}")
            << SignalingMessageType::ReconnectIceServer << "RECONNECT_ICE_SERVER";
        QTest::newRow("endpoint timed out")
            << QByteArray("{\"message\": \"Endpoint request timed out\", \"connectionId\":\"Lk3=\", "
                          "\"requestId\":\"7f1e\"}")
            << SignalingMessageType::ServiceNotice
            << "SERVICE_NOTICE: Endpoint request timed out (requestId 7f1e)";
        QTest::newRow("unknown type")
            << QByteArray("{\"messageType\":\"SOMETHING_NEW\",\"messagePayload\":\"!!\"}")
            << SignalingMessageType::Unknown << "UNKNOWN messageType SOMETHING_NEW";
        QTest::newRow("empty object") << QByteArray("{}") << SignalingMessageType::Unknown << "UNKNOWN";
        QTest::newRow("capitalised keys")
            << QByteArray("{\"messageType\":\"SDP_ANSWER\",\"MessagePayload\":\"" +
                          b64("{\"type\":\"answer\",\"sdp\":\"" + kSdp + "\"}") + "\"}")
            << SignalingMessageType::SdpAnswer << "SDP_ANSWER, 43 characters of SDP";
        QTest::newRow("url-safe base64")
            << QByteArray("{\"messageType\":\"SDP_ANSWER\",\"messagePayload\":\"" +
                          QByteArray("{\"type\":\"answer\",\"sdp\":\"v=0~~~~~~\"}")
                              .toBase64(QByteArray::Base64UrlEncoding) +
                          "\"}")
            << SignalingMessageType::SdpAnswer << "SDP_ANSWER, 9 characters of SDP";
        QTest::newRow("secret in a description is redacted")
            << QByteArray("{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":{\"statusCode\":\"403\","
                          "\"description\":\"X-Amz-Signature=0123456789abcdef0123 bad\"}}")
            << SignalingMessageType::StatusResponse
            << "STATUS_RESPONSE status 403 : X-Amz-Signature=<redacted> bad";
    }
    void parsesEveryType()
    {
        QFETCH(QByteArray, frame);
        QFETCH(SignalingMessageType, type);
        QFETCH(QString, summary);
        const auto message = SignalingMessage::parse(frame);
        QVERIFY2(message.ok(), qPrintable(message.ok() ? QString() : message.error().message));
        QCOMPARE(message->type, type);
        QCOMPARE(message->summary(), summary);
    }

    void decodesAnswerAndCandidateFields()
    {
        const auto answer =
            SignalingMessage::parse(frame("SDP_ANSWER", "{\"type\":\"answer\",\"sdp\":\"" + kSdp + "\"}"));
        QVERIFY(answer.ok());
        QCOMPARE(answer->sdpType, QStringLiteral("answer"));
        QCOMPARE(answer->sdp, QStringLiteral("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"));
        QVERIFY(answer->senderClientId.isEmpty());

        const auto ice = SignalingMessage::parse(frame(
            "ICE_CANDIDATE", "{\"candidate\":\"candidate:1 1 TCP 2105458943 2001:db8::1 9 typ host tcptype "
                             "active\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}"));
        QVERIFY(ice.ok());
        QVERIFY(ice->candidate);
        const IceCandidate &c = *ice->candidate;
        QCOMPARE(c.foundation, QStringLiteral("1"));
        QCOMPARE(c.component, 1);
        QCOMPARE(c.transport, CandidateTransport::Tcp);
        QCOMPARE(c.priority, 2105458943u);
        QCOMPARE(c.address, QStringLiteral("2001:db8::1"));
        QCOMPARE(c.port, quint16(9));
        QCOMPARE(c.type, CandidateType::Host);
        QCOMPARE(c.tcpType, QStringLiteral("active"));
        QCOMPARE(c.sdpMid, QStringLiteral("0"));
        QCOMPARE(c.sdpMLineIndex, 0);
        QCOMPARE(c.relatedPort, -1);

        const auto status = SignalingMessage::parse(
            "{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":{\"correlationId\":\"c-1\","
            "\"errorType\":"
            "\"InvalidArgumentException\",\"statusCode\":\"400\",\"description\":\"d\",\"success\":false}}");
        QVERIFY(status.ok() && status->statusResponse);
        QCOMPARE(status->statusResponse->correlationId, QStringLiteral("c-1"));
        QCOMPARE(status->statusResponse->statusCode, QStringLiteral("400"));
        QCOMPARE(status->statusResponse->success, false);

        // Success is judged from statusCode and errorType; a "success" field (SDK fixtures only) is ignored.
        const auto judged = [](const char *statusResponse) {
            QByteArray frame("{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":");
            frame.append(statusResponse).append('}');
            const auto parsed = SignalingMessage::parse(frame);
            return parsed.ok() && parsed->statusResponse && parsed->statusResponse->success;
        };
        QVERIFY(!judged(R"({"correlationId":"c","statusCode":"400","errorType":"X","success":true})"));
        QVERIFY(!judged(R"({"correlationId":"c","statusCode":"400","success":true})"));
        QVERIFY(!judged(R"({"correlationId":"c","statusCode":"200","errorType":"X"})"));
        QVERIFY(judged(R"({"correlationId":"c","statusCode":"200","success":false})"));
        QVERIFY(judged(R"({"correlationId":"c","statusCode":204})"));
        QVERIFY(!judged(R"({"correlationId":"c","errorType":"InvalidArgumentException"})"));

        const auto notice = SignalingMessage::parse("{\"message\": \"Endpoint request timed out\", "
                                                    "\"connectionId\":\"abc=\", \"requestId\":\"r-1\"}");
        QVERIFY(notice.ok());
        QCOMPARE(notice->noticeMessage, QStringLiteral("Endpoint request timed out"));
        QCOMPARE(notice->connectionId, QStringLiteral("abc="));
        QCOMPARE(notice->requestId, QStringLiteral("r-1"));
    }

    void candidateLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<CandidateType>("type");
        QTest::addColumn<CandidateTransport>("transport");
        const auto H = CandidateType::Host;
        const auto U = CandidateTransport::Udp;
        QTest::newRow("host udp") << "candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host" << true << H
                                  << U;
        QTest::newRow("a= prefix and CRLF") << "a=candidate:1 1 UDP 2122260223 192.0.2.1 54400 typ host\r\n"
                                            << true << H << U;
        QTest::newRow("relay tcp") << "candidate:9 1 tcp 1 198.51.100.4 443 typ relay raddr 0.0.0.0 rport 0"
                                   << true << CandidateType::Relay << CandidateTransport::Tcp;
        QTest::newRow("prflx") << "candidate:a+/b 2 udp 1 192.0.2.1 1 typ prflx" << true
                               << CandidateType::Prflx << U;
        QTest::newRow("mdns host")
            << "candidate:1 1 udp 2122260223 4f0c3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b.local 5000 typ host" << true
            << H << U;
        QTest::newRow("unknown extension skipped")
            << "candidate:1 1 udp 5 192.0.2.1 1 typ host network-cost 999 x" << true << H << U;
        QTest::newRow("no prefix") << "1 1 udp 5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("too few fields") << "candidate:1 1 udp 5 192.0.2.1 1 typ" << false << H << U;
        QTest::newRow("sctp") << "candidate:1 1 sctp 5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("component 0") << "candidate:1 0 udp 5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("component 257") << "candidate:1 257 udp 5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("priority too big")
            << "candidate:1 1 udp 4294967296 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("priority negative") << "candidate:1 1 udp -5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("port too big") << "candidate:1 1 udp 5 192.0.2.1 65536 typ host" << false << H << U;
        QTest::newRow("port text") << "candidate:1 1 udp 5 192.0.2.1 http typ host" << false << H << U;
        QTest::newRow("no typ") << "candidate:1 1 udp 5 192.0.2.1 1 type host" << false << H << U;
        QTest::newRow("unknown type") << "candidate:1 1 udp 5 192.0.2.1 1 typ magic" << false << H << U;
        QTest::newRow("bad foundation") << "candidate:f@o 1 udp 5 192.0.2.1 1 typ host" << false << H << U;
        QTest::newRow("long foundation")
            << QString(u"candidate:" % QString(33, u'a') % u" 1 udp 5 192.0.2.1 1 typ host") << false << H
            << U;
        QTest::newRow("injection in address") << "candidate:1 1 udp 5 <script> 1 typ host" << false << H << U;
        QTest::newRow("bad rport") << "candidate:1 1 udp 5 192.0.2.1 1 typ srflx raddr 1.1.1.1 rport 99999"
                                   << false << H << U;
        QTest::newRow("empty") << "" << false << H << U;
    }
    void candidateLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        QFETCH(CandidateType, type);
        QFETCH(CandidateTransport, transport);
        const auto candidate = IceCandidate::parse(line);
        QCOMPARE(candidate.ok(), valid);
        if (valid) {
            QCOMPARE(candidate->type, type);
            QCOMPARE(candidate->transport, transport);
        } else {
            QCOMPARE(candidate.error().code, QStringLiteral("InvalidCandidate"));
        }
    }

    void hostileInputIsATypedError_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "InvalidJson";
        QTest::newRow("not json") << QByteArray("hello") << "InvalidJson";
        QTest::newRow("truncated") << QByteArray("{\"messageType\":\"SDP_ANS") << "InvalidJson";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "InvalidMessage";
        QTest::newRow("string") << QByteArray("\"SDP_ANSWER\"") << "InvalidJson";
        QTest::newRow("number type") << QByteArray("{\"messageType\":42}") << "InvalidMessage";
        QTest::newRow("object type") << QByteArray("{\"messageType\":{}}") << "InvalidMessage";
        QTest::newRow("numeric sender")
            << QByteArray("{\"messageType\":\"GO_AWAY\",\"senderClientId\":1}") << "InvalidMessage";
        QTest::newRow("oversize") << QByteArray("{\"messageType\":\"SDP_ANSWER\",\"x\":\"" +
                                                QByteArray(40000, 'a') + "\"}")
                                  << "MessageTooLarge";
        QTest::newRow("answer without payload")
            << QByteArray("{\"messageType\":\"SDP_ANSWER\"}") << "InvalidPayload";
        QTest::newRow("answer with numeric payload")
            << QByteArray("{\"messageType\":\"SDP_ANSWER\",\"messagePayload\":5}") << "InvalidPayload";
        QTest::newRow("bad base64") << QByteArray(
                                           "{\"messageType\":\"SDP_ANSWER\",\"messagePayload\":\"%%%%\"}")
                                    << "InvalidBase64";
        QTest::newRow("base64 with spaces")
            << QByteArray("{\"messageType\":\"SDP_ANSWER\",\"messagePayload\":\"eyJ0 eXBlIjoi\"}")
            << "InvalidBase64";
        QTest::newRow("payload not json") << frame("SDP_ANSWER", "not json") << "InvalidPayload";
        QTest::newRow("payload an array") << frame("SDP_ANSWER", "[]") << "InvalidPayload";
        QTest::newRow("payload without sdp") << frame("SDP_ANSWER", "{\"type\":\"answer\"}") << "InvalidSdp";
        QTest::newRow("sdp not v=0") << frame("SDP_ANSWER", "{\"type\":\"answer\",\"sdp\":\"hello\"}")
                                     << "InvalidSdp";
        QTest::newRow("sdp a number")
            << frame("SDP_ANSWER", "{\"type\":\"answer\",\"sdp\":7}") << "InvalidSdp";
        QTest::newRow("answer typed offer")
            << frame("SDP_ANSWER", "{\"type\":\"offer\",\"sdp\":\"" + kSdp + "\"}") << "InvalidPayload";
        QTest::newRow("candidate missing")
            << frame("ICE_CANDIDATE", "{\"sdpMid\":\"0\"}") << "InvalidPayload";
        QTest::newRow("candidate a number")
            << frame("ICE_CANDIDATE", "{\"candidate\":5}") << "InvalidPayload";
        QTest::newRow("candidate garbage")
            << frame("ICE_CANDIDATE", "{\"candidate\":\"candidate:x\"}") << "InvalidCandidate";
        QTest::newRow("mline index negative")
            << frame("ICE_CANDIDATE",
                     "{\"candidate\":\"candidate:1 1 udp 5 192.0.2.1 1 typ host\",\"sdpMLineIndex\":-1}")
            << "InvalidPayload";
        QTest::newRow("mline index fractional")
            << frame("ICE_CANDIDATE",
                     "{\"candidate\":\"candidate:1 1 udp 5 192.0.2.1 1 typ host\",\"sdpMLineIndex\":0.5}")
            << "InvalidPayload";
        QTest::newRow("sdpMid a number")
            << frame("ICE_CANDIDATE",
                     "{\"candidate\":\"candidate:1 1 udp 5 192.0.2.1 1 typ host\",\"sdpMid\":0}")
            << "InvalidPayload";
        QTest::newRow("status response not an object")
            << QByteArray("{\"messageType\":\"STATUS_RESPONSE\",\"statusResponse\":\"x\"}")
            << "InvalidMessage";
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << "InvalidJson";
        QTest::newRow("nul bytes") << QByteArray("{\"messageType\":\"GO_AWAY\"\0}", 26) << "InvalidJson";
    }
    void hostileInputIsATypedError()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        const auto message = SignalingMessage::parse(frame);
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, code);
        QVERIFY(!message.error().message.isEmpty());
        QVERIFY(message.error().message.size() < 300); // the frame is never echoed back
    }

    void randomBytesNeverCrash()
    {
        quint32 state = 12345;
        const auto next = [&state]() {
            state = state * 1664525u + 1013904223u;
            return state >> 24;
        };
        const QByteArray seed =
            frame("ICE_CANDIDATE", "{\"candidate\":\"candidate:1 1 udp 5 192.0.2.1 1 typ host\"}");
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated = seed;
            for (int k = 0; k < 4; ++k)
                mutated[next() % mutated.size()] = char(next());
            (void)SignalingMessage::parse(mutated); // must not crash; either outcome is fine
        }
    }

    void correlationIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "offer-1_a.b" << true;
        QTest::newRow("max") << QString(256, u'x') << true;
        QTest::newRow("too long") << QString(257, u'x') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("unicode") << "é" << false;
    }
    void correlationIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidCorrelationId(id), valid);
        QCOMPARE(buildSdpOfferMessage(QStringLiteral("v=0\r\n"), id).ok(), valid);
    }

    void buildsOfferForAViewer()
    {
        const QString sdp = QStringLiteral("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n");
        const auto built = buildSdpOfferMessage(sdp, QStringLiteral("probe-1"));
        QVERIFY(built.ok());
        const QJsonObject object = QJsonDocument::fromJson(*built).object();
        QCOMPARE(object.value(u"action").toString(), QStringLiteral("SDP_OFFER"));
        QCOMPARE(object.value(u"correlationId").toString(), QStringLiteral("probe-1"));
        QVERIFY(!object.contains(u"recipientClientId"));
        const QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(object.value(u"messagePayload").toString().toLatin1()))
                .object();
        QCOMPARE(payload.value(u"type").toString(), QStringLiteral("offer"));
        QCOMPARE(payload.value(u"sdp").toString(), sdp);

        const auto forMaster = buildSdpOfferMessage(sdp, QStringLiteral("c"), QStringLiteral("viewer-1"));
        QVERIFY(forMaster.ok());
        QCOMPARE(QJsonDocument::fromJson(*forMaster).object().value(u"recipientClientId").toString(),
                 QStringLiteral("viewer-1"));
        QCOMPARE(buildSdpOfferMessage(sdp, QStringLiteral("c"), QStringLiteral("AWS_x")).error().code,
                 QStringLiteral("InvalidClientId"));
        QCOMPARE(buildSdpOfferMessage(QStringLiteral("hello"), QStringLiteral("c")).error().code,
                 QStringLiteral("InvalidSdp"));
        // Above the documented 10 KB the service still relays (observed): only our frame cap refuses.
        QVERIFY(buildSdpOfferMessage(u"v=0\r\n" % QString(12000, u'a'), QStringLiteral("c")).ok());
        QCOMPARE(buildSdpOfferMessage(u"v=0\r\n" % QString(30000, u'a'), QStringLiteral("c")).error().code,
                 QStringLiteral("PayloadTooLarge"));
    }

    void buildsCandidateAndParsesItBack()
    {
        const auto built = buildIceCandidateMessage(
            QStringLiteral("a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host"), QStringLiteral("0"), 0,
            QStringLiteral("ice-1"));
        QVERIFY(built.ok());
        QJsonObject object = QJsonDocument::fromJson(*built).object();
        QCOMPARE(object.value(u"action").toString(), QStringLiteral("ICE_CANDIDATE"));
        // The service echoes frames as messageType; reuse our parser on the same payload.
        object.insert(QStringLiteral("messageType"), QStringLiteral("ICE_CANDIDATE"));
        const auto parsed = SignalingMessage::parse(QJsonDocument(object).toJson());
        QVERIFY(parsed.ok() && parsed->candidate);
        QCOMPARE(parsed->candidate->port, quint16(54400));
        QCOMPARE(parsed->candidate->sdpMid, QStringLiteral("0"));
        QCOMPARE(parsed->candidate->sdpMLineIndex, 0);

        QCOMPARE(buildIceCandidateMessage(QStringLiteral("candidate:bad"), QStringLiteral("0"), 0,
                                          QStringLiteral("c"))
                     .error()
                     .code,
                 QStringLiteral("InvalidCandidate"));
        QVERIFY(buildIceCandidateMessage(QString(), QStringLiteral("0"), 0, QStringLiteral("c")).ok());
    }

    void tallyCounts()
    {
        CandidateTally tally;
        QCOMPARE(tally.toString(), QStringLiteral("none"));
        tally.add(CandidateType::Host, CandidateTransport::Udp);
        tally.add(CandidateType::Host, CandidateTransport::Udp);
        tally.add(CandidateType::Relay, CandidateTransport::Tcp);
        QCOMPARE(tally.count(CandidateType::Host), 2);
        QCOMPARE(tally.count(CandidateType::Relay, CandidateTransport::Tcp), 1);
        QCOMPARE(tally.total(), 3);
        QCOMPARE(tally.toString(), QStringLiteral("host/udp 2, relay/tcp 1"));
    }
};

QTEST_GUILESS_MAIN(TestSignalingMessage)
#include "tst_signalingmessage.moc"
