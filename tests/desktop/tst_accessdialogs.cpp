// Check access, ICE servers and Send custom offer as the user reaches them: the real app (ViewerApp in
// demo mode, its in-process emulator over TLS on loopback), the Connection menu's actions, real dialogs on
// the offscreen platform. Waits are bounded; timings never asserted.
#include "assembledapp.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/diagnostics/accesscheck.h"
#include "core/events/eventlog.h"
#include "desktop/appcontroller.h"
#include "desktop/demosession.h"
#include "desktop/viewerapp.h"
#include "emulator/emulatorserver.h"
#include "ui/accesscheckdialog.h"
#include "ui/connectionformpanel.h"
#include "ui/customofferdialog.h"
#include "ui/iceserversdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

/// Every text a user could see or copy from a table: cells, tooltips, status tips, what's this, and what
/// Ctrl+C copies from each cell.
QString everythingIn(QTableWidget *table)
{
    QString all;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            all += item->text() + item->toolTip() + item->statusTip() + item->whatsThis() + u'\n';
            table->setCurrentCell(row, column);
            QApplication::clipboard()->clear();
            QTest::keySequence(table, QKeySequence::Copy);
            all += QApplication::clipboard()->text() + u'\n';
        }
    }
    return all;
}

/// With KVS_SCREENSHOT_DIR set (docs work, never in CI), saves what the dialog looks like there.
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

class TestAccessDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/kvs-access-dialogs"); }

    void menuShowsTheActionsWithShortcuts()
    {
        App a;
        QCOMPARE(a.action("checkAccessAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        QCOMPARE(a.action("iceServersAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        QCOMPARE(a.action("customOfferAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        QVERIFY(a.action("checkAccessAction")->text().contains(u'&'));
        QVERIFY(a.action("iceServersAction")->text().contains(u'&'));
        QVERIFY(a.action("customOfferAction")->text().contains(u'&'));
        QVERIFY(!a.action("customOfferAction")->isEnabled()); // only while connected
    }

    void checkAccessPassesEveryStep()
    {
        App a;
        a.action("checkAccessAction")->trigger();
        ui::AccessCheckDialog *dialog = a.app->controller()->accessCheckDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->accessibleName().isEmpty());
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->accessCheck()->isRunning(), kWaitMs);
        QVERIFY(!cancel->isEnabled());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("stepsTableWidget"));
        QCOMPARE(table->rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QVERIFY2(dialog->rowText(row).contains(QStringLiteral("✔ passed")),
                     qPrintable(dialog->rowText(row)));
        QVERIFY(dialog->rowText(1).startsWith(QStringLiteral("DescribeSignalingChannel | ✔ passed")));
        QVERIFY(dialog->rowText(1).contains(QStringLiteral(" | 200 | ")));
        screenshot(dialog, "check-access.png");

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyPolicyButton")),
                          Qt::LeftButton);
        const QString policy = QApplication::clipboard()->text();
        QCOMPARE(policy, dialog->policyText());
        QVERIFY(policy.contains(QStringLiteral("kinesisvideo:ConnectAsViewer")));
        QVERIFY(policy.contains(a.app->controller()->accessCheck()->result().channelArn));
        QVERIFY(!a.app->controller()->accessCheck()->result().channelArn.isEmpty());
    }

    void checkAccessShowsTheRefusedStep()
    {
        App a;
        QVERIFY(a.app->demoSession()
                    ->server()
                    ->faults()
                    .arm({{QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                          {QStringLiteral("errorType"), QStringLiteral("AccessDeniedException")}})
                    .ok());
        a.action("checkAccessAction")->trigger();
        ui::AccessCheckDialog *dialog = a.app->controller()->accessCheckDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->accessCheck()->isRunning(), kWaitMs);
        QVERIFY(dialog->rowText(2).contains(QStringLiteral("✔ passed")));
        QVERIFY2(dialog->rowText(3).startsWith(QStringLiteral("GetIceServerConfig | ✘ failed")),
                 qPrintable(dialog->rowText(3)));
        QVERIFY(dialog->rowText(3).contains(QStringLiteral(" | 403 | AccessDeniedException | ")));
        QVERIFY2(dialog->rowText(4).startsWith(QStringLiteral("ConnectAsViewer | not run")),
                 qPrintable(dialog->rowText(4)));
        const QString advice = dialog->findChild<QLabel *>(QStringLiteral("adviceLabel"))->text();
        QVERIFY2(advice.contains(QStringLiteral("kinesisvideo:GetIceServerConfig")), qPrintable(advice));
        screenshot(dialog, "check-access-refused.png");

        // Run again: the fault is used up, so every step passes now.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(a.app->controller()->accessCheck()->result().passed(), kWaitMs);
    }

    void closingCancelsWhatIsInFlight()
    {
        App a;
        a.action("checkAccessAction")->trigger();
        QVERIFY(a.app->controller()->accessCheck()->isRunning()); // the service answers asynchronously
        a.app->controller()->accessCheckDialog()->close();
        QVERIFY(!a.app->controller()->accessCheck()->isRunning());
        QVERIFY(a.app->controller()->accessCheck()->result().cancelled);

        a.action("iceServersAction")->trigger();
        QVERIFY(a.app->controller()->iceServersFetch()->isRunning());
        QTest::keyClick(a.app->controller()->iceServersDialog(), Qt::Key_Escape);
        QVERIFY(!a.app->controller()->iceServersDialog()->isVisible());
        QVERIFY(a.app->controller()->iceServersFetch()->result().cancelled);

        // Opened again, the dialog runs a fresh check.
        a.action("checkAccessAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(a.app->controller()->accessCheck()->result().passed(), kWaitMs);
    }

    void invalidFormIsNamedNotChecked()
    {
        App a;
        ConnectionForm form = a.app->formPanel()->form();
        form.channel = QStringLiteral("not a channel!");
        a.app->formPanel()->setForm(form);
        a.action("checkAccessAction")->trigger();
        ui::AccessCheckDialog *dialog = a.app->controller()->accessCheckDialog();
        QVERIFY(!a.app->controller()->accessCheck());
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Fix the connection form first: ")), qPrintable(status));
        QVERIFY2(status.length() > 40, qPrintable(status)); // the rule the field breaks follows
        a.action("iceServersAction")->trigger();
        QVERIFY(!a.app->controller()->iceServersFetch());
        QVERIFY(a.app->controller()
                    ->iceServersDialog()
                    ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Fix the connection form first: ")));
    }

    void iceServersShowValuesButNoSecrets()
    {
        App a;
        a.action("iceServersAction")->trigger();
        ui::IceServersDialog *dialog = a.app->controller()->iceServersDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->iceServersFetch()->isRunning(), kWaitMs);
        const AccessCheckResult &result = a.app->controller()->iceServersFetch()->result();
        QVERIFY(result.iceConfig.has_value());
        QVERIFY(!result.iceConfig->servers.isEmpty());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("serversTableWidget"));
        QCOMPARE(table->rowCount(), result.iceConfig->servers.size() + 1); // + STUN
        QCOMPARE(table->item(0, 0)->text(), result.iceConfig->servers.constFirst().uris.join(u'\n'));
        QCOMPARE(table->item(0, 3)->text(),
                 formatDuration(result.iceConfig->servers.constFirst().ttlSeconds * 1000LL));
        const QString all = everythingIn(table) + dialog->expiryText() +
                            dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        for (const IceServer &server : result.iceConfig->servers) {
            QVERIFY(!server.password.isEmpty());
            QVERIFY2(!all.contains(server.password), "a TURN password is visible or copyable");
            QVERIFY2(!all.contains(server.username), "a TURN username is visible or copyable");
        }
        QVERIFY(all.contains(QString::fromUtf16(kRedacted)));
        table->setCurrentCell(-1, -1);
        screenshot(dialog, "ice-servers.png");
        // The expiry and the status beside it read as two sentences, never "expires in 4:58Fetched at".
        const QString expiryLine = dialog->findChild<QLabel *>(QStringLiteral("expiryLabel"))->text();
        QVERIFY2(expiryLine.endsWith(u'.') && expiryLine.contains(dialog->expiryText()),
                 qPrintable(expiryLine));
        QVERIFY2(dialog->expiryText().startsWith(QStringLiteral("expires in ")),
                 qPrintable(dialog->expiryText()));
    }

    void iceCountdownReadsTheInjectedClock()
    {
        App a;
        a.action("iceServersAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!a.app->controller()->iceServersFetch()->isRunning(), kWaitMs);
        const AccessCheckResult result = a.app->controller()->iceServersFetch()->result();
        QVERIFY(result.iceConfig.has_value());
        // The same dialog class with a clock the test moves.
        FixedClock clock(QDateTime::currentDateTimeUtc());
        ui::IceServersDialog dialog(clock);
        dialog.setCheck(a.app->controller()->iceServersFetch());
        const int ttl = result.iceConfig->servers.constFirst().ttlSeconds;
        QCOMPARE(dialog.expiryText(),
                 QStringLiteral("expires in %1:%2").arg(ttl / 60).arg(ttl % 60, 2, 10, QLatin1Char('0')));
        clock.advanceMs(28'000);
        dialog.updateCountdown();
        const int left = ttl - 28;
        QCOMPARE(dialog.expiryText(),
                 QStringLiteral("expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        clock.advanceMs(qint64(ttl) * 1000);
        dialog.updateCountdown();
        QCOMPARE(dialog.expiryText(), QStringLiteral("expired — refresh"));
    }

    void customOfferIsCheckedThenAnswered()
    {
        App a;
        a.app->controller()->connectWith(a.app->formPanel()->form());
        QTRY_COMPARE_WITH_TIMEOUT(a.app->controller()->controller()->state(), ConnectionState::Connected,
                                  kWaitMs);
        QVERIFY(a.action("customOfferAction")->isEnabled());
        a.action("customOfferAction")->trigger();
        ui::CustomOfferDialog *dialog = a.app->controller()->customOfferDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString prefill = dialog->offerText();
        QVERIFY(prefill.startsWith(QStringLiteral("v=0\n")));
        QVERIFY(prefill.contains(QStringLiteral("m=audio")));

        auto *editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("offerPlainTextEdit"));
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
        editor->setPlainText(QStringLiteral("v=0\ns=-\n"));
        const qsizetype logSize = a.app->eventLog()->size();
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY2(dialog->problemText().contains(QStringLiteral("m=")), qPrintable(dialog->problemText()));
        QCOMPARE(a.app->eventLog()->size(), logSize); // nothing was sent

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetButton")), Qt::LeftButton);
        QCOMPARE(dialog->offerText(), prefill);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog->problemText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answerText().contains(QStringLiteral("master answered")), kWaitMs);
        QVERIFY2(dialog->answerText().contains(QStringLiteral("audio")), qPrintable(dialog->answerText()));
        screenshot(dialog, "custom-offer.png");
        bool offerOut = false;
        bool answerIn = false;
        for (qsizetype i = 0; i < a.app->eventLog()->size(); ++i) {
            const EngineEvent &event = a.app->eventLog()->at(i);
            if (event.kind != EventKind::Message)
                continue;
            offerOut = offerOut ||
                       (event.field("direction") == u"out" && event.field("messageType") == u"SDP_OFFER" &&
                        event.field("summary").contains(QStringLiteral("custom offer")));
            answerIn = answerIn ||
                       (event.field("direction") == u"in" && event.field("messageType") == u"SDP_ANSWER");
        }
        QVERIFY(offerOut);
        QVERIFY(answerIn);
        a.app->controller()->disconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(!a.action("customOfferAction")->isEnabled(), kWaitMs);
    }
};

QTEST_MAIN(TestAccessDialogs)
#include "tst_accessdialogs.moc"
