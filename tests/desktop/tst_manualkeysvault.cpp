#include "core/common/redaction.h"
#include "desktop/manualkeysvault.h"
#include "desktop/viewerapp.h"
#include "keychain/keychainstore.h"
#include "ui/connectionformpanel.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

namespace {

const QString kService = QStringLiteral("kvs-signaling-viewer-vault-test");
const QString kKeyId = QStringLiteral("AKIAVAULTTEST0000001");
const QString kSecret = QStringLiteral("VaultSecret/Value+Distinct42");
const QString kToken = QStringLiteral("VaultSessionToken==Distinct42");

/// "roundtrip": a private D-Bus session with an unlocked gnome-keyring-daemon; "none": no session bus.
QByteArray mode()
{
    return qgetenv("KVS_KEYCHAIN_MODE");
}

/// Runs call and waits until the vault answered it; false when it answered synchronously or never.
bool answered(ManualKeysVault &vault, const std::function<void()> &call)
{
    QSignalSpy finished(&vault, &ManualKeysVault::finished);
    call();
    // Asynchronous: the call returns before the keychain answered (the UI thread never waits for it).
    if (!finished.isEmpty())
        return false;
    return finished.wait(30000);
}

template <typename T>
T *child(const ViewerApp &app, const char *name)
{
    return app.window()->findChild<T *>(QLatin1String(name));
}

/// Writes the settings of a manual-keys connection to an unreachable loopback endpoint.
void writeManualSettings(QSettings &settings)
{
    settings.setValue(QStringLiteral("connection/credentialMode"), QStringLiteral("manual"));
    settings.setValue(QStringLiteral("connection/channel"), QStringLiteral("vault-test-channel"));
    settings.setValue(QStringLiteral("connection/region"), QStringLiteral("us-west-2"));
    settings.setValue(QStringLiteral("connection/endpointUrl"), QStringLiteral("https://127.0.0.1:9"));
    settings.setValue(QStringLiteral("connection/maxRetries"), 1);
    settings.sync();
}

} // namespace

