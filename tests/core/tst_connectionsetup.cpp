// ConnectionSetup: a form's setup round-trips through its JSON without a secret; a file from someone else
// is read with warnings for what is unknown and an error naming the key for what is wrong or secret.
#include "core/settings/connectionsetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kvs;

namespace {

ConnectionForm sampleForm()
{
    ConnectionForm form;
    form.credentialMode = CredentialMode::Profile;
    form.profile = QStringLiteral("support");
    form.accessKeyId = QStringLiteral("AKIASETUPNEVERSAVED1");
    form.secretAccessKey = QStringLiteral("SetupSecretNeverSaved/1");
    form.sessionToken = QStringLiteral("SetupTokenNeverSavedAnywhere0123456789");
    form.channel = QStringLiteral("arn:aws:kinesisvideo:eu-west-1:123456789012:channel/lobby/1700000000000");
    form.region = QStringLiteral("eu-west-1");
    form.clientId = QStringLiteral("support-viewer-1");
    form.endpointOverride = QStringLiteral("https://vpce-1.kinesisvideo.eu-west-1.vpce.amazonaws.com");
    form.caFile = QStringLiteral("/etc/ssl/corp-ca.pem");
    form.maxRetries = 3;
    return form;
}

QByteArray with(const QJsonObject &extra)
{
    QJsonObject object =
        QJsonDocument::fromJson(ConnectionSetup::fromForm(sampleForm(), MediaOptions{}).toJson()).object();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson();
}

} // namespace

class TestConnectionSetup : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsWithoutSecrets()
    {
        MediaOptions media;
        media.codec = VideoCodecPreference::Vp8;
        media.iceTransport = IceTransportPolicy::Relay;
        media.useStun = false;
        media.receiveAudio = false;
        const ConnectionForm form = sampleForm();
        const QByteArray json = ConnectionSetup::fromForm(form, media, ClientIdPolicy::Fixed).toJson();
        for (const QString &secret : {form.accessKeyId, form.secretAccessKey, form.sessionToken})
            QVERIFY2(!json.contains(secret.toUtf8()), json.constData());
        QVERIFY(!json.toLower().contains("secret"));
        QVERIFY(!json.toLower().contains("token"));
        QVERIFY(json.contains("\"kvsViewerSetup\": 1"));

        const auto parsed = ConnectionSetup::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->warnings.isEmpty());
        ConnectionForm blank;
        blank.clientId = QStringLiteral("my-own-id");
        const ConnectionForm restored = parsed->setup.applyTo(blank);
        QCOMPARE(restored.channel, form.channel);
        QCOMPARE(restored.region, form.region);
        QCOMPARE(restored.endpointOverride, form.endpointOverride);
        QCOMPARE(restored.caFile, form.caFile);
        QCOMPARE(restored.clientId, form.clientId); // fixed
        QCOMPARE(restored.credentialMode, CredentialMode::Profile);
        QCOMPARE(restored.profile, QStringLiteral("support"));
        QCOMPARE(restored.maxRetries, 3);
        QVERIFY(restored.accessKeyId.isEmpty());
        QVERIFY(restored.secretAccessKey.isEmpty());
        const MediaOptions media2 = parsed->setup.applyTo(MediaOptions{});
        QCOMPARE(media2.codec, VideoCodecPreference::Vp8);
        QCOMPARE(media2.iceTransport, IceTransportPolicy::Relay);
        QCOMPARE(media2.useStun, false);
        QCOMPARE(media2.receiveAudio, false);
    }

    void theInstallPolicyKeepsTheReadersClientId()
    {
        const auto parsed = ConnectionSetup::fromJson(ConnectionSetup::fromForm(sampleForm(), {}).toJson());
        QVERIFY(parsed.ok());
        ConnectionForm mine;
        mine.clientId = QStringLiteral("my-own-id");
        QCOMPARE(parsed->setup.applyTo(mine).clientId, QStringLiteral("my-own-id"));
    }

    void unknownKeysAreWarnings()
    {
        const auto parsed =
            ConnectionSetup::fromJson(with({{QStringLiteral("colour"), QStringLiteral("blue")}}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY(parsed->warnings.constFirst().contains(QStringLiteral("colour")));
    }

    void badValuesNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray("{\"channel\":\"a\"}") << QStringLiteral("kvsViewerSetup");
        QTest::newRow("newer") << with({{QStringLiteral("kvsViewerSetup"), 2}})
                               << QStringLiteral("kvsViewerSetup");
        QTest::newRow("region") << with({{QStringLiteral("region"), QStringLiteral("mars-1")}})
                                << QStringLiteral("region:");
        QTest::newRow("region type") << with({{QStringLiteral("region"), 5}}) << QStringLiteral("region:");
        QTest::newRow("channel") << with({{QStringLiteral("channel"), QStringLiteral("bad name!")}})
                                 << QStringLiteral("channel:");
        QTest::newRow("endpoint") << with({{QStringLiteral("endpointUrl"), QStringLiteral("ftp://x")}})
                                  << QStringLiteral("endpointUrl:");
        QTest::newRow("policy") << with({{QStringLiteral("clientIdPolicy"), QStringLiteral("random")}})
                                << QStringLiteral("clientIdPolicy:");
        QTest::newRow("fixed id") << with({{QStringLiteral("clientIdPolicy"), QStringLiteral("fixed")},
                                           {QStringLiteral("clientId"), QStringLiteral("AWS_reserved")}})
                                  << QStringLiteral("clientId:");
        QTest::newRow("retries") << with({{QStringLiteral("maxRetries"), 99}})
                                 << QStringLiteral("maxRetries:");
        QTest::newRow("fips") << with({{QStringLiteral("fips"), QStringLiteral("yes")}})
                              << QStringLiteral("fips:");
        QTest::newRow("codec") << with({{QStringLiteral("media"), QJsonObject{{QStringLiteral("codec"), 1}}}})
                               << QStringLiteral("media.codec:");
        QTest::newRow("source") << with({{QStringLiteral("credentialSource"), QStringLiteral("keychain")}})
                                << QStringLiteral("credentialSource:");
        QTest::newRow("secret") << with({{QStringLiteral("secretAccessKey"), QStringLiteral("x")}})
                                << QStringLiteral("secretAccessKey:");
        QTest::newRow("token") << with({{QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("x")}})
                               << QStringLiteral("AWS_SESSION_TOKEN:");
        QTest::newRow("key id") << with({{QStringLiteral("accessKeyId"), QStringLiteral("AKIA")}})
                                << QStringLiteral("accessKeyId:");
        QTest::newRow("huge") << QByteArray(ConnectionSetup::kMaxBytes + 1, ' ') << QStringLiteral("KiB");
    }

    void badValuesNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const auto parsed = ConnectionSetup::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("InvalidSetup"));
        QVERIFY2(parsed.error().message.contains(key), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSetup)
#include "tst_connectionsetup.moc"
