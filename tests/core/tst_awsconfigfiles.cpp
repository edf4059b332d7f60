#include "core/aws/awsconfigfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

const QString kConfig = QStringLiteral(R"([default]
region = us-east-1
output = json

[profile qa]
region = eu-west-1
credential_process = /bin/helper

[profile  spaced   name ]
region = ap-south-1

[qa-bare]
region = ignored-because-config-needs-profile-prefix

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile default]
output = text
)");

const QString kCredentials = QStringLiteral(R"([default]
aws_access_key_id = AKIADEFAULTDEFAULT00
aws_secret_access_key = defaultsecret

[qa]
aws_access_key_id = AKIAQAQAQAQAQAQAQA00
region = us-west-2

[profile qa]
aws_access_key_id = AKIANOTAPROFILE00000
)");

} // namespace

/// Where the shared files are, how profiles merge across them, and how the profile and region are chosen.
class TestAwsConfigFiles : public QObject
{
    Q_OBJECT

private slots:
    void paths_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("credentials");
        QTest::newRow("defaults under HOME")
            << environmentWith({{QStringLiteral("HOME"), QStringLiteral("/home/u")}})
            << QStringLiteral("/home/u/.aws/config") << QStringLiteral("/home/u/.aws/credentials");
        QTest::newRow("overrides")
            << environmentWith({{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                                {QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/etc/c")},
                                {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/etc/k")}})
            << QStringLiteral("/etc/c") << QStringLiteral("/etc/k");
        QTest::newRow("tilde expanded")
            << environmentWith({{QStringLiteral("HOME"), QStringLiteral("/h")},
                                {QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/x/c")}})
            << QStringLiteral("/h/x/c") << QStringLiteral("/h/.aws/credentials");
        QTest::newRow("no HOME") << QProcessEnvironment() << QString() << QString();
    }
    void paths()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(QString, config);
        QFETCH(QString, credentials);
        const auto paths = AwsConfigFiles::pathsFor(environment);
        QCOMPARE(paths.config, config);
        QCOMPARE(paths.credentials, credentials);
    }

    void profiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("default from config") << "default" << true << "region"
                                             << "us-east-1";
        QTest::newRow("[profile default] beats [default]") << "default" << true << "output"
                                                           << "text";
        QTest::newRow("default from credentials") << "default" << true << "aws_access_key_id"
                                                  << "AKIADEFAULTDEFAULT00";
        QTest::newRow("credentials file wins") << "qa" << true << "region"
                                               << "us-west-2";
        QTest::newRow("config-only key kept") << "qa" << true << "credential_process"
                                              << "/bin/helper";
        QTest::newRow("[profile x] in credentials is not x") << "qa" << true << "aws_access_key_id"
                                                             << "AKIAQAQAQAQAQAQAQA00";
        QTest::newRow("default never fills gaps") << "qa" << true << "aws_secret_access_key"
                                                  << "";
        QTest::newRow("default never fills gaps (output)") << "qa" << true << "output"
                                                           << "";
        QTest::newRow("whitespace in name folded") << "spaced name" << true << "region"
                                                   << "ap-south-1";
        QTest::newRow("config needs the profile prefix") << "qa-bare" << false << ""
                                                         << "";
        QTest::newRow("missing") << "nope" << false << ""
                                 << "";
        QTest::newRow("sso-session is not a profile") << "corp" << false << ""
                                                      << "";
    }
    void profiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, found);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto files = AwsConfigFiles::fromText(kConfig, kCredentials);
        QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message));
        const auto profile = files->profile(name);
        QCOMPARE(profile.has_value(), found);
        if (found)
            QCOMPARE(profile->value(key), value);
    }

    void profileNamesAndSsoSessions()
    {
        const auto files = AwsConfigFiles::fromText(kConfig, kCredentials);
        QVERIFY(files.ok());
        QCOMPARE(files->profileNames(),
                 (QStringList{QStringLiteral("default"), QStringLiteral("qa"), QStringLiteral("spaced name"),
                              QStringLiteral("profile qa")}));
        const auto session = files->ssoSession(QStringLiteral("corp"));
        QVERIFY(session);
        QCOMPARE(session->value(QStringLiteral("sso_region")), QStringLiteral("us-east-1"));
        QVERIFY(!files->ssoSession(QStringLiteral("qa")));
    }

    void loadsFromDiskAndReportsLines()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const auto environment = environmentWith({{QStringLiteral("HOME"), home.path()}});
        // No files at all: no profiles, no error.
        auto files = AwsConfigFiles::load(environment);
        QVERIFY(files.ok());
        QVERIFY(files->profileNames().isEmpty());

        writeFile(home.path() + u"/.aws/config", "[profile a]\r\nregion = eu-west-3\r\n");
        writeFile(home.path() + u"/.aws/credentials", "[a]\naws_access_key_id = AKIAAAAAAAAAAAAAAAAA\n");
        files = AwsConfigFiles::load(environment);
        QVERIFY(files.ok());
        QCOMPARE(files->profile(QStringLiteral("a"))->value(QStringLiteral("region")),
                 QStringLiteral("eu-west-3"));
        QVERIFY(files->profile(QStringLiteral("a"))->inCredentialsFile);

        writeFile(home.path() + u"/.aws/credentials", "[a]\naws_access_key_id = x\nbroken line\n");
        files = AwsConfigFiles::load(environment);
        QVERIFY(!files.ok());
        QCOMPARE(files.error().code, QStringLiteral("InvalidConfigFile"));
        QVERIFY2(files.error().message.contains(u"/.aws/credentials, line 3:"),
                 qPrintable(files.error().message));
        QVERIFY(files.error().message.contains(u"AWS_SHARED_CREDENTIALS_FILE"));
    }

