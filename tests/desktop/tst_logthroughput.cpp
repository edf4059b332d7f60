#include "core/events/eventlog.h"
#include "logload.h"
#include "ui/eventlogmodel.h"
#include "ui/messagelogpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace kvs;

/// While a flood of events arrives in batches, the event loop keeps turning (timers fire between batches,
/// the model's own batch timer among them) and the log, the model and the filtered view stay bounded.
class TestLogThroughput : public QObject
{
    Q_OBJECT

private slots:
    void eventLoopTurnsAndModelStaysBounded()
    {
        constexpr qsizetype kCapacity = 5000;
        constexpr qint64 kTotal = 20000;
        constexpr qint64 kBatch = 200;
        EventLog log(kCapacity);
        ui::MessageLogPanel panel(&log);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // A filter is active, as a user watching for one candidate would have it.
        auto *text = panel.findChild<QLineEdit *>(QStringLiteral("textFilterLineEdit"));
        QVERIFY(text);
        QTest::keyClicks(text, QStringLiteral("udp"));
        // Every insert, trim and filter change under the flood keeps the model contracts.
        QAbstractItemModelTester modelTester(panel.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();

        qint64 sent = 0;
        int batches = 0;
        int ticksAtLastBatch = -1;
        int batchesWithoutTick = 0;
        int maxRows = 0;
        int rowsSeenWhileArriving = 0;
        QTimer producer;
        producer.setInterval(1); // a batch of 200 every millisecond or so: thousands of events per second
        connect(&producer, &QTimer::timeout, this, [&] {
            if (sent >= kTotal) {
                producer.stop();
                return;
            }
            if (batches > 0 && ticks == ticksAtLastBatch)
                ++batchesWithoutTick;
            ticksAtLastBatch = ticks;
            testing::appendLoad(log, sent, kBatch);
            sent += kBatch;
            ++batches;
            maxRows = qMax(maxRows, panel.model()->rowCount());
            if (sent < kTotal)
                rowsSeenWhileArriving = qMax(rowsSeenWhileArriving, panel.model()->rowCount());
        });
        producer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!producer.isActive(), 120000);
        QCOMPARE(sent, kTotal);
        qInfo("%d batches of %lld events, %d ticks of the 0-ms timer, %d batches with no tick before them",
              batches, kBatch, ticks, batchesWithoutTick);
        QCOMPARE(batches, int(kTotal / kBatch));
        // The 0-ms timer fired between (nearly) all batches: nobody starved the loop.
        QVERIFY2(batchesWithoutTick <= batches / 10,
                 qPrintable(
                     QStringLiteral("%1 of %2 batches without a tick").arg(batchesWithoutTick).arg(batches)));
        QVERIFY(ticks >= batches - batchesWithoutTick);
        // The model's batch timer fired while events were still arriving (rows appeared before the end).
        QVERIFY2(rowsSeenWhileArriving > 0, "the model got no rows until the flood ended");

        // The last batch reaches the model with its batch timer.
        auto newest = [&panel] {
            const int rows = panel.model()->rowCount();
            return rows > 0 ? panel.model()->eventAt(rows - 1).elapsedMs : qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(newest(), kTotal - 1, 10000);
        QCOMPARE(panel.model()->rowCount(), int(kCapacity));
        // The log drops a tenth at a time when full: never above its capacity, nothing lost uncounted.
        QVERIFY(log.size() <= kCapacity && log.size() > kCapacity - kCapacity / 10 - 1);
        QCOMPARE(log.droppedCount(), kTotal - log.size());
        QVERIFY(maxRows <= kCapacity);
        // The newest events are kept, the oldest dropped.
        QCOMPARE(panel.model()->eventAt(0).elapsedMs, kTotal - kCapacity);
        // The filter still applies to what is shown: messages with "udp", never a step.
        const int shown = panel.proxy()->rowCount();
        QVERIFY(shown > 0 && shown < panel.model()->rowCount());
        for (int row = 0; row < shown; row += 97)
            QVERIFY(panel.proxy()->index(row, 0).data().toString().contains(QStringLiteral("udp")));
    }
};

QTEST_MAIN(TestLogThroughput)
#include "tst_logthroughput.moc"
