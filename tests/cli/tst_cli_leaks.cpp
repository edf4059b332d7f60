#include "awsstub.h"
#include "clirunner.h"
#include "core/credentials/ssoclient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;
using kvs::test::AwsStub;
using kvs::test::CliRun;
using kvs::test::runCliAsync;

namespace {

// Every secret in this test contains the canary; key ids, ARNs and names never do.
const QString kCanary = QStringLiteral("LEAKCANARY");
const QString kStaticSecret = QStringLiteral("LEAKCANARYStaticSecret/0001+x");
const QString kStaticToken = QStringLiteral("LEAKCANARYStaticToken0001==");
const QString kEnvSecret = QStringLiteral("LEAKCANARYEnvSecret/0002");
const QString kEnvToken = QStringLiteral("LEAKCANARYEnvToken0002");
const QString kProcessSecret = QStringLiteral("LEAKCANARYProcessSecret/0003");
const QString kProcessToken = QStringLiteral("LEAKCANARYProcessToken0003");
const QString kSsoToken = QStringLiteral("LEAKCANARYSsoAccessToken0004");
const QString kStaticKey = QStringLiteral("AKIASTATICLEAKTEST01");
const QString kEnvKey = QStringLiteral("AKIAENVLEAKTEST00001");
const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890");
const QString kEndpoint = QStringLiteral("wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com");

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner);
}

/// The presigned URL is a bearer credential by design: its X-Amz-Security-Token is what the user asked
/// for. Everything else in it must be free of secrets.
QString withoutPresignedToken(const QString &text)
{
    QString copy = text;
    copy.replace(QRegularExpression(QStringLiteral("X-Amz-Security-Token=[^&\\s]*")),
                 QStringLiteral("X-Amz-Security-Token=URL"));
    return copy;
}

} // namespace