    void selection_data()
    {
        QTest::addColumn<QString>("explicitProfile");
        QTest::addColumn<QString>("awsProfile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("explicitly");
        QTest::newRow("nothing") << ""
                                 << ""
                                 << "default" << false;
        QTest::newRow("AWS_PROFILE") << ""
                                     << "qa"
                                     << "qa" << false;
        QTest::newRow("--profile beats AWS_PROFILE") << "dev"
                                                     << "qa"
                                                     << "dev" << true;
    }
    void selection()
    {
        QFETCH(QString, explicitProfile);
        QFETCH(QString, awsProfile);
        QFETCH(QString, name);
        QFETCH(bool, explicitly);
        QProcessEnvironment environment;
        if (!awsProfile.isEmpty())
            environment.insert(QStringLiteral("AWS_PROFILE"), awsProfile);
        const auto selection = selectProfile(explicitProfile, environment);
        QCOMPARE(selection.name, name);
        QCOMPARE(selection.explicitly, explicitly);
    }

    void region_data()
    {
        QTest::addColumn<QString>("awsRegion");
        QTest::addColumn<QString>("awsDefaultRegion");
        QTest::addColumn<QString>("profileRegion");
        QTest::addColumn<QString>("arnRegion");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("source"); // empty: an error is expected
        QTest::newRow("AWS_REGION first") << "eu-west-1"
                                          << "eu-west-2"
                                          << "eu-west-3"
                                          << "us-east-1"
                                          << "eu-west-1"
                                          << "AWS_REGION";
        QTest::newRow("then AWS_DEFAULT_REGION") << ""
                                                 << "eu-west-2"
                                                 << "eu-west-3"
                                                 << "us-east-1"
                                                 << "eu-west-2"
                                                 << "AWS_DEFAULT_REGION";
        QTest::newRow("then the profile") << ""
                                          << ""
                                          << "eu-west-3"
                                          << "us-east-1"
                                          << "eu-west-3"
                                          << "profile p";
        QTest::newRow("then the ARN") << ""
                                      << ""
                                      << ""
                                      << "us-east-1"
                                      << "us-east-1"
                                      << "channel ARN";
        QTest::newRow("none") << ""
                              << ""
                              << ""
                              << ""
                              << ""
                              << "";
        QTest::newRow("bad value named") << "Oregon"
                                         << ""
                                         << ""
                                         << "us-east-1"
                                         << ""
                                         << "";
    }
    void region()
    {
        QFETCH(QString, awsRegion);
        QFETCH(QString, awsDefaultRegion);
        QFETCH(QString, profileRegion);
        QFETCH(QString, arnRegion);
        QFETCH(QString, region);
        QFETCH(QString, source);
        QProcessEnvironment environment;
        if (!awsRegion.isEmpty())
            environment.insert(QStringLiteral("AWS_REGION"), awsRegion);
        if (!awsDefaultRegion.isEmpty())
            environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), awsDefaultRegion);
        AwsProfile profile;
        profile.name = QStringLiteral("p");
        if (!profileRegion.isEmpty())
            profile.values.insert(QStringLiteral("region"), profileRegion);
        const auto choice = resolveRegion(environment, &profile, arnRegion);
        if (source.isEmpty()) {
            QVERIFY(!choice.ok());
            if (!awsRegion.isEmpty())
                QVERIFY2(choice.error().message.startsWith(u"AWS_REGION"),
                         qPrintable(choice.error().message));
            return;
        }
        QVERIFY(choice.ok());
        QCOMPARE(choice->region, region);
        QCOMPARE(choice->source, source);
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigFiles)
#include "tst_awsconfigfiles.moc"
