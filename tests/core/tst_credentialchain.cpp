#include "awsstub.h"
#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/ssoclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;
using kvs::test::AwsStub;

namespace {

const QDateTime kNow = QDateTime(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);
const QString kBaseKey = QStringLiteral("AKIABASEBASEBASE0001");
const QString kBaseSecret = QStringLiteral("BaseSecretValue/123+abc");
const QString kEnvKey = QStringLiteral("AKIAENVENVENVENV0001");
const QString kEnvSecret = QStringLiteral("EnvSecretValue/456+def");
const QString kStaticKey = QStringLiteral("AKIASTATICSTATIC0001");
const QString kStaticSecret = QStringLiteral("StaticSecretValue/789");
const QByteArray kSsoToken = "SsoAccessTokenValue-abcdef";

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeUser);
}

/// A runner that answers from a script of outcomes and counts the runs.
class FakeRunner final : public ProcessRunner
{
public:
    std::function<Outcome(const QStringList &)> answer;
    int runs = 0;
    QStringList lastArgv;

    void run(const QStringList &argv, const QProcessEnvironment &, int, QObject *, Callback done) override
    {
        ++runs;
        lastArgv = argv;
        done(answer(argv));
    }
};

QStringList words(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QByteArray processJson(const QString &keyId, const QString &secret, const QDateTime &expiration = {})
{
    QJsonObject object{{QStringLiteral("Version"), 1},
                       {QStringLiteral("AccessKeyId"), keyId},
                       {QStringLiteral("SecretAccessKey"), secret},
                       {QStringLiteral("SessionToken"), QString(secret + u"Token")}};
    if (expiration.isValid())
        object.insert(QStringLiteral("Expiration"), expiration.toString(Qt::ISODate));
    return QJsonDocument(object).toJson();
}

} // namespace

