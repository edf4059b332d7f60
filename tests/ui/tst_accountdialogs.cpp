// Connection ▸ Who am I and the channel picker as the user reaches them: the real app (ViewerApp in demo
// mode, its in-process emulator over TLS on loopback), real dialogs on the offscreen platform. Waits are
// bounded; timings never asserted.
#include "assembledapp.h"
#include "core/account/channellister.h"
#include "core/account/identitylookup.h"
#include "core/aws/sigv4.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"
#include "desktop/appcontroller.h"
#include "desktop/demosession.h"
#include "desktop/practicefaults.h"
#include "desktop/viewerapp.h"
#include "emulator/emulatorserver.h"
#include "ui/channelpickerdialog.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/errordialog.h"
#include "ui/eventlogmodel.h"
#include "ui/identitydialog.h"
#include "ui/mainwindow.h"
#include "ui/messagelogpanel.h"
#include "ui/presignedurldialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace kvs;

namespace {

constexpr int kWaitMs = 20000;

/// The demo app (its in-process emulator and master).
struct App : test::AssembledApp
{
    App()
        : AssembledApp(demo())
    {}
};

/// With KVS_SCREENSHOT_DIR set (docs work, never in CI), saves what the widget looks like there.
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("KVS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->activateWindow();
    QTest::qWait(300);
    widget->grab().save(dir + u'/' + QLatin1String(name));
}

} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/kvs-account-dialogs");
        qunsetenv("AWS_ENDPOINT_URL_STS");
        qunsetenv("AWS_ENDPOINT_URL");
    }

    void whoAmIShowsTheCallerIdentity()
    {
        App a;
        QAction *action = a.action("whoAmIAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        QVERIFY(action->text().contains(u'&'));
        action->trigger();
        ui::IdentityDialog *dialog = a.app->controller()->identityDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->accessibleName().isEmpty());
        QVERIFY(a.app->controller()->identityLookup());
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->identityLookup()->isRunning(), kWaitMs);
        const emulator::Identity &identity = a.app->demoSession()->server()->config().identities.constFirst();
        const QString text = dialog->text();
        QVERIFY2(text.contains(u"Account: " % identity.accountId), qPrintable(text));
        QVERIFY2(text.contains(u"ARN: " % identity.callerArn()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Credentials: keys typed into the form")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Expires: never (long-term keys)")), qPrintable(text));
        // The demo's STS is its emulator (the form's endpoint is on loopback), and the answer says so.
        QVERIFY2(text.contains(a.app->demoSession()->form().endpointOverride %
                               QStringLiteral(" (from Advanced › Endpoint URL)")),
                 qPrintable(text));
        QVERIFY(!text.contains(identity.accessKeyId)); // masked
        QVERIFY(!text.contains(identity.secretAccessKey));
        screenshot(dialog, "who-am-i.png");

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    // Where the STS endpoint came from is said in the UI's language, in the app's words: the demo asks its
    // emulator, at the form's Advanced › Endpoint URL.
    void whoAmINamesTheStsEndpointSourceInTheUsersLanguage()
    {
        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral("kvs-viewer_ja"), QStringLiteral(KVS_BUILD_QM_DIR)));
        QCoreApplication::installTranslator(&japanese);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&japanese); });
        App a;
        a.action("whoAmIAction")->trigger();
        ui::IdentityDialog *dialog = a.app->controller()->identityDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->identityLookup()->isRunning(), kWaitMs);
        const QString text = dialog->text();
        QString stsLine;
        for (const QString &line : text.split(u'\n'))
            if (line.contains(a.app->demoSession()->form().endpointOverride))
                stsLine = line;
        QVERIFY2(!stsLine.isEmpty(), qPrintable(text));
        QVERIFY2(stsLine.contains(QStringLiteral("詳細設定 › エンドポイント URL")), qPrintable(stsLine));
        QVERIFY2(!stsLine.contains(QStringLiteral("Advanced")) &&
                     !stsLine.contains(QStringLiteral("Endpoint")),
                 qPrintable(stsLine));
        QVERIFY2(!stsLine.contains(QStringLiteral("field")) && !stsLine.contains(QStringLiteral("default")),
                 qPrintable(stsLine));
    }

    void whoAmIExplainsARefusal()
    {
        App a;
        ConnectionForm form = a.app->formPanel()->form();
        const QString wrongSecret = QStringLiteral("NotTheDemoSecret/But+Long+Enough+To+Look+Real1");
        form.secretAccessKey = wrongSecret;
        a.app->formPanel()->setForm(form);
        a.action("whoAmIAction")->trigger();
        ui::IdentityDialog *dialog = a.app->controller()->identityDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->identityLookup()->isRunning(), kWaitMs);
        const QString text = dialog->text();
        QVERIFY2(!a.app->controller()->identityLookup()->result()->ok(), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SignatureDoesNotMatch")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Account:")), qPrintable(text));
        QVERIFY(!text.contains(wrongSecret));
        screenshot(dialog, "who-am-i-refused.png");

        // Fixing the form and asking again shows the identity: each lookup reads the form anew.
        form.secretAccessKey = a.app->demoSession()->form().secretAccessKey;
        a.app->formPanel()->setForm(form);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->identityLookup()->isRunning(), kWaitMs);
        QVERIFY2(dialog->text().contains(QStringLiteral("Account: ")), qPrintable(dialog->text()));
    }

    void whoAmINeedsARegion()
    {
        App a;
        ConnectionForm form = a.app->formPanel()->form();
        form.channel = QStringLiteral("demo-channel"); // a name: the region comes only from the field
        form.region.clear();
        a.app->formPanel()->setForm(form);
        // connectionForm() fills an empty region with the one that wins (environment, profile); none here.
        qunsetenv("AWS_REGION");
        qunsetenv("AWS_DEFAULT_REGION");
        a.action("whoAmIAction")->trigger();
        ui::IdentityDialog *dialog = a.app->controller()->identityDialog();
        QVERIFY2(dialog->text().contains(QStringLiteral("region")), qPrintable(dialog->text()));
    }

    void channelPickerFillsTheChannelField()
    {
        App a;
        ConnectionForm form = a.app->formPanel()->form();
        form.channel.clear(); // the list needs no channel, only a region
        a.app->formPanel()->setForm(form);
        QAction *action = a.action("listChannelsAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
        // The button next to the channel field opens the same picker.
        auto *button = a.app->formPanel()->findChild<QToolButton *>(QStringLiteral("listChannelsButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        ui::ChannelPickerDialog *dialog = a.app->controller()->channelPickerDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->channelLister()->isRunning(), kWaitMs);
        QVERIFY2(a.app->controller()->channelLister()->result()->ok(), qPrintable(dialog->statusText()));
        const auto &channels = a.app->demoSession()->server()->config().channels;
        QStringList expected;
        for (const auto &channel : channels) {
            if (channel.region == form.region)
                expected.append(channel.arn);
        }
        QVERIFY(!expected.isEmpty());
        const QStringList rows = dialog->visibleRows();
        QCOMPARE(rows.size(), expected.size());
        for (const QString &arn : expected)
            QVERIFY2(rows.join(u'\n').contains(arn), qPrintable(rows.join(u'\n')));
        screenshot(dialog, "channel-picker.png");

        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("no-such-channel-name"));
        QVERIFY(dialog->visibleRows().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("useButton"))->isEnabled());
        filter->clear();
        QTest::keyClicks(filter, channels.constFirst().name);
        QVERIFY(!dialog->visibleRows().isEmpty());
        QTest::keyClick(filter, Qt::Key_Return); // the default button: Use channel
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(a.app->formPanel()->form().channel, channels.constFirst().arn);
        QVERIFY(a.app->formPanel()->validation().canConnect());
    }

    void channelPickerExplainsARefusal()
    {
        App a;
        const QString message =
            QStringLiteral("User: arn:aws:iam::111122223333:user/qa is not authorized to perform: "
                           "kinesisvideo:ListSignalingChannels on resource: "
                           "arn:aws:kinesisvideo:us-west-2:111122223333:channel/*");
        QVERIFY(a.app->demoSession()
                    ->server()
                    ->faults()
                    .arm(QJsonObject{{QStringLiteral("action"), QStringLiteral("ListSignalingChannels")},
                                     {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("count"), 1}})
                    .ok());
        const QString channelBefore = a.app->formPanel()->form().channel;
        a.action("listChannelsAction")->trigger();
        ui::ChannelPickerDialog *dialog = a.app->controller()->channelPickerDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->channelLister()->isRunning(), kWaitMs);
        const QString text = dialog->statusText();
        QVERIFY2(text.contains(QStringLiteral("kinesisvideo:ListSignalingChannels")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AccessDeniedException")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("type the channel")), qPrintable(text));
        QVERIFY(dialog->visibleRows().isEmpty());
        QCOMPARE(a.app->formPanel()->form().channel, channelBefore); // not fatal: the form is untouched
        screenshot(dialog, "channel-picker-denied.png");

        // The fault was for one call: Refresh lists.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->channelLister()->isRunning(), kWaitMs);
        QVERIFY2(!dialog->visibleRows().isEmpty(), qPrintable(dialog->statusText()));
    }

    void presignedUrlIsDecodedAndFillsTheForm()
    {
        App a;
        QAction *action = a.action("presignedUrlAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));
        action->trigger();
        ui::PresignedUrlDialog *dialog = a.app->controller()->presignedUrlDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        const QString arn = QStringLiteral(
            "arn:aws:kinesisvideo:eu-central-1:444455556666:channel/customer-cam/1700000000001");
        const QString token =
            QStringLiteral("IQoJb3JpZ2luX2VjECustomerSessionTokenForThePasteTest0123456789");
        sigv4::PresignRequest request;
        request.endpoint = QStringLiteral("wss://v-abcd1234.kinesisvideo.eu-central-1.amazonaws.com");
        request.region = QStringLiteral("eu-central-1");
        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), arn},
                                   {QStringLiteral("X-Amz-ClientId"), QStringLiteral("customer-viewer-7")}};
        request.credentials = {QStringLiteral("ASIACUSTOMERKEY00077"), QStringLiteral("CustomerSecret/1"),
                               token};
        request.signingTime = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QByteArray url = sigv4::presignUrl(request).value();
        const QString signature = QString::fromLatin1(url.mid(url.indexOf("X-Amz-Signature=") + 16, 64));

        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urlPlainTextEdit"));
        QVERIFY(edit);
        edit->setFocus();
        QApplication::clipboard()->setText(QString::fromLatin1(url));
        QTest::keySequence(edit, QKeySequence::Paste);
        const QString text = dialog->decodedText();
        QVERIFY2(text.contains(arn), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("customer-viewer-7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ASIA…0077 (temporary credentials)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("eu-central-1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("valid for")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("present (hidden)")), qPrintable(text));
        QVERIFY(!text.contains(signature));
        QVERIFY(!text.contains(token));
        // The box shows the URL without its secrets once decoded.
        QVERIFY(!edit->toPlainText().contains(signature));
        QVERIFY(!edit->toPlainText().contains(token));
        QVERIFY(edit->toPlainText().contains(QStringLiteral("X-Amz-ClientId=customer-viewer-7")));
        screenshot(dialog, "presigned-url.png");

        // Expired an hour ago: said so, and why it can no longer connect.
        request.signingTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        dialog->setUrlText(QString::fromLatin1(sigv4::presignUrl(request).value()));
        QVERIFY2(dialog->decodedText().contains(QStringLiteral("expired")),
                 qPrintable(dialog->decodedText()));

        // Garbage: the part at fault is named.
        dialog->setUrlText(QStringLiteral("wss://example.com/?X-Amz-Algorithm=AWS4-HMAC-SHA256"));
        QVERIFY2(dialog->decodedText().contains(QStringLiteral("X-Amz-Signature")),
                 qPrintable(dialog->decodedText()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("useInFormButton"))->isEnabled());

        dialog->setUrlText(QString::fromLatin1(url));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useInFormButton")),
                          Qt::LeftButton);
        const ConnectionForm form = a.app->formPanel()->form();
        QCOMPARE(form.channel, arn);
        QCOMPARE(form.region, QStringLiteral("eu-central-1"));
        QCOMPARE(form.clientId, QStringLiteral("customer-viewer-7"));
        QVERIFY(!dialog->isVisible());
    }

    // "Connect with this URL": the window's session connects with the pasted viewer URL exactly as given —
    // no keys in the form, no control-plane call in the run; an expired or a master's URL is not offered.
    void presignedUrlConnectsTheWindowsSession()
    {
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);
        ui::Dialogs::clearShownDialogs();
        const auto stopAnswering = qScopeGuard([] { ui::Dialogs::stopAnsweringAutomatically(); });
        App a;
        a.app->show(); // the demo connects once shown
        QTRY_VERIFY_WITH_TIMEOUT(a.app->controller()->controller() &&
                                     a.app->controller()->controller()->state() == ConnectionState::Connected,
                                 kWaitMs);
        const ConnectionForm demo = a.app->demoSession()->form();
        sigv4::PresignRequest request;
        request.endpoint = a.app->demoSession()->server()->wssEndpoint();
        request.region = demo.region;
        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), demo.channel},
                                   {QStringLiteral("X-Amz-ClientId"), QStringLiteral("support-engineer-1")}};
        request.credentials = {demo.accessKeyId, demo.secretAccessKey, QString()};
        request.signingTime = QDateTime::currentDateTimeUtc().addSecs(-10);
        const QString url = QString::fromLatin1(sigv4::presignUrl(request).value());
        // The form's keys go: the URL needs none.
        ConnectionForm form = a.app->formPanel()->form();
        form.accessKeyId.clear();
        form.secretAccessKey.clear();
        a.app->formPanel()->setForm(form);

        a.action("presignedUrlAction")->trigger();
        ui::PresignedUrlDialog *dialog = a.app->controller()->presignedUrlDialog();
        auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectWithUrlButton"));
        QVERIFY(connectButton);
        QVERIFY(!connectButton->isEnabled()); // nothing pasted yet
        dialog->setUrlText(url);
        QVERIFY2(connectButton->isEnabled(), qPrintable(dialog->decodedText()));
        QVERIFY(connectButton->text().contains(u'&'));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        ConnectionController *controller = a.app->controller()->controller();
        QVERIFY(controller);
        QVERIFY(controller->target().usesPresignedUrl());
        QCOMPARE(controller->target().clientId, QStringLiteral("support-engineer-1"));
        QCOMPARE(controller->target().channelArn, demo.channel);
        QTRY_VERIFY_WITH_TIMEOUT(controller->state() == ConnectionState::Connected, kWaitMs);
        QStringList steps;
        for (const TimelineStep &step :
             a.app->window()->findChild<ui::ConnectionPanel *>()->timeline().steps())
            steps.append(step.name);
        for (const char *skipped :
             {"DescribeSignalingChannel", "GetSignalingChannelEndpoint", "GetIceServerConfig"})
            QVERIFY2(!steps.contains(QLatin1String(skipped)), qPrintable(steps.join(u',')));
        // The log's new run names the URL's channel; the signature never shows.
        const QString signature = url.mid(url.indexOf(u"X-Amz-Signature=") + 16, 64);
        for (qsizetype i = 0; i < a.app->eventLog()->size(); ++i)
            QVERIFY(!a.app->eventLog()->at(i).text().contains(signature));
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(ui::Dialogs::shownDialogs().join(u'\n')));

        // Expired: decoded, but not offered for connecting, and the reason is at hand.
        request.signingTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        request.expiresSeconds = 60;
        a.action("presignedUrlAction")->trigger();
        dialog->setUrlText(QString::fromLatin1(sigv4::presignUrl(request).value()));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY2(connectButton->toolTip().contains(QStringLiteral("expired at")),
                 qPrintable(connectButton->toolTip()));
        QVERIFY2(dialog->decodedText().contains(QStringLiteral("expired")),
                 qPrintable(dialog->decodedText()));
        // A master's URL: nothing to connect a viewer with.
        request.signingTime = QDateTime::currentDateTimeUtc();
        request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), demo.channel}};
        dialog->setUrlText(QString::fromLatin1(sigv4::presignUrl(request).value()));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(a.app->controller()->controller() == controller); // nothing started again
    }

    /// Docs and review only (KVS_SCREENSHOT_DIR set, under a real X server such as xvfb-run): the window
    /// with each dialog over it, in KVS_SCREENSHOT_LANG (en, de, ja; the .qm files from KVS_QM_DIR), captured
    /// with `import -window root`.
    void screenshotsOfTheWholeScreen()
    {
        const QString dir = qEnvironmentVariable("KVS_SCREENSHOT_DIR");
        if (dir.isEmpty() || QGuiApplication::platformName() != u"xcb")
            QSKIP("KVS_SCREENSHOT_DIR unset or no X server");
        const QString language = qEnvironmentVariable("KVS_SCREENSHOT_LANG", QStringLiteral("en"));
        // The .qm files are embedded only in kvs-viewer: here they are read from the build (KVS_QM_DIR).
        QTranslator app;
        QTranslator qt;
        if (language != u"en") {
            QVERIFY(app.load(u"kvs-viewer_" % language, qEnvironmentVariable("KVS_QM_DIR")));
            QCoreApplication::installTranslator(&app);
            if (qt.load(u"qtbase_" % language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
        }
        App a;
        a.app->show();
        a.app->window()->resize(1200, 760);
        auto capture = [&](const QString &name) {
            QTest::qWait(800);
            QCOMPARE(QProcess::execute(QStringLiteral("import"),
                                       {QStringLiteral("-window"), QStringLiteral("root"),
                                        dir + u'/' + name + u'-' + language + QStringLiteral(".png")}),
                     0);
        };
        a.action("whoAmIAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->identityLookup()->isRunning(), kWaitMs);
        capture(QStringLiteral("who-am-i"));
        a.app->controller()->identityDialog()->close();
        a.action("listChannelsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->channelLister()->isRunning(), kWaitMs);
        capture(QStringLiteral("channel-picker"));
        a.app->controller()->channelPickerDialog()->close();
        a.app->demoSession()->server()->faults().arm(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("ListSignalingChannels")},
                        {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")},
                        {QStringLiteral("count"), 1}});
        a.action("listChannelsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->channelLister()->isRunning(), kWaitMs);
        capture(QStringLiteral("channel-picker-denied"));
        a.app->controller()->channelPickerDialog()->close();
        a.action("presignedUrlAction")->trigger();
        sigv4::PresignRequest request;
        request.endpoint = QStringLiteral("wss://v-abcd1234.kinesisvideo.eu-central-1.amazonaws.com");
        request.region = QStringLiteral("eu-central-1");
        request.queryParameters = {
            {QStringLiteral("X-Amz-ChannelARN"),
             QStringLiteral(
                 "arn:aws:kinesisvideo:eu-central-1:444455556666:channel/customer-cam/1700000000001")},
            {QStringLiteral("X-Amz-ClientId"), QStringLiteral("customer-viewer-7")}};
        request.credentials = {QStringLiteral("ASIACUSTOMERKEY00077"), QStringLiteral("CustomerSecret/1"),
                               QStringLiteral("IQoJb3JpZ2luX2VjECustomerSessionToken")};
        request.signingTime = QDateTime::currentDateTimeUtc().addSecs(-60);
        a.app->controller()->presignedUrlDialog()->setUrlText(
            QString::fromLatin1(sigv4::presignUrl(request).value()));
        capture(QStringLiteral("presigned-url"));
        a.app->controller()->presignedUrlDialog()->close();
        // Practice: the armed faults in the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(a.app->eventLog()->size() > 20, kWaitMs);
        a.app->practice()->skewClock();
        a.app->demoSession()->server()->faults().arm(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                        {QStringLiteral("errorType"), QStringLiteral("ClientLimitExceededException")},
                        {QStringLiteral("count"), 2}});
        QTest::qWait(500); // the status bar follows the emulator's queue
        capture(QStringLiteral("practice-armed"));
        a.app->practice()->clearAll();
        // A second Connect: the log keeps the first run, each after its header row.
        a.app->controller()->connectWith(a.app->formPanel()->connectionForm());
        QTRY_VERIFY_WITH_TIMEOUT(a.app->controller()->controller()->state() == ConnectionState::Connected,
                                 kWaitMs);
        if (auto *panel = a.app->window()->findChild<ui::MessageLogPanel *>()) {
            panel->model()->flush();
            auto *list = panel->findChild<QListView *>(QStringLiteral("logListView"));
            const QModelIndex header = panel->proxy()->mapFromSource(
                panel->model()->index(int(a.app->eventLog()->currentRunStart())));
            list->scrollTo(header, QAbstractItemView::PositionAtCenter);
        }
        capture(QStringLiteral("run-header"));
        // A narrow diagnostics pane: the wrapped lines keep their room.
        a.app->window()->findChild<QSplitter *>(QStringLiteral("diagnosticsSplitter"))->setSizes({230, 970});
        capture(QStringLiteral("narrow-pane"));
        // The session (two runs), exported and opened again as a customer's file would be.
        QTemporaryDir exportDir;
        const QString exported = exportDir.filePath(QStringLiteral("customer-diagnostics.json"));
        {
            QFile file(exported);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(DiagnosticsReport(a.app->formPanel()->form(), *a.app->eventLog()).text().toUtf8());
        }
        QVERIFY(a.app->controller()->openDiagnosticsFile(exported));
        capture(QStringLiteral("diagnostics-viewer"));
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
