#include "connectionformpanel.h"
#include "connectionpanel.h"
#include "eventlog.h"
#include "mainwindow.h"
#include "messagelogpanel.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>

/// The main window shell: shows, names itself with the version, and closes from its Quit action.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsAndQuits()
    {
        kvs::EventLog log;
        kvs::ui::MainWindow window(
            new kvs::ui::ConnectionFormPanel([] { return QStringLiteral("viewer-1"); }),
            new kvs::ui::ConnectionPanel([] { return qint64(0); }), new kvs::ui::MessageLogPanel(&log));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"KVS Signaling Viewer 0."));
        QAction *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+Q"))));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
