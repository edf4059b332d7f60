// The data plane over real TLS sockets: presigned handshakes accepted and rejected exactly as the service
// does, relaying, limits, held messages, GO_AWAY / RECONNECT_ICE_SERVER / close and the built-in master.
#include "emulatorharness.h"

#include <QJsonArray>

using namespace kvs;
using namespace kvs::emulator;
using namespace kvs::emulator::test;

namespace {

EmulatorConfig relaxedConfig()
{
    EmulatorConfig config = EmulatorConfig::defaults();
    config.limits.connectsPerSecondPerChannel = 1000;
    return config;
}

QByteArray withoutParam(const QByteArray &url, const QByteArray &name)
{
    const qsizetype q = url.indexOf('?');
    QList<QByteArray> kept;
    for (const QByteArray &pair : url.mid(q + 1).split('&')) {
        if (!pair.startsWith(QByteArray(name + '=')))
            kept.append(pair);
    }
    return url.left(q + 1) + kept.join('&');
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray reversedParams(const QByteArray &url)
{
    const qsizetype q = url.indexOf('?');
    QList<QByteArray> pairs = url.mid(q + 1).split('&');
    std::reverse(pairs.begin(), pairs.end());
    return url.left(q + 1) + pairs.join('&');
}

} // namespace

class TestEmulatorDataPlane : public QObject
{
    Q_OBJECT

private slots:
    void relaysBetweenMasterAndViewer()
    {
        Harness harness(relaxedConfig());
        QString error;
        std::unique_ptr<QWebSocket> master = harness.open(harness.presign(QString()), &error);
        QVERIFY2(master, qPrintable(error));
        std::unique_ptr<QWebSocket> viewer =
            harness.open(harness.presign(QStringLiteral("viewer-1")), &error);
        QVERIFY2(viewer, qPrintable(error));
        QList<QString> toMaster;
        QList<QString> toViewer;
        collect(master.get(), &toMaster);
        collect(viewer.get(), &toViewer);

        const QString offer = b64({{QStringLiteral("type"), QStringLiteral("offer")},
                                   {QStringLiteral("sdp"), QStringLiteral("v=0")}});
        viewer->sendTextMessage(json(QJsonObject{{QStringLiteral("action"), QStringLiteral("SDP_OFFER")},
                                                 {QStringLiteral("messagePayload"), offer},
                                                 {QStringLiteral("unknownKey"), 1}}));
        const QJsonObject atMaster = nextMessage(&toMaster);
        QCOMPARE(atMaster.value(u"messageType").toString(), QStringLiteral("SDP_OFFER"));
        QCOMPARE(atMaster.value(u"senderClientId").toString(), QStringLiteral("viewer-1"));
        QCOMPARE(atMaster.value(u"messagePayload").toString(), offer);

        // The C SDK's capitalised keys.
        const QString answer = b64({{QStringLiteral("type"), QStringLiteral("answer")},
                                    {QStringLiteral("sdp"), QStringLiteral("v=0")}});
        master->sendTextMessage(
            json(QJsonObject{{QStringLiteral("action"), QStringLiteral("SDP_ANSWER")},
                             {QStringLiteral("MessagePayload"), answer},
                             {QStringLiteral("RecipientClientId"), QStringLiteral("viewer-1")}}));
        // As the service does: a zero-length text frame just before the answer.
        QTRY_VERIFY_WITH_TIMEOUT(!toViewer.isEmpty(), 5000);
        QCOMPARE(toViewer.takeFirst(), QString());
        const QJsonObject atViewer = nextMessage(&toViewer);
        QCOMPARE(atViewer.value(u"messageType").toString(), QStringLiteral("SDP_ANSWER"));
        QVERIFY(!atViewer.contains(u"senderClientId"));
        QCOMPARE(atViewer.value(u"messagePayload").toString(), answer);

        const QString candidate =
            b64({{QStringLiteral("candidate"), QStringLiteral("candidate:1 1 udp 1 127.0.0.1 9 typ host")}});
        viewer->sendTextMessage(json(QJsonObject{{QStringLiteral("action"), QStringLiteral("ICE_CANDIDATE")},
                                                 {QStringLiteral("messagePayload"), candidate}}));
        QCOMPARE(nextMessage(&toMaster).value(u"messageType").toString(), QStringLiteral("ICE_CANDIDATE"));
        const QJsonObject stats = harness.server->hub()->stats();
        QCOMPARE(stats.value(u"messagesRelayed").toInt(), 3);
        QCOMPARE(stats.value(u"openConnections").toObject().value(u"viewers").toInt(), 1);
        QCOMPARE(stats.value(u"openConnections").toObject().value(u"masters").toInt(), 1);
    }

