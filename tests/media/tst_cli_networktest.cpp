// kvs-viewer-cli network-test against the emulator binary and a real coturn on loopback (UDP, TCP and TLS
// listeners, its own test certificate): every path ✔; UDP off; a wrong shared secret; a TURN server that
// never answers (the emulator's /emulator/turn); no secret in any output.
#include "clirunner.h"
#include "connectproxy.h"
#include "coturnprocess.h"
#include "emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs::test;

namespace {

const QString kSecret = QStringLiteral("network-test-coturn-secret");

QString turnConfig(const QTemporaryDir &dir, const QStringList &uris, const QString &secret)
{
    const QString path = dir.filePath(QStringLiteral("emulator.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("turn"),
                                   QJsonObject{{QStringLiteral("uris"), QJsonArray::fromStringList(uris)},
                                               {QStringLiteral("secret"), secret}}}})
            .toJson());
    return path;
}

QJsonObject reportOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object();
}

/// The row for a path name ("STUN", "TURN/UDP", …); the first one.
QJsonObject rowOf(const QJsonObject &report, const QString &path)
{
    for (const QJsonValue &row : report.value(u"paths").toArray())
        if (row.toObject().value(u"path").toString() == path)
            return row.toObject();
    return {};
}

QString dump(const CliRun &run)
{
    return run.out.right(4000) + run.err.right(1000);
}

} // namespace

class TestCliNetworkTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_certs.isValid());
        if (QStringLiteral(KVS_TURNSERVER_PATH).isEmpty())
            QFAIL("coturn (turnserver) is not installed: scripts/install-deps.sh installs it");
        QVERIFY(makeTestCertificate(m_certs));
    }

    void everyPathWorks()
    {
        Setup setup(*this, {});
        const CliRun run = setup.run({QStringLiteral("--path-timeout"), QStringLiteral("8")});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run) + setup.coturn->log().right(2000)));
        const QJsonObject report = reportOf(run);
        QCOMPARE(report.value(u"paths").toArray().size(), 4);
        for (const QJsonValue &value : report.value(u"paths").toArray()) {
            const QJsonObject row = value.toObject();
            QVERIFY2(row.value(u"status").toString() == u"passed", QJsonDocument(row).toJson().constData());
            QVERIFY(row.value(u"address").toString().startsWith(u"127.0.0.1"));
        }
        QVERIFY(rowOf(report, QStringLiteral("TURN/TLS")).value(u"tls").toString().contains(u"verified"));
        QVERIFY2(report.value(u"verdict").toString().startsWith(u"Everything works"), qPrintable(run.out));
        QVERIFY(report.value(u"anyMediaPath").toBool());
        QVERIFY(report.value(u"local").toObject().contains(u"vpn"));
        setup.checkNoSecret(run);

        // The plain text has one row per path and the verdict.
        const CliRun text = setup.run({QStringLiteral("--path-timeout"), QStringLiteral("8")}, false);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u"✔"), 4);
        QVERIFY(text.out.contains(u"Verdict: Everything works"));
        setup.checkNoSecret(text);
    }

    void udpBlockedLeavesTcpAndTls()
    {
        CoturnProcess::Options coturn;
        coturn.noUdp = true;
        Setup setup(*this, coturn);
        const CliRun run = setup.run({QStringLiteral("--path-timeout"), QStringLiteral("4")});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        const QJsonObject report = reportOf(run);
        QCOMPARE(rowOf(report, QStringLiteral("TURN/UDP")).value(u"status").toString(),
                 QStringLiteral("failed"));
        QCOMPARE(rowOf(report, QStringLiteral("TURN/UDP")).value(u"failure").toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(rowOf(report, QStringLiteral("STUN")).value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(rowOf(report, QStringLiteral("TURN/TCP")).value(u"status").toString(),
                 QStringLiteral("passed"));
        QCOMPARE(rowOf(report, QStringLiteral("TURN/TLS")).value(u"status").toString(),
                 QStringLiteral("passed"));
        const QString verdict = report.value(u"verdict").toString();
        QVERIFY2(verdict.startsWith(u"UDP is blocked;") && verdict.contains(u"TURN over TLS on") &&
                     verdict.contains(u"video will flow through the relay"),
                 qPrintable(verdict));
        setup.checkNoSecret(run);
    }

    void tcpAndTlsPathsFollowTheHttpsProxy()
    {
        // A proxy-only network: no UDP; TURN over TCP and TLS reach the relay through HTTPS_PROXY, named by
        // a host name (libnice takes only an IP address: we resolve it) and with credentials.
        ConnectProxy proxy;
        QVERIFY(proxy.listen());
        CoturnProcess::Options coturn;
        coturn.noUdp = true;
        Setup setup(*this, coturn);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HTTPS_PROXY"),
                           QStringLiteral("http://qa:pr0xy%2Fpass@localhost:%1").arg(proxy.port()));
        const CliRun run =
            setup.run({QStringLiteral("--path-timeout"), QStringLiteral("6")}, true, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        const QJsonObject report = reportOf(run);
        const QString through = QStringLiteral("localhost:%1 (from HTTPS_PROXY)").arg(proxy.port());
        for (const QString &path : {QStringLiteral("TURN/TCP"), QStringLiteral("TURN/TLS")}) {
            const QJsonObject row = rowOf(report, path);
            QVERIFY2(row.value(u"status").toString() == u"passed", QJsonDocument(row).toJson().constData());
            QCOMPARE(row.value(u"proxy").toString(), through);
        }
        QVERIFY(!rowOf(report, QStringLiteral("TURN/UDP")).contains(u"proxy"));
        QVERIFY2(proxy.targets().contains(QStringLiteral("127.0.0.1:%1").arg(setup.port)),
                 qPrintable(proxy.targets().join(u' ')));
        QVERIFY2(proxy.targets().contains(QStringLiteral("127.0.0.1:%1").arg(setup.tlsPort)),
                 qPrintable(proxy.targets().join(u' ')));
        QVERIFY(proxy.authorizations().contains("Basic " + QByteArray("qa:pr0xy/pass").toBase64()));
        QVERIFY2(!run.out.contains(u"pr0xy") && !run.err.contains(u"pr0xy"), "the proxy password leaked");
        setup.checkNoSecret(run);
    }

    void wrongSecretIsRefusedCredentials()
    {
        Setup setup(*this, {}, QStringLiteral("not-the-coturn-secret"));
        const CliRun run =
            setup.run({QStringLiteral("--path-timeout"), QStringLiteral("8"), QStringLiteral("--no-stun")});
        QVERIFY2(run.exitCode == 9, qPrintable(dump(run)));
        const QJsonObject report = reportOf(run);
        QCOMPARE(report.value(u"paths").toArray().size(), 3);
        for (const QString &path : {QStringLiteral("TURN/UDP"), QStringLiteral("TURN/TCP")}) {
            const QJsonObject row = rowOf(report, path);
            QCOMPARE(row.value(u"failure").toString(), QStringLiteral("refused"));
            // Refused before the limit: the server answered (a 401), it did not stay silent.
            QVERIFY2(row.value(u"ms").toInteger() < 8000, QJsonDocument(row).toJson().constData());
        }
        QVERIFY2(report.value(u"verdict").toString().startsWith(u"TURN refused our credentials"),
                 qPrintable(report.value(u"verdict").toString()));
        setup.checkNoSecret(run);
        QVERIFY(!run.out.contains(u"not-the-coturn-secret"));
    }

    void silentTurnServerTimesOut()
    {
        Emulator emulator;
        const QJsonObject answer =
            emulator.adminReply("/emulator/turn", {{QStringLiteral("unanswered"), QStringLiteral("only")}});
        QCOMPARE(answer.value(u"uris").toArray().size(), 2);
        const CliRun run =
            runCliAsync(emulator.commandArgs(QStringLiteral("network-test"),
                                             {QStringLiteral("--no-stun"), QStringLiteral("--ice-loopback"),
                                              QStringLiteral("--path-timeout"), QStringLiteral("3")}),
                        emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 9, qPrintable(dump(run)));
        const QJsonObject report = reportOf(run);
        QCOMPARE(report.value(u"paths").toArray().size(), 2);
        for (const QJsonValue &value : report.value(u"paths").toArray()) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value(u"failure").toString(), QStringLiteral("timeout"));
            QVERIFY(row.value(u"ms").toInteger() >= 3000);
        }
        QVERIFY2(report.value(u"verdict").toString().startsWith(u"No path works"),
                 qPrintable(report.value(u"verdict").toString()));
        // Off again: the emulator's placeholder servers come back.
        emulator.adminReply("/emulator/turn", {{QStringLiteral("unanswered"), QStringLiteral("off")}});
    }

    void optionsAreChecked()
    {
        Emulator emulator;
        CliRun run =
            runCliAsync(emulator.commandArgs(QStringLiteral("network-test"),
                                             {QStringLiteral("--no-stun"), QStringLiteral("--stun-uri"),
                                              QStringLiteral("stun:127.0.0.1:3478")}),
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--stun-uri"), qPrintable(run.err));
        run = runCliAsync(emulator.commandArgs(QStringLiteral("network-test"),
                                               {QStringLiteral("--path-timeout"), QStringLiteral("0")}),
                          emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        run = runCliAsync({QStringLiteral("network-test"), QStringLiteral("--help")}, QProcessEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--path-timeout"));
    }

private:
    /// coturn (UDP, TCP, TLS) + the emulator handing out its three URIs.
    struct Setup
    {
        Setup(TestCliNetworkTest &test, CoturnProcess::Options options,
              const QString &emulatorSecret = kSecret)
            : home(test.m_home.path())
            , caFile(test.m_certs.filePath(QStringLiteral("cert.pem")))
        {
            options.secret = kSecret;
            options.port = freeUdpTcpPort();
            options.tlsPort = freeUdpTcpPort();
            options.certFile = caFile;
            options.keyFile = test.m_certs.filePath(QStringLiteral("key.pem"));
            port = options.port;
            tlsPort = options.tlsPort;
            coturn = std::make_unique<CoturnProcess>(options);
            const QStringList uris{QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(options.port),
                                   QStringLiteral("turn:127.0.0.1:%1?transport=tcp").arg(options.port),
                                   QStringLiteral("turns:127.0.0.1:%1?transport=tcp").arg(options.tlsPort)};
            emulator = std::make_unique<Emulator>(
                QStringList{QStringLiteral("--config"), turnConfig(dir, uris, emulatorSecret)});
        }
        CliRun run(const QStringList &more, bool json = true,
                   const QProcessEnvironment &extraEnvironment = {}) const
        {
            QStringList arguments = emulator->commandArgs(
                QStringLiteral("network-test"),
                QStringList{QStringLiteral("--stun-uri"), QStringLiteral("stun:127.0.0.1:%1").arg(port),
                            QStringLiteral("--ice-loopback"), QStringLiteral("--turn-ca-file"), caFile} +
                    more);
            if (!json)
                arguments.removeAll(QStringLiteral("--json"));
            if (more.contains(QStringLiteral("--no-stun"))) {
                const qsizetype at = arguments.indexOf(QStringLiteral("--stun-uri"));
                arguments.remove(at, 2);
            }
            QProcessEnvironment environment = emulator->environment(home);
            environment.insert(extraEnvironment);
            return runCliAsync(arguments, environment);
        }
        void checkNoSecret(const CliRun &run) const
        {
            QVERIFY2(!run.out.contains(kSecret) && !run.err.contains(kSecret), "the TURN secret leaked");
            QVERIFY2(!run.out.contains(u"turn://") && !run.out.contains(u"turns://"),
                     "a TURN URI with credentials leaked");
            QVERIFY2(!run.out.contains(u"v1:") && !run.out.contains(QStringLiteral("djE6")),
                     "a TURN username leaked");
        }
        QString home;
        QString caFile;
        quint16 port = 0;
        quint16 tlsPort = 0;
        QTemporaryDir dir;
        std::unique_ptr<CoturnProcess> coturn;
        std::unique_ptr<Emulator> emulator;
    };

    QTemporaryDir m_home;
    QTemporaryDir m_certs;
};

QTEST_MAIN(TestCliNetworkTest)
#include "tst_cli_networktest.moc"
