#include "core/events/eventlog.h"
#include "logload.h"
#include "ui/eventlogmodel.h"
#include "ui/messagelogpanel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTest>

using namespace kvs;

/// What one batch of events costs end to end: EventLog::append (with redaction), the model's batched
/// insert, the filter proxy and the list view's layout, with a text filter active. Measures only; the
/// numbers go into the report, never into an assertion.
class BenchLogThroughput : public QObject
{
    Q_OBJECT

private slots:
    /// The share of EventLog::append alone (event construction with redaction, the bounded ring).
    void appendOnly()
    {
        EventLog log(20000);
        testing::appendLoad(log, 0, log.capacity());
        qint64 next = log.capacity();
        QBENCHMARK
        {
            testing::appendLoad(log, next, 1000);
            next += 1000;
        }
        QVERIFY(log.size() <= log.capacity());
    }

    void batch_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("logFull"); // at capacity, every batch also drops the oldest rows
        QTest::newRow("100 events, filling") << 100 << false;
        QTest::newRow("100 events, at capacity") << 100 << true;
        QTest::newRow("1000 events, at capacity") << 1000 << true;
    }

    void batch()
    {
        QFETCH(int, batchSize);
        QFETCH(bool, logFull);
        EventLog log(20000);
        ui::MessageLogPanel panel(&log);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.findChild<QLineEdit *>(QStringLiteral("textFilterLineEdit"))->setText(QStringLiteral("udp"));
        qint64 next = 0;
        if (logFull) {
            testing::appendLoad(log, 0, log.capacity());
            next = log.capacity();
            panel.model()->flush();
        }
        QBENCHMARK
        {
            testing::appendLoad(log, next, batchSize);
            next += batchSize;
            panel.model()->flush(); // what the model's batch timer does
            QCoreApplication::processEvents();
        }
        QVERIFY(panel.model()->rowCount() <= log.capacity());
    }
};

QTEST_MAIN(BenchLogThroughput)
#include "bench_logthroughput.moc"
