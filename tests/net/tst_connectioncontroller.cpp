// The viewer engine against the emulator over real TLS sockets, with shortened timers: every path of the
// flow, its failures, retries, lifecycle events and takeover. Waits are bounded; timings never asserted.
#include "connectharness.h"
#include "core/aws/sigv4.h"
#include "core/connection/masterprobe.h"
#include "core/controlplane/presignedurl.h"
#include "core/events/failureexplainer.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>

using namespace kvs;
using namespace kvs::test;

namespace {

constexpr int kWaitMs = 15000;

QStringList successSteps(bool withDescribe)
{
    QStringList steps{QStringLiteral("Credentials:started"), QStringLiteral("Credentials:ok")};
    if (withDescribe)
        steps << QStringLiteral("DescribeSignalingChannel:started")
              << QStringLiteral("DescribeSignalingChannel:ok");
    steps << QStringLiteral("GetSignalingChannelEndpoint:started")
          << QStringLiteral("GetSignalingChannelEndpoint:ok") << QStringLiteral("GetIceServerConfig:started")
          << QStringLiteral("GetIceServerConfig:ok") << QStringLiteral("Presign:started")
          << QStringLiteral("Presign:ok") << QStringLiteral("ConnectAsViewer:started")
          << QStringLiteral("ConnectAsViewer:ok");
    return steps;
}

/// Makes the emulator stop reading the socket of this controller's connection: pings go unanswered.
void freezeServerSide(ConnectHarness &harness, ConnectionController *controller)
{
    auto *client = controller->findChild<QWebSocket *>();
    QVERIFY(client);
    const quint16 port = client->localPort();
    int frozen = 0;
    for (QAbstractSocket *socket : harness.server->findChildren<QAbstractSocket *>()) {
        if (socket->peerPort() == port && socket->state() == QAbstractSocket::ConnectedState) {
            QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
            ++frozen;
        }
    }
    QVERIFY(frozen > 0);
}

/// A provider that fails the test if anything asks it for credentials.
class UnusableCredentials final : public CredentialsProvider
{
public:
    void fetch(Callback done) override
    {
        ++fetches;
        done(Error{QStringLiteral("NoCredentials"), QStringLiteral("not to be used")});
    }
    int fetches = 0;
};

/// A ConnectAsViewer URL for the harness's emulator, signed at signingTime.
PresignedUrl presignedViewerUrl(const ConnectHarness &harness, const QDateTime &signingTime,
                                int expiresSeconds)
{
    sigv4::PresignRequest request;
    request.endpoint = harness.server->wssEndpoint();
    request.region = QStringLiteral("us-west-2");
    request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), kDemoArn},
                               {QStringLiteral("X-Amz-ClientId"), QStringLiteral("viewer-given-url")}};
    const emulator::Identity &identity = harness.server->config().identities.constFirst();
    request.credentials = {identity.accessKeyId, identity.secretAccessKey, identity.sessionToken};
    request.signingTime = signingTime;
    request.expiresSeconds = expiresSeconds;
    const Result<QByteArray> url = sigv4::presignUrl(request);
    if (!url)
        qFatal("presign failed");
    const Result<PresignedUrl> parsed = PresignedUrl::parse(QString::fromLatin1(url.value()));
    if (!parsed)
        qFatal("parse failed");
    return parsed.value();
}

std::unique_ptr<ConnectionController> givenUrlController(ConnectHarness &harness, const PresignedUrl &url,
                                                         UnusableCredentials &credentials,
                                                         ConnectionSettings settings)
{
    ConnectionDependencies deps;
    deps.clock = &harness.clock;
    deps.credentials = &credentials;
    deps.rateLimiter = &harness.limiter;
    deps.random = [] {
        return 0.5;
    };
    deps.runTimer = &harness.runTimer;
    return std::make_unique<ConnectionController>(ConnectionTarget::fromPresignedUrl(url),
                                                  std::move(settings), deps);
}

} // namespace

