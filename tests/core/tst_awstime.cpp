#include "core/aws/awstime.h"

#include <QTest>
#include <QTimeZone>

using namespace kvs;

/// Date formats of SigV4 and HTTP.
class TestAwsTime : public QObject
{
    Q_OBJECT

private slots:
    void iso8601_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("amzDate"); // empty: must be rejected
        QTest::newRow("Z with ms") << "2019-12-01T00:00:00.000Z"
                                   << "20191201T000000Z";
        QTest::newRow("Z") << "2026-11-24T09:15:42Z"
                           << "20261124T091542Z";
        QTest::newRow("offset") << "2019-12-01T02:30:00+02:30"
                                << "20191201T000000Z";
        QTest::newRow("negative offset crosses day") << "2019-11-30T23:00:00-01:00"
                                                     << "20191201T000000Z";
        QTest::newRow("amz format") << "20191201T000000Z"
                                    << "20191201T000000Z";
        QTest::newRow("no zone") << "2019-12-01T00:00:00"
                                 << "";
        QTest::newRow("date only") << "2019-12-01"
                                   << "";
        QTest::newRow("bad month") << "2019-13-01T00:00:00Z"
                                   << "";
        QTest::newRow("bad day") << "2019-02-30T00:00:00Z"
                                 << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("bad offset") << "2019-12-01T00:00:00+25:00"
                                    << "";
    }
    void iso8601()
    {
        QFETCH(QString, text);
        QFETCH(QString, amzDate);
        const auto parsed = parseIso8601(text);
        QCOMPARE(parsed.has_value(), !amzDate.isEmpty());
        if (parsed)
            QCOMPARE(formatAmzDate(*parsed), amzDate);
    }

    void httpDateRoundTrip()
    {
        const QDateTime time(QDate(2023, 11, 7), QTime(4, 47, 34), QTimeZone::utc());
        QCOMPARE(formatHttpDate(time), QStringLiteral("Tue, 07 Nov 2023 04:47:34 GMT"));
        QCOMPARE(*parseHttpDate(u"Tue, 07 Nov 2023 04:47:34 GMT"), time);
        QVERIFY(!parseHttpDate(u"Tue, 07 Foo 2023 04:47:34 GMT"));
        QVERIFY(!parseHttpDate(u"07 Nov 2023"));
    }

    void dateStamp()
    {
        QCOMPARE(formatDateStamp(*parseIso8601(u"2019-12-01T23:59:59-05:00")), QStringLiteral("20191202"));
    }
};

QTEST_GUILESS_MAIN(TestAwsTime)
#include "tst_awstime.moc"