/// The credential chain: every step, the precedence between them, refresh before expiry, and errors that
/// say what to do without repeating a secret. STS and the SSO portal are a local stub on 127.0.0.1.
class TestCredentialChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    AwsStub m_stub;
    QNetworkAccessManager m_network;
    QProcessRunner m_runner;
    FixedClock m_clock{kNow};

    QProcessEnvironment baseEnvironment() const
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

    Result<ResolvedCredentials> fetchFrom(CredentialChain &chain)
    {
        std::optional<Result<ResolvedCredentials>> result;
        chain.fetch([&](const Result<ResolvedCredentials> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error{QStringLiteral("TestTimeout"), QStringLiteral("the chain never answered")};
        return *result;
    }

    Result<ResolvedCredentials> resolveWith(const QProcessEnvironment &environment,
                                            const QString &explicitProfile = {}, int timeoutMs = 20000)
    {
        CredentialChainOptions options;
        options.environment = environment;
        options.explicitProfile = explicitProfile;
        options.processTimeoutMs = timeoutMs;
        CredentialChain chain(options, m_clock, &m_network, &m_runner);
        return fetchFrom(chain);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_stub.listen());
        m_stub.setNow([this] { return m_clock.now(); });
        m_stub.setSecretPrefix(QStringLiteral("Issued"));
        m_stub.addIdentity(
            {{kBaseKey, kBaseSecret, {}}, QStringLiteral("arn:aws:iam::123456789012:user/base")});
        m_stub.addIdentity({{kEnvKey, kEnvSecret, {}}, QStringLiteral("arn:aws:iam::123456789012:user/env")});
        m_stub.addSsoToken(kSsoToken);
        const QString helper = m_home.path() + u"/bin/helper";
        // Prints credentials; the first argument goes into the key id.
        writeFile(helper,
                  "#!/bin/sh\nKEY=$(printf %s \"$1\" | tr -d \" \")\n"
                  "printf \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKIAPROCESS%s\\\", "
                  "\\\"SecretAccessKey\\\": \\\"ProcessSecret/1\\\", "
                  "\\\"Expiration\\\": \\\"2030-01-15T13:00:00Z\\\"}\" \"$KEY\"\n",
                  true);
        writeFile(
            m_home.path() + u"/bin/failing",
            "#!/bin/sh\necho \"cannot reach vault; token=ProcessLeakedSecret99 was refused\" >&2\nexit 3\n",
            true);
        writeFile(m_home.path() + u"/bin/slow", "#!/bin/sh\nexec sleep 30\n", true);
        writeFile(m_home.path() + u"/bin/garbage", "#!/bin/sh\necho not json\n", true);
        registerSecret(u"ProcessLeakedSecret99");

        const QByteArray config = QStringLiteral(R"([default]
region = us-west-2

[profile static]
region = eu-central-1

[profile proc]
credential_process = %1/bin/helper "AAAA 0001"

[profile proc-failing]
credential_process = %1/bin/failing

[profile proc-slow]
credential_process = %1/bin/slow

[profile proc-garbage]
credential_process = %1/bin/garbage

[profile role]
role_arn = arn:aws:iam::210987654321:role/Viewer
source_profile = base
role_session_name = qa-session
external_id = ext-123
duration_seconds = 1800
region = eu-west-1

[profile chained]
role_arn = arn:aws:iam::333333333333:role/Second
source_profile = role

[profile self]
role_arn = arn:aws:iam::210987654321:role/Self
source_profile = self

[profile from-env]
role_arn = arn:aws:iam::210987654321:role/FromEnv
credential_source = Environment

[profile denied]
role_arn = arn:aws:iam::210987654321:role/Denied
source_profile = base

[profile loop-a]
role_arn = arn:aws:iam::1:role/A
source_profile = loop-b

[profile loop-b]
role_arn = arn:aws:iam::1:role/B
source_profile = loop-a

[profile sso]
sso_session = corp
sso_account_id = 444455556666
sso_role_name = ViewerAccess

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile sso-legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 444455556666
sso_role_name = LegacyAccess

[profile sso-expired]
sso_session = old
sso_account_id = 444455556666
sso_role_name = ViewerAccess

[sso-session old]
sso_start_url = https://old.awsapps.com/start
sso_region = us-east-1

[profile sso-missing]
sso_session = never
sso_account_id = 444455556666
sso_role_name = ViewerAccess

[sso-session never]
sso_start_url = https://never.awsapps.com/start
sso_region = us-east-1

[profile gaps]
region = us-east-2
)")
                                      .arg(m_home.path())
                                      .toUtf8();
        writeFile(m_home.path() + u"/.aws/config", config);
        writeFile(m_home.path() + u"/.aws/credentials",
                  "[default]\naws_access_key_id = " + kStaticKey.toUtf8() + "\naws_secret_access_key = " +
                      kStaticSecret.toUtf8() + "\n\n[static]\naws_access_key_id = " + kStaticKey.toUtf8() +
                      "\naws_secret_access_key = " + kStaticSecret.toUtf8() +
                      "\naws_session_token = StaticTokenValue\n\n[base]\naws_access_key_id = " +
                      kBaseKey.toUtf8() + "\naws_secret_access_key = " + kBaseSecret.toUtf8() +
                      "\n\n[self]\naws_access_key_id = " + kBaseKey.toUtf8() +
                      "\naws_secret_access_key = " + kBaseSecret.toUtf8() +
                      "\n\n[partial]\naws_access_key_id = " + kStaticKey.toUtf8() + "\n");
        const auto token = [](const QDateTime &expiresAt) {
            return QJsonDocument(QJsonObject{{QStringLiteral("accessToken"), QString::fromLatin1(kSsoToken)},
                                             {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate)},
                                             {QStringLiteral("region"), QStringLiteral("us-east-1")},
                                             {QStringLiteral("startUrl"), QStringLiteral("https://x")}})
                .toJson();
        };
        writeFile(SsoClient::cachePath(m_home.path(), QStringLiteral("corp")), token(kNow.addSecs(3600)));
        writeFile(SsoClient::cachePath(m_home.path(), QStringLiteral("https://legacy.awsapps.com/start")),
                  token(kNow.addSecs(3600)));
        writeFile(SsoClient::cachePath(m_home.path(), QStringLiteral("old")), token(kNow.addSecs(-60)));
    }

    void splitsCommandLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words"); // empty: an error
        QTest::newRow("plain") << "/bin/helper --a b" << words({"/bin/helper", "--a", "b"});
        QTest::newRow("extra spaces") << "  a   b\t c " << words({"a", "b", "c"});
        QTest::newRow("double quotes") << "a \"b c\" d" << words({"a", "b c", "d"});
        QTest::newRow("single quotes literal") << "a 'b \"c\" \\d'" << words({"a", "b \"c\" \\d"});
        QTest::newRow("escapes in double quotes") << "\"a\\\"b\\\\c\\d\"" << words({"a\"b\\c\\d"});
        QTest::newRow("backslash escapes space") << "a\\ b c" << words({"a b", "c"});
        QTest::newRow("adjacent quotes join") << "a\"b\"'c'" << words({"abc"});
        QTest::newRow("empty quoted word") << "a \"\" b" << words({"a", "", "b"});
        QTest::newRow("no shell") << "a | b; $HOME > c" << words({"a", "|", "b;", "$HOME", ">", "c"});
        QTest::newRow("unclosed quote") << "a \"b" << QStringList{};
        QTest::newRow("trailing backslash") << "a \\" << QStringList{};
        QTest::newRow("empty") << "   " << QStringList{};
    }
    void splitsCommandLines()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto split = splitCommandLine(line);
        QCOMPARE(split.ok(), !words.isEmpty());
        if (split)
            QCOMPARE(*split, words);
        else
            QCOMPARE(split.error().code, QStringLiteral("InvalidCommandLine"));
    }

    void parsesProcessOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addColumn<bool>("expires");
        QTest::newRow("full") << processJson(kStaticKey, QStringLiteral("s3cr3tvalue"), kNow) << QString()
                              << true;
        QTest::newRow("no expiration")
            << processJson(kStaticKey, QStringLiteral("s3cr3tvalue")) << QString() << false;
        QTest::newRow("not json") << QByteArray("hello") << "not a JSON object" << false;
        QTest::newRow("version 2") << QByteArray(R"({"Version":2,"AccessKeyId":"x","SecretAccessKey":"y"})")
                                   << "Version" << false;
        QTest::newRow("no secret") << QByteArray(R"({"Version":1,"AccessKeyId":"AKIASTATICSTATIC0001"})")
                                   << "lacks" << false;
        QTest::newRow("bad expiration")
            << QByteArray(R"({"Version":1,"AccessKeyId":"AKIASTATICSTATIC0001","SecretAccessKey":"abcd",)"
                          R"("Expiration":"tomorrow"})")
            << "Expiration" << false;
        QTest::newRow("bad key id")
            << QByteArray(R"({"Version":1,"AccessKeyId":"AKIA","SecretAccessKey":"abcdSecretNotEchoed"})")
            << "AccessKeyId" << false;
    }
    void parsesProcessOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, error);
        QFETCH(bool, expires);
        const auto parsed = parseCredentialProcessOutput(output);
        QCOMPARE(parsed.ok(), error.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->expires(), expires);
        } else {
            QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
            QVERIFY(!parsed.error().message.contains(u"abcdSecretNotEchoed"));
        }
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("explicitProfile");
        QTest::addColumn<QString>("awsProfile");
        QTest::addColumn<bool>("environmentKeys");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("keyIdPrefix");
        QTest::addColumn<bool>("expires");
        QTest::newRow("environment alone") << ""
                                           << "" << true << "environment" << kEnvKey << false;
        QTest::newRow("environment beats AWS_PROFILE")
            << ""
            << "static" << true << "environment" << kEnvKey << false;
        QTest::newRow("--profile beats environment")
            << "static"
            << "" << true << "profile static (static keys)" << kStaticKey << false;
        QTest::newRow("--profile beats AWS_PROFILE")
            << "static"
            << "proc" << false << "profile static (static keys)" << kStaticKey << false;
        QTest::newRow("default profile")
            << ""
            << "" << false << "profile default (static keys)" << kStaticKey << false;
        QTest::newRow("AWS_PROFILE") << ""
                                     << "static" << false << "profile static (static keys)" << kStaticKey
                                     << false;
        QTest::newRow("credential_process") << ""
                                            << "proc" << false << "profile proc (credential_process)"
                                            << "AKIAPROCESSAAAA0001" << true;
        QTest::newRow("assume role from source_profile")
            << "role"
            << "" << false
            << "profile role (assume role arn:aws:iam::210987654321:role/Viewer from profile base (static "
               "keys))"
            << "ASIASTUBISSUED" << true;
        QTest::newRow("chained roles") << "chained"
                                       << "" << false << "profile chained (assume role "
                                       << "ASIASTUBISSUED" << true;
        QTest::newRow("self source_profile") << "self"
                                             << "" << false << "profile self (assume role"
                                             << "ASIASTUBISSUED" << true;
        QTest::newRow("credential_source Environment")
            << "from-env"
            << "" << true
            << "profile from-env (assume role arn:aws:iam::210987654321:role/FromEnv from environment)"
            << "ASIASTUBISSUED" << true;
        QTest::newRow("sso session") << "sso"
                                     << "" << false << "profile sso (SSO)"
                                     << "ASIASTUBISSUED" << true;
        QTest::newRow("sso legacy") << ""
                                    << "sso-legacy" << false << "profile sso-legacy (SSO)"
                                    << "ASIASTUBISSUED" << true;
    }
    void precedence()
    {
        QFETCH(QString, explicitProfile);
        QFETCH(QString, awsProfile);
        QFETCH(bool, environmentKeys);
        QFETCH(QString, source);
        QFETCH(QString, keyIdPrefix);
        QFETCH(bool, expires);
        QProcessEnvironment environment = baseEnvironment();
        if (!awsProfile.isEmpty())
            environment.insert(QStringLiteral("AWS_PROFILE"), awsProfile);
        if (environmentKeys) {
            environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
            environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kEnvSecret);
        }
        const auto result = resolveWith(environment, explicitProfile);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QVERIFY2(result->source.startsWith(source), qPrintable(result->source));
        QVERIFY2(result->credentials.accessKeyId.startsWith(keyIdPrefix),
                 qPrintable(result->credentials.accessKeyId));
        QCOMPARE(result->expires(), expires);
    }

    void assumeRoleSendsTheProfileSettings()
    {
        const qsizetype before = m_stub.requests().size();
        const auto result = resolveWith(baseEnvironment(), QStringLiteral("role"));
        QVERIFY(result.ok());
        QCOMPARE(m_stub.requests().size(), before + 1);
        const auto &request = m_stub.requests().constLast();
        QCOMPARE(request.formValue("Action"), QByteArray("AssumeRole"));
        QCOMPARE(request.formValue("Version"), QByteArray("2011-06-15"));
        QCOMPARE(request.formValue("RoleArn"), QByteArray("arn:aws:iam::210987654321:role/Viewer"));
        QCOMPARE(request.formValue("RoleSessionName"), QByteArray("qa-session"));
        QCOMPARE(request.formValue("ExternalId"), QByteArray("ext-123"));
        QCOMPARE(request.formValue("DurationSeconds"), QByteArray("1800"));
        // Signed for the profile's region, with the source profile's key.
        QVERIFY(request.header("authorization").contains("/eu-west-1/sts/aws4_request"));
        QVERIFY(request.header("authorization").contains(kBaseKey.toUtf8()));
        QCOMPARE(result->expiration, kNow.addSecs(1800));
        QCOMPARE(result->credentials.sessionToken, m_stub.issued().constLast().sessionToken);
    }

    void chainedRolesUseTheFirstRolesCredentials()
    {
        const qsizetype before = m_stub.requests().size();
        const auto result = resolveWith(baseEnvironment(), QStringLiteral("chained"));
        QVERIFY(result.ok());
        QCOMPARE(m_stub.requests().size(), before + 2);
        const auto &second = m_stub.requests().constLast();
        QCOMPARE(second.formValue("RoleArn"), QByteArray("arn:aws:iam::333333333333:role/Second"));
        // The second call is signed with what the first returned, token included.
        const AwsCredentials first = m_stub.issued().value(m_stub.issued().size() - 2);
        QVERIFY(second.header("authorization").contains(first.accessKeyId.toUtf8()));
        QCOMPARE(second.header("x-amz-security-token"), first.sessionToken.toUtf8());
    }

    void ssoSendsTheBearerToken()
    {
        const auto result = resolveWith(baseEnvironment(), QStringLiteral("sso"));
        QVERIFY(result.ok());
        const auto &request = m_stub.requests().constLast();
        QCOMPARE(request.path, QByteArray("/federation/credentials"));
        QCOMPARE(request.queryValue("role_name"), QByteArray("ViewerAccess"));
        QCOMPARE(request.queryValue("account_id"), QByteArray("444455556666"));
        QCOMPARE(request.header("x-amz-sso_bearer_token"), kSsoToken);
        QCOMPARE(result->expiration, kNow.addSecs(3600));
        // The bearer token is a secret from the moment it is read.
        QVERIFY(!redact(QString::fromLatin1(kSsoToken)).contains(QString::fromLatin1(kSsoToken)));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("explicitProfile");
        QTest::addColumn<QString>("awsProfile");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("nothing configured") << ""
                                            << "nobody"
                                            << "ProfileNotFound"
                                            << "\"nobody\"";
        QTest::newRow("explicit profile missing") << "nope"
                                                  << ""
                                                  << "ProfileNotFound"
                                                  << "check the name";
        QTest::newRow("default never fills gaps") << "gaps"
                                                  << ""
                                                  << "NoCredentials"
                                                  << "profile gaps: holds no";
        QTest::newRow("partial keys") << "partial"
                                      << ""
                                      << "PartialCredentials"
                                      << "aws_secret_access_key";
        QTest::newRow("process fails: stderr shown") << "proc-failing"
                                                     << ""
                                                     << "CredentialProcessFailed"
                                                     << "status 3: cannot reach vault; token=<redacted>";
        QTest::newRow("process prints garbage") << "proc-garbage"
                                                << ""
                                                << "InvalidProcessOutput"
                                                << "JSON";
        QTest::newRow("role denied") << "denied"
                                     << ""
                                     << "AccessDenied"
                                     << "not authorized";
        QTest::newRow("loop") << "loop-a"
                              << ""
                              << "ProfileLoop"
                              << "loop-a → loop-b → loop-a";
        QTest::newRow("expired sso token") << "sso-expired"
                                           << ""
                                           << "SsoLoginRequired"
                                           << "run `aws sso login --profile sso-expired`";
        QTest::newRow("no sso sign-in") << "sso-missing"
                                        << ""
                                        << "SsoLoginRequired"
                                        << "`aws sso login --profile sso-missing`";
    }
    void errors()
    {
        QFETCH(QString, explicitProfile);
        QFETCH(QString, awsProfile);
        QFETCH(QString, code);
        QFETCH(QString, mustSay);
        QProcessEnvironment environment = baseEnvironment();
        if (!awsProfile.isEmpty())
            environment.insert(QStringLiteral("AWS_PROFILE"), awsProfile);
        const auto result = resolveWith(environment, explicitProfile);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(mustSay, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        for (const QString &secret : {kBaseSecret, kStaticSecret, QStringLiteral("ProcessLeakedSecret99")})
            QVERIFY(!result.error().message.contains(secret));
    }

    void noCredentialsAnywhere()
    {
        QTemporaryDir empty;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), empty.path());
        environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"),
                           QStringLiteral("true")); // never the real IMDS
        const auto result = resolveWith(environment);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("NoCredentials"));
        QVERIFY(result.error().message.contains(u"AWS_ACCESS_KEY_ID"));
    }

    void partialEnvironmentNamesTheVariable()
    {
        QProcessEnvironment environment = baseEnvironment();
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
        const auto result = resolveWith(environment);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.startsWith(u"AWS_SECRET_ACCESS_KEY: not set"));
    }

    void processTimesOut()
    {
        const auto result = resolveWith(baseEnvironment(), QStringLiteral("proc-slow"), 300);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("CredentialProcessTimeout"));
    }

    void wrongSourceSecretIsRejectedBySts()
    {
        // The stub checks the signature: a wrong secret must fail as STS fails.
        QProcessEnvironment environment = baseEnvironment();
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKey);
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("WrongSecretValue"));
        const auto result = resolveWith(environment, QStringLiteral("from-env"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(!result.error().message.contains(u"WrongSecretValue"));
    }

    void refreshesBeforeExpiry()
    {
        FakeRunner runner;
        FixedClock clock(kNow);
        runner.answer = [&](const QStringList &) {
            ProcessRunner::Outcome outcome;
            outcome.started = true;
            outcome.exitCode = 0;
            outcome.standardOutput =
                processJson(u"AKIAREFRESH" % QString::number(runner.runs).rightJustified(9, u'0'),
                            QStringLiteral("RefreshSecret"), clock.now().addSecs(3600));
            return outcome;
        };
        CredentialChainOptions options;
        options.environment = baseEnvironment();
        options.explicitProfile = QStringLiteral("proc");
        options.refreshMarginSeconds = 300;
        CredentialChain chain(options, clock, &m_network, &runner);

        auto first = fetchFrom(chain);
        QVERIFY(first.ok());
        QCOMPARE(runner.runs, 1);
        QCOMPARE(runner.lastArgv.value(1), QStringLiteral("AAAA 0001"));
        // Well before expiry: the cached set.
        clock.advanceMs(54 * 60 * 1000);
        QCOMPARE(fetchFrom(chain)->credentials.accessKeyId, first->credentials.accessKeyId);
        QCOMPARE(runner.runs, 1);
        // Inside the refresh margin: fetched anew.
        clock.advanceMs(2 * 60 * 1000);
        const auto second = fetchFrom(chain);
        QCOMPARE(runner.runs, 2);
        QVERIFY(second->credentials.accessKeyId != first->credentials.accessKeyId);
        QCOMPARE(second->expiration, clock.now().addSecs(3600));

        // A failing refresh keeps the old set while it is still valid, and fails once it has expired.
        runner.answer = [](const QStringList &) {
            ProcessRunner::Outcome outcome;
            outcome.started = true;
            outcome.exitCode = 1;
            return outcome;
        };
        clock.advanceMs(57 * 60 * 1000);
        QCOMPARE(fetchFrom(chain)->credentials.accessKeyId, second->credentials.accessKeyId);
        clock.advanceMs(4 * 60 * 1000);
        QVERIFY(!fetchFrom(chain).ok());
        QCOMPARE(runner.runs, 4);
    }

    void assumedRoleRefreshes()
    {
        CredentialChainOptions options;
        options.environment = baseEnvironment();
        options.explicitProfile = QStringLiteral("role");
        CredentialChain chain(options, m_clock, &m_network, &m_runner);
        const auto first = fetchFrom(chain);
        QVERIFY(first.ok());
        const qsizetype calls = m_stub.requests().size();
        QCOMPARE(fetchFrom(chain)->credentials.accessKeyId, first->credentials.accessKeyId);
        QCOMPARE(m_stub.requests().size(), calls);
        m_clock.advanceMs((1800 - 200) * 1000);
        const auto second = fetchFrom(chain);
        QVERIFY(second.ok());
        QCOMPARE(m_stub.requests().size(), calls + 1);
        QVERIFY(second->credentials.accessKeyId != first->credentials.accessKeyId);
        m_clock.set(kNow);
    }

    void expiredProcessCredentialsAreRefused()
    {
        FakeRunner runner;
        runner.answer = [](const QStringList &) {
            ProcessRunner::Outcome outcome;
            outcome.started = true;
            outcome.exitCode = 0;
            outcome.standardOutput = processJson(kStaticKey, QStringLiteral("abcdefgh"), kNow.addSecs(-1));
            return outcome;
        };
        CredentialChainOptions options;
        options.environment = baseEnvironment();
        options.explicitProfile = QStringLiteral("proc");
        CredentialChain chain(options, m_clock, &m_network, &runner);
        const auto result = fetchFrom(chain);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("ExpiredCredentials"));
    }

    void logsAreRedacted()
    {
        QStringList lines;
        CredentialChainOptions options;
        options.environment = baseEnvironment();
        options.explicitProfile = QStringLiteral("chained");
        options.log = [&](const QString &line) {
            lines.append(line);
        };
        CredentialChain chain(options, m_clock, &m_network, &m_runner);
        QVERIFY(fetchFrom(chain).ok());
        const QString all = lines.join(u'\n');
        QVERIFY(all.contains(u"AssumeRole"));
        QVERIFY(all.contains(u"HTTP 200"));
        QVERIFY(!all.contains(kBaseSecret));
        for (const AwsCredentials &issued : m_stub.issued()) {
            QVERIFY2(!all.contains(issued.secretAccessKey), qPrintable(all));
            QVERIFY(!all.contains(issued.sessionToken));
        }
    }

    void regionFollowsTheSelectedProfile()
    {
        CredentialChainOptions options;
        options.environment = baseEnvironment();
        options.explicitProfile = QStringLiteral("static");
        CredentialChain chain(options, m_clock, &m_network, &m_runner);
        auto region = chain.region(QStringLiteral("ap-northeast-1"));
        QVERIFY(region.ok());
        QCOMPARE(region->region, QStringLiteral("eu-central-1"));
        QCOMPARE(region->source, QStringLiteral("profile static"));
        options.explicitProfile = QStringLiteral("proc");
        CredentialChain other(options, m_clock, &m_network, &m_runner);
        region = other.region(QStringLiteral("ap-northeast-1"));
        QCOMPARE(region->source, QStringLiteral("channel ARN"));
    }

    void regionNamesAMissingProfileFirst()
    {
        // As the AWS CLI: a profile chosen by --profile or AWS_PROFILE that does not exist is the error, not
        // the region it would have given — even when the channel ARN or AWS_REGION would give one.
        for (const bool fromEnvironment : {false, true}) {
            CredentialChainOptions options;
            options.environment = baseEnvironment();
            if (fromEnvironment)
                options.environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("nosuch"));
            else
                options.explicitProfile = QStringLiteral("nosuch");
            options.environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-2"));
            CredentialChain chain(options, m_clock, &m_network, &m_runner);
            const auto region = chain.region(QStringLiteral("ap-northeast-1"));
            QVERIFY(!region.ok());
            QCOMPARE(region.error().code, QStringLiteral("ProfileNotFound"));
            QVERIFY2(region.error().message.contains(u"\"nosuch\""), qPrintable(region.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialChain)
#include "tst_credentialchain.moc"
