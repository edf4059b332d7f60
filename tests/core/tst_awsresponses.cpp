#include "core/common/redaction.h"
#include "core/credentials/ssoclient.h"
#include "core/credentials/stsclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

namespace {

const QDateTime kNow = QDateTime(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);

} // namespace

/// What STS and the SSO portal answer, parsed: success documents, error documents, malformed ones; and
/// the SSO token cache `aws sso login` writes.
class TestAwsResponses : public QObject
{
    Q_OBJECT

private slots:
    void assumeRoleResponse_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sts answer")
            << QByteArray(
                   "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                   "  <AssumeRoleResult>\n    <AssumedRoleUser><Arn>arn:aws:sts::1:assumed-role/R/s</Arn>"
                   "<AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>\n"
                   "    <Credentials>\n      <AccessKeyId>ASIAEXAMPLEEXAMPLE01</AccessKeyId>\n"
                   "      <SecretAccessKey>XmlSecret/abc+def</SecretAccessKey>\n"
                   "      <SessionToken>XmlToken/ghi==</SessionToken>\n"
                   "      <Expiration>2030-01-15T13:00:00Z</Expiration>\n    </Credentials>\n"
                   "  </AssumeRoleResult>\n</AssumeRoleResponse>\n")
            << true;
        QTest::newRow("no credentials")
            << QByteArray("<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>") << false;
        QTest::newRow("no expiration")
            << QByteArray(
                   "<r><AccessKeyId>ASIAEXAMPLEEXAMPLE01</AccessKeyId><SecretAccessKey>a</SecretAccessKey>"
                   "<SessionToken>b</SessionToken></r>")
            << false;
        QTest::newRow("not xml") << QByteArray("{\"json\": true}") << false;
        QTest::newRow("truncated") << QByteArray("<AssumeRoleResponse><AssumeRoleResult><Credentials>")
                                   << false;
    }
    void assumeRoleResponse()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, valid);
        const auto result = StsClient::parseAssumeRoleResponse(xml);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QCOMPARE(result->credentials.accessKeyId, QStringLiteral("ASIAEXAMPLEEXAMPLE01"));
            QCOMPARE(result->credentials.secretAccessKey, QStringLiteral("XmlSecret/abc+def"));
            QCOMPARE(result->credentials.sessionToken, QStringLiteral("XmlToken/ghi=="));
            QCOMPARE(result->expiration, kNow.addSecs(3600));
            QVERIFY(!redact(QStringLiteral("x XmlToken/ghi== y")).contains(u"XmlToken"));
        } else {
            QCOMPARE(result.error().code, QStringLiteral("InvalidResponse"));
        }
    }

    void callerIdentity()
    {
        const auto identity = StsClient::parseGetCallerIdentityResponse(
            "<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/a</Arn>"
            "<UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
            "</GetCallerIdentityResponse>");
        QVERIFY(identity.ok());
        QCOMPARE(identity->account, QStringLiteral("123456789012"));
        QCOMPARE(identity->arn, QStringLiteral("arn:aws:iam::123456789012:user/a"));
        QVERIFY(!StsClient::parseGetCallerIdentityResponse("<x/>").ok());
    }

    void stsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("expired token")
            << 403
            << QByteArray("<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code>"
                          "<Message>The security token included in the request is expired</Message></Error>"
                          "</ErrorResponse>")
            << "ExpiredToken"
            << "HTTP 403 ExpiredToken: The security token included in the request is expired";
        QTest::newRow("no body 403") << 403 << QByteArray() << "AccessDenied"
                                     << "no message";
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway") << "HttpError"
                                  << "HTTP 502";
    }
    void stsErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(QString, mustSay);
        const Error error = StsClient::parseError(QStringLiteral("AssumeRole"), status, xml);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(mustSay), qPrintable(error.message));
        QVERIFY(error.message.startsWith(u"STS AssumeRole"));
    }

    void endpoints()
    {
        QCOMPARE(StsClient::defaultEndpoint(QStringLiteral("eu-west-1")),
                 QStringLiteral("https://sts.eu-west-1.amazonaws.com"));
        QCOMPARE(StsClient::defaultEndpoint(QStringLiteral("cn-north-1")),
                 QStringLiteral("https://sts.cn-north-1.amazonaws.com.cn"));
        QCOMPARE(SsoClient::defaultEndpoint(QStringLiteral("us-east-1")),
                 QStringLiteral("https://portal.sso.us-east-1.amazonaws.com"));
    }

    void ssoRoleCredentials_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("portal answer")
            << QByteArray("{\"roleCredentials\":{\"accessKeyId\":\"ASIAEXAMPLEEXAMPLE02\","
                          "\"secretAccessKey\":\"SsoSecret/1\","
                          "\"sessionToken\":\"SsoToken/2\",\"expiration\":1894712400000}}")
            << true;
        QTest::newRow("no expiration") << QByteArray("{\"roleCredentials\":{\"accessKeyId\":\"A\","
                                                     "\"secretAccessKey\":\"B\",\"sessionToken\":\"C\"}}")
                                       << false;
        QTest::newRow("empty") << QByteArray("{}") << false;
        QTest::newRow("not json") << QByteArray("<xml/>") << false;
        // Found by fuzzing (UBSan): a double this large overflowed the conversion to qint64.
        QTest::newRow("huge expiration")
            << QByteArray("{\"roleCredentials\":{\"accessKeyId\":\"ASIAEXAMPLEEXAMPLE02\","
                          "\"secretAccessKey\":\"SsoSecret/1\",\"sessionToken\":\"SsoToken/2\","
                          "\"expiration\":1e300}}")
            << false;
        QTest::newRow("negative expiration")
            << QByteArray("{\"roleCredentials\":{\"accessKeyId\":\"ASIAEXAMPLEEXAMPLE02\","
                          "\"secretAccessKey\":\"SsoSecret/1\",\"sessionToken\":\"SsoToken/2\","
                          "\"expiration\":-1e300}}")
            << false;
    }
    void ssoRoleCredentials()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const auto result = SsoClient::parseRoleCredentials(json);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QCOMPARE(result->expiration, QDateTime::fromMSecsSinceEpoch(1894712400000, Qt::UTC));
            QCOMPARE(result->credentials.sessionToken, QStringLiteral("SsoToken/2"));
        }
    }

    void ssoTokenCache_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file
        QTest::addColumn<QString>("code");       // empty: valid
        QTest::newRow("valid")
            << QByteArray("{\"accessToken\":\"CacheToken123\",\"expiresAt\":\"2030-01-15T13:00:00Z\","
                          "\"region\":\"us-east-1\",\"startUrl\":\"https://x\"}")
            << QString();
        QTest::newRow("valid, fractional UTC") << QByteArray("{\"accessToken\":\"CacheToken123\","
                                                             "\"expiresAt\":\"2030-01-15T13:00:00.000Z\"}")
                                               << QString();
        QTest::newRow("expired")
            << QByteArray("{\"accessToken\":\"CacheToken123\",\"expiresAt\":\"2030-01-15T11:59:59Z\"}")
            << "SsoLoginRequired";
        QTest::newRow("no file") << QByteArray() << "SsoLoginRequired";
        QTest::newRow("garbage") << QByteArray("not json") << "SsoLoginRequired";
        QTest::newRow("no token") << QByteArray("{\"expiresAt\":\"2030-01-15T13:00:00Z\"}")
                                  << "SsoLoginRequired";
    }
    void ssoTokenCache()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QTemporaryDir home;
        const QString path = SsoClient::cachePath(home.path(), QStringLiteral("my-sso"));
        // The cache name is the SHA-1 of the session name, as `aws sso login` writes it.
        QVERIFY(path.endsWith(
            u"/.aws/sso/cache/" +
            QString::fromLatin1(QCryptographicHash::hash("my-sso", QCryptographicHash::Sha1).toHex()) +
            u".json"));
        if (!content.isEmpty()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto token = SsoClient::readToken(path, QStringLiteral("dev"), kNow);
        QCOMPARE(token.ok(), code.isEmpty());
        if (!token.ok()) {
            QCOMPARE(token.error().code, code);
            QVERIFY2(token.error().message.contains(u"run `aws sso login --profile dev`"),
                     qPrintable(token.error().message));
            QVERIFY(!token.error().message.contains(u"CacheToken123"));
        } else {
            QCOMPARE(token->accessToken, QStringLiteral("CacheToken123"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsResponses)
#include "tst_awsresponses.moc"