    void handshakeErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("bad arn") << 0 << 400 << QStringLiteral("InvalidArgumentException")
                                 << QStringLiteral("1 validation error");
        QTest::newRow("AWS_ client id")
            << 1 << 400 << QStringLiteral("InvalidArgumentException") << QString();
        QTest::newRow("unknown channel") << 2 << 404 << QStringLiteral("ResourceNotFoundException")
                                         << QStringLiteral("The requested channel is not found");
        QTest::newRow("wrong region") << 3 << 404 << QStringLiteral("ResourceNotFoundException") << QString();
        QTest::newRow("wrong secret") << 4 << 403 << QStringLiteral("AccessDeniedException")
                                      << QStringLiteral("The request signature we calculated does not match");
        QTest::newRow("unknown key") << 5 << 403 << QStringLiteral("AccessDeniedException")
                                     << QStringLiteral(
                                            "The security token included in the request is invalid.");
        QTest::newRow("expired") << 6 << 403 << QStringLiteral("AccessDeniedException")
                                 << QStringLiteral("Signature expired: ");
        QTest::newRow("not yet current") << 7 << 403 << QStringLiteral("AccessDeniedException")
                                         << QStringLiteral("Signature not yet current: ");
        QTest::newRow("no signature") << 8 << 403 << QStringLiteral("AccessDeniedException") << QString();
        QTest::newRow("no channel arn")
            << 9 << 400 << QStringLiteral("InvalidArgumentException") << QString();
        QTest::newRow("X-Amz-Expires passed")
            << 10 << 403 << QStringLiteral("AccessDeniedException") << QStringLiteral("Request has expired");
        QTest::newRow("tampered client id")
            << 11 << 403 << QStringLiteral("AccessDeniedException") << QString();
    }
    void handshakeErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, errorType);
        QFETCH(QString, messageStart);
        Harness harness;
        const QDateTime now = harness.clock.now();
        AwsCredentials creds = harness.credentials();
        QString arn = kArn;
        QString clientId = QStringLiteral("viewer-1");
        QString region = QStringLiteral("us-west-2");
        QDateTime time = now;
        int expires = 299;
        switch (kind) {
        case 0:
            arn = QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo channel/1");
            break;
        case 1:
            clientId = QStringLiteral("aws_reserved");
            break;
        case 2:
            arn = QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/other/1700000000000");
            break;
        case 3:
            region = QStringLiteral("eu-west-1");
            break;
        case 4:
            creds.secretAccessKey = QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0");
            break;
        case 5:
            creds.accessKeyId = QStringLiteral("AKIAUNKNOWNUNKNOWN00");
            break;
        case 6:
            time = now.addSecs(-301);
            break;
        case 7:
            time = now.addSecs(301);
            break;
        case 10:
            time = now.addSecs(-100);
            expires = 60;
            break;
        default:
            break;
        }
        QByteArray url = harness.presign(arn, clientId, time, creds, region, expires);
        if (kind == 8)
            url = withoutParam(url, "X-Amz-Signature");
        if (kind == 9)
            url = withoutParam(url, "X-Amz-ChannelARN");
        if (kind == 11)
            url.replace("X-Amz-ClientId=viewer-1", "X-Amz-ClientId=viewer-2");
        const RawResponse response = harness.handshake(url);
        QCOMPARE(response.status, status);
        QCOMPARE(response.errorType(), errorType);
        QVERIFY(!response.header("x-amzn-RequestId").isEmpty());
        QVERIFY(!response.header("Date").isEmpty());
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!response.message().isEmpty());
        QVERIFY2(response.message().startsWith(messageStart), qPrintable(response.message()));
        // A real client sees the refusal too.
        QVERIFY(!harness.open(url));
    }

    void parameterOrderDoesNotMatter()
    {
        Harness harness;
        const QByteArray url = reversedParams(harness.presign(QStringLiteral("viewer-1")));
        QVERIFY(!url.contains("?X-Amz-Algorithm"));
        QVERIFY(harness.open(url));
    }

    void eleventhViewerIsRefused()
    {
        Harness harness(relaxedConfig());
        std::vector<std::unique_ptr<QWebSocket>> viewers;
        for (int i = 0; i < 10; ++i) {
            viewers.push_back(harness.open(harness.presign(QStringLiteral("viewer-%1").arg(i))));
            QVERIFY(viewers.back());
        }
        const RawResponse eleventh = harness.handshake(harness.presign(QStringLiteral("viewer-10")));
        QCOMPARE(eleventh.status, 400);
        QCOMPARE(eleventh.errorType(), QStringLiteral("ClientLimitExceededException"));
        // Reconnecting with a ClientId already connected replaces it and stays within the limit.
        QVERIFY(harness.open(harness.presign(QStringLiteral("viewer-3"))));
    }

    void viewersOpeningTogetherStayWithinTheLimit()
    {
        // Handshakes admitted together hold their slots until their upgrade ends: the limit is checked
        // against connected viewers and those being upgraded.
        EmulatorConfig config = relaxedConfig();
        config.limits.maxViewersPerChannel = 2;
        Harness harness(std::move(config));
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        QSet<int> connected;
        QSet<int> refused; // a refused handshake may report more than one error
        for (int i = 0; i < 4; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            socket->setSslConfiguration(harness.tls());
            QObject::connect(socket.get(), &QWebSocket::connected, [&connected, i] { connected.insert(i); });
            QObject::connect(socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                             [&refused, i] { refused.insert(i); });
            socket->open(
                QUrl::fromEncoded(harness.presign(QStringLiteral("together-%1").arg(i)), QUrl::StrictMode));
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected.size() + refused.size(), 4, 10000);
        QCOMPARE(connected.size(), 2);
        QCOMPARE(
            harness.server->hub()->stats().value(u"openConnections").toObject().value(u"viewers").toInt(), 2);
        // A refused viewer gets in once a slot frees.
        sockets.at(static_cast<size_t>(*connected.cbegin()))->close();
        QTRY_VERIFY_WITH_TIMEOUT(harness.open(harness.presign(QStringLiteral("together-9"))) != nullptr,
                                 10000);
    }

    void connectRateIsLimitedPerChannel()
    {
        Harness harness;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        for (int i = 0; i < 3; ++i) {
            sockets.push_back(harness.open(harness.presign(QStringLiteral("viewer-%1").arg(i))));
            QVERIFY(sockets.back());
        }
        const RawResponse fourth = harness.handshake(harness.presign(QStringLiteral("viewer-3")));
        QCOMPARE(fourth.status, 400);
        QCOMPARE(fourth.errorType(), QStringLiteral("ClientLimitExceededException"));
        harness.clock.advanceMs(1000);
        QVERIFY(harness.open(harness.presign(QStringLiteral("viewer-3"))));
    }

    void sameClientIdTakesPrecedence_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("default: 1000, no reason") << 0 << QString();
        QTest::newRow("configured code and reason") << 4001 << QStringLiteral("Replaced by QA");
        QTest::newRow("1008") << 1008 << QString();
    }

    void sameClientIdTakesPrecedence()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        EmulatorConfig config = relaxedConfig();
        if (code != 0) {
            config.behaviour.takeoverCloseCode = code;
            config.behaviour.takeoverCloseReason = reason;
        }
        Harness harness(config);
        std::unique_ptr<QWebSocket> first = harness.open(harness.presign(QStringLiteral("same")));
        QVERIFY(first);
        QSignalSpy closed(first.get(), &QWebSocket::disconnected);
        std::unique_ptr<QWebSocket> second = harness.open(harness.presign(QStringLiteral("same")));
        QVERIFY(second);
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QCOMPARE(int(first->closeCode()), code == 0 ? 1000 : code);
        QCOMPARE(first->closeReason(), reason);
        QCOMPARE(second->state(), QAbstractSocket::ConnectedState);

        std::unique_ptr<QWebSocket> master1 = harness.open(harness.presign(QString()));
        QSignalSpy masterClosed(master1.get(), &QWebSocket::disconnected);
        std::unique_ptr<QWebSocket> master2 = harness.open(harness.presign(QString()));
        QVERIFY(!masterClosed.isEmpty() || masterClosed.wait(5000));
        QCOMPARE(master1->closeReason(), reason);
    }

    void silentTakeoverStopsDeliveryWithoutAClose()
    {
        EmulatorConfig config = relaxedConfig();
        config.behaviour.takeoverStyle = TakeoverStyle::Silent;
        Harness harness(config);
        std::unique_ptr<QWebSocket> master = harness.open(harness.presign(QString()));
        std::unique_ptr<QWebSocket> first = harness.open(harness.presign(QStringLiteral("same")));
        QVERIFY(master && first);
        QSignalSpy closed(first.get(), &QWebSocket::disconnected);
        QList<QString> toMaster;
        QList<QString> toFirst;
        QList<QString> toSecond;
        collect(master.get(), &toMaster);
        collect(first.get(), &toFirst);
        std::unique_ptr<QWebSocket> second = harness.open(harness.presign(QStringLiteral("same")));
        QVERIFY(second);
        collect(second.get(), &toSecond);
        const QString offer = b64({{QStringLiteral("type"), QStringLiteral("offer")},
                                   {QStringLiteral("sdp"), QStringLiteral("v=0")}});
        const QString frame = json(QJsonObject{{QStringLiteral("action"), QStringLiteral("SDP_OFFER")},
                                               {QStringLiteral("messagePayload"), offer}});
        // The old socket's messages go nowhere; the new one's reach the master.
        first->sendTextMessage(frame);
        second->sendTextMessage(frame);
        QCOMPARE(nextMessage(&toMaster).value(u"messageType").toString(), QStringLiteral("SDP_OFFER"));
        QVERIFY(nextMessage(&toMaster).isEmpty());
        // The master's answer reaches only the new socket.
        master->sendTextMessage(
            json(QJsonObject{{QStringLiteral("action"), QStringLiteral("SDP_ANSWER")},
                             {QStringLiteral("messagePayload"), offer},
                             {QStringLiteral("recipientClientId"), QStringLiteral("same")}}));
        QTRY_VERIFY_WITH_TIMEOUT(toSecond.size() >= 2, 5000);
        QVERIFY(toFirst.isEmpty());
        QVERIFY(closed.isEmpty());
        QCOMPARE(first->state(), QAbstractSocket::ConnectedState);
    }

    void staleViewerSlotsCountUntilTheyTimeOut()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.maxViewersPerChannel = 2;
        config.limits.staleViewerSlotSeconds = 30;
        Harness harness(config);
        std::unique_ptr<QWebSocket> a = harness.open(harness.presign(QStringLiteral("a")));
        std::unique_ptr<QWebSocket> b = harness.open(harness.presign(QStringLiteral("b")));
        QVERIFY(a && b);
        // a closes cleanly: its slot is free at once.
        QSignalSpy aClosed(a.get(), &QWebSocket::disconnected);
        a->close();
        QVERIFY(!aClosed.isEmpty() || aClosed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(
            harness.server->hub()->stats().value(u"openConnections").toObject().value(u"viewers").toInt(), 1,
            5000);
        std::unique_ptr<QWebSocket> c = harness.open(harness.presign(QStringLiteral("c")));
        QVERIFY(c);
        // c's link dies without a close frame: its slot stays taken.
        QSignalSpy cClosed(c.get(), &QWebSocket::disconnected);
        c->abort();
        QTRY_COMPARE_WITH_TIMEOUT(
            harness.server->hub()->stats().value(u"openConnections").toObject().value(u"viewers").toInt(), 1,
            5000);
        const RawResponse refused = harness.handshake(harness.presign(QStringLiteral("d")));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorType(), QStringLiteral("ClientLimitExceededException"));
        // c itself may come back into its own slot.
        std::unique_ptr<QWebSocket> cAgain = harness.open(harness.presign(QStringLiteral("c")));
        QVERIFY(cAgain);
        // A dropped link (the admin API's drop) also leaves a stale slot, until it times out.
        QCOMPARE(harness.server->hub()->dropConnections(kArn, QStringLiteral("c")), 1);
        QCOMPARE(harness.handshake(harness.presign(QStringLiteral("e"))).status, 400);
        harness.clock.advanceMs(31000);
        QVERIFY(harness.open(harness.presign(QStringLiteral("e"))));
    }

    void mastersAndViewersHaveSeparateConnectBudgets()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.limits.connectsPerSecondPerChannel = 1;
        config.limits.masterConnectsPerSecondPerChannel = 1;
        Harness harness(config);
        QVERIFY(harness.open(harness.presign(QStringLiteral("v1"))));
        // The viewers' budget is spent; a master still gets in within the same second.
        QVERIFY(harness.open(harness.presign(QString())));
        const RawResponse viewer = harness.handshake(harness.presign(QStringLiteral("v2")));
        QCOMPARE(viewer.status, 400);
        QCOMPARE(viewer.errorType(), QStringLiteral("ClientLimitExceededException"));
        QVERIFY(viewer.message().contains(u"viewer"));
        const RawResponse master = harness.handshake(harness.presign(QString()));
        QCOMPARE(master.status, 400);
        QVERIFY(master.message().contains(u"master"));
    }

    void badMessagesGetStatusResponses()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.maxPayloadChars = 100;
        Harness harness(config);
        std::unique_ptr<QWebSocket> master = harness.open(harness.presign(QString()));
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("v")));
        QVERIFY(master && viewer);
        QList<QString> toViewer;
        QList<QString> toMaster;
        collect(viewer.get(), &toViewer);
        collect(master.get(), &toMaster);
        viewer->sendTextMessage(
            QStringLiteral(R"({"action":"SDP_PRANSWER","messagePayload":"e30=","correlationId":"c1"})"));
        QJsonObject status = nextMessage(&toViewer);
        QCOMPARE(status.value(u"messageType").toString(), QStringLiteral("STATUS_RESPONSE"));
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"correlationId").toString(),
                 QStringLiteral("c1"));
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"statusCode").toString(),
                 QStringLiteral("400"));
        // The documented schema has no "success" field (it exists only in SDK test fixtures).
        QVERIFY(!status.value(u"statusResponse").toObject().contains(u"success"));

        viewer->sendTextMessage(
            QStringLiteral(R"({"action":"SDP_OFFER","messagePayload":"%1","CorrelationId":"c2"})")
                .arg(QString(101, u'A')));
        status = nextMessage(&toViewer);
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"correlationId").toString(),
                 QStringLiteral("c2"));

        // Without a correlationId a failure is silent; a master must name the recipient.
        master->sendTextMessage(QStringLiteral(R"({"action":"SDP_ANSWER","messagePayload":"e30="})"));
        master->sendTextMessage(
            QStringLiteral(R"({"action":"SDP_ANSWER","messagePayload":"e30=","correlationId":"m1"})"));
        status = nextMessage(&toMaster);
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"correlationId").toString(),
                 QStringLiteral("m1"));
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"errorType").toString(),
                 QStringLiteral("InvalidArgumentException"));

        // 5 SDP messages per second per connection; the sixth is refused.
        harness.clock.advanceMs(1000);
        for (int i = 0; i < 6; ++i)
            viewer->sendTextMessage(
                QStringLiteral(R"({"action":"SDP_OFFER","messagePayload":"e30=","correlationId":"r%1"})")
                    .arg(i));
        status = nextMessage(&toViewer);
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"correlationId").toString(),
                 QStringLiteral("r5"));
        QCOMPARE(status.value(u"statusResponse").toObject().value(u"errorType").toString(),
                 QStringLiteral("ClientLimitExceededException"));
        QTRY_COMPARE(harness.server->hub()->stats().value(u"messagesRelayed").toInt(), 5);
    }

    void undeliveredMessagesAreHeld()
    {
        Harness harness(relaxedConfig());
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("early")));
        QVERIFY(viewer);
        viewer->sendTextMessage(QStringLiteral(R"({"action":"SDP_OFFER","messagePayload":"b2xk"})"));
        viewer->sendTextMessage(QStringLiteral(R"({"action":"SDP_OFFER","messagePayload":"bmV3"})"));
        QTRY_COMPARE(harness.server->hub()
                         ->stats()
                         .value(u"channels")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"pendingMessages")
                         .toInt(),
                     1);
        QList<QString> toMaster;
        std::unique_ptr<QWebSocket> master = harness.open(harness.presign(QString()), nullptr, &toMaster);
        QVERIFY(master);
        // A newer offer from the same viewer replaced the undelivered one.
        const QJsonObject held = nextMessage(&toMaster);
        QCOMPARE(held.value(u"messagePayload").toString(), QStringLiteral("bmV3"));
        QCOMPARE(held.value(u"senderClientId").toString(), QStringLiteral("early"));

        // Past MessageTtlSeconds a held message is dropped instead of delivered.
        master.reset();
        QTRY_COMPARE(
            harness.server->hub()->stats().value(u"openConnections").toObject().value(u"masters").toInt(), 0);
        viewer->sendTextMessage(QStringLiteral(R"({"action":"ICE_CANDIDATE","messagePayload":"b2xk"})"));
        QTRY_COMPARE(harness.server->hub()
                         ->stats()
                         .value(u"channels")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"pendingMessages")
                         .toInt(),
                     1);
        const int relayed = harness.server->hub()->stats().value(u"messagesRelayed").toInt();
        harness.clock.advanceMs(61000);
        master = harness.open(harness.presign(kArn, QString(), harness.clock.now(), harness.credentials()));
        QVERIFY(master);
        QTRY_COMPARE(harness.server->hub()
                         ->stats()
                         .value(u"channels")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"pendingMessages")
                         .toInt(),
                     0);
        QCOMPARE(harness.server->hub()->stats().value(u"messagesRelayed").toInt(), relayed);
    }

    void adminGoAwayReconnectAndClose()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.goAwayGraceSeconds = 0.2;
        Harness harness(config);
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("v1")));
        std::unique_ptr<QWebSocket> master = harness.open(harness.presign(QString()));
        QVERIFY(viewer && master);
        QList<QString> toViewer;
        collect(viewer.get(), &toViewer);

        RawResponse response = harness.admin(
            "/emulator/reconnect-ice-server",
            {{QStringLiteral("channelArn"), kArn}, {QStringLiteral("clientId"), QStringLiteral("v1")}});
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"affected").toInt(), 1);
        QCOMPARE(nextMessage(&toViewer).value(u"messageType").toString(),
                 QStringLiteral("RECONNECT_ICE_SERVER"));

        QSignalSpy viewerClosed(viewer.get(), &QWebSocket::disconnected);
        response = harness.admin("/emulator/go-away", {{QStringLiteral("channelArn"), kArn},
                                                       {QStringLiteral("clientId"), QStringLiteral("v1")}});
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"affected").toInt(), 1);
        QCOMPARE(nextMessage(&toViewer).value(u"messageType").toString(), QStringLiteral("GO_AWAY"));
        QVERIFY(!viewerClosed.isEmpty() || viewerClosed.wait(5000));
        QCOMPARE(viewer->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);

        QSignalSpy masterClosed(master.get(), &QWebSocket::disconnected);
        response = harness.admin("/emulator/close", {{QStringLiteral("channelArn"), kArn},
                                                     {QStringLiteral("code"), 4000},
                                                     {QStringLiteral("reason"), QStringLiteral("QA test")}});
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"affected").toInt(), 1);
        QVERIFY(!masterClosed.isEmpty() || masterClosed.wait(5000));
        QCOMPARE(static_cast<int>(master->closeCode()), 4000);
        QCOMPARE(master->closeReason(), QStringLiteral("QA test"));

        QCOMPARE(
            harness
                .admin("/emulator/close", {{QStringLiteral("channelArn"),
                                            QStringLiteral("arn:aws:kinesisvideo:us-west-2:1:channel/x/1")}})
                .status,
            404);
    }

    void connectionsEndAtTheMaximumDuration()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.maxConnectionSeconds = 0.4;
        config.limits.idleTimeoutSeconds = 60;
        Harness harness(config);
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("long-lived")));
        QVERIFY(viewer);
        QSignalSpy closed(viewer.get(), &QWebSocket::disconnected);
        // Keep it busy so only the duration cap can end it.
        QTimer keepBusy;
        connect(&keepBusy, &QTimer::timeout, viewer.get(), [&] { viewer->ping(); });
        keepBusy.start(50);
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        // Observed: the service ends a long connection with 1001 "Going away".
        QCOMPARE(int(viewer->closeCode()), 1001);
        QCOMPARE(viewer->closeReason(), QStringLiteral("Going away"));
    }

    void droppedLinksEndWithoutACloseFrame()
    {
        Harness harness(relaxedConfig());
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("dropme")));
        QVERIFY(viewer);
        QSignalSpy closed(viewer.get(), &QWebSocket::disconnected);
        QCOMPARE(harness.server->hub()->dropConnections(kArn, QStringLiteral("dropme")), 1);
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        // No close frame arrived, so no reason either (a close would have carried "dropped").
        QVERIFY2(viewer->closeReason().isEmpty(), qPrintable(viewer->closeReason()));
    }

    void idleConnectionsAreClosed()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.idleTimeoutSeconds = 0.3;
        Harness harness(config);
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("idle")));
        QVERIFY(viewer);
        QSignalSpy closed(viewer.get(), &QWebSocket::disconnected);
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QCOMPARE(int(viewer->closeCode()), 1001);
        QCOMPARE(viewer->closeReason(), QStringLiteral("Going away"));
    }

    void pingsKeepAConnectionFromGoingIdle()
    {
        EmulatorConfig config = relaxedConfig();
        config.limits.idleTimeoutSeconds = 0.4;
        Harness harness(config);
        std::unique_ptr<QWebSocket> pinging = harness.open(harness.presign(QStringLiteral("pinging")));
        std::unique_ptr<QWebSocket> silent = harness.open(harness.presign(QStringLiteral("silent")));
        QVERIFY(pinging && silent);
        QSignalSpy pingingClosed(pinging.get(), &QWebSocket::disconnected);
        QSignalSpy silentClosed(silent.get(), &QWebSocket::disconnected);
        QTimer pinger;
        connect(&pinger, &QTimer::timeout, pinging.get(), [&] { pinging->ping(); });
        pinger.start(50);
        // The silent one goes idle; by then the pinging one has outlived the idle limit several times.
        QVERIFY(!silentClosed.isEmpty() || silentClosed.wait(5000));
        QCOMPARE(int(silent->closeCode()), 1001);
        QTest::qWait(1000);
        QVERIFY(pingingClosed.isEmpty());
        QCOMPARE(pinging->state(), QAbstractSocket::ConnectedState);
    }

    void connectFaultsFromTheAdminApi()
    {
        Harness harness(relaxedConfig());
        QCOMPARE(harness
                     .admin("/emulator/faults",
                            {{QStringLiteral("action"), QStringLiteral("ConnectAsViewer")},
                             {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}})
                     .status,
                 200);
        const RawResponse denied = harness.handshake(harness.presign(QStringLiteral("v")));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorType(), QStringLiteral("AccessDeniedException"));
        QVERIFY(harness.open(harness.presign(QStringLiteral("v"))));
        const QJsonObject stats =
            QJsonDocument::fromJson(harness.admin("/emulator/stats", {}, "GET").body).object();
        QCOMPARE(stats.value(u"connectAttempts").toObject().value(u"ConnectAsViewer").toInt(), 2);
        QCOMPARE(stats.value(u"rejections")
                     .toObject()
                     .value(u"ConnectAsViewer")
                     .toObject()
                     .value(u"AccessDeniedException")
                     .toInt(),
                 1);
    }

    void builtInMasterAnswers()
    {
        Harness harness(relaxedConfig(), true);
        std::unique_ptr<QWebSocket> viewer = harness.open(harness.presign(QStringLiteral("solo")));
        QVERIFY(viewer);
        QList<QString> toViewer;
        collect(viewer.get(), &toViewer);
        const QString sdp = QStringLiteral(
            "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"
            "a=mid:0\r\na=recvonly\r\na=rtpmap:96 H264/90000\r\n");
        viewer->sendTextMessage(json(QJsonObject{
            {QStringLiteral("action"), QStringLiteral("SDP_OFFER")},
            {QStringLiteral("messagePayload"),
             b64({{QStringLiteral("type"), QStringLiteral("offer")}, {QStringLiteral("sdp"), sdp}})}}));
        QTRY_VERIFY_WITH_TIMEOUT(!toViewer.isEmpty(), 5000);
        QCOMPARE(toViewer.takeFirst(), QString()); // the empty frame before an answer
        const QJsonObject answer = nextMessage(&toViewer);
        QCOMPARE(answer.value(u"messageType").toString(), QStringLiteral("SDP_ANSWER"));
        const QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(answer.value(u"messagePayload").toString().toLatin1()))
                .object();
        QCOMPARE(payload.value(u"type").toString(), QStringLiteral("answer"));
        QVERIFY(payload.value(u"sdp").toString().contains(u"a=sendonly"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(nextMessage(&toViewer).value(u"messageType").toString(),
                     QStringLiteral("ICE_CANDIDATE"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorDataPlane)
#include "tst_emulatordataplane.moc"
