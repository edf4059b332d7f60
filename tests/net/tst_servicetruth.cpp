// The viewer engine against the emulator set up to behave as the real service was observed to behave
// (protocol.md §1–§5): empty frames, untyped 400s, each takeover style, pings across the idle limit,
// 1001 "Going away", large offers, one ICE server and IAM denials that name the caller's ARN.
#include "connectharness.h"
#include "core/connection/masterprobe.h"
#include "core/signaling/sdpofferbuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace kvs;
using namespace kvs::test;

namespace {

constexpr int kWaitMs = 15000;

/// A controller wired like harness.controller() but with its own ConnectRateLimiter: another program.
std::unique_ptr<ConnectionController> otherProgram(ConnectHarness &harness, ConnectRateLimiter &limiter,
                                                   const ConnectionSettings &settings)
{
    ConnectionDependencies deps;
    deps.clock = &harness.clock;
    deps.credentials = harness.credentials.get();
    deps.rateLimiter = &limiter;
    deps.random = [] {
        return 0.5;
    };
    deps.runTimer = &harness.runTimer;
    return std::make_unique<ConnectionController>(harness.target(), settings, deps);
}

ProbeResult probe(ConnectionController &controller, const QString &sdp = QString(), int timeoutMs = 5000)
{
    MasterProbe probe(
        controller, [] { return 0.25; }, timeoutMs, 200);
    QSignalSpy finished(&probe, &MasterProbe::finished);
    if (sdp.isEmpty())
        probe.start();
    else
        probe.startWithOffer(sdp);
    if (finished.isEmpty())
        finished.wait(timeoutMs + 5000);
    return finished.isEmpty() ? ProbeResult() : finished.first().first().value<ProbeResult>();
}

} // namespace

