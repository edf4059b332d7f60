// The control plane over real TLS sockets: header SigV4 verification, the three operations, AWS-shaped
// errors, the Date header, injected faults and the admin API.
#include "emulatorharness.h"

#include <QJsonArray>

using namespace kvs;
using namespace kvs::emulator;
using namespace kvs::emulator::test;

class TestEmulatorControlPlane : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_harness = std::make_unique<Harness>(); }
    void cleanup() { m_harness.reset(); }

    void describesByNameAndArn()
    {
        const RawResponse byName = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(byName.status, 200);
        const QJsonObject info =
            QJsonDocument::fromJson(byName.body).object().value(u"ChannelInfo").toObject();
        QCOMPARE(info.value(u"ChannelARN").toString(), kArn);
        QCOMPARE(info.value(u"ChannelStatus").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(info.value(u"SingleMasterConfiguration").toObject().value(u"MessageTtlSeconds").toInt(), 60);
        QVERIFY(!byName.header("x-amzn-RequestId").isEmpty());
        QCOMPARE(parseHttpDate(QString::fromLatin1(byName.header("Date"))),
                 m_harness->clock.now().addMSecs(-m_harness->clock.now().time().msec()));

        const RawResponse byArn =
            m_harness->post("/describeSignalingChannel", {{QStringLiteral("ChannelARN"), kArn}},
                            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(byArn.status, 200);
    }

    void unknownChannelOrRegionIsNotFound()
    {
        const RawResponse wrongName = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("nope")}},
            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(wrongName.status, 404);
        QCOMPARE(wrongName.errorType(), QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(wrongName.message(), QStringLiteral("The requested channel is not found or not active."));
        QVERIFY(!wrongName.header("Date").isEmpty());

        const RawResponse wrongRegion = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            m_harness->credentials(), m_harness->clock.now(), QStringLiteral("eu-west-1"));
        QCOMPARE(wrongRegion.status, 404);
    }

    void endpointsForRoleAndProtocols()
    {
        const QJsonObject body{{QStringLiteral("ChannelARN"), kArn},
                               {QStringLiteral("SingleMasterChannelEndpointConfiguration"),
                                QJsonObject{{QStringLiteral("Protocols"),
                                             QJsonArray{QStringLiteral("WSS"), QStringLiteral("HTTPS")}},
                                            {QStringLiteral("Role"), QStringLiteral("VIEWER")}}}};
        const RawResponse response = m_harness->post("/getSignalingChannelEndpoint", body,
                                                     m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(response.status, 200);
        const QJsonArray list =
            QJsonDocument::fromJson(response.body).object().value(u"ResourceEndpointList").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"ResourceEndpoint").toString(),
                 m_harness->server->wssEndpoint());
        QCOMPARE(list.at(1).toObject().value(u"ResourceEndpoint").toString(),
                 m_harness->server->controlEndpoint());

        QJsonObject badRole = body;
        badRole.insert(QStringLiteral("SingleMasterChannelEndpointConfiguration"),
                       QJsonObject{{QStringLiteral("Role"), QStringLiteral("OBSERVER")}});
        const RawResponse bad = m_harness->post("/getSignalingChannelEndpoint", badRole,
                                                m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorType(), QStringLiteral("InvalidArgumentException"));
    }

    void iceServerConfig()
    {
        const RawResponse response =
            m_harness->post("/v1/get-ice-server-config",
                            {{QStringLiteral("ChannelARN"), kArn},
                             {QStringLiteral("ClientId"), QStringLiteral("viewer-1")},
                             {QStringLiteral("Service"), QStringLiteral("TURN")}},
                            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(response.status, 200);
        const QJsonArray servers =
            QJsonDocument::fromJson(response.body).object().value(u"IceServerList").toArray();
        QVERIFY(!servers.isEmpty());
        const QJsonObject first = servers.first().toObject();
        QCOMPARE(first.value(u"Ttl").toInt(), 300);
        QVERIFY(!first.value(u"Username").toString().isEmpty());
        QVERIFY(!first.value(u"Password").toString().isEmpty());
        QVERIFY(first.value(u"Uris").toArray().first().toString().startsWith(u"turn"));
        QCOMPARE(servers.size(), 2);
        // The service's username shape: "<expiry epoch seconds>:<base64("v1:" + channel ARN)>".
        const QStringList username = first.value(u"Username").toString().split(u':');
        QCOMPARE(username.size(), 2);
        const qint64 expiry = username.first().toLongLong();
        QCOMPARE(expiry, m_harness->clock.now().toSecsSinceEpoch() + 300);
        QCOMPARE(QByteArray::fromBase64(username.last().toLatin1()), QByteArray("v1:" + kArn.toUtf8()));
    }

    void iceServerConfigWithOneServer()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.behaviour.iceServerCount = 1;
        Harness harness(config);
        const RawResponse response =
            harness.post("/v1/get-ice-server-config", {{QStringLiteral("ChannelARN"), kArn}},
                         harness.credentials(), harness.clock.now());
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"IceServerList").toArray().size(), 1);
    }

    void errorsAreShapedAsTheService()
    {
        // Signature errors: the Coral URL after the type, a lower-case "message".
        AwsCredentials wrong = m_harness->credentials();
        wrong.secretAccessKey = QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0");
        const RawResponse signature = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            wrong, m_harness->clock.now());
        QCOMPARE(signature.header("x-amzn-ErrorType"),
                 QByteArray(
                     "InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/"));
        QVERIFY(QJsonDocument::fromJson(signature.body).object().contains(u"message"));
        // Not found: the kinesisvideo doc URL.
        const RawResponse missing = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("no-such-channel")}},
            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("x-amzn-ErrorType"),
                 QByteArray("ResourceNotFoundException:https://kinesisvideo.amazonaws.com/doc/2017-09-30/"));
        // IAM denials: capitalised "Message" naming the identity's ARN, never the access key.
        EmulatorConfig config = EmulatorConfig::defaults();
        Identity limited;
        limited.accessKeyId = QStringLiteral("AKIAEMULATORVIEW0001");
        limited.secretAccessKey = QStringLiteral("view-only-secret");
        limited.arn = QStringLiteral("arn:aws:iam::111122223333:user/qa-viewer");
        limited.actions = {QStringLiteral("ConnectAsViewer")};
        config.identities.append(limited);
        Harness harness(config);
        const RawResponse denied = harness.post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            harness.credentials(1), harness.clock.now());
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorType(), QStringLiteral("AccessDeniedException"));
        const QJsonObject body = QJsonDocument::fromJson(denied.body).object();
        QVERIFY(!body.contains(u"message"));
        QCOMPARE(
            body.value(u"Message").toString(),
            QStringLiteral("User: arn:aws:iam::111122223333:user/qa-viewer is not authorized to perform: "
                           "kinesisvideo:DescribeSignalingChannel on resource: ") +
                harness.server->config().channels.first().arn);
        QVERIFY(!denied.body.contains("AKIA"));
    }

    void listSignalingChannels()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        for (const char *name : {"cam-a", "cam-b", "other"}) {
            ChannelConfig channel = config.channels.first();
            channel.name = QString::fromLatin1(name);
            channel.arn = channel.arn.replace(QStringLiteral("demo-channel"), channel.name);
            config.channels.append(channel);
        }
        Harness harness(config);
        const RawResponse all =
            harness.post("/listSignalingChannels", {}, harness.credentials(), harness.clock.now());
        QCOMPARE(all.status, 200);
        QCOMPARE(QJsonDocument::fromJson(all.body).object().value(u"ChannelInfoList").toArray().size(), 4);
        // Pages and a name prefix, as the AWS CLI asks for them.
        QStringList names;
        QString token;
        do {
            QJsonObject request{
                {QStringLiteral("MaxResults"), 1},
                {QStringLiteral("ChannelNameCondition"),
                 QJsonObject{{QStringLiteral("ComparisonOperator"), QStringLiteral("BEGINS_WITH")},
                             {QStringLiteral("ComparisonValue"), QStringLiteral("cam-")}}}};
            if (!token.isEmpty())
                request.insert(QStringLiteral("NextToken"), token);
            const RawResponse page =
                harness.post("/listSignalingChannels", request, harness.credentials(), harness.clock.now());
            QCOMPARE(page.status, 200);
            const QJsonObject object = QJsonDocument::fromJson(page.body).object();
            for (const QJsonValue &info : object.value(u"ChannelInfoList").toArray())
                names.append(info.toObject().value(u"ChannelName").toString());
            token = object.value(u"NextToken").toString();
        } while (!token.isEmpty() && names.size() < 10);
        QCOMPARE(names, (QStringList{QStringLiteral("cam-a"), QStringLiteral("cam-b")}));
    }

    void signatureChecks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("wrong secret") << 0 << 403 << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral("The request signature we calculated does not match");
        QTest::newRow("unknown key") << 1 << 403 << QStringLiteral("UnrecognizedClientException")
                                     << QStringLiteral(
                                            "The security token included in the request is invalid.");
        QTest::newRow("clock behind") << 2 << 403 << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral("Signature expired: ");
        QTest::newRow("clock ahead") << 3 << 403 << QStringLiteral("InvalidSignatureException")
                                     << QStringLiteral("Signature not yet current: ");
        QTest::newRow("tampered body")
            << 4 << 403 << QStringLiteral("InvalidSignatureException")
            << QStringLiteral("The request signature we calculated does not match");
        QTest::newRow("host unsigned") << 5 << 403 << QStringLiteral("InvalidSignatureException")
                                       << QStringLiteral("'Host' must be a 'SignedHeader'");
    }
    void signatureChecks()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, errorType);
        QFETCH(QString, messageStart);
        AwsCredentials creds = m_harness->credentials();
        QDateTime time = m_harness->clock.now();
        QList<QByteArray> headers = {"content-type", "host", "x-amz-date"};
        QByteArray tampered;
        if (kind == 0)
            creds.secretAccessKey = QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0");
        if (kind == 1)
            creds.accessKeyId = QStringLiteral("AKIAUNKNOWNUNKNOWN00");
        if (kind == 2)
            time = time.addSecs(-301);
        if (kind == 3)
            time = time.addSecs(301);
        if (kind == 4)
            tampered = R"({"ChannelName":"other-channel"})";
        if (kind == 5)
            headers = {"content-type", "x-amz-date"};
        const RawResponse response = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            creds, time, QStringLiteral("us-west-2"), headers, tampered);
        QCOMPARE(response.status, status);
        QCOMPARE(response.errorType(), errorType);
        QVERIFY2(response.message().startsWith(messageStart), qPrintable(response.message()));
    }

    void skewMessageNamesTheServerClock()
    {
        const QDateTime now = m_harness->clock.now();
        const RawResponse response = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            m_harness->credentials(), now.addSecs(-600));
        QCOMPARE(
            response.message(),
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 5 min.)")
                .arg(formatAmzDate(now.addSecs(-600)), formatAmzDate(now.addSecs(-300)), formatAmzDate(now)));
    }

    void sessionTokenIsRequiredWhenConfigured()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.identities.first().sessionToken = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN");
        m_harness = std::make_unique<Harness>(config);
        AwsCredentials creds = m_harness->credentials();
        const QJsonObject body{{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}};
        QCOMPARE(m_harness
                     ->post("/describeSignalingChannel", body, creds, m_harness->clock.now(),
                            QStringLiteral("us-west-2"), {"host", "x-amz-date", "x-amz-security-token"})
                     .status,
                 200);
        creds.sessionToken.clear();
        QCOMPARE(
            m_harness->post("/describeSignalingChannel", body, creds, m_harness->clock.now()).errorType(),
            QStringLiteral("UnrecognizedClientException"));
    }

    void faultsFailDelayAndDrop()
    {
        const RawResponse armed =
            m_harness->admin("/emulator/faults",
                             {{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                              {QStringLiteral("errorType"), QStringLiteral("ClientLimitExceededException")},
                              {QStringLiteral("count"), 2}});
        QCOMPARE(armed.status, 200);
        const QJsonObject body{{QStringLiteral("ChannelARN"), kArn}};
        for (int i = 0; i < 2; ++i) {
            const RawResponse failed = m_harness->post("/v1/get-ice-server-config", body,
                                                       m_harness->credentials(), m_harness->clock.now());
            QCOMPARE(failed.status, 400);
            QCOMPARE(failed.errorType(), QStringLiteral("ClientLimitExceededException"));
        }
        QCOMPARE(
            m_harness
                ->post("/v1/get-ice-server-config", body, m_harness->credentials(), m_harness->clock.now())
                .status,
            200);

        m_harness->admin("/emulator/faults",
                         {{QStringLiteral("action"), QStringLiteral("DescribeSignalingChannel")},
                          {QStringLiteral("drop"), true},
                          {QStringLiteral("count"), 5}}); // HTTP clients resend once on a reset
        const RawResponse dropped =
            m_harness->post("/describeSignalingChannel", {{QStringLiteral("ChannelARN"), kArn}},
                            m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(dropped.status, 0);
        QCOMPARE(m_harness->admin("/emulator/faults", {}, "DELETE").status, 200);

        m_harness->admin("/emulator/faults",
                         {{QStringLiteral("action"), QStringLiteral("DescribeSignalingChannel")},
                          {QStringLiteral("delayMs"), 50}});
        QCOMPARE(m_harness
                     ->post("/describeSignalingChannel", {{QStringLiteral("ChannelARN"), kArn}},
                            m_harness->credentials(), m_harness->clock.now())
                     .status,
                 200);
        QCOMPARE(QJsonDocument::fromJson(m_harness->admin("/emulator/faults", {}, "GET").body)
                     .object()
                     .value(u"faults")
                     .toArray()
                     .size(),
                 0);

        const RawResponse badFault =
            m_harness->admin("/emulator/faults", {{QStringLiteral("action"), QStringLiteral("Nope")}});
        QCOMPARE(badFault.status, 400);

        const QJsonObject stats =
            QJsonDocument::fromJson(m_harness->admin("/emulator/stats", {}, "GET").body).object();
        QCOMPARE(stats.value(u"rejections")
                     .toObject()
                     .value(u"GetIceServerConfig")
                     .toObject()
                     .value(u"ClientLimitExceededException")
                     .toInt(),
                 2);
    }

    void unknownOperation()
    {
        const RawResponse response =
            m_harness->post("/createSignalingChannel", {}, m_harness->credentials(), m_harness->clock.now());
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorType(), QStringLiteral("UnknownOperationException"));
    }

private:
    std::unique_ptr<Harness> m_harness;
};

QTEST_GUILESS_MAIN(TestEmulatorControlPlane)
#include "tst_emulatorcontrolplane.moc"
