#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KVS_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        qFatal("kvs-viewer-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runCliWithInput(const QStringList &arguments, const QProcessEnvironment &environment,
                    const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KVS_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("kvs-viewer-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QProcessEnvironment credentialsEnvironment(const QString &keyId, const QString &secret, const QString &token)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                       QStringLiteral("true")); // never the real IMDS
    if (!keyId.isNull())
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), keyId);
    if (!secret.isNull())
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    if (!token.isNull())
        environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    return environment;
}

const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890");
const QString kEndpoint = QStringLiteral("wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com");
const QString kSecret = QStringLiteral("Distinctive+Secret/Value42");
const QString kToken = QStringLiteral("Distinctive+Token/Value==");

} // namespace

/// kvs-viewer-cli presign as a process: byte-identical URLs, exit 2 with one precise line for bad input.
class TestCliPresign : public QObject
{
    Q_OBJECT

private slots:
    void printsSdkIdenticalUrls_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QFile file(QStringLiteral(KVS_TEST_DATA_DIR "/sigv4.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll())[u"presign"].toArray()) {
            // The CLI presigns channel URLs: the vectors that carry X-Amz-ChannelARN.
            if (v[u"queryParams"].toObject().contains(u"X-Amz-ChannelARN")) {
                QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
                ++rows;
            }
        }
        QVERIFY(rows >= 4);
    }
    void printsSdkIdenticalUrls()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject params = vector[u"queryParams"].toObject();
        QStringList arguments{QStringLiteral("presign"),
                              QStringLiteral("--channel-arn"),
                              params[u"X-Amz-ChannelARN"].toString(),
                              QStringLiteral("--endpoint"),
                              vector[u"endpoint"].toString(),
                              QStringLiteral("--date"),
                              vector[u"date"].toString()};
        if (params.contains(u"X-Amz-ClientId"))
            arguments << QStringLiteral("--client-id") << params[u"X-Amz-ClientId"].toString();
        else
            arguments << QStringLiteral("--role") << QStringLiteral("master");
        const Run run = runCli(arguments, credentialsEnvironment(vector[u"accessKeyId"].toString(),
                                                                 vector[u"secretAccessKey"].toString(),
                                                                 vector[u"sessionToken"].toString()));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, vector[u"expectedUrl"].toString() + u'\n');
    }

    void regionOverrideAndExpires()
    {
        const Run run = runCli(
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c1"), QStringLiteral("--endpoint"), kEndpoint, QStringLiteral("--region"),
             QStringLiteral("eu-west-1"), QStringLiteral("--expires"), QStringLiteral("60"),
             QStringLiteral("--date"), QStringLiteral("2019-12-01T00:00:00Z")},
            credentialsEnvironment(QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), kSecret, QString()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"%2Feu-west-1%2Fkinesisvideo%2Faws4_request"));
        QVERIFY(run.out.contains(u"&X-Amz-Expires=60&"));
    }

    void defaultPortIsSignedAsWrittenWithAWarning()
    {
        const auto presign = [](const QString &endpoint, const QStringList &more = {}) {
            return runCli(QStringList{QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn,
                                      QStringLiteral("--client-id"), QStringLiteral("c1"),
                                      QStringLiteral("--endpoint"), endpoint, QStringLiteral("--date"),
                                      QStringLiteral("2019-12-01T00:00:00Z")} +
                              more,
                          credentialsEnvironment(QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), kSecret, QString()));
        };
        const Run bare = presign(kEndpoint);
        QCOMPARE(bare.exitCode, 0);
        QVERIFY2(bare.err.isEmpty(), qPrintable(bare.err));
        // As the SDKs do: the host is signed as written, port included, with a warning on stderr only.
        const Run withPort = presign(kEndpoint + QStringLiteral(":443"));
        QCOMPARE(withPort.exitCode, 0);
        QVERIFY(withPort.out.startsWith(kEndpoint + QStringLiteral(":443/?")));
        QVERIFY(withPort.out != bare.out);
        QVERIFY2(withPort.err.contains(u"warning") && withPort.err.contains(u"403") &&
                     withPort.err.contains(u"--strip-default-port"),
                 qPrintable(withPort.err));
        // --strip-default-port: exactly the URL for the bare host, no warning.
        const Run stripped =
            presign(kEndpoint + QStringLiteral(":443"), {QStringLiteral("--strip-default-port")});
        QCOMPARE(stripped.exitCode, 0);
        QCOMPARE(stripped.out, bare.out);
        QVERIFY2(stripped.err.isEmpty(), qPrintable(stripped.err));
        // Another port is no default port: no warning, kept.
        const Run other =
            presign(kEndpoint + QStringLiteral(":8443"), {QStringLiteral("--strip-default-port")});
        QVERIFY(other.out.startsWith(kEndpoint + QStringLiteral(":8443/?")));
        QVERIFY(other.err.isEmpty());
    }

    void usesTheClockWithoutDate()
    {
        const Run run = runCli(
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c1"), QStringLiteral("--endpoint"), kEndpoint},
            credentialsEnvironment(QStringLiteral("AKIA4F7WJQR7FMMWMNXI"), kSecret, QString()));
        QCOMPARE(run.exitCode, 0);
        const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
        QVERIFY2(run.out.contains(u"X-Amz-Date=" + today), qPrintable(run.out));
    }

    void rejectsInvalidInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("mustMention"); // the option or variable, and the rule
        QTest::addColumn<QString>("rule");
        const QString key = QStringLiteral("AKIA4F7WJQR7FMMWMNXI");
        const QStringList base{QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn,
                               QStringLiteral("--endpoint"), kEndpoint};
        const QStringList viewer = base + QStringList{QStringLiteral("--client-id"), QStringLiteral("c1")};
        auto row = [&](const char *name, const QStringList &args, const QString &option, const QString &rule,
                       const QString &keyId = QStringLiteral("AKIA4F7WJQR7FMMWMNXI"),
                       const QString &secret = kSecret, const QString &token = kToken) {
            QTest::newRow(name) << args << keyId << secret << token << option << rule;
        };
        row("no arguments at all", {QStringLiteral("presign")}, QStringLiteral("--channel-arn"),
            QStringLiteral("required"));
        row("arn missing",
            {QStringLiteral("presign"), QStringLiteral("--endpoint"), kEndpoint,
             QStringLiteral("--client-id"), QStringLiteral("c")},
            QStringLiteral("--channel-arn"), QStringLiteral("required"));
        row("arn bad",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"),
             QStringLiteral("arn:aws:s3:::bucket"), QStringLiteral("--endpoint"), kEndpoint,
             QStringLiteral("--client-id"), QStringLiteral("c")},
            QStringLiteral("--channel-arn"), QStringLiteral("\"kinesisvideo\", not \"s3\""));
        row("arn wrong service",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"),
             QStringLiteral("arn:aws:kinesis:us-west-2:1:channel/a/1"), QStringLiteral("--endpoint"),
             kEndpoint, QStringLiteral("--client-id"), QStringLiteral("c")},
            QStringLiteral("--channel-arn"), QStringLiteral("kinesisvideo"));
        row("client id missing for viewer", base, QStringLiteral("--client-id"),
            QStringLiteral("required for a viewer"));
        row("client id reserved", base + QStringList{QStringLiteral("--client-id"), QStringLiteral("aws_x")},
            QStringLiteral("--client-id"), QStringLiteral("AWS_"));
        row("client id bad char", base + QStringList{QStringLiteral("--client-id"), QStringLiteral("a b")},
            QStringLiteral("--client-id"), QStringLiteral("space"));
        row("client id too long", base + QStringList{QStringLiteral("--client-id"), QString(257, u'c')},
            QStringLiteral("--client-id"), QStringLiteral("256"));
        row("client id for master", viewer + QStringList{QStringLiteral("--role"), QStringLiteral("master")},
            QStringLiteral("--client-id"), QStringLiteral("master"));
        row("bad role", viewer + QStringList{QStringLiteral("--role"), QStringLiteral("admin")},
            QStringLiteral("--role"), QStringLiteral("viewer or master"));
        row("endpoint missing",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c")},
            QStringLiteral("--endpoint"), QStringLiteral("required"));
        row("endpoint https",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c"), QStringLiteral("--endpoint"), QStringLiteral("https://x.example.com")},
            QStringLiteral("--endpoint"), QStringLiteral("wss://"));
        row("endpoint with query",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c"), QStringLiteral("--endpoint"), QStringLiteral("wss://x.example.com/?a=1")},
            QStringLiteral("--endpoint"), QStringLiteral("query"));
        row("endpoint plain remote",
            {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn, QStringLiteral("--client-id"),
             QStringLiteral("c"), QStringLiteral("--endpoint"), QStringLiteral("ws://x.example.com")},
            QStringLiteral("--endpoint"), QStringLiteral("unencrypted"));
        row("region bad", viewer + QStringList{QStringLiteral("--region"), QStringLiteral("Oregon")},
            QStringLiteral("--region"), QStringLiteral("region code"));
        row("date bad", viewer + QStringList{QStringLiteral("--date"), QStringLiteral("yesterday")},
            QStringLiteral("--date"), QStringLiteral("ISO-8601"));
        row("date without zone",
            viewer + QStringList{QStringLiteral("--date"), QStringLiteral("2019-12-01T00:00:00")},
            QStringLiteral("--date"), QStringLiteral("zone"));
        row("expires zero", viewer + QStringList{QStringLiteral("--expires"), QStringLiteral("0")},
            QStringLiteral("--expires"), QStringLiteral("1 to 604800"));
        row("expires text", viewer + QStringList{QStringLiteral("--expires"), QStringLiteral("ten")},
            QStringLiteral("--expires"), QStringLiteral("whole number"));
        row("expires huge",
            viewer + QStringList{QStringLiteral("--expires"), QStringLiteral("99999999999999")},
            QStringLiteral("--expires"), QStringLiteral("604800"));
        row("unknown option", viewer + QStringList{QStringLiteral("--chanel-arn"), QStringLiteral("x")},
            QStringLiteral("chanel-arn"), QStringLiteral("Unknown option"));
        row("option twice", viewer + QStringList{QStringLiteral("--client-id"), QStringLiteral("d")},
            QStringLiteral("--client-id"), QStringLiteral("more than once"));
        row("stray argument", viewer + QStringList{QStringLiteral("extra")}, QStringLiteral("extra"),
            QStringLiteral("unexpected argument"));
        row("option without value", viewer + QStringList{QStringLiteral("--region")},
            QStringLiteral("region"), QStringLiteral("Missing value"));
        row("no credentials", viewer, QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("no credentials"),
            QString(), QString(), QString());
        row("secret missing", viewer, QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not set"), key,
            QString(), QString());
        row("key id missing", viewer, QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("not set"),
            QString(), kSecret, QString());
        row("key id short", viewer, QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("at least 16"),
            QStringLiteral("AKIA123"), kSecret, QString());
        row("secret with newline", viewer, QStringLiteral("AWS_SECRET_ACCESS_KEY"),
            QStringLiteral("line break"), key, kSecret + u'\n', QString());
        row("token with space", viewer, QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("position 11"),
            key, kSecret, QStringLiteral("Distinctiv e+Token/Value=="));
    }
    void rejectsInvalidInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, keyId);
        QFETCH(QString, secret);
        QFETCH(QString, token);
        QFETCH(QString, mustMention);
        QFETCH(QString, rule);
        const Run run = runCli(arguments, credentialsEnvironment(keyId, secret, token));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.endsWith(u'\n') && run.err.count(u'\n') == 1, qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"kvs-viewer-cli presign: "), qPrintable(run.err));
        QVERIFY2(run.err.contains(mustMention), qPrintable(run.err));
        QVERIFY2(run.err.contains(rule, Qt::CaseInsensitive), qPrintable(run.err));
        // Secrets are never echoed, even in errors.
        QVERIFY(!run.err.contains(u"Distinctive"));
    }

    void batchSignsEachLineAsTheSingleFormDoes()
    {
        const QProcessEnvironment env =
            credentialsEnvironment(QStringLiteral("ASIAEXAMPLEEXAMPLE01"), kSecret, kToken);
        const QString date = QStringLiteral("2026-01-01T00:00:00Z");
        // Each line, and the single-form arguments that must give the same URL.
        const QList<std::pair<QJsonObject, QStringList>> cases = {
            {{{QStringLiteral("clientId"), QStringLiteral("viewer-a")}},
             {QStringLiteral("--client-id"), QStringLiteral("viewer-a")}},
            {{{QStringLiteral("clientId"), QStringLiteral("viewer-b")},
              {QStringLiteral("expires"), 60},
              {QStringLiteral("region"), QStringLiteral("eu-west-1")}},
             {QStringLiteral("--client-id"), QStringLiteral("viewer-b"), QStringLiteral("--expires"),
              QStringLiteral("60"), QStringLiteral("--region"), QStringLiteral("eu-west-1")}},
            {{{QStringLiteral("role"), QStringLiteral("master")}},
             {QStringLiteral("--role"), QStringLiteral("master")}},
            {{{QStringLiteral("clientId"), QStringLiteral("viewer-c")},
              {QStringLiteral("endpoint"), QStringLiteral("wss://other.example.com:443")},
              {QStringLiteral("stripDefaultPort"), true}},
             {QStringLiteral("--client-id"), QStringLiteral("viewer-c"), QStringLiteral("--endpoint"),
              QStringLiteral("wss://other.example.com:443"), QStringLiteral("--strip-default-port")}},
        };
        QByteArray input;
        QStringList expected;
        for (const auto &[line, arguments] : cases) {
            input += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
            QStringList single = {QStringLiteral("presign"), QStringLiteral("--channel-arn"), kArn,
                                  QStringLiteral("--date"), date};
            if (!arguments.contains(QStringLiteral("--endpoint")))
                single << QStringLiteral("--endpoint") << kEndpoint;
            const Run run = runCli(single + arguments, env);
            QCOMPARE(run.exitCode, 0);
            expected.append(run.out.trimmed());
        }
        input += "\n"; // a blank line is skipped
        const Run batch = runCliWithInput(
            {QStringLiteral("presign"), QStringLiteral("--batch"), QStringLiteral("--channel-arn"), kArn,
             QStringLiteral("--endpoint"), kEndpoint, QStringLiteral("--date"), date},
            env, input);
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        QCOMPARE(batch.out.split(u'\n', Qt::SkipEmptyParts), expected);
    }

    void batchReportsBadLinesAndGoesOn()
    {
        const QProcessEnvironment env =
            credentialsEnvironment(QStringLiteral("AKIAEXAMPLEEXAMPLE01"), kSecret, QString());
        const QByteArray input = "{\"clientId\": \"ok-1\"}\n"
                                 "not json\n"
                                 "{\"clientId\": 5}\n"
                                 "{\"clientId\": \"ok-2\", \"password\": \"" +
                                 kSecret.toUtf8() +
                                 "\"}\n"
                                 "{\"clientId\": \"bad id\"}\n"
                                 "{\"clientId\": \"x\", \"expires\": 999999999}\n"
                                 "{\"clientId\": \"" +
                                 QByteArray(100 * 1024, 'z') +
                                 "\"}\n"
                                 "{\"clientId\": \"ok-3\"}\n";
        const Run run =
            runCliWithInput({QStringLiteral("presign"), QStringLiteral("--batch"),
                             QStringLiteral("--channel-arn"), kArn, QStringLiteral("--endpoint"), kEndpoint},
                            env, input);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines[0].startsWith(u"wss://") && lines[0].contains(u"X-Amz-ClientId=ok-1"));
        QVERIFY(lines[7].startsWith(u"wss://") && lines[7].contains(u"X-Amz-ClientId=ok-3"));
        // Each bad line: its number and the field at fault; a secret in the input never comes back.
        const QList<std::pair<int, QString>> errors = {{2, QString()},
                                                       {3, QStringLiteral("clientId")},
                                                       {4, QStringLiteral("password")},
                                                       {5, QStringLiteral("clientId")},
                                                       {6, QStringLiteral("expires")},
                                                       {7, QString()}};
        for (const auto &[number, field] : errors) {
            const QJsonObject error = QJsonDocument::fromJson(lines[number - 1].toUtf8()).object();
            QCOMPARE(error.value(u"line").toInt(), number);
            QCOMPARE(error.value(u"error").toObject().value(u"field").toString(), field);
            QVERIFY(!error.value(u"error").toObject().value(u"message").toString().isEmpty());
        }
        QVERIFY(!run.out.contains(kSecret) && !run.err.contains(kSecret));
        QVERIFY(run.err.contains(u"6 of 8"));
    }

    // The reader's edges: a NUL byte inside a line, an over-long last line without a newline, a last line
    // without a newline, lines longer than one read block.
    void batchLineEdges()
    {
        const QProcessEnvironment env =
            credentialsEnvironment(QStringLiteral("AKIAEXAMPLEEXAMPLE01"), kSecret, QString());
        const QStringList common{QStringLiteral("presign"),       QStringLiteral("--batch"),
                                 QStringLiteral("--channel-arn"), kArn,
                                 QStringLiteral("--endpoint"),    kEndpoint};
        const QByteArray padded = "{\"clientId\": \"long\", \"region\": \"us-west-2\"" +
                                  QByteArray(60 * 1024, ' ') + "}\n"; // under the limit, over a block
        const QByteArray input = "{\"clientId\": \"a\"}\n" + QByteArray("{\"clientId\": \"b\0c\"}\n", 20) +
                                 padded + "{\"clientId\": \"" + QByteArray(200 * 1024, 'z');
        const Run run = runCliWithInput(common, env, input);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].contains(u"X-Amz-ClientId=a"));
        QCOMPARE(QJsonDocument::fromJson(lines[1].toUtf8()).object().value(u"line").toInt(), 2);
        QVERIFY2(lines[2].contains(u"X-Amz-ClientId=long"), qPrintable(lines[2].left(200)));
        const QJsonObject tooLong = QJsonDocument::fromJson(lines[3].toUtf8()).object();
        QCOMPARE(tooLong.value(u"line").toInt(), 4);
        QVERIFY(tooLong.value(u"error").toObject().value(u"message").toString().contains(u"longer than"));
        QVERIFY(run.err.contains(u"2 of 4"));

        const Run last = runCliWithInput(common, env, "{\"clientId\": \"last\"}");
        QCOMPARE(last.exitCode, 0);
        QVERIFY(last.out.trimmed().contains(u"X-Amz-ClientId=last"));
        QCOMPARE(last.out.count(u'\n'), 1);
    }

    void helpAndVersion()
    {
        const auto environment = credentialsEnvironment(QString(), QString(), QString());
        const Run help = runCli({QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"presign"));
        QVERIFY(help.out.contains(u"Exit status"));
        const Run commandHelp = runCli({QStringLiteral("presign"), QStringLiteral("--help")}, environment);
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(u"--channel-arn"));
        QVERIFY2(commandHelp.out.startsWith(u"Usage: kvs-viewer-cli presign [options]"),
                 qPrintable(commandHelp.out));
        QVERIFY(commandHelp.out.contains(u"--expires"));
        const Run version = runCli({QStringLiteral("--version")}, environment);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"kvs-viewer-cli 0."));
        const Run unknown = runCli({QStringLiteral("frobnicate")}, environment);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"unknown command"));
        const Run none = runCli({}, environment);
        QCOMPARE(none.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPresign)
#include "tst_cli_presign.moc"
