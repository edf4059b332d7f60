#include "../support/cannedhttpserver.h"
#include "core/aws/awsconfigfiles.h"
#include "core/aws/awstime.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/crypto.h"
#include "core/common/redaction.h"
#include "core/controlplane/controlplaneclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

using namespace kvs;
using kvs::test::CannedHttpServer;

Q_DECLARE_METATYPE(kvs::EndpointSource)
Q_DECLARE_METATYPE(kvs::ErrorClass)

namespace {

const QString kArn = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1700000000000");
const QString kRegion = QStringLiteral("us-west-2");

AwsCredentials credentials(bool withToken)
{
    return {QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
            QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            withToken ? QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN0123456789") : QString()};
}

QDateTime localTime()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
}

/// Recomputes the signature of a received request from its own SignedHeaders, as a verifier would.
bool signatureVerifies(const CannedHttpServer::Request &request, const AwsCredentials &creds)
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype signedAt = authorization.indexOf("SignedHeaders=");
    const qsizetype signatureAt = authorization.indexOf("Signature=");
    if (signedAt < 0 || signatureAt < 0)
        return false;
    const QByteArray signedList =
        authorization.mid(signedAt + 14, authorization.indexOf(',', signedAt) - signedAt - 14);
    const QByteArray signature = authorization.mid(signatureAt + 10);
    sigv4::HeaderSigningRequest verify;
    verify.method = request.method;
    verify.path = request.target;
    verify.body = request.body;
    verify.headers = request.headers;
    const auto time = parseAmzDate(QString::fromLatin1(request.header("x-amz-date")));
    if (!time)
        return false;
    const auto expected = sigv4::signHeaders(verify, signedList.split(';'), creds, kRegion,
                                             QStringLiteral("kinesisvideo"), *time);
    return expected.ok() && crypto::constantTimeEquals(expected->signature, signature);
}

QByteArray ok(const QByteArray &body, const QByteArray &date = "Wed, 01 May 2024 12:00:00 GMT")
{
    return CannedHttpServer::response(200, "OK", {"Content-Type: application/json", "Date: " + date}, body);
}

const QByteArray kDescribeBody =
    "{\"ChannelInfo\":{\"ChannelName\":\"demo\",\"ChannelARN\":\"" + kArn.toLatin1() +
    "\",\"ChannelType\":\"SINGLE_MASTER\",\"ChannelStatus\":\"ACTIVE\",\"CreationTime\":"
    "1700000000.0,\"SingleMasterConfiguration\":{\"MessageTtlSeconds\":60},"
    "\"Version\":\"v1\"}}";

} // namespace

