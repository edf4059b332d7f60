// The soak test: the in-process emulator and N viewers through many cycles of disruption — GO_AWAY storms,
// dropped links, throttled reconnects, ICE server refreshes — with the service's timers accelerated (an idle
// limit of 10 minutes and a 2-hour maximum, scaled by kTimeScale). It asserts that nothing grows from cycle
// to cycle (live heap, file descriptors, timers, objects, the emulator's connections) and that no event is
// lost: every GO_AWAY, drop, throttle and refresh the emulator carried out is seen by exactly one viewer.
//
// Bounded in wall time for CI (KVS_SOAK_SECONDS, default 30 s, at least 4 cycles); longer on demand:
//   KVS_SOAK_SECONDS=600 KVS_SOAK_VIEWERS=20 build/dev/tests/tst_soak
#include "connectharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <malloc.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KVS_SOAK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KVS_SOAK_ASAN 1
#endif
#ifdef KVS_SOAK_ASAN
#include <sanitizer/allocator_interface.h>
#endif

using namespace kvs;
using namespace kvs::test;

namespace {

/// Simulated seconds per wall-clock second: one simulated hour takes 30 s.
constexpr double kTimeScale = 120;
constexpr int kMinCycles = 14;

/// Bytes the program has allocated and not freed (the sanitizer's count in its build: its quarantine keeps
/// freed memory mapped, so RSS would measure the sanitizer, not us).
qint64 liveHeapBytes()
{
#ifdef KVS_SOAK_ASAN
    return static_cast<qint64>(__sanitizer_get_current_allocated_bytes());
#else
    return static_cast<qint64>(mallinfo2().uordblks);
#endif
}

int openFileDescriptors()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files | QDir::Dirs)
                                .size());
}

/// What must not grow from cycle to cycle.
struct Footprint
{
    qint64 heapBytes = 0;
    int fds = 0;
    int timers = 0;
    int objects = 0;
    int emulatorViewers = 0;

    QString text() const
    {
        return QStringLiteral("heap %1 KiB, %2 fds, %3 timers, %4 objects, %5 viewers at the emulator")
            .arg(heapBytes / 1024)
            .arg(fds)
            .arg(timers)
            .arg(objects)
            .arg(emulatorViewers);
    }
};

/// One viewer and the counts of what it saw.
struct SoakViewer
{
    std::unique_ptr<ConnectionController> controller;
    int goAways = 0;
    int linksLost = 0;      ///< links cut (1006): the drops
    int lifetimeCloses = 0; ///< closed by the service with 1001 Going away (the connection's maximum age)
    int otherLosses = 0;    ///< anything else (idle, pong timeout, …): must not happen
    int lastCloseCode = 0;
    int throttled = 0;
    int iceRefreshes = 0;
    int connects = 0;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private:
    int m_wallSeconds = 30;
    int m_viewerCount = 4;

    static emulator::EmulatorConfig soakConfig()
    {
        emulator::EmulatorConfig config = ConnectHarness::relaxed();
        config.limits.idleTimeoutSeconds = 600 / kTimeScale;
        config.limits.maxConnectionSeconds = 7200 / kTimeScale;
        config.limits.goAwayGraceSeconds = 60 / kTimeScale;
        config.limits.maxViewersPerChannel = 100;
        return config;
    }

    Footprint footprint(const ConnectHarness &harness, const std::vector<SoakViewer> &viewers) const
    {
        // Sockets closed in this cycle are freed by deleteLater(): count what is left after that.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        Footprint f;
        f.heapBytes = liveHeapBytes();
        f.fds = openFileDescriptors();
        f.timers = static_cast<int>(harness.server->findChildren<QTimer *>().size());
        f.objects = static_cast<int>(harness.server->findChildren<QObject *>().size());
        for (const SoakViewer &viewer : viewers) {
            f.timers += static_cast<int>(viewer.controller->findChildren<QTimer *>().size());
            f.objects += static_cast<int>(viewer.controller->findChildren<QObject *>().size());
        }
        f.emulatorViewers =
            harness.server->hub()->stats().value(u"openConnections").toObject().value(u"viewers").toInt();
        return f;
    }

