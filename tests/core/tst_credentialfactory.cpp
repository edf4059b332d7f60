#include "core/common/clock.h"
#include "core/common/redaction.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialfactory.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace kvs;

namespace {

const QDateTime kNow = QDateTime(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);

/// A runner that must not be asked: no choice here has a credential_process.
class NoRunner final : public ProcessRunner
{
public:
    void run(const QStringList &, const QProcessEnvironment &, int, QObject *, Callback done) override
    {
        QFAIL("no credential_process was configured");
        done({});
    }
};

Result<ResolvedCredentials> fetchFrom(CredentialsProvider &provider)
{
    std::optional<Result<ResolvedCredentials>> answer;
    provider.fetch([&answer](const Result<ResolvedCredentials> &result) { answer = result; });
    [&] {
        QTRY_VERIFY(answer.has_value());
    }();
    return answer ? *answer : Result<ResolvedCredentials>(Error{QStringLiteral("NoAnswer"), QString()});
}

} // namespace

/// The one credentials factory: each choice the form and the CLI's flags make gives the right provider,
/// and every secret of each choice is redacted afterwards.
class TestCredentialFactory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QFile file(m_home.filePath(QStringLiteral("credentials")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[qa]\naws_access_key_id = AKIAPROFILEPROFILE01\n"
                   "aws_secret_access_key = ProfileFactorySecret/42\n"
                   "aws_session_token = ProfileFactoryToken+77\n");
        file.close();
        m_environment.clear();
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), file.fileName());
        m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENT00001"));
        m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("EnvFactorySecret/31"));
        m_environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("EnvFactoryToken+99"));
    }

    void typedKeysGiveAFixedSetAndAreRedactedAtOnce()
    {
        CredentialChoice choice;
        choice.mode = CredentialMode::Manual;
        choice.typedKeys = {QStringLiteral("AKIATYPEDTYPEDTYPE01"), QStringLiteral("TypedFactorySecret/11"),
                            QStringLiteral("TypedFactoryToken+22")};
        choice.typedKeysSource = QStringLiteral("keys typed into the form");
        const auto source = makeCredentialSource(choice, context());
        QVERIFY(source);
        QCOMPARE(source->chain(), nullptr);
        // Registered by the factory itself, before anything fetched them.
        const QString line = QStringLiteral("echo TypedFactorySecret/11 TypedFactoryToken+22");
        QVERIFY(!redact(line).contains(u"TypedFactorySecret"));
        QVERIFY(!redact(line).contains(u"TypedFactoryToken"));
        const auto credentials = fetchFrom(source->provider());
        QVERIFY(credentials);
        QCOMPARE(credentials->credentials.accessKeyId, QStringLiteral("AKIATYPEDTYPEDTYPE01"));
        QCOMPARE(credentials->credentials.secretAccessKey, QStringLiteral("TypedFactorySecret/11"));
        QCOMPARE(credentials->credentials.sessionToken, QStringLiteral("TypedFactoryToken+22"));
        QCOMPARE(credentials->source, QStringLiteral("keys typed into the form"));
    }

    void environmentGivesTheChainFromTheEnvironmentKeys()
    {
        CredentialChoice choice;
        choice.mode = CredentialMode::Environment;
        choice.profile = QStringLiteral("qa"); // ignored: only Profile names a profile
        const auto source = makeCredentialSource(choice, context());
        QVERIFY(source->chain());
        QCOMPARE(source->chain()->profileSelection().name, QStringLiteral("default"));
        const auto credentials = fetchFrom(source->provider());
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error().message));
        QCOMPARE(credentials->source, QStringLiteral("environment"));
        QCOMPARE(credentials->credentials.accessKeyId, QStringLiteral("AKIAENVIRONMENT00001"));
        const QString line = QStringLiteral("EnvFactorySecret/31 EnvFactoryToken+99");
        QVERIFY(!redact(line).contains(u"EnvFactorySecret"));
        QVERIFY(!redact(line).contains(u"EnvFactoryToken"));
    }

    void profileGivesTheChainWithThatProfile()
    {
        CredentialChoice choice;
        choice.mode = CredentialMode::Profile;
        choice.profile = QStringLiteral("qa");
        choice.typedKeys = {
            QStringLiteral("AKIATYPEDTYPEDTYPE02"), QStringLiteral("UnusedTypedSecret/5"), {}};
        const auto source = makeCredentialSource(choice, context());
        QVERIFY(source->chain());
        QCOMPARE(source->chain()->profileSelection().name, QStringLiteral("qa"));
        const auto credentials = fetchFrom(source->provider());
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error().message));
        QVERIFY2(credentials->source.contains(u"qa"), qPrintable(credentials->source));
        QCOMPARE(credentials->credentials.accessKeyId, QStringLiteral("AKIAPROFILEPROFILE01"));
        const QString line = QStringLiteral("ProfileFactorySecret/42 ProfileFactoryToken+77");
        QVERIFY(!redact(line).contains(u"ProfileFactorySecret"));
        QVERIFY(!redact(line).contains(u"ProfileFactoryToken"));
    }

    void theChainLogsThroughTheContext()
    {
        QStringList lines;
        CredentialContext withLog = context();
        withLog.surface = Surface::CommandLine;
        withLog.log = [&lines](const QString &line) {
            lines.append(line);
        };
        CredentialChoice choice;
        choice.mode = CredentialMode::Profile;
        choice.profile = QStringLiteral("qa");
        const auto source = makeCredentialSource(choice, withLog);
        QVERIFY(fetchFrom(source->provider()));
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(!line.contains(u"ProfileFactorySecret"), qPrintable(line));
    }

private:
    CredentialContext context()
    {
        CredentialContext context;
        context.environment = m_environment;
        context.clock = &m_clock;
        context.network = &m_network;
        context.runner = &m_runner;
        return context;
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    FixedClock m_clock{kNow};
    QNetworkAccessManager m_network;
    NoRunner m_runner;
};

QTEST_GUILESS_MAIN(TestCredentialFactory)
#include "tst_credentialfactory.moc"