/// The control plane: endpoint resolution, CA bundles, request signing, and answers parsed from a real
/// socket.
class TestControlPlaneClient : public QObject
{
    Q_OBJECT

private:
    ControlPlaneReply *waitFor(ControlPlaneReply *reply)
    {
        QSignalSpy spy(reply, &ControlPlaneReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        return reply;
    }

private slots:
    void resolvesEndpoints_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("fips");
        QTest::addColumn<bool>("dualStack");
        QTest::addColumn<QString>("explicitUrl");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected"); // "!Code" for an error
        QTest::addColumn<EndpointSource>("source");
        const auto D = EndpointSource::Default;
        QTest::newRow("default") << "us-west-2" << false << false << "" << QStringList{}
                                 << "https://kinesisvideo.us-west-2.amazonaws.com" << D;
        QTest::newRow("china") << "cn-north-1" << false << false << "" << QStringList{}
                               << "https://kinesisvideo.cn-north-1.amazonaws.com.cn" << D;
        QTest::newRow("fips") << "us-east-1" << true << false << "" << QStringList{}
                              << "https://kinesisvideo-fips.us-east-1.amazonaws.com" << D;
        QTest::newRow("govcloud fips") << "us-gov-west-1" << true << false << "" << QStringList{}
                                       << "https://kinesisvideo-fips.us-gov-west-1.amazonaws.com" << D;
        QTest::newRow("dual-stack") << "eu-central-1" << false << true << "" << QStringList{}
                                    << "https://kinesisvideo.eu-central-1.api.aws" << D;
        QTest::newRow("fips dual-stack") << "us-east-1" << true << true << "" << QStringList{}
                                         << "https://kinesisvideo-fips.us-east-1.api.aws" << D;
        QTest::newRow("china dual-stack")
            << "cn-northwest-1" << false << true << "" << QStringList{}
            << "https://kinesisvideo.cn-northwest-1.api.amazonwebservices.com.cn" << D;
        QTest::newRow("china fips (botocore)")
            << "cn-north-1" << true << false << "" << QStringList{}
            << "https://kinesisvideo-fips.cn-north-1.amazonaws.com.cn" << D;
        QTest::newRow("china fips dual-stack")
            << "cn-north-1" << true << true << "" << QStringList{}
            << "https://kinesisvideo-fips.cn-north-1.api.amazonwebservices.com.cn" << D;
        QTest::newRow("override with fips is an error")
            << "us-west-2" << true << false << "https://localhost:8443" << QStringList{}
            << "!InvalidConfiguration" << EndpointSource::ExplicitUrl;
        QTest::newRow("env override with dual-stack is an error")
            << "us-west-2" << false << true << ""
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://b.example")} << "!InvalidConfiguration"
            << EndpointSource::GlobalEnvironment;
        QTest::newRow("bad region") << "US West" << false << false << "" << QStringList{} << "!InvalidRegion"
                                    << D;
        QTest::newRow("explicit wins")
            << "us-west-2" << false << false << "https://localhost:8443/"
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO=https://a.example"),
                           QStringLiteral("AWS_ENDPOINT_URL=https://b.example")}
            << "https://localhost:8443" << EndpointSource::ExplicitUrl;
        QTest::newRow("service env next")
            << "us-west-2" << false << false << ""
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO=https://a.example"),
                           QStringLiteral("AWS_ENDPOINT_URL=https://b.example")}
            << "https://a.example" << EndpointSource::ServiceEnvironment;
        QTest::newRow("global env last")
            << "us-west-2" << false << false << ""
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4566")}
            << "http://127.0.0.1:4566" << EndpointSource::GlobalEnvironment;
        QTest::newRow("override without region")
            << "" << false << false << "https://kvs.example/prefix" << QStringList{}
            << "https://kvs.example/prefix" << EndpointSource::ExplicitUrl;
        QTest::newRow("plain http to a remote host")
            << "us-west-2" << false << false << "http://kvs.example" << QStringList{} << "!InvalidEndpoint"
            << EndpointSource::ExplicitUrl;
        QTest::newRow("bad env override")
            << "us-west-2" << false << false << "" << QStringList{QStringLiteral("AWS_ENDPOINT_URL=ftp://x")}
            << "!InvalidEndpoint" << EndpointSource::GlobalEnvironment;
    }
    void stunUriFollowsTheJsSdk()
    {
        QCOMPARE(stunUriFor(QStringLiteral("us-west-2"), false, false),
                 QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443"));
        QCOMPARE(stunUriFor(QStringLiteral("cn-north-1"), false, false),
                 QStringLiteral("stun:stun.kinesisvideo.cn-north-1.amazonaws.com.cn:443"));
        QCOMPARE(stunUriFor(QStringLiteral("us-east-1"), true, false),
                 QStringLiteral("stuns:stun.kinesisvideo-fips.us-east-1.amazonaws.com:443"));
        QCOMPARE(stunUriFor(QStringLiteral("us-east-1"), true, true),
                 QStringLiteral("stuns:stun.kinesisvideo-fips.us-east-1.amazonaws.com:443"));
        QCOMPARE(stunUriFor(QStringLiteral("eu-central-1"), false, true),
                 QStringLiteral("stun:stun.kinesisvideo.eu-central-1.api.aws:443"));
    }

    void resolvesEndpoints()
    {
        QFETCH(QString, region);
        QFETCH(bool, fips);
        QFETCH(bool, dualStack);
        QFETCH(QString, explicitUrl);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QFETCH(EndpointSource, source);
        QProcessEnvironment env;
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        const auto endpoint = ControlPlaneEndpoint::resolve(region, {fips, dualStack, explicitUrl}, env);
        if (expected.startsWith(u'!')) {
            QVERIFY(!endpoint.ok());
            QCOMPARE(endpoint.error().code, expected.mid(1));
            if (expected == u"!InvalidEndpoint")
                QVERIFY(endpoint.error().message.startsWith(endpointSourceName(source, Surface::App)));
            return;
        }
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
        QCOMPARE(endpoint->url, expected);
        QCOMPARE(endpoint->source, source);
    }

    // Issue 17 points 1 and 5: FIPS, dual-stack and endpoint URLs from the environment and the profile, in
    // the AWS CLI v2's order (flag > service variable > global variable > [services] > endpoint_url), each
    // naming where it came from.
    void resolvesSettingsLikeTheAwsCli_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("fipsFlag");
        QTest::addColumn<QString>("explicitUrl");
        QTest::addColumn<QString>("expected"); // "!Code" for an error
        QTest::addColumn<QString>("endpointSource");
        QTest::addColumn<QString>("fipsSource");
        QTest::addColumn<QString>("dualStackSource");
        const QString services =
            QStringLiteral("[default]\nendpoint_url = https://global.example\nservices = dev\n"
                           "[services dev]\nkinesis_video =\n  endpoint_url = "
                           "https://service.example/\n");
        const QStringList none;
        QTest::newRow("fips from the environment")
            << "" << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=true")} << false << ""
            << "https://kinesisvideo-fips.us-west-2.amazonaws.com"
            << "default"
            << "AWS_USE_FIPS_ENDPOINT"
            << "default";
        QTest::newRow("fips value as botocore: TRUE is on")
            << "" << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=TRUE")} << false << ""
            << "https://kinesisvideo-fips.us-west-2.amazonaws.com"
            << "default"
            << "AWS_USE_FIPS_ENDPOINT"
            << "default";
        QTest::newRow("fips value as botocore: 1 is off")
            << "" << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=1")} << false << ""
            << "https://kinesisvideo.us-west-2.amazonaws.com"
            << "default"
            << "AWS_USE_FIPS_ENDPOINT"
            << "default";
        QTest::newRow("fips from the profile") << "[default]\nuse_fips_endpoint = true\n"
                                               << none << false << ""
                                               << "https://kinesisvideo-fips.us-west-2.amazonaws.com"
                                               << "default"
                                               << "profile default"
                                               << "default";
        QTest::newRow("the environment's false beats the profile's true")
            << "[default]\nuse_fips_endpoint = true\n"
            << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=false")} << false << ""
            << "https://kinesisvideo.us-west-2.amazonaws.com"
            << "default"
            << "AWS_USE_FIPS_ENDPOINT"
            << "default";
        QTest::newRow("the flag beats the environment's false")
            << "" << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=false")} << true << ""
            << "https://kinesisvideo-fips.us-west-2.amazonaws.com"
            << "default"
            << "--fips"
            << "default";
        QTest::newRow("dual-stack from the environment and fips from the profile")
            << "[default]\nuse_fips_endpoint = true\n"
            << QStringList{QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=true")} << false << ""
            << "https://kinesisvideo-fips.us-west-2.api.aws"
            << "default"
            << "profile default"
            << "AWS_USE_DUALSTACK_ENDPOINT";
        QTest::newRow("dual-stack from the profile") << "[default]\nuse_dualstack_endpoint = True\n"
                                                     << none << false << ""
                                                     << "https://kinesisvideo.us-west-2.api.aws"
                                                     << "default"
                                                     << "default"
                                                     << "profile default";
        QTest::newRow("profile endpoint_url") << "[default]\nendpoint_url = https://global.example\n"
                                              << none << false << ""
                                              << "https://global.example"
                                              << "profile default endpoint_url"
                                              << "default"
                                              << "default";
        QTest::newRow("[services] beats endpoint_url") << services << none << false << ""
                                                       << "https://service.example"
                                                       << "[services dev] kinesis_video endpoint_url"
                                                       << "default"
                                                       << "default";
        QTest::newRow("kinesisvideo is not botocore's key")
            << QStringLiteral("[default]\nservices = dev\n[services dev]\nkinesisvideo =\n  endpoint_url = "
                              "https://service.example\n")
            << none << false << ""
            << "https://kinesisvideo.us-west-2.amazonaws.com"
            << "default"
            << "default"
            << "default";
        QTest::newRow("AWS_ENDPOINT_URL beats [services]")
            << services << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://env.example")} << false << ""
            << "https://env.example"
            << "AWS_ENDPOINT_URL"
            << "default"
            << "default";
        QTest::newRow("AWS_ENDPOINT_URL_KINESIS_VIDEO beats AWS_ENDPOINT_URL")
            << services
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://env.example"),
                           QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO=https://kvs.example")}
            << false << ""
            << "https://kvs.example"
            << "AWS_ENDPOINT_URL_KINESIS_VIDEO"
            << "default"
            << "default";
        QTest::newRow("the flag beats everything")
            << services << QStringList{QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO=https://kvs.example")}
            << false << "https://flag.example"
            << "https://flag.example"
            << "--endpoint-url"
            << "default"
            << "default";
        QTest::newRow("ignore flag in the environment")
            << services
            << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true"),
                           QStringLiteral("AWS_ENDPOINT_URL=https://env.example")}
            << false << ""
            << "https://kinesisvideo.us-west-2.amazonaws.com"
            << "default"
            << "default"
            << "default";
        QTest::newRow("ignore flag in the profile")
            << QString(services).replace(
                   QStringLiteral("services = dev\n"),
                   QStringLiteral("services = dev\nignore_configured_endpoint_urls = true\n"))
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://env.example")} << false << ""
            << "https://kinesisvideo.us-west-2.amazonaws.com"
            << "default"
            << "default"
            << "default";
        QTest::newRow("the environment's false beats the profile's ignore")
            << "[default]\nendpoint_url = https://global.example\nignore_configured_endpoint_urls = true\n"
            << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false")} << false << ""
            << "https://global.example"
            << "profile default endpoint_url"
            << "default"
            << "default";
        QTest::newRow("ignore does not ignore the flag")
            << "" << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true")} << false
            << "https://flag.example"
            << "https://flag.example"
            << "--endpoint-url"
            << "default"
            << "default";
        QTest::newRow("missing services section") << "[default]\nservices = nope\n"
                                                  << none << false << ""
                                                  << "!InvalidConfiguration"
                                                  << ""
                                                  << ""
                                                  << "";
        QTest::newRow("missing services section unread when the environment names an endpoint")
            << "[default]\nservices = nope\n"
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://env.example")} << false << ""
            << "https://env.example"
            << "AWS_ENDPOINT_URL"
            << "default"
            << "default";
        QTest::newRow("configured endpoint with profile fips is an error")
            << "[default]\nendpoint_url = https://global.example\nuse_fips_endpoint = true\n"
            << none << false << ""
            << "!InvalidConfiguration"
            << ""
            << ""
            << "";
        QTest::newRow("[services] endpoint with dual-stack from the environment is an error")
            << services << QStringList{QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=true")} << false << ""
            << "!InvalidConfiguration"
            << ""
            << ""
            << "";
        QTest::newRow("bad profile endpoint_url names the profile") << "[default]\nendpoint_url = ftp://x\n"
                                                                    << none << false << ""
                                                                    << "!InvalidEndpoint"
                                                                    << "profile default endpoint_url"
                                                                    << ""
                                                                    << "";
    }

    void resolvesSettingsLikeTheAwsCli()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, environment);
        QFETCH(bool, fipsFlag);
        QFETCH(QString, explicitUrl);
        QFETCH(QString, expected);
        QFETCH(QString, endpointSource);
        QFETCH(QString, fipsSource);
        QFETCH(QString, dualStackSource);
        QProcessEnvironment env;
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        const auto files = AwsConfigFiles::fromText(config, QString());
        QVERIFY(files.ok());
        ControlPlaneEndpoint::Options options;
        options.fips = fipsFlag;
        options.explicitUrl = explicitUrl;
        options.surface = Surface::CommandLine;
        if (const auto profile = files->profile(QStringLiteral("default")))
            options.profile = ProfileEndpointSettings::from(*files, *profile);
        const auto endpoint = ControlPlaneEndpoint::resolve(kRegion, options, env);
        if (expected.startsWith(u'!')) {
            QVERIFY(!endpoint.ok());
            QCOMPARE(endpoint.error().code, expected.mid(1));
            if (!endpointSource.isEmpty())
                QVERIFY2(endpoint.error().message.startsWith(endpointSource),
                         qPrintable(endpoint.error().message));
            return;
        }
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
        QCOMPARE(endpoint->url, expected);
        QCOMPARE(endpoint->sourceName, endpointSource);
        QCOMPARE(endpoint->fips.source, fipsSource);
        QCOMPARE(endpoint->dualStack.source, dualStackSource);
    }

    // An error for a configured endpoint next to FIPS names both sources (botocore would drop FIPS silently).
    void configuredEndpointAndFipsNameBothSources()
    {
        const auto files =
            AwsConfigFiles::fromText(QStringLiteral("[profile qa]\nuse_fips_endpoint = true\n"), {});
        QVERIFY(files.ok());
        ControlPlaneEndpoint::Options options;
        options.profile = ProfileEndpointSettings::from(*files, *files->profile(QStringLiteral("qa")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("https://env.example"));
        const auto endpoint = ControlPlaneEndpoint::resolve(kRegion, options, env);
        QVERIFY(!endpoint.ok());
        QVERIFY(endpoint.error().message.contains(u"AWS_ENDPOINT_URL"));
        QVERIFY(endpoint.error().message.contains(u"profile qa"));
    }

    // The app's export and events name its own field, the CLI its option.
    void explicitEndpointIsNamedForEachSurface()
    {
        QCOMPARE(endpointSourceName(EndpointSource::ExplicitUrl, Surface::CommandLine),
                 QStringLiteral("--endpoint-url"));
        QVERIFY(!endpointSourceName(EndpointSource::ExplicitUrl, Surface::App).contains(u"--"));
    }

    void loadsCaBundles()
    {
        const QString pem = QStringLiteral(KVS_TEST_DATA_DIR "/test-ca.pem");
        const auto loaded = TlsOptions::fromPemFile(pem);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->extraCaCertificates.size(), 1);
        const QSslConfiguration config = loaded->apply();
        QVERIFY(config.caCertificates().contains(loaded->extraCaCertificates.first()));
        QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyPeer);

        QCOMPARE(TlsOptions::fromPemFile(QStringLiteral("/nonexistent/ca.pem")).error().code,
                 QStringLiteral("CaFileUnreadable"));
        QTemporaryFile empty;
        QVERIFY(empty.open());
        empty.write("not a certificate\n");
        empty.flush();
        QCOMPARE(TlsOptions::fromPemFile(empty.fileName()).error().code, QStringLiteral("CaFileEmpty"));

        QProcessEnvironment env;
        QVERIFY(TlsOptions::resolve(QString(), env)->extraCaCertificates.isEmpty());
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), pem);
        QCOMPARE(TlsOptions::resolve(QString(), env)->caFile, pem);
        QCOMPARE(TlsOptions::resolve(empty.fileName(), env).error().code, QStringLiteral("CaFileEmpty"));

        // As the AWS CLI: the explicit file > AWS_CA_BUNDLE > the profile's ca_bundle, each named.
        QCOMPARE(TlsOptions::resolve(QString(), env, empty.fileName(), QStringLiteral("qa"))->source,
                 QStringLiteral("AWS_CA_BUNDLE"));
        QCOMPARE(TlsOptions::resolve(pem, env, empty.fileName(), QStringLiteral("qa"))->source,
                 QStringLiteral("--ca-file"));
        const QProcessEnvironment none;
        const auto fromProfile = TlsOptions::resolve(QString(), none, pem, QStringLiteral("qa"));
        QVERIFY(fromProfile.ok());
        QCOMPARE(fromProfile->caFile, pem);
        QCOMPARE(fromProfile->source, QStringLiteral("profile qa"));
        QCOMPARE(fromProfile->extraCaCertificates.size(), 1);
        const auto badProfile = TlsOptions::resolve(QString(), none, empty.fileName(), QStringLiteral("qa"));
        QVERIFY(!badProfile.ok());
        QVERIFY(badProfile.error().message.startsWith(u"profile qa: "));
    }

    void buildsSignedRequests_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::addColumn<QString>("url");
        QTest::newRow("long-term keys")
            << false << "https://kinesisvideo.us-west-2.amazonaws.com"
            << QByteArray("content-type;host;x-amz-content-sha256;x-amz-date")
            << "https://kinesisvideo.us-west-2.amazonaws.com/describeSignalingChannel";
        QTest::newRow("session token")
            << true << "https://kinesisvideo.us-west-2.amazonaws.com"
            << QByteArray("content-type;host;x-amz-content-sha256;x-amz-date;"
                          "x-amz-security-token")
            << "https://kinesisvideo.us-west-2.amazonaws.com/describeSignalingChannel";
        QTest::newRow("override with prefix")
            << false << "http://127.0.0.1:4566/kvs"
            << QByteArray("content-type;host;x-amz-content-sha256;x-amz-date")
            << "http://127.0.0.1:4566/kvs/describeSignalingChannel";
    }
    void buildsSignedRequests()
    {
        QFETCH(bool, withToken);
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, signedHeaders);
        QFETCH(QString, url);
        const QByteArray body = "{\"ChannelName\":\"demo\"}";
        const auto built =
            ControlPlaneClient::buildRequest(endpoint, "/describeSignalingChannel", body,
                                             credentials(withToken), kRegion, localTime(), "ua/1");
        QVERIFY(built.ok());
        QCOMPARE(built->url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(built->signedHeaders, signedHeaders);
        CannedHttpServer::Request asSent;
        asSent.method = "POST";
        asSent.target = built->url.path(QUrl::FullyEncoded).toLatin1();
        asSent.body = body;
        asSent.headers = built->headers;
        QCOMPARE(asSent.header("x-amz-date"), QByteArray("20240501T120000Z"));
        QCOMPARE(asSent.header("x-amz-content-sha256"), crypto::sha256Hex(body));
        QCOMPARE(asSent.header("user-agent"), QByteArray("ua/1"));
        QCOMPARE(asSent.header("x-amz-security-token").isEmpty(), !withToken);
        QVERIFY(asSent.header("authorization")
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240501/"
                                "us-west-2/kinesisvideo/aws4_request, SignedHeaders="));
        QVERIFY(signatureVerifies(asSent, credentials(withToken)));
        asSent.body = "{\"ChannelName\":\"other\"}";
        QVERIFY(!signatureVerifies(asSent, credentials(withToken)));

        QCOMPARE(ControlPlaneClient::buildRequest(QStringLiteral("http://kvs.example"), "/x", body,
                                                  credentials(false), kRegion, localTime(), {})
                     .error()
                     .code,
                 QStringLiteral("InvalidEndpoint"));
    }

    void callsEachOperationOverARealSocket()
    {
        CannedHttpServer server;
        const quint16 port = server.listen();
        const QString endpoint = u"http://127.0.0.1:" % QString::number(port);
        server.responses = {
            ok(kDescribeBody),
            ok("{\"ResourceEndpointList\":[{\"Protocol\":\"WSS\",\"ResourceEndpoint\":\"ws://127.0.0.1:9/\"},"
               "{\"Protocol\":\"HTTPS\",\"ResourceEndpoint\":\"" +
               endpoint.toLatin1() + "/r\"}]}"),
            ok("{\"IceServerList\":[{\"Uris\":[\"turn:192.0.2.1:443?transport=udp\",\"turns:x.example:443?"
               "transport="
               "tcp\"],\"Username\":\"1700000300:djE6YXJuOmF3czpraW5lc2lz\",\"Password\":"
               "\"TurnPassw0rdSecretValue\","
               "\"Ttl\":300}]}"),
        };
        FixedClock clock(localTime());
        ClockSkewEstimator skew;
        ControlPlaneClient client(clock, &skew, {endpoint, kRegion, {}, 5000, "test-agent"});
        const AwsCredentials creds = credentials(true);

        ControlPlaneReply *describe =
            waitFor(client.describeSignalingChannel(creds, QStringLiteral("demo"), {}));
        QVERIFY(describe->isFinished());
        QVERIFY(!describe->error());
        const auto info = describe->channelInfo();
        QVERIFY(info.ok());
        QCOMPARE(info->arn, kArn);
        QCOMPARE(info->status, QStringLiteral("ACTIVE"));
        QCOMPARE(info->messageTtlSeconds, 60);
        QCOMPARE(describe->exchange().status, 200);
        QCOMPARE(describe->exchange().operation, QStringLiteral("DescribeSignalingChannel"));
        QVERIFY(!describe->skewChanged());

        ControlPlaneReply *endpoints = waitFor(client.getSignalingChannelEndpoint(creds, kArn));
        const auto resolved = endpoints->signalingEndpoints();
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
        QCOMPARE(resolved->wss, QStringLiteral("ws://127.0.0.1:9/"));

        ControlPlaneReply *ice =
            waitFor(client.getIceServerConfig(creds, resolved->https, kArn, QStringLiteral("viewer-1")));
        const auto config = ice->iceServerConfig(kRegion);
        QVERIFY(config.ok());
        QCOMPARE(config->servers.size(), 1);
        QCOMPARE(config->servers[0].uris.size(), 2);
        QCOMPARE(config->servers[0].ttlSeconds, 300);
        QCOMPARE(config->stunUri, QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443"));
        QVERIFY(!redact(QStringLiteral("pwd TurnPassw0rdSecretValue")).contains(u"TurnPassw0rd"));

        QCOMPARE(server.requests.size(), 3);
        const QList<std::pair<QByteArray, QByteArray>> expected = {
            {"/describeSignalingChannel", "{\"ChannelName\":\"demo\"}"},
            {"/getSignalingChannelEndpoint",
             "{\"ChannelARN\":\"" + kArn.toLatin1() +
                 "\",\"SingleMasterChannelEndpointConfiguration\":{\"Protocols\":"
                 "[\"WSS\",\"HTTPS\"],\"Role\":\"VIEWER\"}}"},
            {"/r/v1/get-ice-server-config",
             "{\"ChannelARN\":\"" + kArn.toLatin1() + "\",\"ClientId\":\"viewer-1\",\"Service\":\"TURN\"}"},
        };
        for (qsizetype i = 0; i < 3; ++i) {
            const CannedHttpServer::Request &request = server.requests[i];
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.target, expected[i].first);
            QCOMPARE(request.body, expected[i].second);
            QCOMPARE(request.header("host"), "127.0.0.1:" + QByteArray::number(port));
            QCOMPARE(std::count_if(request.headers.begin(), request.headers.end(),
                                   [](const auto &header) { return header.first == "host"; }),
                     1);
            QCOMPARE(request.header("content-type"), QByteArray("application/json"));
            QCOMPARE(request.header("x-amz-date"), QByteArray("20240501T120000Z"));
            QCOMPARE(request.header("x-amz-security-token"), creds.sessionToken.toLatin1());
            QVERIFY2(signatureVerifies(request, creds), request.target.constData());
        }
        for (ControlPlaneReply *reply : {describe, endpoints, ice})
            delete reply;
    }

    void parsesErrors_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("message");
        QTest::newRow("access denied, type with url")
            << CannedHttpServer::response(
                   403, "Forbidden",
                   {"x-amzn-ErrorType: AccessDeniedException:http://internal.amazon.com/coral/",
                    "x-amzn-RequestId: 0f6d3a1c-aaaa-bbbb-cccc-000000000001"},
                   "{\"message\":\"User is not authorized to perform: "
                   "kinesisvideo:GetSignalingChannelEndpoint\"}")
            << "AccessDeniedException" << ErrorClass::AccessDenied << 403
            << "0f6d3a1c-aaaa-bbbb-cccc-000000000001"
            << "User is not authorized to perform: kinesisvideo:GetSignalingChannelEndpoint";
        QTest::newRow("not found, capital Message")
            << CannedHttpServer::response(
                   404, "Not Found", {"x-amzn-ErrorType: ResourceNotFoundException", "x-amzn-RequestId: r-2"},
                   "{\"Message\":\"The requested channel is not found or not active.\"}")
            << "ResourceNotFoundException" << ErrorClass::ResourceNotFound << 404 << "r-2"
            << "The requested channel is not found or not active.";
        QTest::newRow("throttled") << CannedHttpServer::response(
                                          400, "Bad Request",
                                          {"x-amzn-ErrorType: ClientLimitExceededException",
                                           "x-amzn-RequestId: r-3"},
                                          "{\"message\":\"Rate exceeded\"}")
                                   << "ClientLimitExceededException" << ErrorClass::ClientLimitExceeded << 400
                                   << "r-3"
                                   << "Rate exceeded";
        QTest::newRow("invalid argument")
            << CannedHttpServer::response(400, "Bad Request", {"x-amzn-ErrorType: InvalidArgumentException"},
                                          "{\"message\":\"1 validation error detected\"}")
            << "InvalidArgumentException" << ErrorClass::InvalidArgument << 400 << ""
            << "1 validation error detected";
        QTest::newRow("5xx without type or body")
            << CannedHttpServer::response(503, "Service Unavailable", {}, "") << "HttpStatus503"
            << ErrorClass::ServerError << 503 << ""
            << "";
        QTest::newRow("type only in the body")
            << CannedHttpServer::response(
                   400, "Bad Request", {},
                   "{\"__type\":\"com.amazon#ClientLimitExceededException\",\"message\":\"x\"}")
            << "ClientLimitExceededException" << ErrorClass::ClientLimitExceeded << 400 << ""
            << "x";
        QTest::newRow("secret in a message is redacted")
            << CannedHttpServer::response(403, "Forbidden", {"x-amzn-ErrorType: AccessDeniedException"},
                                          "{\"message\":\"bad X-Amz-Security-Token=FwoGZXIvYXdzSECRET\"}")
            << "AccessDeniedException" << ErrorClass::AccessDenied << 403 << ""
            << "bad X-Amz-Security-Token=<redacted>";
        QTest::newRow("200 with garbage")
            << ok("not json") << "InvalidResponse" << ErrorClass::Other << 200 << ""
            << "";
    }
    void parsesErrors()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, code);
        QFETCH(ErrorClass, errorClass);
        QFETCH(int, status);
        QFETCH(QString, requestId);
        QFETCH(QString, message);
        CannedHttpServer server;
        server.responses = {response};
        const QString endpoint = u"http://127.0.0.1:" % QString::number(server.listen());
        FixedClock clock(localTime());
        ControlPlaneClient client(clock, nullptr, {endpoint, kRegion, {}, 5000, {}});
        std::unique_ptr<ControlPlaneReply> reply(
            waitFor(client.getSignalingChannelEndpoint(credentials(false), kArn)));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->exchange().status, status);
        QCOMPARE(reply->exchange().requestId, requestId);
        QCOMPARE(reply->exchange().message, message);
        const auto result = reply->signalingEndpoints();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.contains(u"SECRET"));
        if (status != 200) {
            QCOMPARE(reply->errorClass(), errorClass);
            if (!requestId.isEmpty())
                QVERIFY(result.error().message.contains(requestId));
        }
    }

    void measuresSkewAndSignsWithIt()
    {
        CannedHttpServer server;
        // The service's clock is 10 minutes ahead; the first call is refused as expired, with its clock.
        server.responses = {
            CannedHttpServer::response(
                403, "Forbidden",
                {"x-amzn-ErrorType: AccessDeniedException", "Date: Wed, 01 May 2024 12:10:00 GMT"},
                "{\"message\":\"Signature expired: 20240501T120000Z is now earlier than "
                "20240501T120500Z (20240501T121000Z - 5 min.)\"}"),
            ok(kDescribeBody, "Wed, 01 May 2024 12:10:00 GMT"),
        };
        const QString endpoint = u"http://127.0.0.1:" % QString::number(server.listen());
        FixedClock clock(localTime());
        ClockSkewEstimator skew;
        ControlPlaneClient client(clock, &skew, {endpoint, kRegion, {}, 5000, {}});
        std::unique_ptr<ControlPlaneReply> first(
            waitFor(client.describeSignalingChannel(credentials(false), {}, kArn)));
        QCOMPARE(first->errorClass(), ErrorClass::AccessDenied);
        QVERIFY(first->signatureTimeError());
        QCOMPARE(first->signatureTimeError()->kind, SignatureTimeError::Kind::Expired);
        QVERIFY(first->skewChanged());
        QVERIFY(skew.isWarning());
        QVERIFY(qAbs(skew.correctionMs() - 600000) <= 1000);

        std::unique_ptr<ControlPlaneReply> second(
            waitFor(client.describeSignalingChannel(credentials(false), {}, kArn)));
        QVERIFY(!second->error());
        QVERIFY(!second->skewChanged());
        QCOMPARE(server.requests[0].header("x-amz-date"), QByteArray("20240501T120000Z"));
        QCOMPARE(server.requests[1].header("x-amz-date"), QByteArray("20240501T121000Z"));
    }

    void timesOut()
    {
        CannedHttpServer server;
        server.responses = {QByteArray()}; // never answers
        const QString endpoint = u"http://127.0.0.1:" % QString::number(server.listen());
        FixedClock clock(localTime());
        ControlPlaneClient client(clock, nullptr, {endpoint, kRegion, {}, 200, {}});
        std::unique_ptr<ControlPlaneReply> reply(
            waitFor(client.describeSignalingChannel(credentials(false), {}, kArn)));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error()->code, QStringLiteral("Timeout"));
        QCOMPARE(reply->errorClass(), ErrorClass::Timeout);
    }

    void reportsNetworkErrorsAndAborts()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        FixedClock clock(localTime());
        ControlPlaneClient client(
            clock, nullptr, {u"http://127.0.0.1:" % QString::number(closedPort), kRegion, {}, 5000, {}});
        std::unique_ptr<ControlPlaneReply> refused(
            waitFor(client.describeSignalingChannel(credentials(false), {}, kArn)));
        QCOMPARE(refused->error()->code, QStringLiteral("NetworkError"));
        QCOMPARE(refused->errorClass(), ErrorClass::Network);
        QCOMPARE(refused->exchange().status, 0);

        CannedHttpServer server;
        server.responses = {QByteArray()};
        ControlPlaneClient slow(
            clock, nullptr,
            {u"http://127.0.0.1:" % QString::number(server.listen()), kRegion, {}, 60000, {}});
        std::unique_ptr<ControlPlaneReply> aborted(
            slow.describeSignalingChannel(credentials(false), {}, kArn));
        QSignalSpy finished(aborted.get(), &ControlPlaneReply::finished);
        aborted->abort();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(aborted->error()->code, QStringLiteral("Aborted"));

        // A bad endpoint fails asynchronously, like any other failure.
        std::unique_ptr<ControlPlaneReply> invalid(slow.getIceServerConfig(
            credentials(false), QStringLiteral("http://remote.example"), kArn, QStringLiteral("v")));
        QVERIFY(!invalid->isFinished());
        waitFor(invalid.get());
        QCOMPARE(invalid->error()->code, QStringLiteral("InvalidEndpoint"));
    }

    void refusesUnusableEndpointAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no list") << QByteArray("{}");
        QTest::newRow("no https") << QByteArray(
            "{\"ResourceEndpointList\":[{\"Protocol\":\"WSS\",\"ResourceEndpoint\":\"wss://v.example\"}]}");
        QTest::newRow("plain ws to a remote host") << QByteArray(
            "{\"ResourceEndpointList\":[{\"Protocol\":\"WSS\",\"ResourceEndpoint\":\"ws://v.example\"},"
            "{\"Protocol\":\"HTTPS\",\"ResourceEndpoint\":\"https://r.example\"}]}");
    }
    void refusesUnusableEndpointAnswers()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(SignalingEndpoints::fromJson(body).error().code, QStringLiteral("InvalidResponse"));
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneClient)
#include "tst_controlplaneclient.moc"
