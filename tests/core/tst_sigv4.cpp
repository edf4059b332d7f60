#include "core/aws/awstime.h"
#include "core/aws/crypto.h"
#include "core/aws/sigv4.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace kvs;

namespace {

QJsonObject loadVectors()
{
    QFile file(QStringLiteral(KVS_TEST_DATA_DIR "/sigv4.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sigv4.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

AwsCredentials credentialsOf(const QJsonObject &vector)
{
    return {vector[u"accessKeyId"].toString(), vector[u"secretAccessKey"].toString(),
            vector[u"sessionToken"].toString()};
}

} // namespace

/// SigV4 query presigning and header signing against the public SDKs' known answers and AWS's test suite.
class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void presignMatchesSdkVectors_data();
    void presignMatchesSdkVectors();
    void headerSigningMatchesSdkVectors_data();
    void headerSigningMatchesSdkVectors();
    void primitivesMatchAwsTestSuite();
    void uriEncode_data();
    void uriEncode();
    void uriDecodeInvertsEncode();
    void canonicalQuerySortsByEncodedName();
    void presignRejectsBadInput_data();
    void presignRejectsBadInput();
    void presignSignsHostAsWritten();
    void presignKeepsParameterOrderIndependent();
    void presignedUrlSurvivesQUrlUnchanged();
    void headerSigningNeedsEveryNamedHeader();
    void headerSigningFoldsHeaderWhitespace();
};

void TestSigV4::presignMatchesSdkVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadVectors()[u"presign"].toArray();
    QVERIFY(vectors.size() >= 8);
    for (const QJsonValue &v : vectors)
        QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
}

void TestSigV4::presignMatchesSdkVectors()
{
    QFETCH(QJsonObject, vector);
    sigv4::PresignRequest request;
    request.endpoint = vector[u"endpoint"].toString();
    request.region = vector[u"region"].toString();
    request.service = vector[u"service"].toString();
    request.credentials = credentialsOf(vector);
    request.signingTime = *parseIso8601(vector[u"date"].toString());
    request.expiresSeconds = vector[u"expires"].toInt();
    const QJsonObject params = vector[u"queryParams"].toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        request.queryParameters.append({it.key(), it.value().toString()});
    const auto url = sigv4::presignUrl(request);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(QString::fromUtf8(url.value()), vector[u"expectedUrl"].toString());
}

void TestSigV4::headerSigningMatchesSdkVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadVectors()[u"headerSigning"].toArray();
    QVERIFY(vectors.size() >= 4);
    for (const QJsonValue &v : vectors)
        QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
}

void TestSigV4::headerSigningMatchesSdkVectors()
{
    QFETCH(QJsonObject, vector);
    sigv4::HeaderSigningRequest request;
    request.method = vector[u"method"].toString().toLatin1();
    request.path = vector[u"path"].toString().toLatin1();
    request.body = vector[u"body"].toString().toUtf8();
    QList<QByteArray> toSign;
    const QJsonObject headers = vector[u"headersSent"].toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key() == u"authorization")
            continue;
        request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        toSign.append(it.key().toLatin1());
    }
    const auto signature =
        sigv4::signHeaders(request, toSign, credentialsOf(vector), vector[u"region"].toString(),
                           vector[u"service"].toString(), *parseIso8601(vector[u"date"].toString()));
    QVERIFY(signature.ok());
    QCOMPARE(QString::fromLatin1(signature->authorization), vector[u"expectedAuthorization"].toString());
}

void TestSigV4::primitivesMatchAwsTestSuite()
{
    // "get-vanilla" from AWS's SigV4 test suite.
    const QDateTime time = *parseAmzDate(u"20150830T123600Z");
    QByteArray signedHeaders;
    const QByteArray canonical = sigv4::canonicalRequest(
        "GET", "/", "", {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}},
        sigv4::kEmptyPayloadHash, &signedHeaders);
    QCOMPARE(signedHeaders, QByteArray("host;x-amz-date"));
    QCOMPARE(crypto::sha256Hex(canonical),
             QByteArray("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
    const QByteArray scope =
        sigv4::credentialScope(time, QStringLiteral("us-east-1"), QStringLiteral("service"));
    QCOMPARE(scope, QByteArray("20150830/us-east-1/service/aws4_request"));
    const QByteArray key = sigv4::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), time,
                                             QStringLiteral("us-east-1"), QStringLiteral("service"));
    QCOMPARE(sigv4::signatureHex(key, sigv4::stringToSign(time, scope, canonical)),
             QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    QCOMPARE(crypto::sha256Hex(""), QByteArray(sigv4::kEmptyPayloadHash));
}