/// ManualKeysVault against a real keychain (or none), and its wiring in ViewerApp: typed keys are stored
/// only when "Remember" is checked, come back masked on the next start, and are deleted on uncheck.
class TestManualKeysVault : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY2(mode() == "roundtrip" || mode() == "none",
                 "run through ctest: KVS_KEYCHAIN_MODE must say which keychain is there");
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);
        ui::Dialogs::clearShownDialogs();
    }

    // The keychain's own reason has parentheses ("is it locked?"): the note puts it at the end of its
    // sentence, not inside parentheses of its own.
    void saveFailedNoteNestsNoParentheses()
    {
        const QString note = ManualKeysVault::saveFailedNote(
            QStringLiteral("the keychain refused access (is it locked?); unlock it and try again."));
        int depth = 0;
        int deepest = 0;
        for (QChar c : note) {
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            deepest = std::max(deepest, depth);
        }
        QVERIFY2(deepest <= 1 && depth == 0, qPrintable(note));
        QVERIFY2(note.endsWith(u"unlock it and try again."), qPrintable(note));
    }

    void vaultRoundTripOrSessionOnly()
    {
        KeychainStore store(kService);
        ManualKeysVault vault(store);
        std::optional<AwsCredentials> loaded;
        connect(&vault, &ManualKeysVault::loaded, this, [&](const AwsCredentials &c) { loaded = c; });

        QVERIFY(answered(vault, [&] { vault.remember({kKeyId, kSecret, kToken}); }));
        QVERIFY(!vault.note().contains(kSecret));
        if (mode() == "none") {
            QVERIFY(vault.keychainMissing());
            QVERIFY2(vault.note().contains(QStringLiteral("session only")), qPrintable(vault.note()));
            QVERIFY(answered(vault, [&] { vault.load(); }));
            QVERIFY(!loaded);
            QVERIFY(vault.keychainMissing());
            QVERIFY(answered(vault, [&] { vault.forget(); }));
            QVERIFY(vault.keychainMissing());
            return;
        }
        QVERIFY2(!vault.keychainMissing(), qPrintable(vault.note()));
        QVERIFY2(vault.note().contains(QStringLiteral("remembered")), qPrintable(vault.note()));
        QVERIFY(answered(vault, [&] { vault.load(); }));
        QVERIFY(loaded);
        QCOMPARE(loaded->accessKeyId, kKeyId);
        QCOMPARE(loaded->secretAccessKey, kSecret);
        QCOMPARE(loaded->sessionToken, kToken);

        loaded.reset();
        QVERIFY(answered(vault, [&] { vault.forget(); }));
        QVERIFY(answered(vault, [&] { vault.load(); }));
        QVERIFY2(!loaded, "the keys are still in the keychain after forget()");
    }

    void appRemembersOnlyWhenAsked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        ViewerAppOptions options;
        options.keychainService = kService;
        {
            QSettings settings(ini, QSettings::IniFormat);
            writeManualSettings(settings);
            auto app = ViewerApp::create(settings, options);
            QVERIFY(app.ok());
            (*app)->show();
            auto *remember = child<QCheckBox>(**app, "rememberCheckBox");
            QVERIFY(remember);
            // Nothing is remembered yet: the form starts empty and unchecked.
            QSignalSpy firstLoad((*app)->keysVault(), &ManualKeysVault::finished);
            QVERIFY(firstLoad.wait(30000));
            QVERIFY(!remember->isChecked());
            QVERIFY(child<QLineEdit>(**app, "secretAccessKeyLineEdit")->text().isEmpty());

            QTest::keyClicks(child<QLineEdit>(**app, "accessKeyIdLineEdit"), kKeyId);
            QTest::keyClicks(child<QLineEdit>(**app, "secretAccessKeyLineEdit"), kSecret);
            QTest::keyClicks(child<QLineEdit>(**app, "sessionTokenLineEdit"), kToken);
            QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
            QVERIFY(remember->isChecked());
            auto *connectButton = child<QPushButton>(**app, "connectButton");
            QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 10000);
            QSignalSpy saved((*app)->keysVault(), &ManualKeysVault::finished);
            QTest::mouseClick(connectButton, Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            const QString note = (*app)->keysVault()->note();
            auto *info = child<QLabel>(**app, "credentialSourceInfoLabel");
            QCOMPARE(info->text(), note);
            if (mode() == "none")
                QVERIFY2(note.contains(QStringLiteral("session only")), qPrintable(note));
            else
                QVERIFY2(note.contains(QStringLiteral("remembered")), qPrintable(note));
            (*app)->saveState();
        }
        // Never in the settings file.
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(kSecret.toUtf8()));
        QVERIFY(!content.contains(kToken.toUtf8()));
        QVERIFY(!content.contains(kKeyId.toUtf8()));

        // The next start loads them (secret masked) when remembered, or says there is no keychain.
        {
            QSettings settings(ini, QSettings::IniFormat);
            auto app = ViewerApp::create(settings, options);
            QVERIFY(app.ok());
            (*app)->show();
            auto *remember = child<QCheckBox>(**app, "rememberCheckBox");
            auto *secret = child<QLineEdit>(**app, "secretAccessKeyLineEdit");
            auto *info = child<QLabel>(**app, "credentialSourceInfoLabel");
            if (mode() == "none") {
                QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QStringLiteral("session only")), 30000);
                QVERIFY(secret->text().isEmpty());
                QVERIFY(!remember->isChecked());
                return;
            }
            QTRY_COMPARE_WITH_TIMEOUT(secret->text(), kSecret, 30000);
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            QCOMPARE(child<QLineEdit>(**app, "accessKeyIdLineEdit")->text(), kKeyId);
            QCOMPARE(child<QLineEdit>(**app, "sessionTokenLineEdit")->text(), kToken);
            QVERIFY(remember->isChecked());
            QVERIFY(!redact(QStringLiteral("x ") + kSecret).contains(kSecret));

            // Unchecking forgets them.
            QSignalSpy forgotten((*app)->keysVault(), &ManualKeysVault::finished);
            QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
            QVERIFY(!remember->isChecked());
            QVERIFY(forgotten.wait(30000));
            QVERIFY2(info->text().contains(QStringLiteral("no longer")), qPrintable(info->text()));
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            auto app = ViewerApp::create(settings, options);
            QVERIFY(app.ok());
            QSignalSpy load((*app)->keysVault(), &ManualKeysVault::finished);
            (*app)->show();
            QVERIFY(load.wait(30000));
            QVERIFY(child<QLineEdit>(**app, "secretAccessKeyLineEdit")->text().isEmpty());
            QVERIFY(!child<QCheckBox>(**app, "rememberCheckBox")->isChecked());
        }
    }
};

QTEST_MAIN(TestManualKeysVault)
#include "tst_manualkeysvault.moc"
