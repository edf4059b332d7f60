// File ▸ Save setup / Open setup and `kvs-viewer FILE` in the real app (ViewerApp, not in demo mode): what
// the form holds goes into a versioned JSON file without a key, secret or token; a setup fills the form;
// a broken or hostile file gets one dialog naming the cause and leaves the form as it was.
#include "assembledapp.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"
#include "desktop/appcontroller.h"
#include "desktop/setupfiles.h"
#include "desktop/viewerapp.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/diagnosticsviewer.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kvs;

namespace {

const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:eu-west-1:123456789012:channel/lobby/1700000000000");

ViewerAppOptions setupTestOptions(const QString &setupFile)
{
    ViewerAppOptions options;
    options.keychainService = QStringLiteral("kvs-signaling-viewer-setup-test");
    options.setupFile = setupFile;
    return options;
}

/// The app opened with setupFile (none: as a user starts it), its keychain entries apart from a user's.
struct App : test::AssembledApp
{
    explicit App(const QString &setupFile = {})
        : AssembledApp(setupTestOptions(setupFile))
    {}
    template <typename T>
    T *field(const char *name) const
    {
        return app->formPanel()->findChild<T *>(QLatin1String(name));
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestSetupFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/kvs-setup-files");
        qputenv("HOME", m_files.path().toUtf8()); // no ~/.aws here
    }

    void init()
    {
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);
        ui::Dialogs::clearShownDialogs();
    }

    void cleanup() { ui::Dialogs::stopAnsweringAutomatically(); }