void TestSigV4::uriEncode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved kept") << QByteArray("AZaz09-_.~") << false << QByteArray("AZaz09-_.~");
    QTest::newRow("slash encoded in query") << QByteArray("a/b") << false << QByteArray("a%2Fb");
    QTest::newRow("slash kept in path") << QByteArray("/a/b") << true << QByteArray("/a/b");
    QTest::newRow("base64 token") << QByteArray("ab+/c==") << false << QByteArray("ab%2B%2Fc%3D%3D");
    QTest::newRow("space is %20 not +") << QByteArray("a b") << false << QByteArray("a%20b");
    QTest::newRow("colon") << QByteArray("arn:aws") << false << QByteArray("arn%3Aaws");
    QTest::newRow("sub-delims") << QByteArray("!'()*") << false << QByteArray("%21%27%28%29%2A");
    QTest::newRow("utf-8 upper hex") << QByteArray("\xc3\xa9") << false << QByteArray("%C3%A9");
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
}

void TestSigV4::uriEncode()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepSlash);
    QFETCH(QByteArray, encoded);
    QCOMPARE(sigv4::uriEncode(raw, keepSlash), encoded);
}

void TestSigV4::uriDecodeInvertsEncode()
{
    const QByteArray raw("IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+abc/def== \xc3\xa9%");
    QCOMPARE(sigv4::uriDecode(sigv4::uriEncode(raw)), raw);
    QCOMPARE(sigv4::uriDecode("%zz%4"), QByteArray("%zz%4")); // malformed escapes are kept
}

void TestSigV4::canonicalQuerySortsByEncodedName()
{
    const QByteArray query = sigv4::canonicalQueryString({{"X-Amz-Date", "1"},
                                                          {"X-Amz-ClientId", "c"},
                                                          {"X-Amz-ChannelARN", "arn:x"},
                                                          {"a", "2"},
                                                          {"B", "3"}});
    QCOMPARE(query, QByteArray("B=3&X-Amz-ChannelARN=arn%3Ax&X-Amz-ClientId=c&X-Amz-Date=1&a=2"));
}

void TestSigV4::presignRejectsBadInput_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<int>("expires");
    QTest::addColumn<QString>("errorCode");
    const QString key = QStringLiteral("AKIA4F7WJQR7FMMWMNXI");
    const QString wss = QStringLiteral("wss://kvs.awsamazon.com");
    QTest::newRow("https endpoint") << QStringLiteral("https://kvs.awsamazon.com") << "us-west-2" << key
                                    << 299 << "InvalidEndpoint";
    QTest::newRow("no scheme") << QStringLiteral("kvs.awsamazon.com") << "us-west-2" << key << 299
                               << "InvalidEndpoint";
    QTest::newRow("endpoint with query")
        << QStringLiteral("wss://kvs.awsamazon.com/?a=b") << "us-west-2" << key << 299 << "InvalidEndpoint";
    QTest::newRow("endpoint with fragment")
        << QStringLiteral("wss://kvs.awsamazon.com/#x") << "us-west-2" << key << 299 << "InvalidEndpoint";
    QTest::newRow("plain ws to remote host")
        << QStringLiteral("ws://kvs.awsamazon.com") << "us-west-2" << key << 299 << "InvalidEndpoint";
    QTest::newRow("user info") << QStringLiteral("wss://u:p@kvs.awsamazon.com") << "us-west-2" << key << 299
                               << "InvalidEndpoint";
    QTest::newRow("bad region") << wss << "US_WEST" << key << 299 << "InvalidRegion";
    QTest::newRow("empty key") << wss << "us-west-2" << QString() << 299 << "InvalidCredentials";
    QTest::newRow("expires zero") << wss << "us-west-2" << key << 0 << "InvalidExpires";
    QTest::newRow("expires over a week") << wss << "us-west-2" << key << 604801 << "InvalidExpires";
}

