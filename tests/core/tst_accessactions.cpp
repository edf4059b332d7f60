// The pure parts of Check access, the ICE servers view and the custom offer: the TTL countdown on an
// injected clock, the rows a view may show (never a TURN credential) and the custom offer's checks.
#include "core/common/redaction.h"
#include "core/controlplane/controlplaneclient.h"
#include "core/controlplane/iceserverexpiry.h"
#include "core/signaling/sdpofferbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace kvs;

namespace {

IceServerConfig config(int ttlA, int ttlB)
{
    IceServerConfig c;
    c.servers = {{{QStringLiteral("turn:1.2.3.4:443?transport=udp"), QStringLiteral("turns:1.2.3.4:443")},
                  QStringLiteral("1700000000:user-canary-a"),
                  QStringLiteral("pass-canary-AAAA"),
                  ttlA},
                 {{QStringLiteral("turn:5.6.7.8:443?transport=udp")},
                  QStringLiteral("1700000000:user-canary-b"),
                  QStringLiteral("pass-canary-BBBB"),
                  ttlB}};
    c.stunUri = QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443");
    return c;
}

} // namespace

class TestAccessActions : public QObject
{
    Q_OBJECT

private slots:
    void countdownFollowsTheInjectedClock()
    {
        FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        const IceServerExpiry expiry(config(300, 600), clock.now()); // the shortest TTL counts
        QVERIFY(expiry.isValid());
        QCOMPARE(expiry.remainingSeconds(clock.now()), 300);
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expires in 5:00"));
        clock.advanceMs(28'000);
        QCOMPARE(expiry.remainingSeconds(clock.now()), 272);
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expires in 4:32"));
        clock.advanceMs(261'500);
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expires in 0:11"));
        QVERIFY(!expiry.isExpired(clock.now()));
        clock.advanceMs(10'000);
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expires in 0:01"));
        clock.advanceMs(500);
        QCOMPARE(expiry.remainingSeconds(clock.now()), 0);
        QVERIFY(expiry.isExpired(clock.now()));
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expired — refresh"));
        clock.advanceMs(60'000);
        QCOMPARE(expiry.text(clock.now()), QStringLiteral("expired — refresh"));
    }

    void noServersNoCountdown()
    {
        IceServerConfig empty;
        empty.stunUri = QStringLiteral("stun:x:443");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const IceServerExpiry expiry(empty, now);
        QVERIFY(!expiry.isValid());
        QVERIFY(!expiry.isExpired(now));
        QCOMPARE(expiry.text(now), QStringLiteral("no TURN servers"));
    }

    void rowsNeverShowTurnCredentials()
    {
        const IceServerConfig c = config(300, 300);
        const QList<IceServerRow> rows = iceServerRows(c);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).uris, c.servers.at(0).uris);
        QCOMPARE(rows.at(0).ttlSeconds, 300);
        QCOMPARE(rows.at(2).uris, QStringList{c.stunUri});
        QVERIFY(rows.at(2).username.isEmpty());
        for (const IceServerRow &row : rows) {
            const QString all = row.uris.join(u' ') + row.username + row.password;
            for (const IceServer &server : c.servers) {
                QVERIFY(!all.contains(server.password));
                QVERIFY(!all.contains(server.username));
            }
        }
        QCOMPARE(rows.at(1).password, QString::fromUtf16(kRedacted));
        QCOMPARE(rows.at(1).username, QString::fromUtf16(kRedacted));
    }

    void customOfferIsNormalised()
    {
        const Result<QString> offer = normalizeCustomOffer(
            u"\n  v=0\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\rt=0 0\nm=audio 9 UDP/TLS/RTP/SAVPF 111  \n\n\n");
        QVERIFY(offer.ok());
        QCOMPARE(offer.value(), QStringLiteral("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                                               "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"));
        // The builder's own offer goes through unchanged.
        const QString built = SdpOfferBuilder([] { return 0.3; }).build().sdp;
        QCOMPARE(normalizeCustomOffer(built).value(), built);
    }

    void badOffersAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral(" \n\r\n ") << QStringLiteral("empty");
        QTest::newRow("no v=0") << QStringLiteral("o=- 1 2 IN IP4 0.0.0.0\nm=audio 9 RTP/AVP 0\n")
                                << QStringLiteral("v=0");
        QTest::newRow("v=1") << QStringLiteral("v=1\nm=audio 9 RTP/AVP 0\n") << QStringLiteral("v=0");
        QTest::newRow("no m=") << QStringLiteral("v=0\no=- 1 2 IN IP4 0.0.0.0\ns=-\nt=0 0\n")
                               << QStringLiteral("m=");
        QTest::newRow("too large") << QString(u"v=0\nm=audio 9 RTP/AVP 0\n" + QString(70000, u'a'))
                                   << QStringLiteral("64 KiB");
    }

    void badOffersAreNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        const Result<QString> offer = normalizeCustomOffer(text);
        QVERIFY(!offer.ok());
        QCOMPARE(offer.error().code, QStringLiteral("InvalidSdp"));
        QVERIFY2(offer.error().message.contains(words), qPrintable(offer.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAccessActions)
#include "tst_accessactions.moc"
