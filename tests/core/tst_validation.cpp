#include "core/common/validation.h"

#include <QTest>

using namespace kvs;

Q_DECLARE_METATYPE(kvs::ValidationRule)

/// Every validator: tables of accepted values and of each broken rule, with the words that name it.
class TestValidation : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ValidationRule>("rule");
        QTest::addColumn<QString>("mustMention");
    }
    static void check(const ValidationResult &result)
    {
        QFETCH(ValidationRule, rule);
        QFETCH(QString, mustMention);
        QCOMPARE(result.rule, rule);
        QCOMPARE(result.ok(), rule == ValidationRule::Valid);
        if (!result.ok()) {
            QVERIFY2(result.message.contains(mustMention, Qt::CaseInsensitive),
                     qPrintable(result.message + u" should mention " + mustMention));
            QVERIFY(result.message.endsWith(u'.'));
        }
    }

private slots:
    void channelArn_data()
    {
        addColumns();
        const auto V = ValidationRule::Valid;
        QTest::newRow("aws") << "arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890"
                             << V << "";
        QTest::newRow("aws-cn") << "arn:aws-cn:kinesisvideo:cn-north-1:123456789012:channel/c/1" << V << "";
        QTest::newRow("aws-us-gov")
            << "arn:aws-us-gov:kinesisvideo:us-gov-west-1:123456789012:channel/a.b_c-d/99" << V << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("too long") << QString(u"arn:aws:kinesisvideo:us-west-2:1:channel/" +
                                             QString(1000, u'a') + u"/1")
                                  << ValidationRule::TooLong << "1024";
        QTest::newRow("no arn prefix")
            << "aws:kinesisvideo:us-west-2:1:channel/a/1" << ValidationRule::BadFormat << "arn:";
        QTest::newRow("five parts") << "arn:aws:kinesisvideo:us-west-2:channel/a/1"
                                    << ValidationRule::BadFormat << "six parts";
        QTest::newRow("seven parts") << "arn:aws:kinesisvideo:us-west-2:1:channel/a/1:x"
                                     << ValidationRule::BadFormat << "six parts";
        QTest::newRow("empty partition")
            << "arn::kinesisvideo:us-west-2:1:channel/a/1" << ValidationRule::BadFormat << "partition";
        QTest::newRow("other service")
            << "arn:aws:kinesis:us-west-2:1:channel/a/1" << ValidationRule::BadFormat << "kinesisvideo";
        QTest::newRow("empty region")
            << "arn:aws:kinesisvideo::1:channel/a/1" << ValidationRule::BadFormat << "region";
        QTest::newRow("upper-case region")
            << "arn:aws:kinesisvideo:US-WEST-2:1:channel/a/1" << ValidationRule::BadFormat << "region";
        QTest::newRow("account letters")
            << "arn:aws:kinesisvideo:us-west-2:12ab:channel/a/1" << ValidationRule::BadFormat << "account";
        QTest::newRow("no creation time")
            << "arn:aws:kinesisvideo:us-west-2:1:channel/a" << ValidationRule::BadFormat << "CREATION-TIME";
        QTest::newRow("space in name")
            << "arn:aws:kinesisvideo:us-west-2:1:channel/a b/1" << ValidationRule::BadFormat << "NAME";
        QTest::newRow("trailing newline") << "arn:aws:kinesisvideo:us-west-2:1:channel/a/1\n"
                                          << ValidationRule::BadFormat << "CREATION-TIME";
    }
    void channelArn()
    {
        QFETCH(QString, input);
        check(validateChannelArn(input));
    }

    void channelName_data()
    {
        addColumns();
        QTest::newRow("simple") << "demo-channel" << ValidationRule::Valid << "";
        QTest::newRow("all chars") << "a.B_c-9" << ValidationRule::Valid << "";
        QTest::newRow("max 256") << QString(256, u'x') << ValidationRule::Valid << "";
        QTest::newRow("257") << QString(257, u'x') << ValidationRule::TooLong << "256";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("slash") << "a/b" << ValidationRule::BadCharacters << "'/' at position 2";
        QTest::newRow("space") << "a b" << ValidationRule::BadCharacters << "space";
        QTest::newRow("unicode") << QStringLiteral("kamera-ü") << ValidationRule::BadCharacters
                                 << "position 8";
    }
    void channelName()
    {
        QFETCH(QString, input);
        check(validateChannelName(input));
    }

    void clientId_data()
    {
        addColumns();
        QTest::newRow("simple") << "qa.viewer_07-b" << ValidationRule::Valid << "";
        QTest::newRow("max 256") << QString(256, u'c') << ValidationRule::Valid << "";
        QTest::newRow("AWS inside is fine") << "myAWS_client" << ValidationRule::Valid << "";
        QTest::newRow("AWS without underscore") << "AWSOME" << ValidationRule::Valid << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("257") << QString(257, u'c') << ValidationRule::TooLong << "256";
        QTest::newRow("AWS_") << "AWS_viewer" << ValidationRule::ReservedPrefix << "AWS_";
        QTest::newRow("aws_") << "aws_viewer" << ValidationRule::ReservedPrefix << "AWS_";
        QTest::newRow("Aws_") << "Aws_viewer" << ValidationRule::ReservedPrefix << "reserved";
        QTest::newRow("colon") << "viewer:1" << ValidationRule::BadCharacters << "':'";
        QTest::newRow("tab") << "viewer\t1" << ValidationRule::BadCharacters << "space";
    }
    void clientId()
    {
        QFETCH(QString, input);
        check(validateClientId(input));
    }

    void region_data()
    {
        addColumns();
        for (const char *ok : {"us-west-2", "eu-central-1", "cn-north-1", "us-gov-west-1", "ap-southeast-4",
                               "us-isob-east-1", "il-central-1"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << ValidationRule::Valid << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("upper") << "US-WEST-2" << ValidationRule::BadFormat << "us-west-2";
        QTest::newRow("no number") << "us-west" << ValidationRule::BadFormat << "region code";
        QTest::newRow("underscore") << "us_west_2" << ValidationRule::BadFormat << "region code";
        QTest::newRow("too long") << QString(u"us-" + QString(40, u'a') + u"-1") << ValidationRule::TooLong
                                  << "32";
    }
    void region()
    {
        QFETCH(QString, input);
        check(validateRegion(input));
    }

    void accessKeyId_data()
    {
        addColumns();
        QTest::newRow("AKIA") << "AKIA4F7WJQR7FMMWMNXI" << ValidationRule::Valid << "";
        QTest::newRow("ASIA") << "ASIAXXXXXXXXXXXXXXXX" << ValidationRule::Valid << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("short") << "AKIA1234" << ValidationRule::TooShort << "16";
        QTest::newRow("long") << QString(129, u'A') << ValidationRule::TooLong << "128";
        QTest::newRow("space") << "AKIA4F7WJQR7 FMMWMNXI" << ValidationRule::BadCharacters << "space";
        QTest::newRow("slash") << "AKIA4F7WJQR7/FMMWMNXI" << ValidationRule::BadCharacters << "'/'";
    }
    void accessKeyId()
    {
        QFETCH(QString, input);
        check(validateAccessKeyId(input));
    }

    void secretAccessKey_data()
    {
        addColumns();
        QTest::newRow("typical") << "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" << ValidationRule::Valid << "";
        QTest::newRow("short fake") << "FakeSecretKey" << ValidationRule::Valid << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("trailing space")
            << "wJalrXUtnFEMI/K7MDENG " << ValidationRule::BadCharacters << "position 22";
        QTest::newRow("long") << QString(129, u'k') << ValidationRule::TooLong << "128";
    }
    void secretAccessKey()
    {
        QFETCH(QString, input);
        const ValidationResult result = validateSecretAccessKey(input);
        check(result);
        // The message names a position, never the secret's characters.
        if (!result.ok() && input.size() > 3)
            QVERIFY(!result.message.contains(input.left(6)));
    }

    void sessionToken_data()
    {
        addColumns();
        QTest::newRow("none") << "" << ValidationRule::Valid << "";
        QTest::newRow("base64") << "IQoJb3JpZ2luX2VjEJr//////////wEaCXVz+abc/def==" << ValidationRule::Valid
                                << "";
        QTest::newRow("newline") << "IQoJb3Jp\nZ2lu" << ValidationRule::BadCharacters << "position 9";
        QTest::newRow("too long") << QString(8193, u't') << ValidationRule::TooLong << "8192";
    }
    void sessionToken()
    {
        QFETCH(QString, input);
        check(validateSessionToken(input));
    }

    void webSocketEndpoint_data()
    {
        addColumns();
        const auto V = ValidationRule::Valid;
        QTest::newRow("aws") << "wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com" << V << "";
        QTest::newRow("with path") << "wss://kvs.awsamazon.com/path/path" << V << "";
        QTest::newRow("with port") << "wss://127.0.0.1:8443" << V << "";
        QTest::newRow("ipv6 loopback plain") << "ws://[::1]:8080/" << V << "";
        QTest::newRow("localhost plain") << "ws://localhost:1234" << V << "";
        QTest::newRow("127.x plain") << "ws://127.0.0.5:1234" << V << "";
        QTest::newRow("empty") << "" << ValidationRule::Empty << "empty";
        QTest::newRow("https") << "https://kvs.awsamazon.com" << ValidationRule::BadScheme << "wss://";
        QTest::newRow("upper-case scheme")
            << "WSS://kvs.awsamazon.com" << ValidationRule::BadScheme << "wss://";
        QTest::newRow("no scheme") << "kvs.awsamazon.com" << ValidationRule::BadScheme << "wss://";
        QTest::newRow("plain remote") << "ws://kvs.awsamazon.com" << ValidationRule::BadScheme << "localhost";
        QTest::newRow("query") << "wss://kvs.awsamazon.com/?x=1" << ValidationRule::NotAllowed << "query";
        QTest::newRow("fragment") << "wss://kvs.awsamazon.com/#x" << ValidationRule::NotAllowed << "fragment";
        QTest::newRow("user info") << "wss://user@kvs.awsamazon.com" << ValidationRule::NotAllowed
                                   << "user name";
        QTest::newRow("no host") << "wss:///path" << ValidationRule::Empty << "host";
        QTest::newRow("bad host") << "wss://kvs_bad.example" << ValidationRule::BadFormat << "host";
        QTest::newRow("port zero") << "wss://kvs.awsamazon.com:0" << ValidationRule::BadFormat << "port";
        QTest::newRow("port too big")
            << "wss://kvs.awsamazon.com:65536" << ValidationRule::BadFormat << "port";
        QTest::newRow("port empty") << "wss://kvs.awsamazon.com:" << ValidationRule::BadFormat << "port";
        QTest::newRow("port letters") << "wss://kvs.awsamazon.com:ab" << ValidationRule::BadFormat << "port";
        QTest::newRow("bad ipv6") << "wss://[zz]:1" << ValidationRule::BadFormat << "IPv6";
        QTest::newRow("path with space")
            << "wss://kvs.awsamazon.com/a b" << ValidationRule::BadCharacters << "path";
        QTest::newRow("path with percent")
            << "wss://kvs.awsamazon.com/a%20" << ValidationRule::BadCharacters << "'%'";
    }
    void webSocketEndpoint()
    {
        QFETCH(QString, input);
        check(validateEndpointUrl(input, EndpointKind::WebSocket));
    }

    void httpsEndpoint_data()
    {
        addColumns();
        QTest::newRow("aws") << "https://kinesisvideo.us-west-2.amazonaws.com" << ValidationRule::Valid << "";
        QTest::newRow("plain loopback") << "http://127.0.0.1:4566" << ValidationRule::Valid << "";
        QTest::newRow("wss") << "wss://kinesisvideo.us-west-2.amazonaws.com" << ValidationRule::BadScheme
                             << "https://";
        QTest::newRow("plain remote")
            << "http://kinesisvideo.us-west-2.amazonaws.com" << ValidationRule::BadScheme << "unencrypted";
    }
    void httpsEndpoint()
    {
        QFETCH(QString, input);
        check(validateEndpointUrl(input, EndpointKind::Https));
    }

    void loopbackHosts()
    {
        QVERIFY(isLoopbackHost(u"localhost"));
        QVERIFY(isLoopbackHost(u"127.0.0.1"));
        QVERIFY(isLoopbackHost(u"127.1.2.3"));
        QVERIFY(isLoopbackHost(u"[::1]"));
        QVERIFY(!isLoopbackHost(u"10.0.0.1"));
        QVERIFY(!isLoopbackHost(u"localhost.example.com"));
        QVERIFY(!isLoopbackHost(u"128.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
