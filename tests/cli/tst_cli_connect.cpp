// `kvs-viewer-cli connect` as users run it: a real process against the emulator binary (its JSON start line
// gives the endpoint and the CA file), credentials through the environment, JSON lines and exit statuses.
#include "../support/connectproxy.h"
#include "clirunner.h"
#include "emulatorprocess.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using kvs::test::CliRun;
using kvs::test::Emulator;
using kvs::test::runCliAsync;

namespace {

/// Every stdout line parsed; each must be a JSON object with "event" and "t".
QList<QJsonObject> events(const QString &out)
{
    QList<QJsonObject> parsed;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qFatal("not a JSON line: %s", qPrintable(line));
        const QJsonObject object = document.object();
        if (!object.contains(u"event") || !object.value(u"t").isDouble())
            qFatal("a line without event or t: %s", qPrintable(line));
        parsed.append(object);
    }
    return parsed;
}

/// A ConnectAsViewer URL for the emulator's channel, presigned by `kvs-viewer-cli presign` with the
/// emulator's identity; more: presign's options (--date, --expires, --role, …).
QString presignedUrl(const Emulator &emulator, const QString &home, const QStringList &more = {})
{
    const CliRun run = runCliAsync(QStringList{QStringLiteral("presign"), QStringLiteral("--channel-arn"),
                                               emulator.arn(), QStringLiteral("--endpoint"),
                                               emulator.info.value(u"wssEndpoint").toString()} +
                                       more,
                                   emulator.environment(home));
    if (run.exitCode != 0)
        qFatal("presign failed: %s", qPrintable(run.err));
    return run.out.trimmed();
}

/// The emulator's environment without any AWS credentials: a presigned URL needs none.
QProcessEnvironment withoutCredentials(QProcessEnvironment environment)
{
    for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QList<QJsonObject> ofKind(const QList<QJsonObject> &all, const QString &kind)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : all) {
        if (event.value(u"event").toString() == kind)
            found.append(event);
    }
    return found;
}

} // namespace

class TestCliConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void connectsAndSummarises()
    {
        Emulator emulator;
        const CliRun run = runCliAsync(emulator.args(), emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        const QList<QJsonObject> all = events(run.out);
        QCOMPARE(all.last().value(u"event").toString(), QStringLiteral("summary"));
        QCOMPARE(all.last().value(u"exitCode").toInt(), 0);
        QStringList steps;
        for (const QJsonObject &step : ofKind(all, QStringLiteral("step"))) {
            if (step.value(u"status").toString() == u"ok")
                steps.append(step.value(u"name").toString());
        }
        QCOMPARE(steps,
                 (QStringList{QStringLiteral("Credentials"), QStringLiteral("GetSignalingChannelEndpoint"),
                              QStringLiteral("GetIceServerConfig"), QStringLiteral("Presign"),
                              QStringLiteral("ConnectAsViewer")}));
        bool connected = false;
        for (const QJsonObject &state : ofKind(all, QStringLiteral("state")))
            connected = connected || state.value(u"state").toString() == u"Connected";
        QVERIFY(connected);
        QVERIFY(!run.out.contains(emulator.secret()));
        QVERIFY(!run.err.contains(emulator.secret()));

        // The default ClientId is kept for the install: the second run uses the same one.
        const QString id =
            all.last().value(u"viewers").toArray().first().toObject().value(u"clientId").toString();
        QVERIFY(id.startsWith(u"viewer-"));
        const CliRun again = runCliAsync(emulator.args(), emulator.environment(m_home.path()));
        QCOMPARE(events(again.out)
                     .last()
                     .value(u"viewers")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"clientId")
                     .toString(),
                 id);
    }

    void humanOutputWithoutJson()
    {
        Emulator emulator;
        QStringList args = emulator.args();
        args.removeAll(QStringLiteral("--json"));
        const CliRun run = runCliAsync(args, emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        QVERIFY(run.out.contains(u"Connected"));
        QVERIFY(run.out.contains(u"Summary: ok"));
        QVERIFY(!run.out.trimmed().startsWith(u'{'));
    }

    void probeAnswered()
    {
        Emulator emulator({QStringLiteral("--master")});
        const CliRun run =
            runCliAsync(emulator.args({QStringLiteral("--probe")}), emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        const QList<QJsonObject> probes = ofKind(events(run.out), QStringLiteral("probe"));
        QCOMPARE(probes.size(), 1);
        QVERIFY(probes.first().value(u"answered").toBool());
        QVERIFY(probes.first().value(u"media").toArray().size() >= 1);
        // Every documented field is present; status is null when the service sent no STATUS_RESPONSE.
        for (const char16_t *field : {u"answered", u"roundTripMs", u"media", u"candidates", u"status"})
            QVERIFY2(probes.first().contains(QStringView(field)), qPrintable(QString::fromUtf16(field)));
        QVERIFY(probes.first().value(u"status").isNull());
    }

    // People read each line once: the probe's result, its durations as durations, and one truthful wording
    // for candidates (none in the answer's SDP, some trickled) — never "candidates none; … received: 1".
    void probeHumanOutputSaysEachThingOnce()
    {
        Emulator emulator(
            {QStringLiteral("--master"), QStringLiteral("--master-media"), QStringLiteral("none")});
        QStringList args = emulator.args({QStringLiteral("--probe")});
        args.removeAll(QStringLiteral("--json"));
        const CliRun run = runCliAsync(args, emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        QStringList lines;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
            lines.append(line.section(u']', 1).trimmed()); // without the "[  123 ms]" time
        const QStringList results = lines.filter(QStringLiteral("Probe: the master answered"));
        QVERIFY2(results.size() == 1, qPrintable(run.out));
        const QString result = results.first();
        QVERIFY2(result.contains(u"ICE candidates in the answer: none; trickled: host/udp"),
                 qPrintable(result));
        QVERIFY2(!result.contains(u"candidates none"), qPrintable(result));
        static const QRegularExpression rawMs(QStringLiteral("\\d{4,} ms"));
        QVERIFY2(!lines.join(u'\n').contains(rawMs), qPrintable(run.out));
        for (const QString &line : lines)
            QVERIFY2(lines.count(line) == 1 || !line.startsWith(u"Probe"), qPrintable(line));
    }

    void probeUnanswered()
    {
        Emulator emulator;
        const CliRun run =
            runCliAsync(emulator.args({QStringLiteral("--probe"), QStringLiteral("--probe-timeout"),
                                       QStringLiteral("1")}),
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 8);
        const QList<QJsonObject> all = events(run.out);
        QVERIFY(
            ofKind(all, QStringLiteral("probe")).first().value(u"failure").toString().contains(u"No master"));
        QCOMPARE(all.last().value(u"exitCode").toInt(), 8);
    }

    void failuresHaveTheirExitStatus_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("access denied")
            << QStringLiteral("ConnectAsViewer") << QStringLiteral("AccessDeniedException") << 3;
        QTest::newRow("not found") << QStringLiteral("GetSignalingChannelEndpoint")
                                   << QStringLiteral("ResourceNotFoundException") << 4;
        QTest::newRow("throttled") << QStringLiteral("GetSignalingChannelEndpoint")
                                   << QStringLiteral("ClientLimitExceededException") << 5;
        QTest::newRow("invalid argument")
            << QStringLiteral("ConnectAsViewer") << QStringLiteral("InvalidArgumentException") << 2;
    }
    void failuresHaveTheirExitStatus()
    {
        QFETCH(QString, action);
        QFETCH(QString, errorType);
        QFETCH(int, exitCode);
        Emulator emulator;
        emulator.admin("/emulator/faults", {{QStringLiteral("action"), action},
                                            {QStringLiteral("errorType"), errorType},
                                            {QStringLiteral("count"), 50}});
        const CliRun run = runCliAsync(emulator.args({QStringLiteral("--max-retries"), QStringLiteral("1")}),
                                       emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, exitCode);
        const QList<QJsonObject> all = events(run.out);
        const QList<QJsonObject> errors = ofKind(all, QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value(u"errorType").toString(), errorType);
        QVERIFY(!errors.first().value(u"hint").toString().isEmpty());
        QCOMPARE(ofKind(all, QStringLiteral("retry")).size(), exitCode == 5 ? 1 : 0);
        QVERIFY(!ofKind(all, QStringLiteral("http")).isEmpty());
        QCOMPARE(all.last().value(u"exitCode").toInt(), exitCode);
    }

    // The AWS CLI's --cli-read-timeout bounds each control-plane call, --cli-connect-timeout the WebSocket
    // connection: a call or an upgrade that takes 2.5 s fails the run with 1 s and passes with 8 s.
    void cliTimeoutsBoundTheirStep_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<int>("exitCode");
        const QString read = QStringLiteral("--cli-read-timeout");
        const QString connect = QStringLiteral("--cli-connect-timeout");
        const QString endpoint = QStringLiteral("GetSignalingChannelEndpoint");
        const QString upgrade = QStringLiteral("ConnectAsViewer");
        QTest::newRow("read, shorter than the call") << read << endpoint << QStringLiteral("1") << 6;
        QTest::newRow("read, longer than the call") << read << endpoint << QStringLiteral("8") << 0;
        QTest::newRow("connect, shorter than the upgrade") << connect << upgrade << QStringLiteral("1") << 6;
        QTest::newRow("connect, longer than the upgrade") << connect << upgrade << QStringLiteral("8") << 0;
    }
    void cliTimeoutsBoundTheirStep()
    {
        QFETCH(QString, option);
        QFETCH(QString, action);
        QFETCH(QString, seconds);
        QFETCH(int, exitCode);
        Emulator emulator;
        emulator.admin("/emulator/faults", {{QStringLiteral("action"), action},
                                            {QStringLiteral("delayMs"), 2500},
                                            {QStringLiteral("count"), 10}});
        const CliRun run = runCliAsync(
            emulator.args({option, seconds, QStringLiteral("--max-retries"), QStringLiteral("0")}),
            emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out.right(3000) + run.err));
        if (exitCode != 0) {
            const QList<QJsonObject> errors = ofKind(events(run.out), QStringLiteral("error"));
            QVERIFY2(!errors.isEmpty(), qPrintable(run.out.right(3000)));
            QCOMPARE(errors.first().value(u"step").toString(), action);
        }
    }

    void timeoutOptionsAreChecked_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("read 0") << QStringLiteral("--cli-read-timeout") << QStringLiteral("0");
        QTest::newRow("connect 0") << QStringLiteral("--cli-connect-timeout") << QStringLiteral("0");
        QTest::newRow("connect text") << QStringLiteral("--cli-connect-timeout") << QStringLiteral("soon");
        QTest::newRow("read too long") << QStringLiteral("--cli-read-timeout") << QStringLiteral("601");
    }
    void timeoutOptionsAreChecked()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const CliRun run = runCliAsync({QStringLiteral("connect"), QStringLiteral("--channel-name"),
                                        QStringLiteral("demo"), option, value},
                                       QProcessEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(option), qPrintable(run.err));
    }

    // One refused upgrade: the diagnostic replay is accepted (the fault is used up), yet the run keeps what
    // the first refusal said (403) instead of reporting the replay's 101 as a transient network failure.
    void oneRefusedUpgradeKeepsItsStatus()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("ConnectAsViewer")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}});
        const CliRun run = runCliAsync(emulator.args({}), emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 3);
        const QList<QJsonObject> all = events(run.out);
        const QList<QJsonObject> errors = ofKind(all, QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value(u"httpStatus").toInt(), 403);
        QVERIFY2(errors.first().value(u"message").toString().contains(u"accepted"),
                 qPrintable(errors.first().value(u"message").toString()));
        for (const QJsonObject &http : ofKind(all, QStringLiteral("http")))
            QVERIFY(http.value(u"status").toInt() != 101);
    }

    void unknownChannelNameIsNotFound()
    {
        Emulator emulator;
        const CliRun run = runCliAsync(
            {QStringLiteral("connect"), QStringLiteral("--channel-name"), QStringLiteral("no-such-channel"),
             QStringLiteral("--region"), QStringLiteral("us-west-2"), QStringLiteral("--endpoint-url"),
             emulator.control(), QStringLiteral("--ca-file"), emulator.caFile(), QStringLiteral("--json")},
            emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 4);
    }

    void whoamiAgainstTheEmulatorsSts()
    {
        Emulator emulator;
        QCOMPARE(emulator.info.value(u"stsEndpoint").toString(), emulator.control());
        QProcessEnvironment env = emulator.environment(m_home.path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), emulator.control());
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), emulator.caFile());
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-west-2"));
        const CliRun run = runCliAsync({QStringLiteral("whoami")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Account:     111122223333")));
        QVERIFY(
            run.out.contains(QStringLiteral("ARN:         arn:aws:iam::111122223333:user/emulator-demo")));
        QVERIFY(!run.out.contains(emulator.secret()));
        QVERIFY(!run.err.contains(emulator.secret()));
    }

    // Issue 17 point 5: the config file's endpoint_url, [services] kinesis_video and ca_bundle are what the
    // AWS CLI v2 reads; the connect event names where the endpoint and the CA came from.
    void configFileEndpointAndCaBundle()
    {
        Emulator emulator;
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir().mkpath(home.path() + u"/.aws");
        QFile config(home.path() + u"/.aws/config");
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nendpoint_url = " + emulator.control().toUtf8() +
                     "\nca_bundle = " + emulator.caFile().toUtf8() +
                     "\n[profile qa]\nservices = local\nendpoint_url = https://unused.example\n"
                     "[services local]\nkinesis_video =\n  endpoint_url = " +
                     emulator.control().toUtf8() + "\n");
        config.close();
        const QStringList args{QStringLiteral("connect"), QStringLiteral("--channel-arn"), emulator.arn(),
                               QStringLiteral("--json")};
        const auto connectEvent = [](const QList<QJsonObject> &all) {
            for (const QJsonObject &event : all) {
                if (event.contains(u"endpointSource"))
                    return event;
            }
            return QJsonObject();
        };

        const CliRun run = runCliAsync(args, emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(3000)));
        QJsonObject event = connectEvent(events(run.out));
        QCOMPARE(event.value(u"endpoint").toString(), emulator.control());
        QCOMPARE(event.value(u"endpointSource").toString(), QStringLiteral("profile default endpoint_url"));
        QCOMPARE(event.value(u"caSource").toString(), QStringLiteral("profile default"));
        QCOMPARE(event.value(u"fips").toBool(true), false);
        QCOMPARE(event.value(u"fipsSource").toString(), QStringLiteral("default"));

        QProcessEnvironment env = emulator.environment(home.path());
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("qa"));
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), emulator.caFile());
        const CliRun service = runCliAsync(args, env);
        QVERIFY2(service.exitCode == 0, qPrintable(service.err.right(3000)));
        event = connectEvent(events(service.out));
        QCOMPARE(event.value(u"endpointSource").toString(),
                 QStringLiteral("[services local] kinesis_video endpoint_url"));
        QCOMPARE(event.value(u"caSource").toString(), QStringLiteral("AWS_CA_BUNDLE"));

        // FIPS from the environment next to a configured endpoint is refused, naming both (botocore would
        // send the FIPS user to the custom endpoint silently).
        env.insert(QStringLiteral("AWS_USE_FIPS_ENDPOINT"), QStringLiteral("true"));
        const CliRun fips = runCliAsync(args, env);
        QCOMPARE(fips.exitCode, 2);
        QVERIFY2(fips.err.contains(u"AWS_USE_FIPS_ENDPOINT") && fips.err.contains(u"[services local]"),
                 qPrintable(fips.err));
    }

    // Issue 17 point 1: whoami --json shows the Kinesis Video endpoint settings and where they came from.
    void whoamiShowsEndpointSettings()
    {
        Emulator emulator;
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir().mkpath(home.path() + u"/.aws");
        QFile config(home.path() + u"/.aws/config");
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nuse_dualstack_endpoint = true\nregion = eu-central-1\nca_bundle = " +
                     emulator.caFile().toUtf8() + "\n");
        config.close();
        QProcessEnvironment env = emulator.environment(home.path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), emulator.control());
        env.insert(QStringLiteral("AWS_USE_FIPS_ENDPOINT"), QStringLiteral("true"));
        const CliRun run = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err)); // the profile's ca_bundle trusts the emulator
        const QJsonObject whoami = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(whoami.value(u"caSource").toString(), QStringLiteral("profile default"));
        const QJsonObject kvs = whoami.value(u"kinesisVideo").toObject();
        QCOMPARE(kvs.value(u"endpoint").toString(),
                 QStringLiteral("https://kinesisvideo-fips.eu-central-1.api.aws"));
        QCOMPARE(kvs.value(u"fipsSource").toString(), QStringLiteral("AWS_USE_FIPS_ENDPOINT"));
        QCOMPARE(kvs.value(u"dualStackSource").toString(), QStringLiteral("profile default"));
    }

    // Issue 17 point 8: the control plane and the signaling WebSocket follow HTTPS_PROXY through a real
    // CONNECT proxy; the timeline names the proxy without its credentials; NO_PROXY bypasses it.
    void httpsAndWebSocketFollowTheProxy()
    {
        Emulator emulator;
        kvs::test::ConnectProxy proxy;
        QVERIFY(proxy.listen());
        const QString port = emulator.control().section(u':', -1);
        // The control plane by name (localhost), the data plane and the WebSocket at the address the
        // emulator hands out (127.0.0.1): the proxy's CONNECT targets tell them apart.
        const QStringList args{QStringLiteral("connect"),
                               QStringLiteral("--channel-arn"),
                               emulator.arn(),
                               QStringLiteral("--endpoint-url"),
                               u"https://localhost:" + port,
                               QStringLiteral("--ca-file"),
                               emulator.caFile(),
                               QStringLiteral("--json")};
        QProcessEnvironment env = emulator.environment(m_home.path());
        const QString password = QStringLiteral("Pr0xyPassw0rdCanary");
        env.insert(QStringLiteral("HTTPS_PROXY"),
                   u"http://tester:" + password + u"@127.0.0.1:" + QString::number(proxy.port()));
        const CliRun run = runCliAsync(args, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(3000)));
        QVERIFY2(proxy.targets().contains(u"localhost:" + port), qPrintable(proxy.targets().join(u' ')));
        // GetIceServerConfig (HTTPS) and the WebSocket, each its own tunnel.
        QVERIFY2(proxy.targets().count(u"127.0.0.1:" + port) >= 2, qPrintable(proxy.targets().join(u' ')));
        bool named = false;
        for (const QJsonObject &event : events(run.out)) {
            if (event.value(u"message").toString().contains(u"Signaling WebSocket")) {
                named = event.value(u"proxy").toString() == u"127.0.0.1:" + QString::number(proxy.port()) &&
                        event.value(u"proxySource").toString() == u"HTTPS_PROXY";
            }
        }
        QVERIFY2(named, qPrintable(run.out.left(3000)));
        QVERIFY(!run.out.contains(password));
        QVERIFY(!run.err.contains(password));

        // NO_PROXY=127.0.0.1: the data plane and the WebSocket go direct; the control plane (localhost) does
        // not.
        const qsizetype direct = proxy.targets().count(u"127.0.0.1:" + port);
        const qsizetype named0 = proxy.targets().count(u"localhost:" + port);
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
        const CliRun bypass = runCliAsync(args, env);
        QVERIFY2(bypass.exitCode == 0, qPrintable(bypass.err.right(3000)));
        QCOMPARE(proxy.targets().count(u"127.0.0.1:" + port), direct);
        QVERIFY(proxy.targets().count(u"localhost:" + port) > named0);
        QVERIFY(bypass.out.contains(QStringLiteral("\"proxyBypassed\":true")));
    }

    void networkRefused()
    {
        Emulator emulator;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QStringList args = emulator.args({QStringLiteral("--max-retries"), QStringLiteral("1")});
        args[args.indexOf(QStringLiteral("--endpoint-url")) + 1] = url;
        const CliRun run = runCliAsync(args, emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(ofKind(events(run.out), QStringLiteral("retry")).size(), 1);
    }

    void invalidInput()
    {
        Emulator emulator;
        const CliRun run = runCliAsync(emulator.args({QStringLiteral("--channel-name"), QStringLiteral("x")}),
                                       emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--channel-arn"));
        const CliRun badId =
            runCliAsync(emulator.args({QStringLiteral("--client-id"), QStringLiteral("AWS_x")}),
                        emulator.environment(m_home.path()));
        QCOMPARE(badId.exitCode, 2);
        QStringList remotePlain = emulator.args({});
        remotePlain[remotePlain.indexOf(QStringLiteral("--endpoint-url")) + 1] =
            QStringLiteral("http://example.com");
        const CliRun badEndpoint = runCliAsync(remotePlain, emulator.environment(m_home.path()));
        QCOMPARE(badEndpoint.exitCode, 2);
        QCOMPARE(badEndpoint.err.count(u"--endpoint-url"), 1); // named once, with the broken rule
        QVERIFY2(badEndpoint.err.contains(u"unencrypted"), qPrintable(badEndpoint.err));
    }

    // connect --url: a URL presigned elsewhere, used exactly as given — no credentials, no control-plane
    // call — with --json and --probe as usual.
    void connectsWithAPresignedUrlAsIs()
    {
        Emulator emulator({QStringLiteral("--master")});
        const QString url = presignedUrl(emulator, m_home.path(),
                                         {QStringLiteral("--client-id"), QStringLiteral("support-viewer-7")});
        QVERIFY2(url.startsWith(u"wss://") && url.contains(u"X-Amz-Signature="), qPrintable(url));
        const QString signature = url.mid(url.indexOf(u"X-Amz-Signature=") + 16, 64);
        const CliRun run =
            runCliAsync({QStringLiteral("connect"), QStringLiteral("--url"), url, QStringLiteral("--ca-file"),
                         emulator.caFile(), QStringLiteral("--json"), QStringLiteral("--probe")},
                        withoutCredentials(emulator.environment(m_home.path())));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        const QList<QJsonObject> all = events(run.out);
        QCOMPARE(all.last().value(u"event").toString(), QStringLiteral("summary"));
        QCOMPARE(all.last().value(u"exitCode").toInt(), 0);
        QStringList steps;
        for (const QJsonObject &step : ofKind(all, QStringLiteral("step")))
            steps.append(step.value(u"name").toString());
        for (const char *skipped :
             {"Credentials", "DescribeSignalingChannel", "GetSignalingChannelEndpoint", "GetIceServerConfig"})
            QVERIFY2(!steps.contains(QLatin1String(skipped)), qPrintable(steps.join(u',')));
        QVERIFY(ofKind(all, QStringLiteral("probe")).first().value(u"answered").toBool());
        QVERIFY2(run.out.contains(u"support-viewer-7"), qPrintable(run.out.left(2000))); // the URL's ClientId
        QVERIFY2(run.out.contains(emulator.arn()), qPrintable(run.out.left(2000)));
        // The URL's signature is a secret: it never appears.
        QVERIFY(!run.out.contains(signature));
        QVERIFY(!run.err.contains(signature));
    }

    void anExpiredPresignedUrlIsRefusedClearly()
    {
        Emulator emulator;
        const QString signedAt =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        const QString url = presignedUrl(emulator, m_home.path(),
                                         {QStringLiteral("--client-id"), QStringLiteral("late-viewer"),
                                          QStringLiteral("--date"), signedAt, QStringLiteral("--expires"),
                                          QStringLiteral("60")});
        const CliRun run =
            runCliAsync({QStringLiteral("connect"), QStringLiteral("--url"), url, QStringLiteral("--ca-file"),
                         emulator.caFile(), QStringLiteral("--json")},
                        withoutCredentials(emulator.environment(m_home.path())));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--url") && run.err.contains(u"expired at") &&
                     run.err.contains(u"freshly presigned URL"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty()); // refused before connecting
        // A master's URL is not a viewer's.
        const CliRun master = runCliAsync(
            {QStringLiteral("connect"), QStringLiteral("--url"),
             presignedUrl(emulator, m_home.path(), {QStringLiteral("--role"), QStringLiteral("master")})},
            withoutCredentials(emulator.environment(m_home.path())));
        QCOMPARE(master.exitCode, 2);
        QVERIFY2(master.err.contains(u"master"), qPrintable(master.err));
    }

    void presignedUrlRefusesOtherTargetOptions_data()
    {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("named");
        QTest::newRow("channel-arn") << QStringList{QStringLiteral("--channel-arn"),
                                                    QStringLiteral(
                                                        "arn:aws:kinesisvideo:us-west-2:123456789012:"
                                                        "channel/x/1")}
                                     << QStringLiteral("--channel-arn");
        QTest::newRow("channel-name") << QStringList{QStringLiteral("--channel-name"), QStringLiteral("x")}
                                      << QStringLiteral("--channel-name");
        QTest::newRow("client-id") << QStringList{QStringLiteral("--client-id"), QStringLiteral("other")}
                                   << QStringLiteral("--client-id");
        QTest::newRow("region") << QStringList{QStringLiteral("--region"), QStringLiteral("eu-west-1")}
                                << QStringLiteral("--region");
        QTest::newRow("endpoint-url")
            << QStringList{QStringLiteral("--endpoint-url"), QStringLiteral("https://127.0.0.1:1")}
            << QStringLiteral("--endpoint-url");
        QTest::newRow("profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("qa")}
                                 << QStringLiteral("--profile");
        QTest::newRow("viewers") << QStringList{QStringLiteral("--viewers"), QStringLiteral("2")}
                                 << QStringLiteral("--viewers");
    }

    void presignedUrlRefusesOtherTargetOptions()
    {
        QFETCH(QStringList, more);
        QFETCH(QString, named);
        Emulator emulator;
        const QString url =
            presignedUrl(emulator, m_home.path(), {QStringLiteral("--client-id"), QStringLiteral("v-1")});
        const CliRun run =
            runCliAsync(QStringList{QStringLiteral("connect"), QStringLiteral("--url"), url} + more,
                        emulator.environment(m_home.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named) && run.err.contains(u"cannot be used with --url"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void aMissingProfileIsNamedBeforeTheRegion()
    {
        // Connecting by name needs a region; a --profile that does not exist is still the first error.
        Emulator emulator;
        QStringList args = emulator.args({QStringLiteral("--profile"), QStringLiteral("nosuch")});
        args[args.indexOf(QStringLiteral("--channel-arn"))] = QStringLiteral("--channel-name");
        args[args.indexOf(QStringLiteral("--channel-name")) + 1] = QStringLiteral("demo-channel");
        for (const QString &command : {QStringLiteral("connect"), QStringLiteral("check-access")}) {
            args[0] = command;
            const CliRun run = runCliAsync(args, emulator.environment(m_home.path()));
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"\"nosuch\"") && !run.err.contains(u"--region"), qPrintable(run.err));
        }
    }

    void severalViewers()
    {
        Emulator emulator;
        const CliRun run = runCliAsync(emulator.args({QStringLiteral("--viewers"), QStringLiteral("4"),
                                                      QStringLiteral("--client-id"), QStringLiteral("qa")}),
                                       emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(4000)));
        const QList<QJsonObject> all = events(run.out);
        const QJsonArray viewers = all.last().value(u"viewers").toArray();
        QCOMPARE(viewers.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(viewers.at(i).toObject().value(u"clientId").toString(),
                     QStringLiteral("qa-%1").arg(i + 1));
        QVERIFY(ofKind(all, QStringLiteral("retry")).isEmpty());
        QVERIFY(all.first().contains(u"viewer"));
    }

    void aViewerThatNeverConnectedFailsTheRun()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("emulator.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"limits": {"maxViewersPerChannel": 2}})");
        config.close();
        Emulator emulator({QStringLiteral("--config"), config.fileName()});
        const CliRun run = runCliAsync(
            emulator.args({QStringLiteral("--viewers"), QStringLiteral("3"), QStringLiteral("--client-id"),
                           QStringLiteral("qa"), QStringLiteral("--duration"), QStringLiteral("2")}),
            emulator.environment(m_home.path()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.out.right(2000)));
        QCOMPARE(run.exitCode, 5); // the third kept getting ClientLimitExceededException
        const QJsonObject summary = events(run.out).last();
        QCOMPARE(summary.value(u"outcome").toString(), QStringLiteral("failed"));
        QStringList outcomes;
        for (const QJsonValue &viewer : summary.value(u"viewers").toArray())
            outcomes.append(viewer.toObject().value(u"outcome").toString());
        QCOMPARE(outcomes.count(QStringLiteral("NeverConnected")), 1);
        QCOMPARE(outcomes.count(QStringLiteral("Closed")), 2);
    }

    void sigtermClosesCleanlyAndTakeoverExitsSeven()
    {
        Emulator emulator;
        QProcess first;
        first.setProcessEnvironment(emulator.environment(m_home.path()));
        first.start(QStringLiteral(KVS_CLI_PATH),
                    emulator.args({QStringLiteral("--duration"), QStringLiteral("0"),
                                   QStringLiteral("--client-id"), QStringLiteral("same-id")}));
        QString out;
        auto waitFor = [&](const QString &text) {
            return QTest::qWaitFor(
                [&] {
                    out += QString::fromUtf8(first.readAllStandardOutput());
                    return out.contains(text);
                },
                20000);
        };
        QVERIFY(waitFor(QStringLiteral("\"state\":\"Connected\"")));

        // A second program with the same ClientId that stays: they knock each other off until one sees
        // the pattern (connections closed soon after opening, repeatedly) and stops with 7; the other stays.
        QProcess second;
        second.setProcessEnvironment(emulator.environment(m_home.path()));
        second.start(QStringLiteral(KVS_CLI_PATH),
                     emulator.args({QStringLiteral("--duration"), QStringLiteral("0"),
                                    QStringLiteral("--client-id"), QStringLiteral("same-id")}));
        QVERIFY(QTest::qWaitFor(
            [&] { return first.state() == QProcess::NotRunning || second.state() == QProcess::NotRunning; },
            40000));
        QProcess &stopped = first.state() == QProcess::NotRunning ? first : second;
        QProcess &kept = &stopped == &first ? second : first;
        const QString stoppedOut = out + QString::fromUtf8(stopped.readAllStandardOutput());
        QCOMPARE(stopped.exitCode(), 7);
        QVERIFY(stoppedOut.contains(u"same ClientId"));
        ::kill(pid_t(kept.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return kept.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(kept.exitCode(), 0);

        // --duration 0 stays until SIGTERM, which closes cleanly.
        QProcess third;
        third.setProcessEnvironment(emulator.environment(m_home.path()));
        third.start(QStringLiteral(KVS_CLI_PATH),
                    emulator.args({QStringLiteral("--duration"), QStringLiteral("0")}));
        QString thirdOut;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         thirdOut += QString::fromUtf8(third.readAllStandardOutput());
                         return thirdOut.contains(u"\"state\":\"Connected\"");
                     },
                     20000),
                 qPrintable(thirdOut.right(1500)));
        ::kill(pid_t(third.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return third.state() == QProcess::NotRunning; }, 20000));
        thirdOut += QString::fromUtf8(third.readAllStandardOutput());
        QCOMPARE(third.exitCode(), 0);
        const QList<QJsonObject> all = events(thirdOut);
        QCOMPARE(all.last().value(u"viewers").toArray().first().toObject().value(u"outcome").toString(),
                 QStringLiteral("Closed"));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cli_connect.moc"
