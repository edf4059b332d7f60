// Pure parts of the emulator: the config file, the clock-skew texts and the built-in master's SDP answer.
#include "core/aws/awstime.h"
#include "emulator/emulatorconfig.h"
#include "emulator/requestverifier.h"
#include "emulator/sdpanswerer.h"

#include <QTest>

using namespace kvs;
using namespace kvs::emulator;

class TestEmulatorConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const EmulatorConfig config = EmulatorConfig::defaults();
        QCOMPARE(config.channels.size(), 1);
        QCOMPARE(config.channels.first().name, QStringLiteral("demo-channel"));
        QCOMPARE(config.channels.first().region, QStringLiteral("us-west-2"));
        QCOMPARE(config.identities.size(), 1);
        QCOMPARE(config.identities.first().accessKeyId.size(), 20);
        QCOMPARE(config.identities.first().secretAccessKey.size(), 40);
        QCOMPARE(config.limits.maxViewersPerChannel, 10);
    }

    void parsesAFullConfig()
    {
        const Result<EmulatorConfig> config = EmulatorConfig::fromJson(R"({
            "channels": [{"name": "cam-1", "region": "eu-central-1", "messageTtlSeconds": 5},
                         {"arn": "arn:aws-cn:kinesisvideo:cn-north-1:123456789012:channel/cn-cam/42"}],
            "identities": [{"accessKeyId": "ASIAEXAMPLEEXAMPLE01", "secretAccessKey": "abc/def+ghi",
                            "sessionToken": "token-value", "actions": ["kinesisvideo:ConnectAsViewer"]}],
            "limits": {"idleTimeoutSeconds": 0.5, "maxViewersPerChannel": 2},
            "clockOffsetSeconds": -400})");
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message));
        QCOMPARE(config->channels.size(), 2);
        QCOMPARE(
            config->channels[0].arn,
            QStringLiteral("arn:aws:kinesisvideo:eu-central-1:111122223333:channel/cam-1/1700000000000"));
        QCOMPARE(config->channels[0].messageTtlSeconds, 5);
        QCOMPARE(config->channels[1].region, QStringLiteral("cn-north-1"));
        QCOMPARE(config->identities[0].sessionToken, QStringLiteral("token-value"));
        QVERIFY(config->identities[0].allows(QStringLiteral("ConnectAsViewer")));
        QVERIFY(!config->identities[0].allows(QStringLiteral("ConnectAsMaster")));
        QCOMPARE(config->limits.idleTimeoutSeconds, 0.5);
        QCOMPARE(config->limits.maxViewersPerChannel, 2);
        QCOMPARE(config->clockOffsetSeconds, -400.0);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown key") << QByteArray(R"({"chanels": []})") << QStringLiteral("chanels:");
        QTest::newRow("bad arn") << QByteArray(R"({"channels": [{"arn": "arn:nope"}]})")
                                 << QStringLiteral("channels[0].arn:");
        QTest::newRow("bad name") << QByteArray(R"({"channels": [{"name": "a b"}]})")
                                  << QStringLiteral("channels[0].name:");
        QTest::newRow("ttl") << QByteArray(R"({"channels": [{"name": "a", "messageTtlSeconds": 1}]})")
                             << QStringLiteral("channels[0].messageTtlSeconds:");
        QTest::newRow("short key")
            << QByteArray(R"({"identities": [{"accessKeyId": "AK", "secretAccessKey": "x"}]})")
            << QStringLiteral("identities[0].accessKeyId:");
        QTest::newRow("action")
            << QByteArray(
                   R"({"identities": [{"accessKeyId": "AKIAEXAMPLEEXAMPLE01", "secretAccessKey": "x", "actions": ["Fly"]}]})")
            << QStringLiteral("identities[0].actions[0]:");
        QTest::newRow("limit") << QByteArray(R"({"limits": {"maxViewersPerChannel": 0}})")
                               << QStringLiteral("limits.maxViewersPerChannel:");
        QTest::newRow("limit key") << QByteArray(R"({"limits": {"maxViewers": 3}})")
                                   << QStringLiteral("limits.maxViewers:");
        QTest::newRow("offset") << QByteArray(R"({"clockOffsetSeconds": "ten"})")
                                << QStringLiteral("clockOffsetSeconds:");
        QTest::newRow("role arn") << QByteArray(R"({"roles": [{"arn": "arn:aws:iam::1:user/x"}]})")
                                  << QStringLiteral("roles[0].arn:");
        QTest::newRow("role trust")
            << QByteArray(R"({"roles": [{"arn": "arn:aws:iam::111122223333:role/r", "trust": ["x"]}]})")
            << QStringLiteral("roles[0].trust[0]:");
        QTest::newRow("sso token")
            << QByteArray(R"({"ssoTokens": [{"token": "t", "accountId": "12", "roleName": "r"}]})")
            << QStringLiteral("ssoTokens[0].accountId:");
        QTest::newRow("sso key") << QByteArray(R"({"ssoTokens": [{"token": "t", "role": "r"}]})")
                                 << QStringLiteral("ssoTokens[0].role:");
    }
    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Result<EmulatorConfig> config = EmulatorConfig::fromJson(json);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.startsWith(field), qPrintable(config.error().message));
    }

    void clockSkewTexts()
    {
        const QDateTime now = parseAmzDate(u"20231107T045805Z").value();
        QCOMPARE(clockSkewMessage(parseAmzDate(u"20231107T044734Z").value(), now, 300),
                 QStringLiteral("Signature expired: 20231107T044734Z is now earlier than 20231107T045305Z "
                                "(20231107T045805Z - 5 min.)"));
        QCOMPARE(
            clockSkewMessage(parseAmzDate(u"20231107T050806Z").value(), now, 300),
            QStringLiteral("Signature not yet current: 20231107T050806Z is still later than 20231107T050305Z "
                           "(20231107T045805Z + 5 min.)"));
        QVERIFY(!clockSkewMessage(now.addSecs(299), now, 300));
        QVERIFY(!clockSkewMessage(now.addSecs(-300), now, 300));
    }

    void answerMirrorsTheOffer()
    {
        const QString offer = QStringLiteral(
            "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"
            "m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 "
            "0.0.0.0\r\na=ice-ufrag:abcd\r\na=ice-pwd:abcdefghijklmnopqrstuvwx\r\n"
            "a=fingerprint:sha-256 00:11\r\na=setup:actpass\r\na=mid:0\r\na=recvonly\r\na=rtcp-mux\r\n"
            "a=rtpmap:96 H264/90000\r\n"
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 "
            "0.0.0.0\r\na=mid:1\r\na=sctp-port:5000\r\n");
        const QString answer = SdpAnswerer::answerFor(offer);
        QVERIFY(answer.startsWith(u"v=0\r\n"));
        QVERIFY(answer.contains(u"a=group:BUNDLE 0 1\r\n"));
        QVERIFY(answer.contains(u"m=video 9 UDP/TLS/RTP/SAVPF 96\r\n"));
        QVERIFY(answer.contains(u"a=sendonly\r\n"));
        QVERIFY(!answer.contains(u"a=recvonly"));
        QVERIFY(answer.contains(u"a=setup:active\r\n"));
        QVERIFY(!answer.contains(u"a=ice-ufrag:abcd\r\n"));
        QVERIFY(answer.contains(u"m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"));
        QVERIFY(answer.contains(u"a=sctp-port:5000\r\n"));
        QCOMPARE(answer.count(u"a=fingerprint:sha-256 "), 2);
        const qsizetype at = answer.indexOf(u"a=fingerprint:sha-256 ") + 22;
        QCOMPARE(answer.mid(at, answer.indexOf(u'\r', at) - at).split(u':').size(), 32);
        const QList<QJsonObject> candidates = SdpAnswerer::candidatesFor(answer);
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates[0].value(u"sdpMid").toString(), QStringLiteral("0"));
        QVERIFY(candidates[1].value(u"candidate").toString().contains(u"typ srflx"));
        QVERIFY(candidates[2].value(u"candidate").toString().contains(u"typ relay"));
        QVERIFY(SdpAnswerer::answerFor(QStringLiteral("v=0\r\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorConfig)
#include "tst_emulatorconfig.moc"
