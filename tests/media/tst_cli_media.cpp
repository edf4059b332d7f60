// kvs-viewer-cli connect --media against the emulator binary's built-in master: real TLS, real ICE,
// DTLS-SRTP, H.264 and VP8 decoding, Opus audio, a real coturn for relay-only runs, and the media failures
// (exit 9).
#include "clirunner.h"
#include "connectproxy.h"
#include "coturnprocess.h"
#include "emulatorprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs::test;

namespace {

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

QJsonObject summaryOf(const CliRun &run)
{
    const QList<QJsonObject> lines = jsonLines(run.out);
    return lines.isEmpty() ? QJsonObject() : lines.last();
}

QList<QJsonObject> eventsOf(const QString &out, const QString &kind)
{
    QList<QJsonObject> found;
    for (const QJsonObject &line : jsonLines(out))
        if (line.value(u"event").toString() == kind)
            found.append(line);
    return found;
}

QJsonObject mediaErrorOf(const CliRun &run)
{
    for (const QJsonObject &error : eventsOf(run.out, QStringLiteral("error")))
        if (error.value(u"step").toString() == u"Media")
            return error;
    return {};
}

/// Writes an emulator config naming a TURN server.
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

/// A CLI run that the test can act on while it runs (admin calls at the right moment).
class LiveRun
{
public:
    LiveRun(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(KVS_CLI_PATH), arguments);
    }
    /// Waits until stdout holds a line containing needle.
    bool waitFor(const QString &needle, int timeoutMs = 30000)
    {
        timeoutMs *= std::max(1, qEnvironmentVariableIntValue("KVS_TEST_TIME_SCALE"));
        return QTest::qWaitFor(
            [&] {
                m_out += QString::fromUtf8(m_process.readAllStandardOutput());
                return m_out.contains(needle);
            },
            timeoutMs);
    }
    CliRun finish()
    {
        if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, 60000))
            qFatal("kvs-viewer-cli did not finish");
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1, m_out,
                QString::fromUtf8(m_process.readAllStandardError())};
    }

private:
    QProcess m_process;
    QString m_out;
};

/// Seconds for a timeout or duration, stretched in the sanitizer build (KVS_TEST_TIME_SCALE), where the
/// master and the viewer run several times slower; never a timing assertion, only room to finish.
QString seconds(int value)
{
    const int scale = std::max(1, qEnvironmentVariableIntValue("KVS_TEST_TIME_SCALE"));
    return QString::number(value * scale);
}

/// --media against the emulator on this machine plus extra, with room to finish unless extra sets its own
/// --media-timeout (the CLI refuses an option given twice).
QStringList localMedia(const QStringList &extra = {})
{
    QStringList args{QStringLiteral("--media"), QStringLiteral("--no-stun"),
                     QStringLiteral("--ice-loopback")};
    if (!extra.contains(QStringLiteral("--media-timeout")))
        args << QStringLiteral("--media-timeout") << seconds(15);
    return args + extra;
}

} // namespace

