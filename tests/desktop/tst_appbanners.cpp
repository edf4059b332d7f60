#include "core/connection/connectioncontroller.h"
#include "desktop/appcontroller.h"
#include "desktop/demosession.h"
#include "desktop/practicefaults.h"
#include "desktop/viewerapp.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/dialogs.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

/// The whole app against its demo emulator over TLS: credentials from a real credential_process that expire
/// in 5 minutes are announced while connected; a takeover by a second viewer with the same ClientId is
/// explained, and the banner's button gives the form a different ClientId.
class TestAppBanners : public QObject
{
    Q_OBJECT

private slots:
    void expiringProfileCredentialsAreAnnouncedWhileConnected()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto created = ViewerApp::create(settings, ViewerAppOptions{true});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        ViewerApp &app = *created.value();

        ConnectionForm form = app.demoSession()->form();
        // A credential helper that hands out the emulator's keys for the next 5 minutes.
        const QString script = dir.filePath(QStringLiteral("creds.sh"));
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QString json =
                QStringLiteral("{\"Version\":1,\"AccessKeyId\":\"%1\",\"SecretAccessKey\":\"%2\"%3,"
                               "\"Expiration\":\"$exp\"}")
                    .arg(form.accessKeyId, form.secretAccessKey,
                         form.sessionToken.isEmpty()
                             ? QString()
                             : QStringLiteral(",\"SessionToken\":\"%1\"").arg(form.sessionToken));
            file.write("#!/bin/sh\nexp=$(date -u -d '+5 minutes' +%Y-%m-%dT%H:%M:%SZ)\ncat <<EOF\n" +
                       json.toUtf8() + "\nEOF\n");
            file.close();
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        }
        {
            QFile config(dir.filePath(QStringLiteral("config")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("[profile expiring]\ncredential_process = " + script.toUtf8() + "\n");
        }
        qputenv("AWS_CONFIG_FILE", dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", dir.filePath(QStringLiteral("no-credentials")).toUtf8());

        form.credentialMode = CredentialMode::Profile;
        form.profile = QStringLiteral("expiring");
        form.accessKeyId.clear();
        form.secretAccessKey.clear();
        form.sessionToken.clear();
        form.clientId = QStringLiteral("viewer-expiry");
        app.controller()->connectWith(form);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->controller()->state(), ConnectionState::Connected, 20000);

        auto *banner = app.connectionPanel()->findChild<QLabel *>(QStringLiteral("credentialBannerLabel"));
        QVERIFY(banner);
        QTRY_VERIFY2(!banner->isHidden(), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"profile expiring (credential_process) expire in 5 min") ||
                     banner->text().contains(u"profile expiring (credential_process) expire in 4 min"),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(app.demoSession()->form().secretAccessKey));

        app.controller()->disconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->controller()->state(), ConnectionState::Closed, 10000);
        QVERIFY(banner->isHidden());
    }

    void takeoverOffersADifferentClientId()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto created = ViewerApp::create(settings, ViewerAppOptions{true});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        ViewerApp &app = *created.value();
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);
        ui::Dialogs::clearShownDialogs();

        ConnectionForm form = app.demoSession()->form();
        form.clientId = QStringLiteral("viewer-twin");
        app.formPanel()->setForm(form);
        app.controller()->connectWith(app.formPanel()->connectionForm());
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->controller()->state(), ConnectionState::Connected, 20000);
        app.practice()->takeover();
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->controller()->state(), ConnectionState::Replaced, 20000);

        auto *banner = app.connectionPanel()->findChild<QLabel *>(QStringLiteral("takeoverBannerLabel"));
        QVERIFY(banner && !banner->isHidden());
        QVERIFY2(banner->text().contains(u"same ClientId"), qPrintable(banner->text()));
        auto *newId = app.connectionPanel()->findChild<QPushButton *>(QStringLiteral("newClientIdButton"));
        QVERIFY(newId);
        QTest::mouseClick(newId, Qt::LeftButton);
        const QString fresh = app.formPanel()->form().clientId;
        QVERIFY2(fresh != u"viewer-twin" && fresh.startsWith(u"viewer-"), qPrintable(fresh));
        ui::Dialogs::stopAnsweringAutomatically();
    }
};

QTEST_MAIN(TestAppBanners)
#include "tst_appbanners.moc"
