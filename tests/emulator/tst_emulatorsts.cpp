// STS (GetCallerIdentity, AssumeRole) and the SSO portal (GetRoleCredentials) at the emulator's control
// endpoint over real TLS, with the project's own StsClient and SsoClient as the clients.
#include "core/credentials/ssoclient.h"
#include "core/credentials/stsclient.h"
#include "emulatorharness.h"

using namespace kvs;
using namespace kvs::emulator;
using namespace kvs::emulator::test;

namespace {

template <typename T, typename Call>
Result<T> wait(Call call)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&result](const Result<T> &value) { result = value; });
    for (int i = 0; i < 200 && !result; ++i)
        QTest::qWait(25);
    if (!result)
        return Error{QStringLiteral("Timeout"), QStringLiteral("no answer")};
    return *result;
}

template <typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code + u": " + result.error().message;
}

const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/kvs-viewer-qa");

} // namespace

class TestEmulatorSts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_harness = std::make_unique<Harness>();
        m_options.caCertificates = {m_harness->authority.caCertificate()};
    }
    void cleanup() { m_harness.reset(); }

    void getCallerIdentity()
    {
        const auto identity = callerIdentity(m_harness->credentials());
        QVERIFY2(identity.ok(), qPrintable(why(identity)));
        QCOMPARE(identity->account, QStringLiteral("111122223333"));
        QCOMPARE(identity->arn, QStringLiteral("arn:aws:iam::111122223333:user/emulator-demo"));
        QVERIFY(!identity->userId.isEmpty());
    }

    void badSignatureIsSignatureDoesNotMatch()
    {
        AwsCredentials wrong = m_harness->credentials();
        wrong.secretAccessKey = QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret1");
        const auto identity = callerIdentity(wrong);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("SignatureDoesNotMatch"));

        AwsCredentials unknown = m_harness->credentials();
        unknown.accessKeyId = QStringLiteral("AKIAUNKNOWNUNKNOWN00");
        QCOMPARE(callerIdentity(unknown).error().code, QStringLiteral("InvalidClientTokenId"));
    }

    void assumedRoleCredentialsWorkEverywhere()
    {
        const auto assumed = assumeRole(m_harness->credentials(), kRole);
        QVERIFY2(assumed.ok(), qPrintable(why(assumed)));
        const AwsCredentials temporary = assumed->credentials;
        QVERIFY(temporary.accessKeyId.startsWith(u"ASIA"));
        QVERIFY(!temporary.sessionToken.isEmpty());
        QVERIFY(assumed->expiration > m_harness->clock.now().addSecs(3500));

        const auto identity = callerIdentity(temporary);
        QVERIFY2(identity.ok(), qPrintable(why(identity)));
        QCOMPARE(identity->arn,
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/kvs-viewer-qa/qa-run"));

        const RawResponse describe = m_harness->post(
            "/describeSignalingChannel", {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}},
            temporary, m_harness->clock.now());
        QCOMPARE(describe.status, 200);

        // Without its session token the temporary key is not accepted.
        AwsCredentials noToken = temporary;
        noToken.sessionToken.clear();
        QCOMPARE(m_harness
                     ->post("/describeSignalingChannel",
                            {{QStringLiteral("ChannelName"), QStringLiteral("demo-channel")}}, noToken,
                            m_harness->clock.now())
                     .status,
                 403);

        // After expiry: ExpiredToken.
        m_harness->clock.advanceMs(3601 * 1000);
        QCOMPARE(callerIdentity(temporary).error().code, QStringLiteral("ExpiredToken"));
    }

    void untrustedCallerIsAccessDenied()
    {
        EmulatorConfig config = EmulatorConfig::fromJson(R"({"identities": [
            {"accessKeyId": "AKIAEMULATORDEMO0001", "secretAccessKey": "EmulatorDemoSecretKey/NotForAws+00000000"},
            {"accessKeyId": "AKIAEMULATOROTHER001", "secretAccessKey": "EmulatorOtherSecretKey/NotForAws+0000000"}]})")
                                    .value();
        m_harness = std::make_unique<Harness>(config);
        m_options.caCertificates = {m_harness->authority.caCertificate()};
        const auto denied = assumeRole(m_harness->credentials(1), kRole);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, QStringLiteral("AccessDenied"));
        const auto unknownRole =
            assumeRole(m_harness->credentials(0), QStringLiteral("arn:aws:iam::111122223333:role/nope"));
        QCOMPARE(unknownRole.error().code, QStringLiteral("AccessDenied"));
        QVERIFY(assumeRole(m_harness->credentials(0), kRole).ok());
    }

    void ssoTokenExchange()
    {
        QNetworkAccessManager network;
        SsoClient client(&network, QStringLiteral("us-west-2"), m_harness->server->controlEndpoint(),
                         m_options);
        SsoToken token;
        token.accessToken = QStringLiteral("emulator-sso-token");
        const auto credentials = wait<ResolvedCredentials>([&](QObject *context, auto done) {
            client.getRoleCredentials(token, QStringLiteral("111122223333"), QStringLiteral("kvs-viewer-qa"),
                                      QStringLiteral("qa"), context, done);
        });
        QVERIFY2(credentials.ok(), qPrintable(why(credentials)));
        QVERIFY(credentials->credentials.accessKeyId.startsWith(u"ASIA"));
        QVERIFY(credentials->expiration > m_harness->clock.now());
        QVERIFY(callerIdentity(credentials->credentials).ok());

        token.accessToken = QStringLiteral("not-a-token");
        QNetworkRequest request(
            QUrl(m_harness->server->controlEndpoint() +
                 QStringLiteral("/federation/credentials?role_name=kvs-viewer-qa&account_id="
                                "111122223333")));
        request.setSslConfiguration(m_harness->tls());
        request.setRawHeader("x-amz-sso_bearer_token", "not-a-token");
        const RawResponse raw = m_harness->send(request, {}, "GET");
        QCOMPARE(raw.status, 401);
        QCOMPARE(raw.errorType(), QStringLiteral("UnauthorizedException"));
        const auto refused = wait<ResolvedCredentials>([&](QObject *context, auto done) {
            client.getRoleCredentials(token, QStringLiteral("111122223333"), QStringLiteral("kvs-viewer-qa"),
                                      QStringLiteral("qa"), context, done);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("SsoLoginRequired"));
    }

private:
    Result<CallerIdentity> callerIdentity(const AwsCredentials &caller)
    {
        QNetworkAccessManager network;
        StsClient client(&network, m_harness->clock, QStringLiteral("us-west-2"),
                         m_harness->server->controlEndpoint(), m_options);
        return wait<CallerIdentity>(
            [&](QObject *context, auto done) { client.getCallerIdentity(caller, context, done); });
    }

    Result<ResolvedCredentials> assumeRole(const AwsCredentials &caller, const QString &role)
    {
        QNetworkAccessManager network;
        StsClient client(&network, m_harness->clock, QStringLiteral("us-west-2"),
                         m_harness->server->controlEndpoint(), m_options);
        AssumeRoleParameters parameters;
        parameters.roleArn = role;
        parameters.roleSessionName = QStringLiteral("qa-run");
        return wait<ResolvedCredentials>(
            [&](QObject *context, auto done) { client.assumeRole(parameters, caller, context, done); });
    }

    std::unique_ptr<Harness> m_harness;
    HttpOptions m_options;
};

QTEST_MAIN(TestEmulatorSts)
#include "tst_emulatorsts.moc"
