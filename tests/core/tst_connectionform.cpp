#include "core/common/clientid.h"
#include "core/common/retrypolicy.h"
#include "core/connection/connectionplan.h"
#include "core/settings/connectionform.h"

#include <QTest>

using namespace kvs;

/// The connection form's validation as a whole: which fields are checked per credential mode, the
/// channel as name or ARN, region fallback and mismatch warning, and when Connect may be enabled.
class TestConnectionForm : public QObject
{
    Q_OBJECT

private:
    static ConnectionForm validForm()
    {
        ConnectionForm form;
        form.channel = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1");
        form.clientId = QStringLiteral("viewer-1");
        return form;
    }

private slots:
    void arnAloneIsEnough()
    {
        const FormValidation v = validateConnectionForm(validForm(), true);
        QVERIFY(v.canConnect());
        QCOMPARE(v.effectiveRegion, QStringLiteral("us-west-2"));
        QVERIFY(v.channel && v.channel->isArn());
        QVERIFY(v.warnings.isEmpty());
    }

    void maxRetriesCountsRetriesAsTheCliDoes()
    {
        // "Max retries" N allows N retries after the first attempt, as the CLI's --max-retries N; the GUI's
        // default is the CLI's default and the retry policy's.
        QCOMPARE(ConnectionForm().maxRetries, kDefaultMaxRetries);
        QCOMPARE(RetryPolicy::Settings().maxAttempts, kDefaultMaxRetries + 1);
        for (const int retries : {0, 1, 7, 50}) {
            ConnectionForm form = validForm();
            form.maxRetries = retries;
            const Result<ConnectionPlan> plan = planConnection(form, QProcessEnvironment());
            QVERIFY(plan.ok());
            QCOMPARE(plan->settings.retry.maxAttempts, retries + 1);
        }
    }

    void nameNeedsRegion()
    {
        ConnectionForm form = validForm();
        form.channel = QStringLiteral("demo-channel");
        FormValidation v = validateConnectionForm(form, true);
        QVERIFY(!v.canConnect());
        QCOMPARE(v.result(FormField::Region).rule, ValidationRule::Empty);
        QVERIFY(v.result(FormField::Region).message.contains(u"channel name needs"));
        form.region = QStringLiteral("eu-west-1");
        v = validateConnectionForm(form, true);
        QVERIFY(v.canConnect());
        QCOMPARE(v.channel->name, QStringLiteral("demo-channel"));
        QVERIFY(!v.channel->isArn());
    }

    void regionMismatchWarnsButAllows()
    {
        ConnectionForm form = validForm();
        form.region = QStringLiteral("eu-west-1");
        const FormValidation v = validateConnectionForm(form, true);
        QVERIFY(v.canConnect());
        QCOMPARE(v.warnings.size(), 1);
        QVERIFY(v.warnings.constFirst().contains(u"us-west-2"));
        QVERIFY(v.warnings.constFirst().contains(u"eu-west-1"));
    }

    void badFieldsBlock_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("formField");
        QTest::newRow("bad arn") << "channel"
                                 << "arn:aws:kinesisvideo:us-west-2:1:channel/x" << int(FormField::Channel);
        QTest::newRow("bad name") << "channel"
                                  << "a/b" << int(FormField::Channel);
        QTest::newRow("empty channel") << "channel"
                                       << "" << int(FormField::Channel);
        QTest::newRow("reserved client id") << "clientId"
                                            << "AWS_x" << int(FormField::ClientId);
        QTest::newRow("bad region") << "region"
                                    << "Oregon" << int(FormField::Region);
        QTest::newRow("remote http endpoint") << "endpoint"
                                              << "http://example.com" << int(FormField::Endpoint);
    }
    void badFieldsBlock()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, formField);
        ConnectionForm form = validForm();
        if (field == u"channel")
            form.channel = value;
        else if (field == u"clientId")
            form.clientId = value;
        else if (field == u"region")
            form.region = value;
        else
            form.endpointOverride = value;
        const FormValidation v = validateConnectionForm(form, true);
        QVERIFY(!v.canConnect());
        QVERIFY(!v.result(static_cast<FormField>(formField)).ok());
        QVERIFY(!v.result(static_cast<FormField>(formField)).message.isEmpty());
    }

    void manualModeChecksKeys()
    {
        ConnectionForm form = validForm();
        form.credentialMode = CredentialMode::Manual;
        QVERIFY(!validateConnectionForm(form, true).canConnect());
        form.accessKeyId = QStringLiteral("AKIA4F7WJQR7FMMWMNXI");
        form.secretAccessKey = QStringLiteral("secret");
        QVERIFY(validateConnectionForm(form, true).canConnect());
        form.sessionToken = QStringLiteral("has space");
        QCOMPARE(validateConnectionForm(form, true).result(FormField::SessionToken).rule,
                 ValidationRule::BadCharacters);
    }

    void profileModeNeedsProfile()
    {
        ConnectionForm form = validForm();
        form.credentialMode = CredentialMode::Profile;
        QVERIFY(!validateConnectionForm(form, true).canConnect());
        form.profile = QStringLiteral("qa");
        QVERIFY(validateConnectionForm(form, true).canConnect());
    }

    void caFileMustBeReadable()
    {
        ConnectionForm form = validForm();
        form.caFile = QStringLiteral("/nonexistent.pem");
        QVERIFY(!validateConnectionForm(form, false).canConnect());
        QVERIFY(validateConnectionForm(form, true).canConnect());
    }

    void clientIdsAreValidAndDistinct()
    {
        quint32 counter = 0;
        const QString a = makeClientId([&] { return ++counter; });
        const QString b = makeClientId([&] { return ++counter; });
        QVERIFY(a != b);
        QCOMPARE(a.size(), 19);
        QVERIFY(validateClientId(a).ok());
        QCOMPARE(makeClientId([] { return 0xffffffffu; }), QStringLiteral("viewer-ffffffffffff"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionForm)
#include "tst_connectionform.moc"
