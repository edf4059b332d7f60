#include "core/aws/sigv4.h"
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

    // A presigned viewer URL is connected with as is: its channel, region and ClientId, the form's trust
    // store and retries; a master's URL and an expired one are refused with what to do.
    void aPresignedUrlPlansItsOwnTarget()
    {
        const QDateTime signedAt(QDate(2026, 11, 30), QTime(2, 0, 0), Qt::UTC);
        sigv4::PresignRequest request;
        request.endpoint = QStringLiteral("wss://v-abcd1234.kinesisvideo.eu-central-1.amazonaws.com");
        request.region = QStringLiteral("eu-central-1");
        const QString arn =
            QStringLiteral("arn:aws:kinesisvideo:eu-central-1:444455556666:channel/cam/1700000000001");
        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), arn},
                                   {QStringLiteral("X-Amz-ClientId"), QStringLiteral("support-7")}};
        request.credentials = {QStringLiteral("AKIAEXAMPLEKEY000001"), QStringLiteral("Secret/1"), QString()};
        request.signingTime = signedAt;
        request.expiresSeconds = 300;
        const QByteArray url = sigv4::presignUrl(request).value();

        ConnectionForm form; // empty: a presigned URL needs no channel, region or keys from the form
        form.maxRetries = 2;
        const auto plan = planPresignedConnection(form, QString::fromLatin1(url), signedAt.addSecs(60),
                                                  QProcessEnvironment());
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->target.presignedUrl, url);
        QVERIFY(plan->target.usesPresignedUrl());
        QCOMPARE(plan->target.channelArn, arn);
        QCOMPARE(plan->target.region, QStringLiteral("eu-central-1"));
        QCOMPARE(plan->target.clientId, QStringLiteral("support-7"));
        QCOMPARE(plan->settings.retry.maxAttempts, 3);

        const auto expired = planPresignedConnection(form, QString::fromLatin1(url), signedAt.addSecs(301),
                                                     QProcessEnvironment());
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, QStringLiteral("ExpiredPresignedUrl"));
        QVERIFY2(expired.error().message.contains(QStringLiteral("expired at 2026-11-30 02:05:00 UTC")),
                 qPrintable(expired.error().message));

        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), arn}}; // ConnectAsMaster
        const auto master =
            presignedViewerUrl(QString::fromLatin1(sigv4::presignUrl(request).value()), signedAt.addSecs(60));
        QVERIFY(!master.ok());
        QVERIFY2(master.error().message.contains(QStringLiteral("master")),
                 qPrintable(master.error().message));
        QCOMPARE(presignedViewerUrl(QStringLiteral("wss://example.com/"), signedAt).error().code,
                 QStringLiteral("InvalidPresignedUrl"));
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