    static bool allConnected(const std::vector<SoakViewer> &viewers)
    {
        return std::all_of(viewers.begin(), viewers.end(), [](const SoakViewer &viewer) {
            return viewer.controller->state() == ConnectionState::Connected;
        });
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("KVS_SOAK_SECONDS"))
            m_wallSeconds = std::max(5, qEnvironmentVariableIntValue("KVS_SOAK_SECONDS"));
        if (qEnvironmentVariableIsSet("KVS_SOAK_VIEWERS"))
            m_viewerCount = std::clamp(qEnvironmentVariableIntValue("KVS_SOAK_VIEWERS"), 1, 90);
    }

    void manyCyclesOfDisruptionLeaveNothingBehind()
    {
        ConnectHarness harness(soakConfig(), true);
        std::vector<SoakViewer> viewers(static_cast<size_t>(m_viewerCount));
        for (size_t i = 0; i < viewers.size(); ++i) {
            ConnectionSettings settings = harness.settings();
            settings.retry.maxAttempts = 50; // throttles and drops are expected; giving up is not
            settings.retry.maxElapsedMs = 600000;
            settings.pingIntervalMs = static_cast<int>(10000 / kTimeScale * 10); // well inside the idle limit
            settings.pongTimeoutMs = 2000;
            // The takeover heuristic's clock runs at the same pace as the service's: a viewer dropped
            // every few simulated minutes is not "closed soon after opening, repeatedly".
            settings.shortLivedMs = static_cast<int>(10000 / kTimeScale);
            settings.takeoverWindowMs = static_cast<int>(60000 / kTimeScale);
            SoakViewer &viewer = viewers[i];
            viewer.controller =
                harness.controller(harness.target(QStringLiteral("soak-%1").arg(i)), settings);
            QObject::connect(viewer.controller.get(), &ConnectionController::eventOccurred,
                             viewer.controller.get(), [&viewer](const EngineEvent &event) {
                                 if (event.kind == EventKind::Warning)
                                     viewer.lastCloseCode = event.fields().value(u"closeCode").toInt();
                                 if (event.kind == EventKind::State) {
                                     const QString cause = event.field("cause");
                                     viewer.goAways += cause == u"GoAwayReceived";
                                     if (cause == u"LinkLost") {
                                         viewer.linksLost += viewer.lastCloseCode == 1006;
                                         viewer.lifetimeCloses += viewer.lastCloseCode == 1001;
                                         viewer.otherLosses +=
                                             viewer.lastCloseCode != 1006 && viewer.lastCloseCode != 1001;
                                     }
                                     viewer.connects += cause == u"SocketOpened";
                                     // A refused upgrade (the injected throttles: nothing else refuses).
                                     viewer.throttled += cause == u"RetryableFailure";
                                 }
                             });
            QObject::connect(viewer.controller.get(), &ConnectionController::iceServersChanged,
                             viewer.controller.get(), [&viewer] { ++viewer.iceRefreshes; });
            viewer.controller->start();
        }
        const int settleMs = 60000;
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(viewers), settleMs);

        int goAwaysSent = 0;
        int dropsDone = 0;
        int throttlesInjected = 0;
        int refreshesSent = 0;
        const QString arn = kDemoArn;
        emulator::SignalingHub *hub = harness.server->hub();
        auto total = [&viewers](int SoakViewer::*count) {
            int n = 0;
            for (const SoakViewer &viewer : viewers)
                n += viewer.*count;
            return n;
        };
        // Every disruption the emulator carried out has reached its viewer, and every viewer is back.
        auto settled = [&] {
            return total(&SoakViewer::goAways) == goAwaysSent && total(&SoakViewer::linksLost) == dropsDone &&
                   total(&SoakViewer::throttled) == throttlesInjected &&
                   total(&SoakViewer::iceRefreshes) == refreshesSent &&
                   total(&SoakViewer::otherLosses) == 0 && allConnected(viewers);
        };

        auto status = [&] {
            QStringList states;
            for (const SoakViewer &viewer : viewers)
                states.append(connectionStateName(viewer.controller->state()));
            return QStringLiteral(
                       "GO_AWAY %1/%2, cut %3/%4, throttled %5/%6, refreshes %7/%8, other losses %10; "
                       "%9")
                .arg(total(&SoakViewer::goAways))
                .arg(goAwaysSent)
                .arg(total(&SoakViewer::linksLost))
                .arg(dropsDone)
                .arg(total(&SoakViewer::throttled))
                .arg(throttlesInjected)
                .arg(total(&SoakViewer::iceRefreshes))
                .arg(refreshesSent)
                .arg(states.join(u", "))
                .arg(total(&SoakViewer::otherLosses));
        };

        // One cycle: each disruption once, each waited for until every viewer saw it and is back. A
        // disruption that never reaches its viewer is a lost event: the wait times out.
        auto cycle = [&](int index) {
            goAwaysSent += hub->goAway(arn, std::nullopt, 60 / kTimeScale);
            QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(status()), settleMs);

            dropsDone += hub->dropConnections(arn, QStringLiteral("soak-%1").arg(index % m_viewerCount));
            QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(status()), settleMs);

            // The next connect is refused as throttled: the dropped viewer meets it, backs off and comes
            // back (the diagnostic replay of the refused handshake, if any, is then accepted and closed).
            harness.fault(QStringLiteral("ConnectAsViewer"), QStringLiteral("ClientLimitExceededException"),
                          1);
            throttlesInjected += 1;
            dropsDone +=
                hub->dropConnections(arn, QStringLiteral("soak-%1").arg((index + 1) % m_viewerCount));
            QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(status()), settleMs);

            refreshesSent += hub->reconnectIceServer(arn, std::nullopt);
            QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(status()), settleMs);
        };

        QElapsedTimer wall;
        wall.start();
        cycle(0); // the first cycle fills every cache and pool
        QVERIFY(!QTest::currentTestFailed());
        const Footprint baseline = footprint(harness, viewers);
        int cycles = 1;
        // Enough cycles to fill what is bounded by count rather than time (the redaction registry holds at
        // most kMaxRegisteredSecrets TURN credentials), and then as many again to see a leak.
        std::vector<Footprint> footprints{baseline};
        while (cycles < kMinCycles || wall.elapsed() < m_wallSeconds * 1000LL) {
            cycle(cycles);
            if (QTest::currentTestFailed())
                return;
            ++cycles;
            footprints.push_back(footprint(harness, viewers));
            if (qEnvironmentVariableIsSet("KVS_SOAK_VERBOSE"))
                qInfo("soak: cycle %d: %s", cycles, qPrintable(footprints.back().text()));
        }
        const Footprint middle = footprints.at(footprints.size() / 2);
        const Footprint end = footprint(harness, viewers);
        qInfo("soak: %d viewers, %d cycles in %lld ms (about %.0f simulated minutes)", m_viewerCount, cycles,
              wall.elapsed(), wall.elapsed() / 1000.0 * kTimeScale / 60);
        qInfo("soak: baseline %s", qPrintable(baseline.text()));
        qInfo("soak: middle   %s", qPrintable(middle.text()));
        qInfo("soak: end      %s", qPrintable(end.text()));

        // Every disruption was carried out on every round and seen (settled() waited for it).
        for (const SoakViewer &viewer : viewers)
            qInfo("soak: viewer: %d GO_AWAY, %d lost, %d throttled, %d refreshes, %d connects",
                  viewer.goAways, viewer.linksLost, viewer.throttled, viewer.iceRefreshes, viewer.connects);
        QCOMPARE(goAwaysSent, cycles * m_viewerCount);
        QCOMPARE(dropsDone, cycles * 2);
        QCOMPARE(throttlesInjected, cycles);
        QCOMPARE(refreshesSent, cycles * m_viewerCount);
        QCOMPARE(total(&SoakViewer::otherLosses), 0);
        QCOMPARE(total(&SoakViewer::connects),
                 m_viewerCount + goAwaysSent + dropsDone + total(&SoakViewer::lifetimeCloses));

        // Nothing grows with the number of cycles.
        QCOMPARE(end.emulatorViewers, m_viewerCount);
        QVERIFY2(end.fds <= baseline.fds, qPrintable(end.text() + u" vs " + baseline.text()));
        QVERIFY2(end.timers <= baseline.timers, qPrintable(end.text() + u" vs " + baseline.text()));
        QVERIFY2(end.objects <= baseline.objects, qPrintable(end.text() + u" vs " + baseline.text()));
        // The heap may wobble (allocator caches, hash tables that grew once); a leak grows with the cycles.
        // The second half of the run must not grow by more than noise plus a few KiB per cycle (a leak of one
        // object per reconnect shows: each cycle makes about 2 × viewers + 3 connections).
        const int secondHalf = cycles - cycles / 2;
        const qint64 growth = end.heapBytes - middle.heapBytes;
        const qint64 allowed = 128 * 1024 + qint64(secondHalf) * 16 * 1024;
        QVERIFY2(growth <= allowed,
                 qPrintable(QStringLiteral("heap grew by %1 KiB over %2 cycles (allowed %3 KiB)")
                                .arg(growth / 1024)
                                .arg(cycles - 3)
                                .arg(allowed / 1024)));

        for (SoakViewer &viewer : viewers)
            viewer.controller->stop();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(viewers.begin(), viewers.end(),
                                             [](const SoakViewer &viewer) {
                                                 return viewer.controller->state() == ConnectionState::Closed;
                                             }),
                                 settleMs);
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
