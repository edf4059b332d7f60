#include "core/settings/viewersettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

/// Typed settings: a round trip of the form, recent channels, and no secret in the file.
class TestViewerSettings : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kvs-viewer.conf"));
        ConnectionForm form;
        form.credentialMode = CredentialMode::Manual;
        form.accessKeyId = QStringLiteral("AKIALEAKCANARY000001");
        form.secretAccessKey = QStringLiteral("LeakCanarySecret/Value+0000");
        form.sessionToken = QStringLiteral("LeakCanaryToken==");
        form.channel = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/demo/1");
        form.region = QStringLiteral("us-west-2");
        form.clientId = QStringLiteral("viewer-1");
        form.caFile = QStringLiteral("/etc/ca.pem");
        form.fips = true;
        form.maxRetries = 5;
        {
            QSettings settings(path, QSettings::IniFormat);
            ViewerSettings(settings).saveForm(form);
        }
        QSettings settings(path, QSettings::IniFormat);
        const ConnectionForm restored = ViewerSettings(settings).lastForm();
        QCOMPARE(restored.credentialMode, CredentialMode::Manual);
        QCOMPARE(restored.channel, form.channel);
        QCOMPARE(restored.region, form.region);
        QCOMPARE(restored.clientId, form.clientId);
        QCOMPARE(restored.caFile, form.caFile);
        QCOMPARE(restored.fips, true);
        QCOMPARE(restored.maxRetries, 5);
        QVERIFY(restored.accessKeyId.isEmpty());
        QVERIFY(restored.secretAccessKey.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("credentialMode=manual")); // enums as strings
        QVERIFY(!text.contains("LEAKCANARY"));
        QVERIFY(!text.contains("LeakCanary"));
    }

    void recentChannelsAreNewestFirstAndBounded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        ViewerSettings viewer(settings);
        ConnectionForm form;
        for (int i = 0; i < 15; ++i) {
            form.channel = QStringLiteral("channel-%1").arg(i);
            viewer.saveForm(form);
        }
        form.channel = QStringLiteral("channel-7");
        viewer.saveForm(form);
        const QStringList recent = viewer.recentChannels();
        QCOMPARE(recent.size(), ViewerSettings::kMaxRecentChannels);
        QCOMPARE(recent.first(), QStringLiteral("channel-7"));
        QCOMPARE(recent.count(QStringLiteral("channel-7")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("channel-14"));
    }

    void handEditedValuesStayHarmless()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("connection/credentialMode"), QStringLiteral("bogus"));
        settings.setValue(QStringLiteral("connection/maxRetries"), QStringLiteral("many"));
        const ConnectionForm form = ViewerSettings(settings).lastForm();
        QCOMPARE(form.credentialMode, CredentialMode::Environment);
        QCOMPARE(form.maxRetries, kDefaultMaxRetries);
    }
};

QTEST_GUILESS_MAIN(TestViewerSettings)
#include "tst_viewersettings.moc"