/// Runs every CLI flow with distinctive secret values and --verbose, then searches stdout, stderr and
/// every file written under HOME for them.
class TestCliLeaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    AwsStub m_stub;
    QSet<QString> m_ownFiles; ///< files the test wrote itself (they hold the secrets on purpose)

    QProcessEnvironment environment(bool withEnvironmentKeys) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                           QStringLiteral("true")); // never the real IMDS
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + u"/.config");
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + u"/.cache");
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + u"/.local/share");
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        environment.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_stub.url());
        environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_stub.url());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        if (withEnvironmentKeys) {
            environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
            environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kEnvSecret);
            environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), kEnvToken);
        }
        return environment;
    }

    void writeOwn(const QString &path, const QByteArray &content, bool executable = false)
    {
        writeFile(path, content, executable);
        m_ownFiles.insert(QFileInfo(path).canonicalFilePath());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_stub.listen());
        m_stub.setSecretPrefix(kCanary + u"Issued");
        m_stub.addIdentity(
            {{kStaticKey, kStaticSecret, kStaticToken}, QStringLiteral("arn:aws:iam::1:user/s")});
        m_stub.addIdentity({{kEnvKey, kEnvSecret, kEnvToken}, QStringLiteral("arn:aws:iam::1:user/e")});
        m_stub.addIdentity({{QStringLiteral("AKIAPROCESSLEAKTEST1"), kProcessSecret, kProcessToken},
                            QStringLiteral("arn:aws:iam::1:user/p")});
        m_stub.addSsoToken(kSsoToken.toUtf8());

        const QString bin = m_home.path() + u"/bin";
        writeOwn(bin + u"/helper",
                 "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESSLEAKTEST1\", "
                 "\"SecretAccessKey\": \"" +
                     kProcessSecret.toUtf8() + "\", \"SessionToken\": \"" + kProcessToken.toUtf8() + "\"}'\n",
                 true);
        // A helper that fails and echoes a secret it can see on stderr.
        writeOwn(bin + u"/failing",
                 "#!/bin/sh\necho \"vault refused secret $AWS_SECRET_ACCESS_KEY and " +
                     kStaticSecret.toUtf8() + "\" >&2\nexit 2\n",
                 true);
        writeOwn(m_home.path() + u"/.aws/credentials",
                 "[static]\naws_access_key_id = " + kStaticKey.toUtf8() + "\naws_secret_access_key = " +
                     kStaticSecret.toUtf8() + "\naws_session_token = " + kStaticToken.toUtf8() +
                     "\n[wrong]\naws_access_key_id = " + kStaticKey.toUtf8() +
                     "\naws_secret_access_key = LEAKCANARYWrongSecret0005\n");
        writeOwn(
            m_home.path() + u"/.aws/config",
            "[profile static]\nregion = us-west-2\n"
            "[profile proc]\ncredential_process = " +
                bin.toUtf8() +
                "/helper\n"
                "[profile failing]\ncredential_process = " +
                bin.toUtf8() +
                "/failing\n"
                "[profile role]\nrole_arn = arn:aws:iam::210987654321:role/Viewer\nsource_profile = static\n"
                "external_id = not-a-secret\n"
                "[profile denied]\nrole_arn = arn:aws:iam::210987654321:role/Denied\nsource_profile = "
                "static\n"
                "[profile sso]\nsso_session = corp\nsso_account_id = 444455556666\nsso_role_name = Viewer\n"
                "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n"
                "[profile sso-bad]\nsso_start_url = https://bad.awsapps.com/start\nsso_region = us-east-1\n"
                "sso_account_id = 444455556666\nsso_role_name = Viewer\n");
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        writeOwn(SsoClient::cachePath(m_home.path(), QStringLiteral("corp")),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("accessToken"), kSsoToken},
                                 {QStringLiteral("expiresAt"), later.toString(Qt::ISODate)},
                                 {QStringLiteral("refreshToken"), QString(kCanary + u"Refresh0006")},
                                 {QStringLiteral("clientSecret"), QString(kCanary + u"ClientSecret0007")}})
                     .toJson());
        // A token the portal refuses (401): the error path must not echo it either.
        writeOwn(SsoClient::cachePath(m_home.path(), QStringLiteral("https://bad.awsapps.com/start")),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("accessToken"), QString(kCanary + u"RefusedSsoToken0008")},
                                 {QStringLiteral("expiresAt"), later.toString(Qt::ISODate)}})
                     .toJson());
    }

    void flowsLeakNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("environmentKeys");
        QTest::addColumn<int>("exitCode");
        const QStringList presign{QStringLiteral("presign"),
                                  QStringLiteral("--channel-arn"),
                                  kArn,
                                  QStringLiteral("--client-id"),
                                  QStringLiteral("c1"),
                                  QStringLiteral("--endpoint"),
                                  kEndpoint,
                                  QStringLiteral("--verbose")};
        const QStringList whoami{QStringLiteral("whoami"), QStringLiteral("--verbose")};
        const auto profile = [](const char *name) {
            return QStringList{QStringLiteral("--profile"), QString::fromLatin1(name)};
        };
        QTest::newRow("presign env") << presign << true << 0;
        QTest::newRow("presign static") << presign + profile("static") << true << 0;
        QTest::newRow("presign process") << presign + profile("proc") << false << 0;
        QTest::newRow("presign role") << presign + profile("role") << false << 0;
        QTest::newRow("presign sso") << presign + profile("sso") << false << 0;
        QTest::newRow("presign failing process") << presign + profile("failing") << true << 2;
        QTest::newRow("whoami env") << whoami << true << 0;
        QTest::newRow("whoami static") << whoami + profile("static") << true << 0;
        QTest::newRow("whoami process") << whoami + profile("proc") << false << 0;
        QTest::newRow("whoami role") << whoami + profile("role") << false << 0;
        QTest::newRow("whoami sso") << whoami + profile("sso") << false << 0;
        QTest::newRow("whoami sso refused") << whoami + profile("sso-bad") << false << 3;
        QTest::newRow("whoami wrong secret") << whoami + profile("wrong") << false << 3;
        QTest::newRow("whoami role denied") << whoami + profile("denied") << false << 3;
        QTest::newRow("whoami failing process") << whoami + profile("failing") << true << 2;
        QTest::newRow("whoami bad endpoint")
            << whoami + profile("static") +
                   QStringList{QStringLiteral("--endpoint-url"), QStringLiteral("ftp://x")}
            << true << 2;
    }
    void flowsLeakNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, environmentKeys);
        QFETCH(int, exitCode);
        const CliRun run = runCliAsync(arguments, environment(environmentKeys));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        // --verbose really talks: the test would prove nothing if stderr stayed empty.
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(!withoutPresignedToken(run.out).contains(kCanary), qPrintable(run.out));
        QVERIFY2(!run.err.contains(kCanary), qPrintable(run.err));
        QVERIFY(!run.out.contains(u"%2F0001"));
        // Percent-encoded forms are caught too.
        QVERIFY(!run.err.contains(u"LEAKCANARYStaticSecret%2F"));
    }

    void noFileHoldsASecret()
    {
        QStringList offenders;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (m_ownFiles.contains(QFileInfo(path).canonicalFilePath()))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(kCanary.toUtf8()))
                offenders.append(path);
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestCliLeaks)
#include "tst_cli_leaks.moc"