class TestConnectionController : public QObject
{
    Q_OBJECT

private slots:
    void connectsWithEveryStepInOrder()
    {
        ConnectHarness harness;
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(recorder.steps(), successSteps(false));
        QCOMPARE(recorder.states, (QList<ConnectionState>{
                                      ConnectionState::ResolvingCredentials, ConnectionState::GettingEndpoint,
                                      ConnectionState::GettingIceConfig, ConnectionState::Signing,
                                      ConnectionState::Connecting, ConnectionState::Connected}));
        QVERIFY(recorder.of(EventKind::Retry).isEmpty());
        QVERIFY(controller->iceServerConfig().has_value());
        QCOMPARE(recorder.of(EventKind::Http).size(), 2);
        for (const EngineEvent &event : recorder.of(EventKind::Step)) {
            if (event.field("status") != u"started")
                QVERIFY(event.fields().contains(u"ms"));
        }

        controller->stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Closed, kWaitMs);
        const QList<EngineEvent> summaries = recorder.of(EventKind::Summary);
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().field("outcome"), QStringLiteral("Closed"));
        QCOMPARE(summaries.first().fields().value(u"connects").toInt(), 1);
    }

    void connectsWithAGivenPresignedUrl()
    {
        ConnectHarness harness;
        const PresignedUrl url = presignedViewerUrl(harness, QDateTime::currentDateTimeUtc(), 300);
        UnusableCredentials credentials;
        ConnectionSettings settings = harness.settings();
        settings.shortLivedMs = 0; // the close below comes at once, but it is not a takeover
        auto controller = givenUrlController(harness, url, credentials, settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        // Exactly the URL, opened as given: no credentials, no control-plane call, no presigning.
        QCOMPARE(credentials.fetches, 0);
        QCOMPARE(recorder.steps(), (QStringList{QStringLiteral("ConnectAsViewer:started"),
                                                QStringLiteral("ConnectAsViewer:ok")}));
        QCOMPARE(recorder.states,
                 (QList<ConnectionState>{ConnectionState::Signing, ConnectionState::Connecting,
                                         ConnectionState::Connected}));
        QVERIFY(recorder.of(EventKind::Http).isEmpty());
        QVERIFY(!controller->iceServerConfig().has_value());
        QCOMPARE(controller->channelArn(), kDemoArn);
        QCOMPARE(controller->target().clientId, QStringLiteral("viewer-given-url"));
        // The URL is a secret: its signature never reaches an event.
        const QString signature = QUrlQuery(QUrl::fromEncoded(url.url)).queryItemValue(u"X-Amz-Signature"_qs);
        QVERIFY(!signature.isEmpty());
        for (const EngineEvent &event : recorder.events)
            QVERIFY(!QJsonDocument(event.toJson()).toJson().contains(signature.toLatin1()));

        // A service close is retried with the same URL (no control plane in between).
        harness.admin("/emulator/close", {{QStringLiteral("channelArn"), kDemoArn},
                                          {QStringLiteral("code"), 1001},
                                          {QStringLiteral("reason"), QStringLiteral("Going away")}});
        QTRY_VERIFY_WITH_TIMEOUT(controller->connectCount() >= 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(credentials.fetches, 0);
        QVERIFY(recorder.of(EventKind::Http).isEmpty());
        controller->stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Closed, kWaitMs);
    }

    void anExpiredGivenUrlIsExplainedAsTheUrlNotTheClock()
    {
        ConnectHarness harness;
        // Signed 20 minutes ago for 60 seconds: the service refuses it as expired.
        const PresignedUrl url =
            presignedViewerUrl(harness, QDateTime::currentDateTimeUtc().addSecs(-20 * 60), 60);
        UnusableCredentials credentials;
        auto controller = givenUrlController(harness, url, credentials, harness.settings());
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(credentials.fetches, 0);
        // The same URL cannot be signed again with a corrected clock: no skew retry.
        QVERIFY(recorder.of(EventKind::Retry).isEmpty());
        QVERIFY(controller->lastFailure().has_value());
        const Explanation explanation = explainFailure(controller->explainable(*controller->lastFailure()));
        QVERIFY2(explanation.title.contains(u"presigned URL"), qPrintable(explanation.title));
        QVERIFY(!explanation.title.contains(u"clock"));
    }

    void connectsByChannelName()
    {
        ConnectHarness harness;
        ConnectionTarget target = harness.target();
        target.channelArn.clear();
        target.channelName = QStringLiteral("demo-channel");
        auto controller = harness.controller(target, harness.settings());
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(recorder.steps(), successSteps(true));
        QCOMPARE(controller->channelArn(), kDemoArn);
    }

    void terminalErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<int>("errorClass");
        QTest::newRow("handshake access denied")
            << QStringLiteral("ConnectAsViewer") << QStringLiteral("AccessDeniedException")
            << int(ErrorClass::AccessDenied);
        QTest::newRow("handshake invalid argument")
            << QStringLiteral("ConnectAsViewer") << QStringLiteral("InvalidArgumentException")
            << int(ErrorClass::InvalidArgument);
        QTest::newRow("endpoint access denied")
            << QStringLiteral("GetSignalingChannelEndpoint") << QStringLiteral("AccessDeniedException")
            << int(ErrorClass::AccessDenied);
        QTest::newRow("ice not found")
            << QStringLiteral("GetIceServerConfig") << QStringLiteral("ResourceNotFoundException")
            << int(ErrorClass::ResourceNotFound);
    }
    void terminalErrors()
    {
        QFETCH(QString, action);
        QFETCH(QString, errorType);
        QFETCH(int, errorClass);
        ConnectHarness harness;
        harness.fault(action, errorType, 10);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QVERIFY(recorder.of(EventKind::Retry).isEmpty());
        QCOMPARE(int(controller->lastFailure()->errorClass), errorClass);
        QCOMPARE(controller->lastFailure()->errorType, errorType);
        const QList<EngineEvent> errors = recorder.of(EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field("errorType"), errorType);
        QVERIFY(!errors.first().field("hint").isEmpty());
        QVERIFY(!errors.first().field("requestId").isEmpty());
        QVERIFY(errors.first().fields().value(u"httpStatus").toInt() >= 400);
        bool sawHttp = false;
        for (const EngineEvent &event : recorder.of(EventKind::Http))
            sawHttp = sawHttp || event.field("errorType") == errorType;
        QVERIFY(sawHttp);
        QCOMPARE(recorder.of(EventKind::Summary).size(), 1);
    }

    void missingPermissionIsAccessDenied()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.identities.first().actions = {QStringLiteral("GetSignalingChannelEndpoint"),
                                             QStringLiteral("GetIceServerConfig")};
        ConnectHarness harness(config);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(controller->lastFailure()->errorClass, ErrorClass::AccessDenied);
        QCOMPARE(controller->lastFailure()->step, QStringLiteral("ConnectAsViewer"));
        QCOMPARE(controller->lastFailure()->httpStatus, 403);
        QVERIFY(recorder.of(EventKind::Retry).isEmpty());
    }

    void permissionRefusalAfterASkewCorrectionIsStillAPermission()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.clockOffsetSeconds = 600; // corrected on the first call, then the handshake is refused
        config.identities.first().actions = {QStringLiteral("GetSignalingChannelEndpoint"),
                                             QStringLiteral("GetIceServerConfig")};
        ConnectHarness harness(config);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QVERIFY(!recorder.of(EventKind::ClockSkew).isEmpty());
        QCOMPARE(controller->lastFailure()->step, QStringLiteral("ConnectAsViewer"));
        const EngineEvent error = recorder.of(EventKind::Error).constLast();
        QVERIFY2(!error.field("title").contains(u"clock"), qPrintable(error.field("title")));
        QVERIFY2(error.field("hint").contains(u"kinesisvideo:ConnectAsViewer"),
                 qPrintable(error.field("hint")));
        const Explanation said = explainFailure(controller->explainable(*controller->lastFailure()));
        QCOMPARE(said.iamAction, QStringLiteral("kinesisvideo:ConnectAsViewer"));
    }

    void unknownChannelIsNotFound()
    {
        ConnectHarness harness;
        ConnectionTarget target = harness.target();
        target.channelArn.clear();
        target.channelName = QStringLiteral("no-such-channel");
        auto controller = harness.controller(target, harness.settings());
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(controller->lastFailure()->errorClass, ErrorClass::ResourceNotFound);
        QCOMPARE(controller->lastFailure()->step, QStringLiteral("DescribeSignalingChannel"));
        QVERIFY(recorder.of(EventKind::Retry).isEmpty());
    }

    void throttledThenConnects()
    {
        ConnectHarness harness;
        // The upgrade and its diagnostic replay each consume one.
        harness.fault(QStringLiteral("ConnectAsViewer"), QStringLiteral("ClientLimitExceededException"), 2);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        const QList<EngineEvent> retries = recorder.of(EventKind::Retry);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().field("reason"), QStringLiteral("ClientLimitExceededException"));
        QCOMPARE(retries.first().fields().value(u"attempt").toInt(), 2);
        QVERIFY(retries.first().fields().contains(u"delayMs"));
        QVERIFY(!retries.first().field("hint").isEmpty());
        QVERIFY(recorder.states.contains(ConnectionState::BackingOff));
    }

    void oneThrottledUpgradeIsThrottlingNotTheNetwork()
    {
        ConnectHarness harness;
        // Only the upgrade is refused; the diagnostic replay is accepted.
        harness.fault(QStringLiteral("ConnectAsViewer"), QStringLiteral("ClientLimitExceededException"), 1);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        const QList<EngineEvent> retries = recorder.of(EventKind::Retry);
        QCOMPARE(retries.size(), 1);
        QVERIFY2(retries.first().field("reason") != u"HandshakeRefused" &&
                     retries.first().field("reason") != u"NetworkError",
                 qPrintable(retries.first().field("reason")));
        for (const EngineEvent &http : recorder.of(EventKind::Http))
            QVERIFY(http.fields().value(u"status").toInt() != 101);
        bool acceptedSaid = false;
        for (const EngineEvent &info : recorder.of(EventKind::Info))
            acceptedSaid = acceptedSaid || info.field("message").contains(u"accepted");
        QVERIFY(acceptedSaid);
    }

    void throttledUntilRetriesRunOut()
    {
        ConnectHarness harness;
        harness.fault(QStringLiteral("GetSignalingChannelEndpoint"),
                      QStringLiteral("ClientLimitExceededException"), 100);
        ConnectionSettings settings = harness.settings();
        settings.retry.maxAttempts = 3;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(recorder.of(EventKind::Retry).size(), 2);
        QCOMPARE(controller->lastFailure()->errorClass, ErrorClass::ClientLimitExceeded);
        QVERIFY(recorder.of(EventKind::Error).first().field("gaveUp").contains(u"3"));
    }

    void networkRefusedIsRetriedThenFails()
    {
        ConnectHarness harness;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ConnectionTarget target = harness.target();
        target.endpoint.explicitUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
        ConnectionSettings settings = harness.settings();
        settings.retry.maxAttempts = 2;
        auto controller = harness.controller(target, settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(controller->lastFailure()->errorClass, ErrorClass::Network);
        QCOMPARE(recorder.of(EventKind::Retry).size(), 1);
    }

    // The CA chosen after a certificate failure applies to the very next run (the app's Connect and Check
    // access share one process): nothing keeps a connection with the old TLS configuration.
    void aNewCaFileTakesEffectOnTheNextRun()
    {
        ConnectHarness harness;
        ConnectionSettings untrusted = harness.settings();
        untrusted.tls = TlsOptions{};
        auto first = harness.controller(harness.target(), untrusted);
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Failed, kWaitMs);
        QCOMPARE(first->lastFailure()->errorType, QStringLiteral("TlsError"));

        auto second = harness.controller(); // the same process, now with the emulator's CA
        Recorder recorder(second.get());
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(second->state()) || second->state() == ConnectionState::Connected,
                                 kWaitMs);
        QVERIFY2(second->state() == ConnectionState::Connected,
                 qPrintable(second->lastFailure() ? second->lastFailure()->message : QString()));
    }

    // A dropped control-plane call is one failed attempt that the policy retries visibly, never re-sent
    // silently underneath.
    void aDroppedCallIsOneVisibleAttempt()
    {
        ConnectHarness harness;
        harness.admin("/emulator/faults",
                      {{QStringLiteral("action"), QStringLiteral("GetSignalingChannelEndpoint")},
                       {QStringLiteral("drop"), true},
                       {QStringLiteral("count"), 1}});
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        const QList<EngineEvent> retries = recorder.of(EventKind::Retry);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().field("reason"), QStringLiteral("NetworkError"));
        QCOMPARE(recorder.steps().count(QStringLiteral("GetSignalingChannelEndpoint:failed")), 1);
    }

    void cancelAndRetryNow()
    {
        ConnectHarness harness;
        harness.fault(QStringLiteral("GetSignalingChannelEndpoint"),
                      QStringLiteral("ClientLimitExceededException"), 1);
        ConnectionSettings settings = harness.settings();
        settings.retry.baseDelayMs = 60000;
        settings.retry.maxDelayMs = 60000;
        settings.retry.maxElapsedMs = 600000;
        auto controller = harness.controller(harness.target(), settings);
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::BackingOff, kWaitMs);
        controller->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);

        harness.fault(QStringLiteral("GetSignalingChannelEndpoint"),
                      QStringLiteral("ClientLimitExceededException"), 1);
        controller->stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Closed, kWaitMs);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::BackingOff, kWaitMs);
        controller->cancelRetry();
        // The user's choice, not a failure: Closed, no error event, and the summary says so.
        QCOMPARE(controller->state(), ConnectionState::Closed);
        QVERIFY(recorder.of(EventKind::Error).isEmpty());
        const EngineEvent summary = recorder.of(EventKind::Summary).constLast();
        QCOMPARE(summary.field("outcome"), QStringLiteral("Closed"));
        QVERIFY(summary.fields().value(u"cancelled").toBool());
        QVERIFY(!recorder.of(EventKind::Info).isEmpty());
        QVERIFY(recorder.of(EventKind::Info).constLast().fields().value(u"cancelled").toBool());
    }

    void goAwayReconnectsWithAFreshEndpoint()
    {
        ConnectHarness harness;
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(harness.admin("/emulator/go-away", {{QStringLiteral("channelArn"), kDemoArn}})
                     .value(u"affected")
                     .toInt(),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(controller->connectCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(recorder.states.contains(ConnectionState::Reconnecting));
        QCOMPARE(recorder.of(EventKind::Retry).first().field("reason"), QStringLiteral("GoAway"));
        QCOMPARE(recorder.steps().count(QStringLiteral("GetSignalingChannelEndpoint:ok")), 2);
    }

    void reconnectIceServerRefetchesTheConfig()
    {
        ConnectHarness harness;
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        harness.admin("/emulator/reconnect-ice-server", {{QStringLiteral("channelArn"), kDemoArn}});
        QTRY_COMPARE_WITH_TIMEOUT(recorder.steps().count(QStringLiteral("GetIceServerConfig:ok")), 2,
                                  kWaitMs);
        QCOMPARE(controller->state(), ConnectionState::Connected);
        QCOMPARE(controller->connectCount(), 1);
    }

    void deadLinkReconnects()
    {
        ConnectHarness harness;
        ConnectionSettings settings = harness.settings();
        settings.pingIntervalMs = 100;
        settings.pongTimeoutMs = 300;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        freezeServerSide(harness, controller.get());
        QTRY_COMPARE_WITH_TIMEOUT(controller->connectCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("pong")));
        QCOMPARE(recorder.of(EventKind::Retry).first().field("reason"), QStringLiteral("Timeout"));
    }

    void serviceCloseReconnects()
    {
        ConnectHarness harness;
        ConnectionSettings settings = harness.settings();
        settings.shortLivedMs = 0; // this close comes at once, but it is not a takeover
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        harness.admin("/emulator/close", {{QStringLiteral("channelArn"), kDemoArn},
                                          {QStringLiteral("code"), 1001},
                                          {QStringLiteral("reason"), QStringLiteral("Going away")}});
        QTRY_COMPARE_WITH_TIMEOUT(controller->connectCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("1001")));
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("Going away")));
        QCOMPARE(recorder.of(EventKind::Retry).first().field("reason"), QStringLiteral("ServiceClose"));
    }

    void aCutLinkIsLostNotClosedByTheService()
    {
        ConnectHarness harness;
        ConnectionSettings settings = harness.settings();
        settings.shortLivedMs = 0;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QCOMPARE(harness.admin("/emulator/drop", {{QStringLiteral("channelArn"), kDemoArn}})
                     .value(u"affected")
                     .toInt(),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.of(EventKind::Retry).isEmpty(), kWaitMs);
        const EngineEvent retry = recorder.of(EventKind::Retry).constFirst();
        QCOMPARE(retry.field("reason"), QStringLiteral("NetworkError"));
        QVERIFY2(!retry.field("message").contains(u"service closed"), qPrintable(retry.field("message")));
        QVERIFY2(retry.field("message").contains(u"1006"), qPrintable(retry.field("message")));
        QVERIFY(!recorder.hasWarningContaining(QStringLiteral("service closed")));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
    }

    void repeatedShortLivedClosesMeanTakeover()
    {
        ConnectHarness harness;
        ConnectionSettings settings = harness.settings();
        settings.takeoverThreshold = 3;
        auto controller = harness.controller(harness.target(), settings);
        Recorder recorder(controller.get());
        controller->start();
        for (int i = 1; i <= 3; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(controller->connectCount(), i, kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
            harness.admin("/emulator/close", {{QStringLiteral("channelArn"), kDemoArn},
                                              {QStringLiteral("code"), 1000},
                                              {QStringLiteral("reason"), QStringLiteral("bye")}});
            if (i < 3)
                QTRY_VERIFY_WITH_TIMEOUT(controller->state() != ConnectionState::Connected, kWaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Replaced, kWaitMs);
        QCOMPARE(controller->connectCount(), 3);
    }

    void sameClientIdTakeoverStopsTheOldViewer()
    {
        ConnectHarness harness;
        auto first = harness.controller();
        Recorder recorder(first.get());
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Connected, kWaitMs);
        auto second = harness.controller();
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionState::Replaced, kWaitMs);
        QCOMPARE(first->lastFailure()->errorClass, ErrorClass::Replaced);
        const EngineEvent error = recorder.of(EventKind::Error).constFirst();
        QVERIFY(error.field("message").contains(u"same ClientId"));
        QVERIFY(!error.field("hint").isEmpty());
        QTest::qWait(300);
        QCOMPARE(second->state(), ConnectionState::Connected);
        QCOMPARE(first->connectCount(), 1);
    }

    void skewedClockStillConnectsAndWarns()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.clockOffsetSeconds = 600; // the service is 10 minutes ahead of this machine
        ConnectHarness harness(config);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        const QList<EngineEvent> skews = recorder.of(EventKind::ClockSkew);
        QVERIFY(!skews.isEmpty());
        const qint64 offset = skews.last().fields().value(u"offsetMs").toInteger();
        QVERIFY2(offset > 590000 && offset < 610000, qPrintable(QString::number(offset)));
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("behind")));
        QVERIFY(recorder.of(EventKind::Retry).size() <= 1);
        QVERIFY(recorder.of(EventKind::Error).isEmpty());
        // A signature failure of this run is explained with the skew the right way round (the error dialog
        // shows exactly this): the local clock is behind the service's.
        const Failure signature{QStringLiteral("ConnectAsViewer"),
                                ErrorClass::AccessDenied,
                                QStringLiteral("AccessDeniedException"),
                                QStringLiteral("Signature expired"),
                                403,
                                QString()};
        const Failure failure = controller->explainable(signature);
        QVERIFY(failure.clockSkewMs && *failure.clockSkewMs < -590000);
        const QString said = explainFailure(failure).whatHappened;
        QVERIFY2(said.contains(u"behind"), qPrintable(said));
    }

    void skewedClockAheadOnTheHandshake()
    {
        // The control plane is told nothing wrong (no Date-driven failure), the handshake is the first to see
        // the skew: a service 10 minutes behind rejects the presigned URL as not yet current.
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.clockOffsetSeconds = -600;
        ConnectHarness harness(config);
        auto controller = harness.controller();
        Recorder recorder(controller.get());
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        QVERIFY(recorder.hasWarningContaining(QStringLiteral("ahead")));
    }

    void probeAnsweredByTheBuiltInMaster()
    {
        ConnectHarness harness(ConnectHarness::relaxed(), true);
        auto controller = harness.controller();
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        MasterProbe probe(
            *controller, [] { return 0.25; }, 5000, 500);
        QSignalSpy finished(&probe, &MasterProbe::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const ProbeResult result = probe.result();
        QVERIFY(result.answered);
        QVERIFY(result.roundTripMs >= 0);
        QVERIFY(result.answer.has_value());
        QVERIFY(!result.answer->media.isEmpty());
        QCOMPARE(result.answer->media.first().direction, QStringLiteral("sendonly"));
        QVERIFY(result.candidates.total() > 0);
        const QJsonObject json = result.toJson();
        QVERIFY(json.value(u"answered").toBool());
        QVERIFY(json.value(u"media").isArray());
    }

    void probeUnansweredIsAResult()
    {
        ConnectHarness harness;
        auto controller = harness.controller();
        controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), ConnectionState::Connected, kWaitMs);
        MasterProbe probe(
            *controller, [] { return 0.25; }, 300, 100);
        QSignalSpy finished(&probe, &MasterProbe::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QVERIFY(!probe.result().answered);
        QVERIFY(probe.result().sent);
        QVERIFY(probe.result().failure.contains(u"No master answered"));
        QCOMPARE(controller->state(), ConnectionState::Connected);
    }

    void viewersShareTheConnectRateLimit()
    {
        emulator::EmulatorConfig config = emulator::EmulatorConfig::defaults(); // 3 connects per second
        ConnectHarness harness(config);
        std::vector<std::unique_ptr<ConnectionController>> viewers;
        std::vector<std::unique_ptr<Recorder>> recorders;
        for (int i = 1; i <= 5; ++i) {
            viewers.push_back(
                harness.controller(harness.target(QStringLiteral("qa-%1").arg(i)), harness.settings()));
            recorders.push_back(std::make_unique<Recorder>(viewers.back().get()));
        }
        for (auto &viewer : viewers)
            viewer->start();
        for (auto &viewer : viewers)
            QTRY_COMPARE_WITH_TIMEOUT(viewer->state(), ConnectionState::Connected, kWaitMs);
        for (auto &recorder : recorders)
            QVERIFY(recorder->of(EventKind::Retry).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
