#include "core/diagnostics/connectiontimeline.h"

#include <QTest>

using namespace kvs;

/// Folding engine events into the waterfall and the retry countdown.
class TestConnectionTimeline : public QObject
{
    Q_OBJECT

private:
    static EngineEvent ev(EventKind kind, qint64 t, QJsonObject fields)
    {
        return EngineEvent::make(kind, t, QDateTime::currentDateTimeUtc(), fields);
    }
    static EngineEvent step(qint64 t, const char *name, const char *status)
    {
        return ev(EventKind::Step, t,
                  {{QStringLiteral("name"), QString::fromLatin1(name)},
                   {QStringLiteral("status"), QString::fromLatin1(status)}});
    }

private slots:
    void stepsOpenAndClose()
    {
        ConnectionTimeline timeline;
        QVERIFY(timeline.apply(step(0, "GetSignalingChannelEndpoint", "started")));
        QVERIFY(timeline.steps().constFirst().running());
        QCOMPARE(timeline.steps().constFirst().durationMs(30), 30);
        QVERIFY(timeline.apply(step(84, "GetSignalingChannelEndpoint", "ok")));
        QVERIFY(timeline.apply(step(90, "ConnectAsViewer", "started")));
        QVERIFY(timeline.apply(step(130, "ConnectAsViewer", "failed")));
        QCOMPARE(timeline.steps().size(), 2);
        QCOMPARE(timeline.steps()[0].durationMs(1000), 84);
        QCOMPARE(timeline.steps()[1].status, QStringLiteral("failed"));
        QVERIFY(
            !timeline.apply(ev(EventKind::Info, 140, {{QStringLiteral("message"), QStringLiteral("x")}})));
    }

    void mediaStepsAndMediaFailureJoinTheWaterfall()
    {
        ConnectionTimeline timeline;
        QVERIFY(timeline.apply(ev(EventKind::Media, 2000,
                                  {{QStringLiteral("step"), QStringLiteral("iceConnected")},
                                   {QStringLiteral("text"), QStringLiteral("ICE connected")},
                                   {QStringLiteral("status"), QStringLiteral("ok")},
                                   {QStringLiteral("ms"), 60}})));
        QCOMPARE(timeline.steps().constFirst().name, QStringLiteral("Media: ICE connected"));
        QCOMPARE(timeline.steps().constFirst().durationMs(9999), 60);
        // Other errors are not steps; the media path's failure is.
        QVERIFY(!timeline.apply(
            ev(EventKind::Error, 2100, {{QStringLiteral("step"), QStringLiteral("Network")}})));
        QVERIFY(timeline.apply(ev(EventKind::Error, 17000,
                                  {{QStringLiteral("step"), QStringLiteral("Media")},
                                   {QStringLiteral("errorType"), QStringLiteral("NoFrames")}})));
        QCOMPARE(timeline.steps().size(), 2);
        QCOMPARE(timeline.steps()[1].status, QStringLiteral("failed"));
        QCOMPARE(timeline.steps()[1].detail, QStringLiteral("NoFrames"));
    }

    void endWithoutStartIsInstantWithItsDuration()
    {
        ConnectionTimeline timeline;
        timeline.apply(ev(EventKind::Step, 500,
                          {{QStringLiteral("name"), QStringLiteral("Presign")},
                           {QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("ms"), 2}}));
        QCOMPARE(timeline.steps().constFirst().startMs, 498);
        QCOMPARE(timeline.steps().constFirst().endMs, 500);
    }

    void retryCountsDownAndClears()
    {
        ConnectionTimeline timeline;
        timeline.apply(ev(EventKind::Retry, 1000,
                          {{QStringLiteral("attempt"), 2},
                           {QStringLiteral("maxAttempts"), 8},
                           {QStringLiteral("delayMs"), 3200},
                           {QStringLiteral("reason"), QStringLiteral("ClientLimitExceededException")},
                           {QStringLiteral("hint"),
                            QStringLiteral("the channel already has the maximum number of viewers")}}));
        QVERIFY(timeline.pendingRetry());
        QCOMPARE(
            timeline.pendingRetry()->countdownText(1000),
            QStringLiteral("Retrying in 3.2 s (attempt 2 of 8): ClientLimitExceededException — the channel "
                           "already has the maximum number of viewers"));
        QCOMPARE(timeline.pendingRetry()->countdownText(4000).left(18), QStringLiteral("Retrying in 200 ms"));
        QCOMPARE(timeline.pendingRetry()->countdownText(9999).left(16), QStringLiteral("Retrying in 0 ms"));
        QCOMPARE(timeline.attempt(), 2);
        timeline.apply(step(4300, "GetSignalingChannelEndpoint", "started"));
        QCOMPARE(timeline.steps().constLast().attempt, 2);
        QVERIFY(!timeline.apply(
            ev(EventKind::State, 4200, {{QStringLiteral("state"), QStringLiteral("BackingOff")}})));
        QVERIFY(timeline.apply(
            ev(EventKind::State, 4300, {{QStringLiteral("state"), QStringLiteral("GettingEndpoint")}})));
        QVERIFY(!timeline.pendingRetry());
    }

    void unlimitedAttemptsSayJustTheAttempt()
    {
        PendingRetry retry{3, 0, 0, 1500, QStringLiteral("GO_AWAY"), QString()};
        QCOMPARE(retry.countdownText(0), QStringLiteral("Retrying in 1.5 s (attempt 3): GO_AWAY"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTimeline)
#include "tst_connectiontimeline.moc"