class TestCliMedia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void framesShowTheTestPattern_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::newRow("h264") << QStringLiteral("h264");
        QTest::newRow("vp8") << QStringLiteral("vp8");
    }
    void framesShowTheTestPattern()
    {
        QFETCH(QString, codec);
        Emulator emulator({QStringLiteral("--master")});
        const QString frame = m_home.filePath(codec + QStringLiteral(".png"));
        const CliRun run = runCliAsync(
            emulator.args(localMedia({QStringLiteral("--codec"), codec, QStringLiteral("--require-frames"),
                                      QStringLiteral("30"), QStringLiteral("--save-frame"), frame})),
            emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonObject media = summaryOf(run).value(u"media").toObject();
        QCOMPARE(media.value(u"codec").toString(), codec.toUpper());
        QCOMPARE(media.value(u"outcome").toString(), QStringLiteral("playing"));
        QVERIFY2(media.value(u"framesDecoded").toInteger() >= 30, qPrintable(run.out.right(2000)));
        QCOMPARE(media.value(u"resolution").toString(), QStringLiteral("640x480"));
        QVERIFY(media.value(u"firstFrameMs").toInteger() > 0);
        QCOMPARE(media.value(u"audioCodec").toString(), QStringLiteral("OPUS"));
        // Every step of the media path, in order.
        QStringList steps;
        for (const QJsonObject &event : eventsOf(run.out, QStringLiteral("media")))
            steps.append(event.value(u"step").toString());
        for (const char *step : {"offer", "answer", "iceChecking", "iceConnected", "dtls", "firstFrame"})
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps.join(u',')));
        QVERIFY(steps.indexOf(QStringLiteral("offer")) < steps.indexOf(QStringLiteral("firstFrame")));
        QVERIFY(!eventsOf(run.out, QStringLiteral("candidate")).isEmpty());

        // The saved frame is the SMPTE pattern: yellow, magenta and blue bars where they belong.
        QImage image(frame);
        QVERIFY2(!image.isNull(), qPrintable(frame));
        QCOMPARE(image.size(), QSize(640, 480));
        auto bar = [&image](int column) {
            return image.pixelColor(image.width() * (2 * column + 1) / 14, image.height() * 2 / 5);
        };
        const QColor yellow = bar(1), magenta = bar(4), blue = bar(6);
        QVERIFY2(yellow.red() > 150 && yellow.green() > 150 && yellow.blue() < 90, qPrintable(yellow.name()));
        QVERIFY2(magenta.red() > 150 && magenta.green() < 90 && magenta.blue() > 150,
                 qPrintable(magenta.name()));
        QVERIFY2(blue.red() < 90 && blue.green() < 90 && blue.blue() > 150, qPrintable(blue.name()));
    }

    void audioIsAboveSilence()
    {
        Emulator emulator({QStringLiteral("--master")});
        const CliRun run = runCliAsync(emulator.args(localMedia({QStringLiteral("--duration"), seconds(6)})),
                                       emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonObject media = summaryOf(run).value(u"media").toObject();
        QVERIFY2(media.value(u"audioLevelDb").toDouble() > -40, QJsonDocument(media).toJson().constData());
        const QList<QJsonObject> stats = eventsOf(run.out, QStringLiteral("stats"));
        QVERIFY(!stats.isEmpty());
        QVERIFY(stats.last().value(u"fps").toDouble() > 0);
        QVERIFY(stats.last().contains(u"selectedPair"));
    }

    void relayOnlyThroughCoturn_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("TURN/UDP") << QStringLiteral("udp");
        QTest::newRow("TURN/TCP") << QStringLiteral("tcp");
    }
    void relayOnlyThroughCoturn()
    {
        QFETCH(QString, transport);
        if (QStringLiteral(KVS_TURNSERVER_PATH).isEmpty())
            QFAIL("coturn (turnserver) is not installed: scripts/install-deps.sh installs it");
        const quint16 port = freeUdpTcpPort();
        const QString secret = QStringLiteral("coturn-test-secret");
        CoturnProcess coturn(CoturnProcess::plain(secret, port));
        QVERIFY(coturn.running());
        QTemporaryDir dir;
        const QString config = turnConfig(
            dir, {QStringLiteral("turn:127.0.0.1:%1?transport=%2").arg(port).arg(transport)}, secret);
        Emulator emulator({QStringLiteral("--master"), QStringLiteral("--config"), config});
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--ice-transport"), QStringLiteral("relay"),
                                                  QStringLiteral("--require-frames"), QStringLiteral("10")})),
                        emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(run.err.right(4000) + run.out.right(2000) + coturn.log().right(1000)));
        // Only relay candidates were gathered locally, and the selected pair is a relay one.
        for (const QJsonObject &candidate : eventsOf(run.out, QStringLiteral("candidate")))
            if (candidate.value(u"direction").toString() == u"local")
                QCOMPARE(candidate.value(u"type").toString(), QStringLiteral("relay"));
        QVERIFY2(!run.out.contains(secret), "the TURN secret leaked");
        const QJsonObject media = summaryOf(run).value(u"media").toObject();
        QVERIFY2(media.value(u"framesDecoded").toInteger() >= 10, qPrintable(run.out.right(2000)));
    }

    void turnOverTcpFollowsTheHttpsProxy_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("proxied");
        QTest::newRow("through the proxy") << QString() << true;
        QTest::newRow("no_proxy names the TURN server") << QStringLiteral("127.0.0.1:%1") << false;
    }
    void turnOverTcpFollowsTheHttpsProxy()
    {
        // Relay only over TCP with HTTPS_PROXY set (a host name, with credentials): the relay is reached
        // through the proxy, as the signaling is, unless no_proxy names the TURN server's host.
        QFETCH(QString, noProxy);
        QFETCH(bool, proxied);
        ConnectProxy proxy;
        QVERIFY(proxy.listen());
        const quint16 port = freeUdpTcpPort();
        const QString secret = QStringLiteral("coturn-test-secret");
        CoturnProcess coturn(CoturnProcess::plain(secret, port));
        QVERIFY(coturn.running());
        QTemporaryDir dir;
        const QString config =
            turnConfig(dir, {QStringLiteral("turn:127.0.0.1:%1?transport=tcp").arg(port)}, secret);
        Emulator emulator({QStringLiteral("--master"), QStringLiteral("--config"), config});
        QProcessEnvironment environment = emulator.environment(m_home.path());
        environment.insert(QStringLiteral("HTTPS_PROXY"),
                           QStringLiteral("http://qa:pr0xy%2Fpass@localhost:%1").arg(proxy.port()));
        if (!noProxy.isEmpty())
            environment.insert(QStringLiteral("NO_PROXY"), noProxy.arg(port)); // HOST:PORT: that port only
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--ice-transport"), QStringLiteral("relay"),
                                                  QStringLiteral("--require-frames"), QStringLiteral("10")})),
                        environment);
        QVERIFY2(run.exitCode == 0,
                 qPrintable(run.err.right(4000) + run.out.right(2000) + coturn.log().right(1000)));
        const QString relay = QStringLiteral("127.0.0.1:%1").arg(port);
        QCOMPARE(proxy.targets().contains(relay), proxied);
        // The timeline names the way the media goes, without the proxy's credentials.
        QJsonObject named;
        for (const QJsonObject &info : eventsOf(run.out, QStringLiteral("info")))
            if (info.value(u"message").toString().startsWith(u"Media: TURN over TCP"))
                named = info;
        QCOMPARE(named.value(u"host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(named.value(u"proxyBypassed").toBool(), !proxied);
        if (proxied) {
            QCOMPARE(named.value(u"proxy").toString(), QStringLiteral("localhost:%1").arg(proxy.port()));
            QVERIFY(proxy.authorizations().contains("Basic " + QByteArray("qa:pr0xy/pass").toBase64()));
        }
        QVERIFY2(!run.out.contains(u"pr0xy") && !run.err.contains(u"pr0xy"), "the proxy password leaked");
        QVERIFY2(!run.out.contains(secret), "the TURN secret leaked");
    }

    void turnRefusingOurCredentialsIsNamed()
    {
        const quint16 port = freeUdpTcpPort();
        CoturnProcess coturn(CoturnProcess::plain(QStringLiteral("the-right-secret"), port));
        QTemporaryDir dir;
        Emulator emulator({QStringLiteral("--master"), QStringLiteral("--config"),
                           turnConfig(dir, {QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(port)},
                                      QStringLiteral("a-wrong-secret"))});
        const CliRun run = runCliAsync(
            emulator.args(localMedia({QStringLiteral("--ice-transport"), QStringLiteral("relay")})),
            emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 9);
        const QJsonObject error = mediaErrorOf(run);
        QCOMPARE(error.value(u"errorType").toString(), QStringLiteral("TurnRefused"));
        QVERIFY2(error.value(u"message").toString().contains(u"refused our credentials"),
                 QJsonDocument(error).toJson().constData());
        QVERIFY(!run.out.contains(u"a-wrong-secret"));
    }

    // connect --url --media: the URL presigned elsewhere, used as is with no credentials and no ICE server
    // config — the media path still plays over host candidates.
    void aPresignedUrlPlaysWithoutAnIceConfig()
    {
        Emulator emulator({QStringLiteral("--master")});
        const CliRun presign =
            runCliAsync({QStringLiteral("presign"), QStringLiteral("--channel-arn"), emulator.arn(),
                         QStringLiteral("--client-id"), QStringLiteral("url-media-viewer"),
                         QStringLiteral("--endpoint"), emulator.info.value(u"wssEndpoint").toString()},
                        emulator.environment(m_home.path()));
        QCOMPARE(presign.exitCode, 0);
        QProcessEnvironment environment = emulator.environment(m_home.path());
        environment.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        environment.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        const CliRun run = runCliAsync(QStringList{QStringLiteral("connect"), QStringLiteral("--url"),
                                                   presign.out.trimmed(), QStringLiteral("--ca-file"),
                                                   emulator.caFile(), QStringLiteral("--json")} +
                                           localMedia(),
                                       environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonObject media = summaryOf(run).value(u"media").toObject();
        QCOMPARE(media.value(u"outcome").toString(), QStringLiteral("playing"));
        QVERIFY(media.value(u"framesDecoded").toInteger() >= 1);
        for (const QJsonObject &step : eventsOf(run.out, QStringLiteral("step")))
            QVERIFY2(step.value(u"name").toString() != u"GetIceServerConfig",
                     QJsonDocument(step).toJson().constData());
    }

    void candidatesDroppedIsAnIceFailure()
    {
        Emulator emulator({QStringLiteral("--master")});
        emulator.admin("/emulator/faults", {{QStringLiteral("action"), QStringLiteral("IceCandidate")},
                                            {QStringLiteral("drop"), true},
                                            {QStringLiteral("count"), 1000}});
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--media-timeout"), seconds(8)})),
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 9);
        const QJsonObject error = mediaErrorOf(run);
        QCOMPARE(error.value(u"errorType").toString(), QStringLiteral("NoCandidatePair"));
        QVERIFY2(error.value(u"message").toString().contains(u"no ICE candidates") ||
                     error.value(u"hint").toString().contains(u"no ICE candidates"),
                 QJsonDocument(error).toJson().constData());
        QCOMPARE(summaryOf(run).value(u"media").toObject().value(u"failure").toString(),
                 QStringLiteral("NoCandidatePair"));
    }

    void masterWithoutMediaIsNoFrames()
    {
        Emulator emulator({QStringLiteral("--master")});
        emulator.admin("/emulator/faults", {{QStringLiteral("action"), QStringLiteral("MasterMedia")},
                                            {QStringLiteral("drop"), true}});
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--media-timeout"), seconds(8)})),
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 9);
        const QJsonObject error = mediaErrorOf(run);
        QCOMPARE(error.value(u"errorType").toString(), QStringLiteral("NoFrames"));
        // ICE and DTLS did connect: the failure is the master's, not the network's.
        QStringList steps;
        for (const QJsonObject &event : eventsOf(run.out, QStringLiteral("media")))
            steps.append(event.value(u"step").toString());
        QVERIFY2(steps.contains(QStringLiteral("iceConnected")), qPrintable(steps.join(u',')));
    }

    void noMasterIsNoAnswer()
    {
        Emulator emulator; // no built-in master: nobody answers
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--media-timeout"), seconds(5)})),
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 9);
        const QJsonObject error = mediaErrorOf(run);
        QCOMPARE(error.value(u"errorType").toString(), QStringLiteral("NoAnswer"));
        QVERIFY(error.value(u"hint").toString().contains(u"master"));
    }

    void goAwayKeepsThePicture()
    {
        Emulator emulator({QStringLiteral("--master")});
        LiveRun live(emulator.args(localMedia({QStringLiteral("--duration"), seconds(7)})),
                     emulator.environment(m_home.path()));
        QVERIFY(live.waitFor(QStringLiteral("\"step\":\"firstFrame\"")));
        emulator.admin("/emulator/go-away",
                       {{QStringLiteral("channelArn"), emulator.arn()}, {QStringLiteral("graceSeconds"), 0}});
        const CliRun run = live.finish();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonObject viewer = summaryOf(run).value(u"viewers").toArray().first().toObject();
        QVERIFY2(viewer.value(u"connects").toInt() >= 2, QJsonDocument(viewer).toJson().constData());
        // The media went on: the same peer kept decoding (one offer only) and frames kept growing.
        int offers = 0;
        for (const QJsonObject &event : eventsOf(run.out, QStringLiteral("media")))
            offers += event.value(u"step").toString() == u"offer";
        QCOMPARE(offers, 1);
        const QList<QJsonObject> stats = eventsOf(run.out, QStringLiteral("stats"));
        QVERIFY(stats.size() >= 3);
        QVERIFY(stats.last().value(u"framesDecoded").toInteger() >
                stats.first().value(u"framesDecoded").toInteger() + 60);
    }

    void reconnectIceServerBringsFreshTurnCredentials()
    {
        const quint16 port = freeUdpTcpPort();
        const QString secret = QStringLiteral("coturn-refresh-secret");
        CoturnProcess coturn(CoturnProcess::plain(secret, port));
        QTemporaryDir dir;
        Emulator emulator(
            {QStringLiteral("--master"), QStringLiteral("--config"),
             turnConfig(dir, {QStringLiteral("turn:127.0.0.1:%1?transport=udp").arg(port)}, secret)});
        LiveRun live(emulator.args(localMedia({QStringLiteral("--duration"), seconds(5)})),
                     emulator.environment(m_home.path()));
        QVERIFY(live.waitFor(QStringLiteral("\"step\":\"firstFrame\"")));
        QTest::qWait(1100); // a new second: the fresh credentials differ in their expiry
        emulator.admin("/emulator/reconnect-ice-server", {{QStringLiteral("channelArn"), emulator.arn()}});
        const CliRun run = live.finish();
        QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
        QVERIFY2(run.out.contains(u"fresh TURN credentials given to the ICE agent (1 URI"),
                 qPrintable(run.out.right(3000)));
        QVERIFY(!run.out.contains(secret));
    }

    void aProbeBesideTheMediaDoesNotStealItsAnswer()
    {
        // The master answers the probe's offer too, on the same ClientId: the media session must take only
        // the answer to its own offer (and its candidates), and both must succeed.
        Emulator emulator({QStringLiteral("--master")});
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--probe"),
                                                  QStringLiteral("--require-frames"), QStringLiteral("10")})),
                        emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonObject summary = summaryOf(run);
        QCOMPARE(summary.value(u"media").toObject().value(u"outcome").toString(), QStringLiteral("playing"));
        QVERIFY(summary.value(u"probe").toObject().value(u"answered").toBool());
    }

    void severalViewersEachGetMedia()
    {
        Emulator emulator({QStringLiteral("--master")});
        const CliRun run =
            runCliAsync(emulator.args(localMedia({QStringLiteral("--viewers"), QStringLiteral("3"),
                                                  QStringLiteral("--require-frames"), QStringLiteral("10")})),
                        emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(4000) + run.out.right(2000)));
        const QJsonArray viewers = summaryOf(run).value(u"viewers").toArray();
        QCOMPARE(viewers.size(), 3);
        for (const QJsonValue &viewer : viewers) {
            const QJsonObject media = viewer.toObject().value(u"media").toObject();
            QCOMPARE(media.value(u"outcome").toString(), QStringLiteral("playing"));
            QVERIFY(media.value(u"framesDecoded").toInteger() >= 10);
        }
    }

    void mediaOptionsAreChecked()
    {
        Emulator emulator;
        CliRun run = runCliAsync(emulator.args({QStringLiteral("--codec"), QStringLiteral("h264")}),
                                 emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--codec") && run.err.contains(u"--media"), qPrintable(run.err));
        run = runCliAsync(
            emulator.args({QStringLiteral("--media"), QStringLiteral("--codec"), QStringLiteral("h265")}),
            emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"h264, vp8 or any"), qPrintable(run.err));
        run = runCliAsync(emulator.args({QStringLiteral("--media"), QStringLiteral("--ice-transport"),
                                         QStringLiteral("relay"), QStringLiteral("--no-turn")}),
                          emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestCliMedia)
#include "tst_cli_media.moc"
