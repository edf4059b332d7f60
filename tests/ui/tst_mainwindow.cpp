#include "core/events/eventlog.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/errordialog.h"
#include "ui/mainwindow.h"
#include "ui/messagelogpanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using kvs::ui::Dialogs;
using kvs::ui::MainWindow;

namespace {

MainWindow *makeWindow(kvs::EventLog &log)
{
    return new MainWindow(new kvs::ui::ConnectionFormPanel([] { return QStringLiteral("viewer-1"); }),
                          new kvs::ui::ConnectionPanel([] { return qint64(0); }),
                          new kvs::ui::MessageLogPanel(&log));
}

} // namespace

/// The main window shell: shows, names itself once, and closes from its Quit action.
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
        // What the window manager shows: Qt appends " — " and the display name (main() sets it) to a title
        // that does not end with it. The product's name is there once.
        QGuiApplication::setApplicationDisplayName(QStringLiteral("KVS Signaling Viewer"));
        const QString name = QGuiApplication::applicationDisplayName();
        const QString title = window.windowTitle();
        const QString shown = title.endsWith(name) ? title : title % u" — " % name;
        QVERIFY2(shown.count(name) == 1, qPrintable(shown));
        QAction *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+Q"))));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }

    // Practice's armed faults in the status bar: many of them (or long German words) never widen the
    // window; the line is elided and its tooltip holds every fault.
    void armedFaultsNeverWidenTheWindow()
    {
        kvs::EventLog log;
        std::unique_ptr<MainWindow> window(makeWindow(log));
        window->resize(1200, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QStringList armed;
        for (int i = 1; i <= 8; ++i)
            armed.append(
                QStringLiteral("GetSignalingChannelEndpoint: ClientLimitExceededException ×%1").arg(i));
        window->setPracticeStatus(armed);
        QApplication::processEvents();
        auto *status = window->findChild<QLabel *>(QStringLiteral("practiceStatusLabel"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(window->minimumSizeHint().width() <= 1200,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY2(window->width() <= 1200, qPrintable(QString::number(window->width())));
        QVERIFY(status->width() <= 1200 / 2 + 20);
        QVERIFY(status->text().endsWith(u'…'));
        for (const QString &fault : armed)
            QVERIFY2(status->toolTip().contains(fault), qPrintable(status->toolTip()));
        window->setPracticeStatus({});
        QVERIFY(!status->isVisible());
    }

    void probeMasterOnlyWhenAvailable()
    {
        kvs::EventLog log;
        std::unique_ptr<MainWindow> window(makeWindow(log));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *probe = window->findChild<QAction *>(QStringLiteral("probeMasterAction"));
        QVERIFY(probe);
        QCOMPARE(probe->shortcut(), QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+P"))));
        QVERIFY(!probe->isEnabled());
        QSignalSpy requested(window.get(), &MainWindow::probeMasterRequested);
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(requested.count(), 0);
        window->setProbeAvailable(true);
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);
        window->setProbeAvailable(false);
        QVERIFY(!probe->isEnabled());
    }

    void exportSavesThePreviewedText()
    {
        kvs::EventLog log;
        std::unique_ptr<MainWindow> window(makeWindow(log));
        auto *action = window->findChild<QAction *>(QStringLiteral("exportDiagnosticsAction"));
        QVERIFY(action);
        QSignalSpy requested(window.get(), &MainWindow::exportDiagnosticsRequested);
        action->trigger();
        QCOMPARE(requested.count(), 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("diagnostics.json"));
        const QString text = QStringLiteral("{\n    \"app\": \"é\"\n}\n");
        Dialogs::clearShownDialogs();
        Dialogs::answerAutomatically(Dialogs::Answer::Cancel);
        QVERIFY(!window->exportDiagnostics(text));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(Dialogs::shownDialogs(), QStringList{text}); // cancelled at the preview

        Dialogs::clearShownDialogs();
        Dialogs::answerAutomatically(Dialogs::Answer::Ok);
        Dialogs::answerSaveFileName(path);
        QVERIFY(window->exportDiagnostics(text));
        Dialogs::stopAnsweringAutomatically();
        Dialogs::answerSaveFileName(QString());
        QCOMPARE(Dialogs::shownDialogs().size(), 2); // the preview, then the file chooser
        QCOMPARE(Dialogs::shownDialogs().constFirst(), text);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
