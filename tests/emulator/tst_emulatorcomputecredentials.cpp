// The credential chain's AWS-compute sources against the emulator over real TLS on loopback: web identity
// (STS AssumeRoleWithWebIdentity), container credentials and EC2 instance metadata (IMDSv2), with refresh
// and faults armed through the admin API. The chain and the emulator share one injected clock.
#include "core/common/redaction.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/stsclient.h"
#include "emulatorharness.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace kvs;
using namespace kvs::emulator;
using namespace kvs::emulator::test;

namespace {

const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/kvs-viewer-qa");

class NoProcesses final : public ProcessRunner
{
public:
    void run(const QStringList &, const QProcessEnvironment &, int, QObject *, Callback done) override
    {
        Outcome outcome;
        outcome.errorText = QStringLiteral("no processes in this test");
        done(outcome);
    }
};

template <typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code + u": " + result.error().message;
}

} // namespace

class TestEmulatorComputeCredentials : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    NoProcesses m_runner;
    std::unique_ptr<CredentialChain> m_chain;

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_home.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    /// An isolated environment: HOME with no AWS files, the emulator's CA trusted, STS at the emulator,
    /// and IMDS at the emulator too (never the real 169.254.169.254).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), m_home.filePath(QStringLiteral("ca.pem")));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_harness->server->controlEndpoint());
        env.insert(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_harness->server->controlEndpoint());
        return env;
    }

    Result<ResolvedCredentials> fetch(const QProcessEnvironment &env)
    {
        if (!m_chain) {
            CredentialChainOptions options;
            options.environment = env;
            m_chain = std::make_unique<CredentialChain>(options, m_harness->clock, &m_network, &m_runner);
        }
        std::optional<Result<ResolvedCredentials>> result;
        m_chain->fetch([&result](const Result<ResolvedCredentials> &value) { result = value; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
        if (!result)
            return Error{QStringLiteral("Timeout"), QStringLiteral("no answer")};
        return *result;
    }

    QString callerArn(const AwsCredentials &credentials)
    {
        HttpOptions options;
        options.caCertificates = {m_harness->authority.caCertificate()};
        const StsClient sts(&m_network, m_harness->clock, QStringLiteral("us-west-2"),
                            m_harness->server->controlEndpoint(), options);
        std::optional<Result<CallerIdentity>> identity;
        QObject context;
        sts.getCallerIdentity(credentials, &context,
                              [&identity](const Result<CallerIdentity> &value) { identity = value; });
        (void)QTest::qWaitFor([&identity] { return identity.has_value(); }, 10000);
        return identity && identity->ok() ? (*identity)->arn : QString();
    }

    void arm(const QJsonObject &fault) { QCOMPARE(m_harness->admin("/emulator/faults", fault).status, 200); }

    void start(EmulatorConfig config = EmulatorConfig::defaults())
    {
        m_chain.reset();
        m_harness = std::make_unique<Harness>(std::move(config));
        writeFile(QStringLiteral("ca.pem"), m_harness->authority.caCertificate().toPem());
    }

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        start();
    }
    void cleanup()
    {
        m_chain.reset();
        m_harness.reset();
    }

    void webIdentityFromEnvironment()
    {
        writeFile(QStringLiteral("token"), "emulator-web-identity-token\n");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_home.filePath(QStringLiteral("token")));
        env.insert(QStringLiteral("AWS_ROLE_ARN"), kRole);
        env.insert(QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("pod-session"));
        const auto credentials = fetch(env);
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QVERIFY(credentials->source.contains(u"web identity"));
        QVERIFY(credentials->source.contains(u"AWS_WEB_IDENTITY_TOKEN_FILE"));
        QVERIFY(credentials->credentials.accessKeyId.startsWith(u"ASIA"));
        QVERIFY(credentials->expires());
        QCOMPARE(callerArn(credentials->credentials),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/kvs-viewer-qa/pod-session"));
        // The token is a secret: registered for redaction as soon as it was read.
        QCOMPARE(redact(QStringLiteral("emulator-web-identity-token")), QStringLiteral("<redacted>"));
    }

    void webIdentityFromProfileBeatsItsStaticKeys()
    {
        // botocore's order: web identity comes before the profile's keys.
        writeFile(QStringLiteral("token"), "emulator-web-identity-token");
        writeFile(
            QStringLiteral("config"),
            "[profile pod]\nweb_identity_token_file = " + m_home.filePath(QStringLiteral("token")).toUtf8() +
                "\nrole_arn = " + kRole.toUtf8() +
                "\nrole_session_name = from-profile\n"
                "aws_access_key_id = AKIAIGNOREDIGNORED01\naws_secret_access_key = IgnoredSecretValue\n");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("pod"));
        const auto credentials = fetch(env);
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QVERIFY(credentials->source.contains(u"profile pod"));
        QCOMPARE(callerArn(credentials->credentials),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/kvs-viewer-qa/from-profile"));
    }

    void webIdentityUntrustedTokenIsInvalidIdentityToken()
    {
        writeFile(QStringLiteral("token"), "some-other-token");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_home.filePath(QStringLiteral("token")));
        env.insert(QStringLiteral("AWS_ROLE_ARN"), kRole);
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("InvalidIdentityToken"));
    }

    void webIdentityWithoutRoleIsAnError()
    {
        writeFile(QStringLiteral("token"), "emulator-web-identity-token");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_home.filePath(QStringLiteral("token")));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("InvalidProfile"));
        QVERIFY(credentials.error().message.contains(u"AWS_ROLE_ARN"));
    }

    void webIdentityFaultReachesTheCaller()
    {
        arm({{QStringLiteral("action"), QStringLiteral("AssumeRoleWithWebIdentity")},
             {QStringLiteral("errorType"), QStringLiteral("IDPCommunicationError")},
             {QStringLiteral("status"), 400}});
        writeFile(QStringLiteral("token"), "emulator-web-identity-token");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_home.filePath(QStringLiteral("token")));
        env.insert(QStringLiteral("AWS_ROLE_ARN"), kRole);
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("IDPCommunicationError"));
    }

    void containerCredentialsWithTokenFile()
    {
        writeFile(QStringLiteral("container-token"), "emulator-container-token");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                   m_harness->server->controlEndpoint() + u"/v1/credentials");
        env.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"),
                   m_home.filePath(QStringLiteral("container-token")));
        env.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("the-file-wins"));
        const auto credentials = fetch(env);
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QVERIFY(credentials->source.contains(u"container credentials"));
        QCOMPARE(callerArn(credentials->credentials),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/kvs-viewer-task/emulator-task"));
    }

    void containerWrongTokenFailsAfterRetries()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                   m_harness->server->controlEndpoint() + u"/v2/credentials/task-1");
        env.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("wrong"));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("ContainerCredentialsFailed"));
        QVERIFY2(credentials.error().message.contains(u"HTTP 401"), qPrintable(credentials.error().message));
        QVERIFY(credentials.error().message.contains(u"3 times"));
    }

    void containerRetriesPastOneFault()
    {
        arm({{QStringLiteral("action"), QStringLiteral("ContainerCredentials")},
             {QStringLiteral("errorType"), QStringLiteral("ServiceUnavailable")},
             {QStringLiteral("status"), 503}});
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                   m_harness->server->controlEndpoint() + u"/v2/credentials/task-1");
        env.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"),
                   QStringLiteral("emulator-container-token"));
        const auto credentials = fetch(env);
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
    }

    void containerPlainHttpToAForeignHostIsRefused()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                   QStringLiteral("http://metadata.example.com/creds"));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("InvalidContainerUri"));
    }

    void instanceMetadataV2()
    {
        const auto credentials = fetch(environment());
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QCOMPARE(credentials->source, QStringLiteral("EC2 instance metadata (role kvs-viewer-instance)"));
        QCOMPARE(
            callerArn(credentials->credentials),
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/kvs-viewer-instance/i-0emulator0000001"));
    }

    void instanceMetadataRefreshesBeforeExpiry()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.instanceMetadata.credentialSeconds = 600;
        start(config);
        const auto first = fetch(environment());
        QVERIFY2(first.ok(), qPrintable(why(first)));
        // Still more than the refresh margin (300 s) away from expiry: the cached set.
        m_harness->clock.advanceMs(200 * 1000);
        const auto cached = fetch(environment());
        QVERIFY(cached.ok());
        QCOMPARE(cached->credentials.accessKeyId, first->credentials.accessKeyId);
        // Inside the margin: fetched anew from IMDS.
        m_harness->clock.advanceMs(200 * 1000);
        const auto second = fetch(environment());
        QVERIFY2(second.ok(), qPrintable(why(second)));
        QVERIFY(second->credentials.accessKeyId != first->credentials.accessKeyId);
        QVERIFY(second->expiration > first->expiration);
    }

    void instanceMetadataTokenFaultEndsTheChain()
    {
        arm({{QStringLiteral("action"), QStringLiteral("InstanceMetadataToken")},
             {QStringLiteral("errorType"), QStringLiteral("ServiceUnavailable")},
             {QStringLiteral("status"), 503}});
        const auto credentials = fetch(environment());
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("NoCredentials"));
        QVERIFY2(credentials.error().message.contains(u"HTTP 503"), qPrintable(credentials.error().message));
    }

    void instanceMetadataRefusedTokenFallsBackToV1()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.instanceMetadata.v1Allowed = true;
        start(config);
        arm({{QStringLiteral("action"), QStringLiteral("InstanceMetadataToken")},
             {QStringLiteral("errorType"), QStringLiteral("Forbidden")},
             {QStringLiteral("status"), 403}});
        const auto credentials = fetch(environment());
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
    }

    void instanceMetadataV1DisabledDoesNotFallBack()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.instanceMetadata.v1Allowed = true;
        start(config);
        arm({{QStringLiteral("action"), QStringLiteral("InstanceMetadataToken")},
             {QStringLiteral("errorType"), QStringLiteral("Forbidden")},
             {QStringLiteral("status"), 403}});
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_EC2_METADATA_V1_DISABLED"), QStringLiteral("true"));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QVERIFY(credentials.error().message.contains(u"IMDSv1 is disabled"));
    }

    void instanceMetadataWithoutRole()
    {
        EmulatorConfig config = EmulatorConfig::defaults();
        config.instanceMetadata.roleName.clear();
        start(config);
        const auto credentials = fetch(environment());
        QVERIFY(!credentials.ok());
        QVERIFY2(credentials.error().message.contains(u"no IAM role"),
                 qPrintable(credentials.error().message));
    }

    void instanceMetadataDisabled()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("NoCredentials"));
        QVERIFY(!m_harness->server->hub()
                     ->stats()
                     .value(u"attempts")
                     .toObject()
                     .contains(u"InstanceMetadataToken"));
    }

    void silentMetadataServiceTimesOut()
    {
        // A host that accepts the connection and never answers, as a captive network might: the short
        // metadata timeout ends the chain instead of hanging.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
                   u"http://127.0.0.1:" + QString::number(silent.serverPort()));
        env.insert(QStringLiteral("AWS_METADATA_SERVICE_TIMEOUT"), QStringLiteral("0.3"));
        const auto credentials = fetch(env);
        QVERIFY(!credentials.ok());
        QCOMPARE(credentials.error().code, QStringLiteral("NoCredentials"));
        QVERIFY(credentials.error().message.contains(u"EC2 instance metadata"));
    }

    void profileWithoutCredentialsFallsThroughToInstanceMetadata()
    {
        writeFile(QStringLiteral("config"), "[default]\nregion = eu-west-1\n");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
        const auto credentials = fetch(env);
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QVERIFY(credentials->source.startsWith(u"EC2 instance metadata"));
    }
};

QTEST_MAIN(TestEmulatorComputeCredentials)
#include "tst_emulatorcomputecredentials.moc"