void TestSigV4::presignRejectsBadInput()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    QFETCH(QString, accessKeyId);
    QFETCH(int, expires);
    QFETCH(QString, errorCode);
    sigv4::PresignRequest request;
    request.endpoint = endpoint;
    request.region = region;
    request.credentials = {accessKeyId, QStringLiteral("FakeSecretKey"), QString()};
    request.signingTime = *parseIso8601(u"2019-12-01T00:00:00Z");
    request.expiresSeconds = expires;
    const auto url = sigv4::presignUrl(request);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, errorCode);
    QVERIFY(!url.error().message.isEmpty());
    QVERIFY(!url.error().message.contains(u"FakeSecretKey"));
}

void TestSigV4::presignSignsHostAsWritten()
{
    sigv4::PresignRequest request;
    request.region = QStringLiteral("us-west-2");
    request.credentials = {QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), QStringLiteral("FakeSecretKey"),
                           QString()};
    request.signingTime = *parseIso8601(u"2019-12-01T00:00:00Z");
    request.endpoint = QStringLiteral("wss://kvs.awsamazon.com:443");
    const QByteArray withDefaultPort = sigv4::presignUrl(request).value();
    QVERIFY(withDefaultPort.startsWith("wss://kvs.awsamazon.com:443/?X-Amz-Algorithm="));
    request.endpoint = QStringLiteral("wss://kvs.awsamazon.com");
    const QByteArray withoutPort = sigv4::presignUrl(request).value();
    // The port is part of the signed host: the signatures differ.
    QVERIFY(withDefaultPort.right(100) != withoutPort.right(100));
    request.endpoint = QStringLiteral("ws://[::1]:8080/signal");
    QVERIFY(sigv4::presignUrl(request).value().startsWith("ws://[::1]:8080/signal?"));
}

void TestSigV4::presignKeepsParameterOrderIndependent()
{
    sigv4::PresignRequest request;
    request.endpoint = QStringLiteral("wss://kvs.awsamazon.com");
    request.region = QStringLiteral("us-west-2");
    request.credentials = {QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), QStringLiteral("FakeSecretKey"),
                           QString()};
    request.signingTime = *parseIso8601(u"2019-12-01T00:00:00Z");
    request.queryParameters = {{QStringLiteral("X-Amz-ClientId"), QStringLiteral("a")},
                               {QStringLiteral("X-Amz-ChannelARN"), QStringLiteral("b")}};
    const QByteArray first = sigv4::presignUrl(request).value();
    std::reverse(request.queryParameters.begin(), request.queryParameters.end());
    QCOMPARE(sigv4::presignUrl(request).value(), first);
}

void TestSigV4::presignedUrlSurvivesQUrlUnchanged()
{
    const QJsonArray vectors = loadVectors()[u"presign"].toArray();
    for (const QJsonValue &v : vectors) {
        const QByteArray expected = v[u"expectedUrl"].toString().toUtf8();
        const QUrl url = QUrl::fromEncoded(expected, QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.toEncoded(), expected);
    }
}

void TestSigV4::headerSigningNeedsEveryNamedHeader()
{
    sigv4::HeaderSigningRequest request;
    request.headers = {{"host", "example.com"}};
    const auto result = sigv4::signHeaders(
        request, {"host", "x-amz-date"},
        {QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), QStringLiteral("FakeSecretKey"), {}},
        QStringLiteral("us-west-2"), QStringLiteral("kinesisvideo"), *parseIso8601(u"2019-12-01T00:00:00Z"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("MissingHeader"));
    QVERIFY(result.error().message.contains(u"x-amz-date"));
}

void TestSigV4::headerSigningFoldsHeaderWhitespace()
{
    QByteArray names;
    const QByteArray canonical =
        sigv4::canonicalRequest("POST", "/", "", {{"X-Custom", "  a   b  "}, {"Host", "h"}}, "hash", &names);
    QCOMPARE(names, QByteArray("host;x-custom"));
    QVERIFY(canonical.contains("\nhost:h\nx-custom:a b\n\n"));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
