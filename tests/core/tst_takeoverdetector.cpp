// The ClientId takeover rule on its own: N short-lived service closes inside the window, nothing else.
#include "core/connection/takeoverdetector.h"

#include <QTest>

using namespace kvs;

class TestTakeoverDetector : public QObject
{
    Q_OBJECT

private slots:
    void thirdShortLivedCloseInTheWindowIsATakeover()
    {
        TakeoverDetector detector({3, 10000, 60000});
        QVERIFY(!detector.noteServiceClose(1000, 500));
        QVERIFY(!detector.noteServiceClose(2000, 500));
        QVERIFY(detector.noteServiceClose(3000, 500));
        QCOMPARE(detector.shortLivedCloses(), 3);
    }

    void longLivedClosesDoNotCount()
    {
        TakeoverDetector detector({2, 10000, 60000});
        QVERIFY(!detector.noteServiceClose(1000, 10000));
        QVERIFY(!detector.noteServiceClose(2000, 50000));
        QCOMPARE(detector.shortLivedCloses(), 0);
        QVERIFY(!detector.noteServiceClose(3000, 9999));
        QVERIFY(detector.noteServiceClose(4000, 0));
    }

    void closesOutsideTheWindowAreForgotten()
    {
        TakeoverDetector detector({3, 10000, 60000});
        QVERIFY(!detector.noteServiceClose(0, 100));
        QVERIFY(!detector.noteServiceClose(30000, 100));
        QVERIFY(!detector.noteServiceClose(61000, 100)); // the first one is 61 s old: two in the window
        QCOMPARE(detector.shortLivedCloses(), 2);
        QVERIFY(detector.noteServiceClose(62000, 100));
    }

    void resetStartsOver()
    {
        TakeoverDetector detector({2, 10000, 60000});
        QVERIFY(!detector.noteServiceClose(0, 100));
        detector.reset();
        QVERIFY(!detector.noteServiceClose(1000, 100));
        QVERIFY(detector.noteServiceClose(2000, 100));
    }
};

QTEST_GUILESS_MAIN(TestTakeoverDetector)
#include "tst_takeoverdetector.moc"
