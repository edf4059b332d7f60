#include "awsstub.h"
#include "clirunner.h"
#include "core/credentials/ssoclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;
using kvs::test::AwsStub;
using kvs::test::CliRun;
using kvs::test::runCliAsync;

namespace {

const QString kKey = QStringLiteral("AKIAWHOAMIWHOAMI0001");
const QString kSecret = QStringLiteral("WhoamiSecret/Value+1");
const QString kEnvKey = QStringLiteral("AKIAENVIRONMENT00001");
const QString kEnvSecret = QStringLiteral("EnvironmentSecret/2");
const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890");
const QString kEndpoint = QStringLiteral("wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com");

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

/// kvs-viewer-cli whoami (STS GetCallerIdentity through the credential chain) and presign --profile, as
/// processes, against a local STS/SSO stub.
class TestCliWhoami : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    AwsStub m_stub;
    QString m_deadUrl;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                           QStringLiteral("true")); // never the real IMDS
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        environment.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_stub.url());
        environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_stub.url());
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_stub.listen());
        m_stub.addIdentity({{kKey, kSecret, {}}, QStringLiteral("arn:aws:iam::123456789012:user/qa")});
        m_stub.addIdentity({{kEnvKey, kEnvSecret, {}}, QStringLiteral("arn:aws:iam::123456789012:user/env")});
        m_stub.addSsoToken("WhoamiSsoToken");
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost, 0));
        m_deadUrl = u"http://127.0.0.1:" % QString::number(dead.serverPort());
        dead.close();

        writeFile(m_home.path() + u"/.aws/credentials",
                  "[qa]\naws_access_key_id = " + kKey.toUtf8() + "\naws_secret_access_key = " +
                      kSecret.toUtf8() + "\n[wrong]\naws_access_key_id = " + kKey.toUtf8() +
                      "\naws_secret_access_key = NotTheSecret\n");
        writeFile(
            m_home.path() + u"/.aws/config",
            "[profile qa]\nregion = eu-west-1\n"
            "[profile role]\nrole_arn = arn:aws:iam::210987654321:role/Viewer\nsource_profile = qa\n"
            "[profile sso]\nsso_session = corp\nsso_account_id = 444455556666\nsso_role_name = Viewer\n"
            "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n"
            "[profile sso-old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\n"
            "sso_account_id = 444455556666\nsso_role_name = Viewer\n");
        const auto token = [](const QDateTime &expiresAt) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("WhoamiSsoToken")},
                                   {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate)}})
                .toJson();
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeFile(SsoClient::cachePath(m_home.path(), QStringLiteral("corp")), token(now.addSecs(3600)));
        writeFile(SsoClient::cachePath(m_home.path(), QStringLiteral("https://old.awsapps.com/start")),
                  token(now.addSecs(-3600)));
    }

    void printsIdentity_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("environmentKeys");
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expires");
        QTest::newRow("environment") << QStringList{} << true << "arn:aws:iam::123456789012:user/env"
                                     << "Credentials: environment"
                                     << "never (long-term keys)";
        QTest::newRow("--profile beats environment")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("qa")} << true
            << "arn:aws:iam::123456789012:user/qa"
            << "Credentials: profile qa (static keys)"
            << "never";
        QTest::newRow("assume role")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("role")} << false
            << "arn:aws:sts::210987654321:assumed-role/Viewer/kvs-viewer-"
            << "Credentials: profile role (assume role arn:aws:iam::210987654321:role/Viewer"
            << "(in 59 minutes)";
        QTest::newRow("sso") << QStringList{QStringLiteral("--profile"), QStringLiteral("sso")} << false
                             << "arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_Viewer/user"
                             << "Credentials: profile sso (SSO)"
                             << "(in 59 minutes)";
    }
    void printsIdentity()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, environmentKeys);
        QFETCH(QString, arn);
        QFETCH(QString, source);
        QFETCH(QString, expires);
        QProcessEnvironment env = environment();
        if (environmentKeys) {
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kEnvSecret);
        }
        const CliRun run = runCliAsync(QStringList{QStringLiteral("whoami")} + arguments, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.contains(u"Account:     "), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"ARN:         " + arn), qPrintable(run.out));
        QVERIFY2(run.out.contains(source), qPrintable(run.out));
        QVERIFY2(run.out.contains(expires), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Access key:  AKIA…") || run.out.contains(u"Access key:  ASIA…"));
    }

    void regionAndItsSource()
    {
        QProcessEnvironment env = environment();
        CliRun run =
            runCliAsync({QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("qa")}, env);
        QVERIFY2(run.out.contains(u"Region:      eu-west-1 (from profile qa)"), qPrintable(run.out));
        QVERIFY(m_stub.requests().constLast().header("authorization").contains("/eu-west-1/sts/"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-southeast-2"));
        run = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("qa")}, env);
        QVERIFY2(run.out.contains(u"Region:      ap-southeast-2 (from AWS_REGION)"), qPrintable(run.out));
    }

    void endpointPrecedence()
    {
        // --endpoint-url > AWS_ENDPOINT_URL_STS > AWS_ENDPOINT_URL: the dead ones are never called.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_deadUrl);
        CliRun run = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("qa"),
                                  QStringLiteral("--endpoint-url"), m_stub.url()},
                                 env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_stub.url());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), m_deadUrl);
        run = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("qa")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        env.remove(QStringLiteral("AWS_ENDPOINT_URL_STS"));
        run = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("qa")}, env);
        QCOMPARE(run.exitCode, 6);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("caBundle");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("expired sso sign-in")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("sso-old")} << QString() << 3
            << "run `aws sso login --profile sso-old`";
        QTest::newRow("wrong secret") << QStringList{QStringLiteral("--profile"), QStringLiteral("wrong")}
                                      << QString() << 3 << "SignatureDoesNotMatch";
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nope")}
                                         << QString() << 2 << "\"nope\"";
        QTest::newRow("bad endpoint")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("qa"),
                           QStringLiteral("--endpoint-url"), QStringLiteral("http://x.example.com")}
            << QString() << 2 << "--endpoint-url";
        QTest::newRow("bad CA bundle") << QStringList{QStringLiteral("--profile"), QStringLiteral("qa")}
                                       << "/nonexistent/ca.pem" << 2 << "AWS_CA_BUNDLE";
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("extra")} << QString() << 2 << "unexpected argument";
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, caBundle);
        QFETCH(int, exitCode);
        QFETCH(QString, mustSay);
        QProcessEnvironment env = environment();
        if (!caBundle.isEmpty())
            env.insert(QStringLiteral("AWS_CA_BUNDLE"), caBundle);
        const CliRun run = runCliAsync(QStringList{QStringLiteral("whoami")} + arguments, env);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"kvs-viewer-cli whoami: "), qPrintable(run.err));
        QVERIFY2(run.err.contains(mustSay), qPrintable(run.err));
        QVERIFY(!run.err.contains(kSecret));
    }

    void presignWithProfiles()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kEnvSecret);
        const QStringList base{QStringLiteral("presign"),
                               QStringLiteral("--channel-arn"),
                               kArn,
                               QStringLiteral("--client-id"),
                               QStringLiteral("c1"),
                               QStringLiteral("--endpoint"),
                               kEndpoint};
        // Environment keys win over AWS_PROFILE …
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("qa"));
        CliRun run = runCliAsync(base, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"X-Amz-Credential=" + kEnvKey), qPrintable(run.out));
        // … but not over --profile.
        run = runCliAsync(base + QStringList{QStringLiteral("--profile"), QStringLiteral("qa")}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"X-Amz-Credential=" + kKey), qPrintable(run.out));
        // The profile's region signs (AWS_REGION > AWS_DEFAULT_REGION > profile > ARN).
        QVERIFY(run.out.contains(u"%2Feu-west-1%2Fkinesisvideo"));
        // An assumed role's session token goes into the signed query.
        run = runCliAsync(base + QStringList{QStringLiteral("--profile"), QStringLiteral("role")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"X-Amz-Credential=ASIASTUBISSUED"));
        QVERIFY(run.out.contains(u"X-Amz-Security-Token=" + m_stub.issued().constLast().sessionToken));
        // An SSO profile without a valid sign-in: access denied, with the advice.
        run = runCliAsync(base + QStringList{QStringLiteral("--profile"), QStringLiteral("sso-old")}, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"aws sso login --profile sso-old"), qPrintable(run.err));
    }

    void helpListsWhoami()
    {
        const CliRun run = runCliAsync({QStringLiteral("--help")}, environment());
        QVERIFY(run.out.contains(u"whoami"));
        const CliRun help = runCliAsync({QStringLiteral("whoami"), QStringLiteral("--help")}, environment());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--profile"));
        QVERIFY(help.out.contains(u"--endpoint-url"));
    }
};

QTEST_GUILESS_MAIN(TestCliWhoami)
#include "tst_cli_whoami.moc"
