// The network test's pure parts: which paths come from GetIceServerConfig, and the verdict in words for
// each combination of outcomes that matters.
#include "media/networktest.h"

#include <QJsonDocument>
#include <QTest>

using namespace kvs;
using namespace kvs::media;

namespace {

NetworkPathResult row(NetworkPathKind kind, bool passed,
                      NetworkPathFailure failure = NetworkPathFailure::None, quint16 port = 443)
{
    NetworkPathResult result;
    result.path.kind = kind;
    result.path.port = port;
    result.path.server = networkPathKindName(kind) + QString::number(port);
    result.status = passed ? NetworkPathStatus::Passed : NetworkPathStatus::Failed;
    result.failure = passed ? NetworkPathFailure::None : failure;
    return result;
}

} // namespace

class TestNetworkVerdict final : public QObject
{
    Q_OBJECT

private slots:
    void pathsComeFromTheIceServers()
    {
        IceServerConfig config;
        config.stunUri = QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443");
        config.servers.append({{QStringLiteral("turn:1.2.3.4:443?transport=udp"),
                                QStringLiteral("turns:host.example:443?transport=udp"),
                                QStringLiteral("turns:host.example:443?transport=tcp")},
                               QStringLiteral("1700000000:djE6YXJu"),
                               QStringLiteral("pa/ss+word="),
                               300});
        const QList<NetworkPath> paths = networkPathsFrom(config);
        // turns:…?transport=udp is TLS over TCP for webrtcbin: the same path as …?transport=tcp.
        QCOMPARE(paths.size(), 3);
        QCOMPARE(paths.at(0).kind, NetworkPathKind::Stun);
        QCOMPARE(paths.at(0).server, QStringLiteral("stun:stun.kinesisvideo.us-west-2.amazonaws.com:443"));
        QCOMPARE(paths.at(0).port, quint16(443));
        QCOMPARE(paths.at(1).kind, NetworkPathKind::TurnUdp);
        QCOMPARE(paths.at(1).host, QStringLiteral("1.2.3.4"));
        QCOMPARE(paths.at(2).kind, NetworkPathKind::TurnTls);
        QCOMPARE(paths.at(2).server, QStringLiteral("turns:host.example:443?transport=tcp"));
        QVERIFY(paths.at(2).webrtcUri.contains(u"pa%2Fss%2Bword%3D"));
        // No credentials in what is shown.
        for (const NetworkPath &path : paths)
            QVERIFY(!path.server.contains(u"djE6") && !path.server.contains(u"word"));
        NetworkPathResult result;
        result.path = paths.at(2);
        const QByteArray json = QJsonDocument(result.toJson()).toJson();
        QVERIFY(!json.contains("word") && !json.contains("djE6"));
        QVERIFY(!networkPathLine(result).contains(u"word"));

        QCOMPARE(networkPathsFrom(config, QStringLiteral("stun:127.0.0.1:3478")).first().server,
                 QStringLiteral("stun:127.0.0.1:3478"));
    }

    void verdicts_data()
    {
        QTest::addColumn<QList<NetworkPathResult>>("rows");
        QTest::addColumn<QStringList>("vpn");
        QTest::addColumn<QString>("start");
        using K = NetworkPathKind;
        using F = NetworkPathFailure;
        QTest::newRow("all") << QList{row(K::Stun, true), row(K::TurnUdp, true), row(K::TurnTcp, true),
                                      row(K::TurnTls, true)}
                             << QStringList() << QStringLiteral("Everything works");
        QTest::newRow("udp blocked") << QList{row(K::Stun, false, F::Timeout),
                                              row(K::TurnUdp, false, F::Timeout), row(K::TurnTls, true)}
                                     << QStringList()
                                     << QStringLiteral("UDP is blocked; TURN over TLS on 443 works");
        QTest::newRow("refused") << QList{row(K::TurnUdp, false, F::Refused),
                                          row(K::TurnTcp, false, F::Refused)}
                                 << QStringList() << QStringLiteral("TURN refused our credentials");
        QTest::newRow("nothing") << QList{row(K::Stun, false, F::Timeout), row(K::TurnUdp, false, F::Timeout),
                                          row(K::TurnTls, false, F::Timeout)}
                                 << QStringList{QStringLiteral("tun0")}
                                 << QStringLiteral(
                                        "No path works: traffic to the STUN and TURN servers (ports 443)");
        QTest::newRow("dns") << QList{row(K::Stun, false, F::Dns), row(K::TurnUdp, false, F::Dns)}
                             << QStringList()
                             << QStringLiteral(
                                    "No path works: the STUN and TURN server names do not resolve");
        QTest::newRow("tls") << QList{row(K::TurnTls, false, F::TlsFailed),
                                      row(K::TurnUdp, false, F::Timeout)}
                             << QStringList()
                             << QStringLiteral("No path works: TLS to the TURN servers fails");
        QTest::newRow("stun only") << QList{row(K::Stun, true), row(K::TurnUdp, false, F::Timeout)}
                                   << QStringList() << QStringLiteral("STUN works but no TURN path does");
        QTest::newRow("udp only") << QList{row(K::Stun, true), row(K::TurnUdp, true),
                                           row(K::TurnTls, false, F::Timeout)}
                                  << QStringList() << QStringLiteral("Video will flow through the relay");
        QTest::newRow("empty") << QList<NetworkPathResult>() << QStringList()
                               << QStringLiteral("Nothing to test");
    }
    void verdicts()
    {
        QFETCH(QList<NetworkPathResult>, rows);
        QFETCH(QStringList, vpn);
        QFETCH(QString, start);
        LocalNetwork local;
        local.vpnInterfaces = vpn;
        const QString verdict = networkVerdict(rows, local);
        QVERIFY2(verdict.startsWith(start), qPrintable(verdict));
        QCOMPARE(verdict.contains(u"VPN-like interface is up (tun0)"), !vpn.isEmpty());
        NetworkTestReport report;
        report.rows = rows;
        QCOMPARE(report.anyMediaPath(), std::any_of(rows.begin(), rows.end(),
                                                    [](const NetworkPathResult &r) { return r.passed(); }));
    }
};

QTEST_MAIN(TestNetworkVerdict)
#include "tst_networkverdict.moc"
