// Connection ▸ Network test… as the user reaches it: the real app (ViewerApp in demo mode, its in-process
// emulator over TLS on loopback handing out TURN servers where nothing answers), the menu action, the real
// dialog on the offscreen platform, rows filling in, the verdict, Copy without credentials, Run again, and
// the report in the diagnostics export. Waits are bounded; timings never asserted.
#include "desktop/appcontroller.h"
#include "desktop/viewerapp.h"
#include "media/networktest.h"
#include "ui/mainwindow.h"
#include "ui/networktestdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kvs;

namespace {

constexpr int kWaitMs = 40000;

void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("KVS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(dir + u'/' + QLatin1String(name));
}

} // namespace

class TestNetworkTestDialog final : public QObject
{
    Q_OBJECT

private slots:
    void rowsFillInAndCopyHidesCredentials()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ViewerAppOptions options;
        options.demo = true;
        auto created = ViewerApp::create(settings, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        std::unique_ptr<ViewerApp> app = std::move(created).value();
        auto *action = app->window()->findChild<QAction *>(QStringLiteral("networkTestAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        action->trigger();
        ui::NetworkTestDialog *dialog = app->controller()->networkTestDialog();
        QVERIFY(dialog && dialog->isVisible());

        // The ICE servers arrive, then one row per path; the rows fill in as each path ends.
        QTRY_VERIFY_WITH_TIMEOUT(app->controller()->networkTest(), kWaitMs);
        media::NetworkTest *test = app->controller()->networkTest();
        QVERIFY(dialog->rowCount() >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), kWaitMs);
        for (int i = 0; i < dialog->rowCount(); ++i) {
            const QStringList cells = dialog->rowCells(i);
            QVERIFY2(cells.at(0) == u"✔" || cells.at(0) == u"✘", qPrintable(cells.join(u'|')));
            QVERIFY(!cells.at(4).isEmpty());
        }
        // The demo's TURN servers are placeholders nothing answers: no path works.
        QVERIFY(!test->report().anyMediaPath());
        QCOMPARE(dialog->verdictText(), test->report().verdict());
        QVERIFY(dialog->verdictText().startsWith(u"No path works") ||
                dialog->verdictText().startsWith(u"TURN refused"));
        screenshot(dialog, "network-test.png");

        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy && copy->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Verdict: "));
        QVERIFY(copied.contains(u"turn:127.0.0.1:"));
        QVERIFY2(!copied.contains(u"turn://") && !copied.contains(u"turns://") && !copied.contains(u"djE6"),
                 qPrintable(copied));

        // Run again starts a new run with new rows.
        auto *again = dialog->findChild<QPushButton *>(QStringLiteral("runAgainButton"));
        QVERIFY(again && again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->controller()->networkTest() &&
                                     !app->controller()->networkTest()->isRunning() && again->isEnabled(),
                                 kWaitMs);
        QVERIFY(app->controller()->networkTest()->report().finished);
    }
};

QTEST_MAIN(TestNetworkTestDialog)
#include "tst_networktestdialog.moc"
