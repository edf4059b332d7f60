#include "core/aws/awstime.h"
#include "core/aws/clockskewestimator.h"
#include "core/aws/skewedclock.h"

#include <QTest>
#include <QTimeZone>

using namespace kvs;

namespace {

QDateTime at(const char *amzDate)
{
    return *parseAmzDate(QString::fromLatin1(amzDate));
}

} // namespace

/// Clock skew: parsing the service's signature-time messages, estimating, and signing with the correction.
class TestClockSkew : public QObject
{
    Q_OBJECT

private slots:
    void findsSignatureTimeMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("serverTime");
        QTest::newRow("expired")
            << "Signature expired: 20231107T044734Z is now earlier than 20231107T045305Z "
               "(20231107T045805Z - 5 min.)"
            << true << true << "20231107T045805Z";
        QTest::newRow("inside a JSON body")
            << "{\"message\":\"Signature expired: 20231107T044734Z is now earlier than 20231107T045305Z "
               "(20231107T045805Z - 5 min.)\"}"
            << true << true << "20231107T045805Z";
        QTest::newRow("not yet current") << "Signature not yet current: 20231107T051000Z is still later than "
                                            "20231107T050305Z (20231107T045805Z + 5 min.)"
                                         << true << false << "20231107T045805Z";
        QTest::newRow("15 min variant") << "Signature not yet current: 20231107T051500Z is still later than "
                                           "20231107T051305Z (20231107T045805Z + 15 min.)"
                                        << true << false << "20231107T045805Z";
        QTest::newRow("other 403") << "User: arn:aws:iam::1:user/x is not authorized to perform: "
                                      "kinesisvideo:ConnectAsViewer"
                                   << false << false << "";
        QTest::newRow("bad date")
            << "Signature expired: 20231307T044734Z is now earlier than 20231107T045305Z "
               "(20231107T045805Z - 5 min.)"
            << false << false << "";
        QTest::newRow("truncated") << "Signature expired: 20231107T044734Z is now earlier than" << false
                                   << false << "";
        QTest::newRow("empty") << "" << false << false << "";
    }
    void findsSignatureTimeMessages()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QFETCH(bool, expired);
        QFETCH(QString, serverTime);
        const auto error = SignatureTimeError::find(text);
        QCOMPARE(error.has_value(), found);
        if (!found)
            return;
        QCOMPARE(error->kind == SignatureTimeError::Kind::Expired, expired);
        QCOMPARE(formatAmzDate(error->serverTime), serverTime);
    }

    void estimatesAndCorrects_data()
    {
        QTest::addColumn<QList<qint64>>("dateOffsetsMs"); // server Date − local, before truncation
        QTest::addColumn<QList<bool>>("changed");
        QTest::addColumn<QList<qint64>>("corrections");
        QTest::newRow("in sync") << QList<qint64>{0, 300, -400} << QList<bool>{false, false, false}
                                 << QList<qint64>{0, 0, 0};
        QTest::newRow("five minutes behind, stable")
            << QList<qint64>{300000, 300200, 299900} << QList<bool>{true, false, false}
            << QList<qint64>{300000, 300000, 300000};
        QTest::newRow("ahead, then fixed by NTP")
            << QList<qint64>{-120000, -120000, 0} << QList<bool>{true, false, true}
            << QList<qint64>{-120000, -120000, 0};
        QTest::newRow("moves by seconds")
            << QList<qint64>{10000, 12000, 12500} << QList<bool>{true, true, false}
            << QList<qint64>{10000, 12000, 12000};
    }
    void estimatesAndCorrects()
    {
        QFETCH(QList<qint64>, dateOffsetsMs);
        QFETCH(QList<bool>, changed);
        QFETCH(QList<qint64>, corrections);
        const QDateTime local(QDate(2024, 5, 1), QTime(12, 0, 0, 0), QTimeZone::utc());
        ClockSkewEstimator estimator;
        QVERIFY(!estimator.hasSample());
        QList<bool> actualChanged;
        QList<qint64> actualCorrections;
        for (qint64 offset : dateOffsetsMs) {
            // A Date header carries whole seconds: truncate the server's time as a server would.
            QDateTime server = local.addMSecs(offset);
            server = server.addMSecs(-server.time().msec());
            actualChanged.append(estimator.addHttpDate(server, local));
            actualCorrections.append(estimator.correctionMs());
        }
        QCOMPARE(actualChanged, changed);
        // Whole-second resolution: each correction is within half a second of the true offset.
        QCOMPARE(actualCorrections.size(), corrections.size());
        for (qsizetype i = 0; i < corrections.size(); ++i)
            QVERIFY2(qAbs(actualCorrections[i] - corrections[i]) <= 500,
                     qPrintable(QString::number(actualCorrections[i])));
        QVERIFY(estimator.hasSample());
    }

    void warnsAboveAMinuteWithDirection()
    {
        const QDateTime local(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        ClockSkewEstimator estimator;
        QVERIFY(estimator.describe().isEmpty());
        estimator.addHttpDate(local.addSecs(30), local);
        QVERIFY(!estimator.isWarning());
        QCOMPARE(estimator.describe(), QStringLiteral("The local clock is 31 s behind the service's."));
        estimator.addHttpDate(local.addSecs(-(5 * 60 + 3)), local);
        QVERIFY(estimator.isWarning());
        QCOMPARE(estimator.describe(),
                 QStringLiteral("The local clock is 5 min 3 s ahead of the service's."));
        estimator.addServerTime(local.addSecs(2 * 3600 + 60), local);
        QCOMPARE(estimator.describe(), QStringLiteral("The local clock is 2 h 1 min behind the service's."));
        QVERIFY(!estimator.addHttpDate(QDateTime(), local));
    }

    void skewedClockSignsWithTheCorrection()
    {
        const QDateTime local = at("20231107T044734Z");
        FixedClock base(local);
        ClockSkewEstimator estimator;
        SkewedClock clock(base, estimator);
        QCOMPARE(clock.now(), local);
        const auto message = SignatureTimeError::find(u"Signature expired: 20231107T044734Z is now earlier "
                                                      u"than 20231107T045305Z (20231107T045805Z - 5 min.)");
        QVERIFY(message);
        QVERIFY(estimator.addServerTime(message->serverTime, base.now()));
        // Within the second the service reported: the next signature is inside its 5-minute window.
        QVERIFY(qAbs(clock.now().msecsTo(at("20231107T045805Z"))) <= 1000);
        base.advanceMs(1000);
        QVERIFY(qAbs(clock.now().msecsTo(at("20231107T045806Z"))) <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
