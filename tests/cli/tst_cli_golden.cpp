// The CLI's --json output over recorded runs against the emulator binary, line by line and key by key: a
// change in a key, its order or a value's shape fails. Only what varies between runs is normalised (times,
// durations, ports, ids, dates, delays); everything else must match tests/data/golden/<scenario>.jsonl byte
// for byte. KVS_GOLDEN_RECORD=1 rewrites the recordings (review the diff before committing it).
#include "clirunner.h"
#include "emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using kvs::test::CliRun;
using kvs::test::Emulator;
using kvs::test::runCliAsync;

namespace {

QString goldenPath(const QString &scenario)
{
    return QStringLiteral(KVS_TEST_DATA_DIR "/golden/") + scenario + QStringLiteral(".jsonl");
}

/// Replaces what differs from run to run, keeping every key, its place and its value's JSON shape.
QString normalise(QString line, const Emulator &emulator, const QString &home)
{
    line.replace(emulator.caFile(), QStringLiteral("<ca-file>"));
    line.replace(emulator.control(), QStringLiteral("<control>"));
    line.replace(home, QStringLiteral("<home>"));
    struct Rule
    {
        const char *pattern;
        const char *replacement;
    };
    static const Rule rules[] = {
        // Numbers that are times, durations or delays (a number stays a number).
        {"\"(t|ms|roundTripMs|sinceOfferMs|delayMs|offsetMs|correctionMs|connectedMs|waitMs|firstFrameMs|"
         "clockSkewMs|"
         "durationMs|elapsedMs|port|jitterMs|fps|bitrateKbps|audioLevelDb|framesDecoded|framesDropped|"
         "packetsLost|connectMs|answerMs)\":-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?",
         "\"\\1\":0"},
        // Strings that are ids or addresses.
        {"\"(requestId|clientId|address|correlationId)\":\"[^\"]*\"", "\"\\1\":\"<\\1>\""},
        // SDP is the peers' (session ids, ICE credentials, fingerprints): its presence and type are what
        // count.
        {"\"sdp\":\"(\\\\.|[^\"\\\\])*\"", "\"sdp\":\"<sdp>\""},
        {"viewer-[0-9a-f]{6,}", "viewer-<id>"},
        {"probe-[0-9]+", "probe-<id>"},
        {"[0-9]+ characters of SDP", "<n> characters of SDP"},
        {"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"},
        {"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?", "<date>"},
        {"\\d{8}T\\d{6}Z", "<date>"},
        {"127\\.0\\.0\\.1:[0-9]+", "127.0.0.1:<port>"},
        {"localhost:[0-9]+", "localhost:<port>"},
        // Durations written for people inside messages ("after 1.2 s", "(84 ms)").
        {"[0-9]+(\\.[0-9]+)? (ms|s|min)\\b", "<duration>"},
    };
    for (const Rule &rule : rules)
        line.replace(QRegularExpression(QString::fromUtf8(rule.pattern)),
                     QString::fromUtf8(rule.replacement));
    return line;
}

} // namespace

class TestCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheRecording_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("emulatorArgs");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QStringList>("cliArgs");
        QTest::addColumn<int>("exitCode");
        const QString connect = QStringLiteral("connect");
        QTest::newRow("connected") << QStringLiteral("connect-ok") << QStringList() << connect
                                   << QJsonObject() << QStringList() << 0;
        QTest::newRow("access denied")
            << QStringLiteral("connect-403") << QStringList() << connect
            << QJsonObject{{QStringLiteral("action"), QStringLiteral("ConnectAsViewer")},
                           {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")},
                           {QStringLiteral("count"), 50}}
            << QStringList{QStringLiteral("--max-retries"), QStringLiteral("1")} << 3;
        QTest::newRow("throttled, then connected")
            << QStringLiteral("connect-throttled") << QStringList() << connect
            << QJsonObject{{QStringLiteral("action"), QStringLiteral("GetSignalingChannelEndpoint")},
                           {QStringLiteral("errorType"), QStringLiteral("ClientLimitExceededException")},
                           {QStringLiteral("count"), 1}}
            << QStringList() << 0;
        QTest::newRow("not found")
            << QStringLiteral("connect-404") << QStringList() << connect
            << QJsonObject{{QStringLiteral("action"), QStringLiteral("GetSignalingChannelEndpoint")},
                           {QStringLiteral("errorType"), QStringLiteral("ResourceNotFoundException")},
                           {QStringLiteral("count"), 50}}
            << QStringList() << 4;
        QTest::newRow("probe answered")
            << QStringLiteral("connect-probe") << QStringList{QStringLiteral("--master")} << connect
            << QJsonObject() << QStringList{QStringLiteral("--probe")} << 0;
        QTest::newRow("probe unanswered")
            << QStringLiteral("connect-probe-unanswered") << QStringList() << connect << QJsonObject()
            << QStringList{QStringLiteral("--probe"), QStringLiteral("--probe-timeout"), QStringLiteral("1")}
            << 8;
        QTest::newRow("check-access")
            << QStringLiteral("check-access-ok") << QStringList() << QStringLiteral("check-access")
            << QJsonObject() << QStringList() << 0;
        QTest::newRow("check-access refused")
            << QStringLiteral("check-access-403") << QStringList() << QStringLiteral("check-access")
            << QJsonObject{{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                           {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}}
            << QStringList() << 3;
    }

    void matchesTheRecording()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, emulatorArgs);
        QFETCH(QString, command);
        QFETCH(QJsonObject, fault);
        QFETCH(QStringList, cliArgs);
        QFETCH(int, exitCode);
        Emulator emulator(emulatorArgs);
        if (!fault.isEmpty())
            emulator.admin("/emulator/faults", fault);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A fixed ClientId keeps the recording free of the install's random one.
        const CliRun run =
            runCliAsync(emulator.commandArgs(command, cliArgs + QStringList{QStringLiteral("--client-id"),
                                                                            QStringLiteral("golden-viewer")}),
                        emulator.environment(home.path()));
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit " + QString::number(run.exitCode) + u": " + run.err.right(3000)));
        QStringList actual;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
            actual.append(normalise(line, emulator, home.path()));

        QFile file(goldenPath(scenario));
        if (qEnvironmentVariableIntValue("KVS_GOLDEN_RECORD") == 1) {
            QDir().mkpath(QFileInfo(file).absolutePath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write((actual.join(u'\n') + u'\n').toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i) {
            QVERIFY2(actual.at(i) == expected.at(i),
                     qPrintable(u"line " + QString::number(i + 1) + u"\nexpected: " + expected.at(i) +
                                u"\nactual:   " + actual.at(i)));
        }
        QVERIFY2(actual.size() == expected.size(),
                 qPrintable(u"expected " + QString::number(expected.size()) + u" lines, got " +
                            QString::number(actual.size()) + u":\n" + actual.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