    void aSecretTypedInTheFormNeverReachesTheFile()
    {
        App a;
        a.app->show();
        auto *source = a.field<QComboBox>("credentialSourceComboBox");
        source->setCurrentIndex(source->findData(static_cast<int>(CredentialMode::Manual)));
        QCOMPARE(a.app->formPanel()->form().credentialMode, CredentialMode::Manual);
        const QString keyId = QStringLiteral("AKIASETUPTYPEDKEY001");
        const QString secret = QStringLiteral("TypedSecretThatMustNeverBeSaved/123+abc");
        const QString token = QStringLiteral("TypedSessionTokenThatMustNeverBeSaved0123456789");
        QTest::keyClicks(a.field<QLineEdit>("accessKeyIdLineEdit"), keyId);
        QTest::keyClicks(a.field<QLineEdit>("secretAccessKeyLineEdit"), secret);
        QTest::keyClicks(a.field<QLineEdit>("sessionTokenLineEdit"), token);
        a.field<QLineEdit>("channelLineEdit")->clear();
        QTest::keyClicks(a.field<QLineEdit>("channelLineEdit"), kArn);
        QCOMPARE(a.app->formPanel()->form().secretAccessKey, secret); // the form holds it

        const QString path = m_files.filePath(QStringLiteral("lobby.kvssetup.json"));
        ui::Dialogs::answerSaveFileName(path);
        QAction *save = a.action("saveSetupAction");
        QVERIFY(save);
        QCOMPARE(save->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        save->trigger();
        const QByteArray json = readAll(path);
        QVERIFY2(json.contains(kArn.toUtf8()), json.constData());
        QVERIFY(json.contains("\"kvsViewerSetup\": 1"));
        QVERIFY(json.contains("\"credentialSource\": \"manual\""));
        for (const QString &value : QStringList{secret, token, keyId, keyId.right(4) + u'"'})
            QVERIFY2(!json.contains(value.toUtf8()), json.constData());
        QVERIFY(a.app->window()->statusBar()->currentMessage().contains(path));
    }

    void openingASetupFillsTheForm()
    {
        const QString path = m_files.filePath(QStringLiteral("shared.kvssetup.json"));
        const QJsonObject setup{
            {QStringLiteral("kvsViewerSetup"), 1},
            {QStringLiteral("channel"), kArn},
            {QStringLiteral("region"), QStringLiteral("eu-west-1")},
            {QStringLiteral("endpointUrl"),
             QStringLiteral("https://vpce-1.kinesisvideo.eu-west-1.vpce.amazonaws.com")},
            {QStringLiteral("credentialSource"), QStringLiteral("profile")},
            {QStringLiteral("profile"), QStringLiteral("support")},
            {QStringLiteral("clientIdPolicy"), QStringLiteral("fixed")},
            {QStringLiteral("clientId"), QStringLiteral("customer-viewer-7")},
            {QStringLiteral("maxRetries"), 2},
            {QStringLiteral("media"),
             QJsonObject{{QStringLiteral("codec"), QStringLiteral("vp8")}, {QStringLiteral("stun"), false}}},
            {QStringLiteral("colour"), QStringLiteral("blue")}};
        write(path, QJsonDocument(setup).toJson());
        App a;
        a.app->show();
        const QString ownClientId = a.app->formPanel()->form().clientId;
        ui::Dialogs::answerSaveFileName(path);
        QAction *open = a.action("openSetupAction");
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
        open->trigger();
        QVERIFY2(ui::Dialogs::shownDialogs().size() == 1,
                 qPrintable(ui::Dialogs::shownDialogs().join(u'\n')));
        const ConnectionForm form = a.app->formPanel()->form();
        QCOMPARE(form.channel, kArn);
        QCOMPARE(form.region, QStringLiteral("eu-west-1"));
        QCOMPARE(form.endpointOverride,
                 QStringLiteral("https://vpce-1.kinesisvideo.eu-west-1.vpce.amazonaws.com"));
        QCOMPARE(form.credentialMode, CredentialMode::Profile);
        QCOMPARE(form.profile, QStringLiteral("support"));
        QCOMPARE(form.clientId, QStringLiteral("customer-viewer-7"));
        QVERIFY(form.clientId != ownClientId);
        QCOMPARE(form.maxRetries, 2);
        QCOMPARE(a.app->formPanel()->mediaOptions().codec, VideoCodecPreference::Vp8);
        QCOMPARE(a.app->formPanel()->mediaOptions().useStun, false);
        // The unknown key is a warning in the status bar, not an error.
        QVERIFY2(a.app->window()->statusBar()->currentMessage().contains(QStringLiteral("colour")),
                 qPrintable(a.app->window()->statusBar()->currentMessage()));
    }

    void aBrokenSetupIsExplainedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("bad region") << QByteArray("{\"kvsViewerSetup\": 1, \"region\": \"mars-1\"}")
                                    << QStringLiteral("region");
        QTest::newRow("a secret") << QByteArray("{\"kvsViewerSetup\": 1, \"secretAccessKey\": \"x\"}")
                                  << QStringLiteral("secretAccessKey");
        QTest::newRow("not json") << QByteArray("\x01\x02 not json") << QStringLiteral("JSON");
        QTest::newRow("huge") << QByteArray(200 * 1024, '{') << QStringLiteral("KiB");
        QTest::newRow("newer") << QByteArray("{\"kvsViewerSetup\": 9}") << QStringLiteral("kvsViewerSetup");
    }

    void aBrokenSetupIsExplainedAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const QString path = m_files.filePath(QStringLiteral("broken.kvssetup.json"));
        write(path, content);
        App a;
        a.app->show();
        const ConnectionForm before = a.app->formPanel()->form();
        QVERIFY(!a.app->setupFiles()->openFile(path));
        const QStringList shown = ui::Dialogs::shownDialogs();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.constFirst().contains(named), qPrintable(shown.constFirst()));
        QVERIFY2(shown.constFirst().contains(QStringLiteral("broken.kvssetup.json")),
                 qPrintable(shown.constFirst()));
        QCOMPARE(a.app->formPanel()->form().channel, before.channel);
        QCOMPARE(a.app->formPanel()->form().region, before.region);
    }

    void aMissingFileIsExplained()
    {
        App a;
        a.app->show();
        QVERIFY(!a.app->setupFiles()->openFile(m_files.filePath(QStringLiteral("nowhere.kvssetup.json"))));
        QCOMPARE(ui::Dialogs::shownDialogs().size(), 1);
        QVERIFY(ui::Dialogs::shownDialogs().constFirst().contains(QStringLiteral("nowhere.kvssetup.json")));
    }

    void aSetupGivenAtStartFillsTheForm()
    {
        const QString path = m_files.filePath(QStringLiteral("start.kvssetup.json"));
        write(path, "{\"kvsViewerSetup\": 1, \"channel\": \"front-door\", \"region\": \"ap-northeast-1\"}");
        // As the desktop passes it (Exec=kvs-viewer %U): a file:// URL.
        App a(QUrl::fromLocalFile(path).toString());
        a.app->show();
        QCOMPARE(a.app->formPanel()->form().channel, QStringLiteral("front-door"));
        QCOMPARE(a.app->formPanel()->form().region, QStringLiteral("ap-northeast-1"));
        QVERIFY(ui::Dialogs::shownDialogs().isEmpty());
    }

    void openDiagnosticsShowsACustomersExportReadOnly()
    {
        EventLog customerLog;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        auto add = [&](EventKind kind, qint64 t, const QJsonObject &fields) {
            customerLog.append(EngineEvent::make(kind, t, start.addMSecs(t), fields));
        };
        add(EventKind::Step, 0,
            {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
             {QStringLiteral("status"), QStringLiteral("started")}});
        add(EventKind::Step, 84,
            {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
             {QStringLiteral("status"), QStringLiteral("failed")},
             {QStringLiteral("ms"), 84},
             {QStringLiteral("detail"), QStringLiteral("AccessDeniedException")}});
        add(EventKind::Error, 85,
            {{QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")},
             {QStringLiteral("message"), QStringLiteral("not authorized")}});
        add(EventKind::State, 86, {{QStringLiteral("state"), QStringLiteral("Failed")}});
        ConnectionForm customerForm;
        customerForm.channel = kArn;
        customerForm.region = QStringLiteral("eu-west-1");
        const QString path = m_files.filePath(QStringLiteral("customer-diagnostics.json"));
        write(path, DiagnosticsReport(customerForm, customerLog).text().toUtf8());

        App a;
        a.app->show();
        const qsizetype ownEvents = a.app->eventLog()->size();
        ui::Dialogs::answerSaveFileName(path);
        QAction *open = a.action("openDiagnosticsAction");
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
        open->trigger();
        auto *viewer = a.app->window()->findChild<ui::DiagnosticsViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        QCOMPARE(viewer->eventLog()->size(), 4);
        const auto &steps = viewer->connectionPanel()->timeline().steps();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.constFirst().name, QStringLiteral("GetSignalingChannelEndpoint"));
        QCOMPARE(steps.constFirst().status, QStringLiteral("failed"));
        QVERIFY2(viewer->settingsText().contains(u"channel: " % kArn), qPrintable(viewer->settingsText()));
        QVERIFY2(viewer->headerText().contains(QStringLiteral("4 event")), qPrintable(viewer->headerText()));
        QVERIFY(viewer->connectionPanel()->statusText().contains(QStringLiteral("Failed")) ||
                viewer->connectionPanel()->statusText().contains(QStringLiteral("failed")));
        // The app's own log and form are untouched: the export is shown beside them, read-only.
        QCOMPARE(a.app->eventLog()->size(), ownEvents);
        QVERIFY(a.app->formPanel()->form().channel != kArn);
    }

    void brokenDiagnosticsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("a setup, not diagnostics")
            << QByteArray("{\"kvsViewerSetup\": 1}") << QStringLiteral("events");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01",
                                              6)
                                << QStringLiteral("JSON");
        QTest::newRow("huge") << QByteArray(33 * 1024 * 1024, ' ') << QStringLiteral("MiB");
    }

    void brokenDiagnosticsAreExplained()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const QString path = m_files.filePath(QStringLiteral("broken-diagnostics.json"));
        write(path, content);
        App a;
        a.app->show();
        QVERIFY(!a.app->controller()->openDiagnosticsFile(path));
        QCOMPARE(ui::Dialogs::shownDialogs().size(), 1);
        QVERIFY2(ui::Dialogs::shownDialogs().constFirst().contains(named),
                 qPrintable(ui::Dialogs::shownDialogs().constFirst()));
        QVERIFY(!a.app->window()->findChild<ui::DiagnosticsViewer *>());
    }
};

QTEST_MAIN(TestSetupFiles)
#include "tst_setupfiles.moc"