class TestServiceTruth : public QObject
{
    Q_OBJECT

private slots:
    void emptyFramesAreKeepalivesNotMalformedMessages()
    {
        ConnectHarness harness(ConnectHarness::relaxed(), true); // emptyFrameBeforeAnswer is the default
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(probe(*controller).answered);
        controller->stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Closed, kWaitMs);
        QVERIFY(!recorder.hasWarningContaining(QStringLiteral("malformed")));
        for (const EngineEvent &event : recorder.of(EventKind::Message))
            QVERIFY2(event.field("messageType") != u"INVALID", qPrintable(event.field("summary")));
        const EngineEvent summary = recorder.of(EventKind::Summary).constLast();
        QVERIFY(summary.fields().value(u"emptyFrames").toInt() >= 1);
    }

    void untypedRefusalIsRetriedOnceAndNeverCalledThrottling()
    {
        ConnectHarness harness;
        harness.admin("/emulator/faults", {{QStringLiteral("action"), QStringLiteral("ConnectAsViewer")},
                                           {QStringLiteral("status"), 400},
                                           {QStringLiteral("message"), QStringLiteral("opaque refusal")},
                                           {QStringLiteral("count"), 20}});
        ConnectionSettings settings = harness.settings();
        settings.retry.maxAttempts = 6;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(recorder.of(EventKind::Retry).size(), 1); // retried once, not up to maxAttempts
        const Failure failure = *controller->lastFailure();
        QCOMPARE(failure.errorClass, ErrorClass::UnknownCause);
        QCOMPARE(failure.httpStatus, 400);
        QVERIFY2(failure.message.contains(u"opaque refusal"), qPrintable(failure.message)); // the body
        QVERIFY2(failure.message.contains(u"x-amzn-requestid", Qt::CaseInsensitive),
                 qPrintable(failure.message)); // the headers
        for (const EngineEvent &event : recorder.events) {
            for (const QString &key :
                 {QStringLiteral("hint"), QStringLiteral("title"), QStringLiteral("message")})
                QVERIFY2(!event.field(key.toLatin1().constData()).contains(u"throttl", Qt::CaseInsensitive),
                         qPrintable(event.field(key.toLatin1().constData())));
        }
        const Explanation explanation = explainFailure(controller->explainable(failure));
        QVERIFY(explanation.title.contains(u"unknown", Qt::CaseInsensitive));
    }

    void takeoverByAnotherProgramIsDetectedFromBehaviour_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1000, no reason (the default)") << 1000 << QString();
        QTest::newRow("4001 with a wording of its own") << 4001 << QStringLiteral("Session superseded");
        QTest::newRow("1008") << 1008 << QStringLiteral("policy");
    }

    void takeoverByAnotherProgramIsDetectedFromBehaviour()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.behaviour.takeoverCloseCode = code;
        config.behaviour.takeoverCloseReason = reason;
        ConnectHarness harness(config);
        ConnectRateLimiter otherLimiter(harness.clock, 3, 1250);
        ConnectionSettings settings = harness.settings();
        settings.retry.maxAttempts = 20;
        auto first = harness.controller(harness.target(), settings);
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Connected, kWaitMs);
        auto second = otherProgram(harness, otherLimiter, settings);
        second->start();
        // They knock each other off until one sees the pattern and stops; the other keeps the channel.
        QTRY_VERIFY_WITH_TIMEOUT(first->state() == ConnectionState::Replaced ||
                                     second->state() == ConnectionState::Replaced,
                                 kWaitMs);
        ConnectionController *stopped =
            first->state() == ConnectionState::Replaced ? first.get() : second.get();
        ConnectionController *kept = stopped == first.get() ? second.get() : first.get();
        QCOMPARE(stopped->lastFailure()->errorClass, ErrorClass::Replaced);
        QTRY_COMPARE_WITH_TIMEOUT(kept->state(), ConnectionState::Connected, kWaitMs);
    }

    void aCloseReasonAloneIsNotATakeover()
    {
        ConnectHarness harness;
        ConnectionSettings settings = harness.settings();
        settings.shortLivedMs = 0;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        harness.admin(
            "/emulator/close",
            {{QStringLiteral("channelArn"), kDemoArn},
             {QStringLiteral("code"), 1000},
             {QStringLiteral("reason"),
              QStringLiteral("Replaced: a newer connection with the same ClientId took precedence")}});
        QTRY_COMPARE_WITH_TIMEOUT(controller->connectCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(!recorder.states.contains(ConnectionState::Replaced));
    }

    void sameProgramTakeoverIsDetectedAtOnce()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        ConnectHarness harness(config);
        ConnectionSettings settings = harness.settings();
        settings.shortLivedMs = 0; // only the newer connection of this program can explain the close
        auto first = harness.controller(harness.target(), settings);
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Connected, kWaitMs);
        auto second = harness.controller(harness.target(), settings);
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Replaced, kWaitMs);
        QCOMPARE(first->connectCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), ConnectionState::Connected, kWaitMs);
    }

    void silentTakeoverLeavesTheOldConnectionDeaf()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.behaviour.takeoverStyle = emulator::TakeoverStyle::Silent;
        ConnectHarness harness(config, true);
        ConnectRateLimiter otherLimiter(harness.clock, 3, 1250);
        auto first = harness.controller();
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Connected, kWaitMs);
        auto second = otherProgram(harness, otherLimiter, harness.settings());
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), ConnectionState::Connected, kWaitMs);
        // No close reaches the old connection: it is not reported as replaced, it just hears nothing.
        QVERIFY(probe(*second).answered);
        const ProbeResult deaf = probe(*first, QString(), 500);
        QVERIFY(!deaf.answered);
        QCOMPARE(first->state(), ConnectionState::Connected);
        QCOMPARE(first->connectCount(), 1);
    }

    void pingsKeepTheConnectionAcrossTheIdleLimit()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.limits.idleTimeoutSeconds = 0.3;
        ConnectHarness harness(config);
        ConnectionSettings pinging = harness.settings();
        pinging.pingIntervalMs = 50;
        pinging.pongTimeoutMs = 2000;
        auto controller = harness.controller(harness.target(QStringLiteral("pinging")), pinging);
        auto silent = harness.controller(harness.target(QStringLiteral("silent")), harness.settings());
        Recorder silentRecorder(silent.get());
        controller->start();
        silent->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        // The one that never pings is closed as idle, with the observed 1001 "Going away", and reconnects.
        QTRY_VERIFY_WITH_TIMEOUT(silent->connectCount() >= 2, kWaitMs);
        QVERIFY(silentRecorder.hasWarningContaining(QStringLiteral("1001")));
        QVERIFY(silentRecorder.hasWarningContaining(QStringLiteral("Going away")));
        QCOMPARE(controller->connectCount(), 1);
        QCOMPARE(controller->state(), ConnectionState::Connected);
    }

    void maximumDurationEndsWithGoingAwayAndReconnects()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.limits.maxConnectionSeconds = 0.3;
        ConnectHarness harness(config);
        ConnectionSettings settings = harness.settings();
        settings.pingIntervalMs = 50;
        settings.pongTimeoutMs = 2000;
        settings.shortLivedMs = 0;
        QStringList closedBecause;
        QObject::connect(
            harness.server->hub(), &emulator::SignalingHub::connectionClosedByEmulator, harness.server->hub(),
            [&](const QString &, const QString &, const QString &reason) { closedBecause.append(reason); });
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->connectCount() >= 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        // The emulator closed it with 1001 "Going away" (what the client sees may race with its own pings:
        // a close frame can be lost to a TCP reset, then it is a cut); either way it reconnects.
        QVERIFY(!closedBecause.isEmpty());
        QCOMPARE(closedBecause.first(), QStringLiteral("Going away"));
        QVERIFY(!recorder.states.contains(ConnectionState::Replaced));
    }

    void offerLargerThanTheDocumentedLimitIsRelayed()
    {
        ConnectHarness harness(ConnectHarness::relaxed(), true);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QString sdp = SdpOfferBuilder([] { return 0.25; }).build().sdp;
        while (sdp.size() < 16 * 1024)
            sdp += QStringLiteral("a=x-padding:%1\r\n").arg(QString(100, u'p'));
        const ProbeResult result = probe(*controller, sdp);
        QVERIFY2(result.answered, qPrintable(result.failure));
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("documented limit")));
    }

    void oneIceServerIsEnough()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.behaviour.iceServerCount = 1;
        ConnectHarness harness(config);
        auto controller = harness.controller();
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(controller->iceServerConfig()->servers.size(), 1);
    }

    void iamDenialNamesTheCallersArn()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.identities.first().arn = QStringLiteral("arn:aws:iam::111122223333:user/qa-viewer");
        config.identities.first().actions = {QStringLiteral("DescribeSignalingChannel")};
        ConnectHarness harness(config);
        auto controller = harness.controller();
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        const Failure failure = *controller->lastFailure();
        QCOMPARE(failure.errorType, QStringLiteral("AccessDeniedException")); // the URL suffix is stripped
        QCOMPARE(failure.httpStatus, 403);
        QVERIFY2(
            failure.message.contains(u"User: arn:aws:iam::111122223333:user/qa-viewer is not authorized"),
            qPrintable(failure.message));
    }
};

QTEST_GUILESS_MAIN(TestServiceTruth)
#include "tst_servicetruth.moc"
