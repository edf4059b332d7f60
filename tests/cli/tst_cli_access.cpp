// `kvs-viewer-cli check-access` and `kvs-viewer-cli ice-servers` as users run them: real processes against
// the emulator binary, credentials through the environment, JSON output, exit statuses, and never a secret.
#include "clirunner.h"
#include "emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using kvs::test::CliRun;
using kvs::test::Emulator;
using kvs::test::runCliAsync;

namespace {

QJsonObject parse(const QString &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("not one JSON object: %s", qPrintable(out));
    return document.object();
}

QStringList statuses(const QJsonObject &result)
{
    QStringList list;
    for (const QJsonValue &step : result.value(u"steps").toArray())
        list.append(step.toObject().value(u"step").toString() + u':' +
                    step.toObject().value(u"status").toString());
    return list;
}

} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT

private slots:
    void checkAccessPasses()
    {
        Emulator emulator;
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("check-access")),
                                       emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = parse(run.out);
        QVERIFY(result.value(u"passed").toBool());
        QCOMPARE(statuses(result), QStringList({QStringLiteral("Credentials:passed"),
                                                QStringLiteral("DescribeSignalingChannel:passed"),
                                                QStringLiteral("GetSignalingChannelEndpoint:passed"),
                                                QStringLiteral("GetIceServerConfig:passed"),
                                                QStringLiteral("ConnectAsViewer:passed")}));
        QCOMPARE(result.value(u"channelArn").toString(), emulator.arn());
        QVERIFY(!result.contains(u"policy"));
        QVERIFY(!run.out.contains(emulator.secret()));
        QVERIFY(!run.err.contains(emulator.secret()));
    }

    void verboseLinesStartWithTheCommandNotAnAddress_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("check-access") << QStringLiteral("check-access");
        QTest::newRow("ice-servers") << QStringLiteral("ice-servers");
    }
    void verboseLinesStartWithTheCommandNotAnAddress()
    {
        QFETCH(QString, command);
        Emulator emulator;
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(command, {QStringLiteral("--verbose")}),
                                       emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"kvs-viewer-cli " + command + u": "), qPrintable(line));
    }

    void checkAccessFromASetupFile()
    {
        Emulator emulator;
        QTemporaryDir home;
        const QString setup = home.filePath(QStringLiteral("lobby.kvssetup.json"));
        {
            QFile file(setup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QJsonDocument(QJsonObject{{QStringLiteral("kvsViewerSetup"), 1},
                                          {QStringLiteral("channel"), emulator.arn()},
                                          {QStringLiteral("region"), emulator.arn().section(u':', 3, 3)},
                                          {QStringLiteral("endpointUrl"), emulator.control()},
                                          {QStringLiteral("caFile"), emulator.caFile()},
                                          {QStringLiteral("clientIdPolicy"), QStringLiteral("fixed")},
                                          {QStringLiteral("clientId"), QStringLiteral("from-setup")},
                                          {QStringLiteral("colour"), QStringLiteral("blue")}})
                    .toJson());
        }
        // Everything from the file: it passes, and the unknown key is a warning naming it.
        CliRun run = runCliAsync(
            {QStringLiteral("check-access"), QStringLiteral("--setup"), setup, QStringLiteral("--json")},
            emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(parse(run.out).value(u"channelArn").toString(), emulator.arn());
        QVERIFY2(run.err.contains(QStringLiteral("--setup: Unknown key ignored: colour")),
                 qPrintable(run.err));

        // The command line wins: a channel given on it replaces the file's (here one that does not exist).
        run = runCliAsync({QStringLiteral("check-access"), QStringLiteral("--setup=") + setup,
                           QStringLiteral("--channel-name"), QStringLiteral("no-such-channel"),
                           QStringLiteral("--json")},
                          emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 4); // not found: the file's ARN was not used
        QVERIFY2(run.out.contains(QStringLiteral("ResourceNotFoundException")), qPrintable(run.out));
        QCOMPARE(parse(run.out).value(u"channelArn").toString(), QString());
    }

    void aBrokenSetupFileNamesTheKey()
    {
        QTemporaryDir home;
        const QString setup = home.filePath(QStringLiteral("broken.kvssetup.json"));
        {
            QFile file(setup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"kvsViewerSetup\": 1, \"region\": \"mars-1\"}");
        }
        CliRun run = runCliAsync({QStringLiteral("check-access"), QStringLiteral("--setup"), setup},
                                 QProcessEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--setup: ")) && run.err.contains(QStringLiteral("region:")),
                 qPrintable(run.err));
        run = runCliAsync({QStringLiteral("check-access"), QStringLiteral("--setup"),
                           home.filePath(QStringLiteral("none"))},
                          QProcessEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be read")), qPrintable(run.err));
    }

    void listChannelsListsTheEmulatorsChannels()
    {
        Emulator emulator;
        QTemporaryDir home;
        const QString region = emulator.arn().section(u':', 3, 3);
        const QStringList args{QStringLiteral("list-channels"),
                               QStringLiteral("--region"),
                               region,
                               QStringLiteral("--endpoint-url"),
                               emulator.control(),
                               QStringLiteral("--ca-file"),
                               emulator.caFile()};
        CliRun run =
            runCliAsync(args + QStringList{QStringLiteral("--json")}, emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = parse(run.out);
        QCOMPARE(result.value(u"region").toString(), region);
        QStringList arns;
        for (const QJsonValue &channel : result.value(u"channels").toArray())
            arns.append(channel.toObject().value(u"arn").toString());
        QVERIFY2(arns.contains(emulator.arn()), qPrintable(run.out));
        QVERIFY(!run.out.contains(emulator.secret()));

        run = runCliAsync(args, emulator.environment(home.path())); // for people: NAME, STATUS, ARN
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"\tACTIVE\t" % emulator.arn()), qPrintable(run.out));

        // Refused: exit 3, the IAM action named, nothing on stdout.
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("ListSignalingChannels")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}});
        run = runCliAsync(args, emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("AccessDeniedException")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("kinesisvideo:ListSignalingChannels")), qPrintable(run.err));
    }

    void checkAccessForPeople()
    {
        Emulator emulator;
        QTemporaryDir home;
        QStringList args = emulator.commandArgs(QStringLiteral("check-access"));
        args.removeAll(QStringLiteral("--json"));
        const CliRun run = runCliAsync(args, emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("✔ ")), 5);
        QVERIFY(run.out.contains(QStringLiteral("Every step passed")));
    }

    void refusedStepExitsAccessDenied()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}});
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("check-access")),
                                       emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject result = parse(run.out);
        QVERIFY(!result.value(u"passed").toBool());
        QCOMPARE(statuses(result).mid(2), QStringList({QStringLiteral("GetSignalingChannelEndpoint:passed"),
                                                       QStringLiteral("GetIceServerConfig:failed"),
                                                       QStringLiteral("ConnectAsViewer:notRun")}));
        const QJsonObject failed = result.value(u"steps").toArray().at(3).toObject();
        QCOMPARE(failed.value(u"httpStatus").toInt(), 403);
        QCOMPARE(failed.value(u"errorType").toString(), QStringLiteral("AccessDeniedException"));
        QCOMPARE(failed.value(u"iamAction").toString(), QStringLiteral("kinesisvideo:GetIceServerConfig"));
        QVERIFY(result.value(u"policy").toObject().contains(u"Statement"));
    }

    void unknownChannelExitsNotFound()
    {
        Emulator emulator;
        QTemporaryDir home;
        QStringList args = emulator.commandArgs(QStringLiteral("check-access"));
        args[args.indexOf(emulator.arn())] =
            QStringLiteral("arn:aws:kinesisvideo:us-west-2:111122223333:channel/nope/1700000000000");
        const CliRun run = runCliAsync(args, emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 4);
        const QJsonObject failed = parse(run.out).value(u"steps").toArray().at(1).toObject();
        QCOMPARE(failed.value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(u"httpStatus").toInt(), 404);
    }

    void oneRefusedUpgradeIsReportedWithItsStatus()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("ConnectAsViewer")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}});
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("check-access")),
                                       emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject failed = parse(run.out).value(u"steps").toArray().at(4).toObject();
        QCOMPARE(failed.value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(u"httpStatus").toInt(), 403);
        QCOMPARE(failed.value(u"iamAction").toString(), QStringLiteral("kinesisvideo:ConnectAsViewer"));
    }

    // A 5xx is the service's problem: its own exit status and words, not "network or TLS".
    void serviceErrorHasItsOwnExitStatus()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("DescribeSignalingChannel")},
                        {QStringLiteral("errorType"), QStringLiteral("InternalFailure")},
                        {QStringLiteral("status"), 500},
                        {QStringLiteral("count"), 10}});
        QTemporaryDir home;
        QStringList args = emulator.commandArgs(QStringLiteral("check-access"));
        args.removeAll(QStringLiteral("--json"));
        const CliRun run = runCliAsync(args, emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 11);
        QVERIFY2(run.out.contains(QStringLiteral("500")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("network"), Qt::CaseInsensitive), qPrintable(run.out));
    }

    // "Once, without retries": one dropped call is one failed call, never silently re-sent.
    void checkAccessCallsEachStepExactlyOnce()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("DescribeSignalingChannel")},
                        {QStringLiteral("drop"), true},
                        {QStringLiteral("count"), 3}});
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("check-access")),
                                       emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(statuses(parse(run.out)).at(1), QStringLiteral("DescribeSignalingChannel:failed"));
        const QJsonObject stats = emulator.get("/emulator/stats");
        QCOMPARE(stats.value(u"connectAttempts").toObject().value(u"DescribeSignalingChannel").toInt(), 1);
    }

    void badInputExitsTwo()
    {
        const CliRun run = runCliAsync(
            {QStringLiteral("check-access"), QStringLiteral("--channel-arn"), QStringLiteral("not-an-arn")},
            QProcessEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--channel-arn")), qPrintable(run.err));
        const CliRun both = runCliAsync({QStringLiteral("ice-servers")}, QProcessEnvironment());
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QStringLiteral("--channel-name")));
    }

    void iceServersNeverPrintsCredentials()
    {
        Emulator emulator;
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("ice-servers")),
                                       emulator.environment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parse(run.out);
        const QJsonArray servers = result.value(u"servers").toArray();
        QVERIFY(servers.size() >= 2); // TURN servers and the STUN server
        const QJsonObject turn = servers.first().toObject();
        QVERIFY(turn.value(u"uris").toArray().first().toString().startsWith(QStringLiteral("turn")));
        QCOMPARE(turn.value(u"password").toString(), QStringLiteral("<redacted>"));
        QCOMPARE(turn.value(u"username").toString(), QStringLiteral("<redacted>"));
        QVERIFY(turn.value(u"ttlSeconds").toInt() > 0);
        QVERIFY(servers.last().toObject().value(u"uris").toArray().first().toString().startsWith(
            QStringLiteral("stun:")));
        QVERIFY(!result.value(u"expiresAt").toString().isEmpty());

        // People's output: the countdown, never the credentials (the same emulator issues the same
        // passwords only per request, so the check is that nothing but the placeholder is printed).
        QStringList args = emulator.commandArgs(QStringLiteral("ice-servers"));
        args.removeAll(QStringLiteral("--json"));
        const CliRun people = runCliAsync(args, emulator.environment(home.path()));
        QCOMPARE(people.exitCode, 0);
        QVERIFY(people.out.contains(QStringLiteral("password <redacted>")));
        QVERIFY(people.out.contains(QStringLiteral("expires in ")));
    }

    void iceServersRefusedExitsAccessDenied()
    {
        Emulator emulator;
        emulator.admin("/emulator/faults",
                       {{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}});
        QTemporaryDir home;
        const CliRun run = runCliAsync(emulator.commandArgs(QStringLiteral("ice-servers")),
                                       emulator.environment(home.path()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("kinesisvideo:GetIceServerConfig")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
