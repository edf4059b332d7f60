// File ▸ Open diagnostics' viewer over exports the app wrote: every run of the session in the log, each after
// its header, one run at a time in the connection panel; durations as recorded, never counted from the
// viewer's clock.
#include "core/diagnostics/diagnosticsfile.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"
#include "ui/connectionpanel.h"
#include "ui/diagnosticsviewer.h"
#include "ui/eventlogmodel.h"
#include "ui/messagelogpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace kvs;

namespace {

const QDateTime kStart(QDate(2026, 11, 29), QTime(21, 0, 0), Qt::UTC);
const QString kChannel =
    QStringLiteral("arn:aws:kinesisvideo:eu-west-1:123456789012:channel/lobby/1700000000000");

/// A session of two Connects as the app logs it: run 1 refused (403), run 2 connected at 21:01:00.
void addTwoRuns(EventLog &log)
{
    auto add = [&](EventKind kind, const QDateTime &at, qint64 t, const QJsonObject &fields) {
        log.append(EngineEvent::make(kind, t, at.addMSecs(t), fields));
    };
    add(EventKind::Run, kStart, 0, {{QStringLiteral("run"), 1}, {QStringLiteral("channel"), kChannel}});
    add(EventKind::Step, kStart, 0,
        {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
         {QStringLiteral("status"), QStringLiteral("started")}});
    add(EventKind::Step, kStart, 84,
        {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
         {QStringLiteral("status"), QStringLiteral("failed")},
         {QStringLiteral("ms"), 84},
         {QStringLiteral("detail"), QStringLiteral("AccessDeniedException")}});
    add(EventKind::State, kStart, 86, {{QStringLiteral("state"), QStringLiteral("Failed")}});
    const QDateTime second = kStart.addSecs(60);
    add(EventKind::Run, second, 0, {{QStringLiteral("run"), 2}, {QStringLiteral("channel"), kChannel}});
    add(EventKind::Step, second, 0,
        {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
         {QStringLiteral("status"), QStringLiteral("started")}});
    add(EventKind::Step, second, 70,
        {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
         {QStringLiteral("status"), QStringLiteral("ok")},
         {QStringLiteral("ms"), 70}});
    add(EventKind::Step, second, 75,
        {{QStringLiteral("name"), QStringLiteral("ConnectAsViewer")},
         {QStringLiteral("status"), QStringLiteral("started")}});
    add(EventKind::Step, second, 120,
        {{QStringLiteral("name"), QStringLiteral("ConnectAsViewer")},
         {QStringLiteral("status"), QStringLiteral("ok")},
         {QStringLiteral("ms"), 45}});
    add(EventKind::State, second, 121, {{QStringLiteral("state"), QStringLiteral("Connected")}});
    add(EventKind::Message, second, 200,
        {{QStringLiteral("direction"), QStringLiteral("in")},
         {QStringLiteral("messageType"), QStringLiteral("SDP_ANSWER")}});
}

/// The export of log as the app writes it, read back as the viewer reads it.
DiagnosticsFile exported(const EventLog &log, const QDateTime &generatedAt)
{
    ConnectionForm form;
    form.channel = kChannel;
    form.region = QStringLiteral("eu-west-1");
    const auto file = DiagnosticsFile::parse(DiagnosticsReport(form, log, generatedAt).text().toUtf8());
    if (!file)
        qFatal("the export does not read back: %s", qPrintable(file.error().message));
    return file.value();
}

QStringList stepNames(const ui::ConnectionPanel *panel)
{
    QStringList names;
    for (const TimelineStep &step : panel->timeline().steps())
        names.append(step.name + u' ' + step.status);
    return names;
}

} // namespace

class TestDiagnosticsViewer : public QObject
{
    Q_OBJECT

private slots:
    void everyRunIsShownApart()
    {
        EventLog log;
        addTwoRuns(log);
        // Connected at 21:01:00.121, exported 5 min 12 s later.
        const DiagnosticsFile file = exported(log, kStart.addSecs(60).addMSecs(121 + 312000));
        ui::DiagnosticsViewer viewer(file, QStringLiteral("customer.json"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        // The log holds both runs, each after its header row.
        QCOMPARE(viewer.eventLog()->size(), log.size());
        viewer.logPanel()->model()->flush();
        int headers = 0;
        for (int row = 0; row < viewer.logPanel()->model()->rowCount(); ++row)
            if (viewer.logPanel()->model()->eventAt(row).kind == EventKind::Run)
                ++headers;
        QCOMPARE(headers, 2);
        QVERIFY2(viewer.headerText().contains(QStringLiteral("in 2 runs")), qPrintable(viewer.headerText()));
        QVERIFY2(!viewer.headerText().contains(QStringLiteral("earlierRuns")),
                 qPrintable(viewer.headerText()));

        // The steps show one run at a time: the latest first, the earlier one on demand.
        QCOMPARE(viewer.runCount(), 2);
        QCOMPARE(viewer.currentRun(), 1);
        auto *picker = viewer.findChild<QComboBox *>(QStringLiteral("runComboBox"));
        QVERIFY(picker && picker->isVisible());
        QCOMPARE(picker->count(), 2);
        QVERIFY2(picker->itemText(0).startsWith(QStringLiteral("Run 2")), qPrintable(picker->itemText(0)));
        QVERIFY2(picker->itemText(1).startsWith(QStringLiteral("Run 1")), qPrintable(picker->itemText(1)));
        QCOMPARE(stepNames(viewer.connectionPanel()),
                 QStringList({QStringLiteral("GetSignalingChannelEndpoint ok"),
                              QStringLiteral("ConnectAsViewer ok")}));
        QCOMPARE(viewer.connectionPanel()->statusText(),
                 ui::ConnectionPanel::stateText(ConnectionState::Connected));

        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down); // the earlier run
        QCOMPARE(viewer.currentRun(), 0);
        QCOMPARE(stepNames(viewer.connectionPanel()),
                 QStringList({QStringLiteral("GetSignalingChannelEndpoint failed")}));
        QCOMPARE(viewer.connectionPanel()->statusText(),
                 ui::ConnectionPanel::stateText(ConnectionState::Failed));
        const QString shots = qEnvironmentVariable("KVS_SCREENSHOT_DIR"); // review only, never in CI
        if (!shots.isEmpty())
            viewer.grab().save(shots + QStringLiteral("/diagnostics-viewer-runs.png"));
    }

    void aRecordedRunShowsItsRecordedDuration()
    {
        EventLog log;
        addTwoRuns(log);
        const DiagnosticsFile file = exported(log, kStart.addSecs(60).addMSecs(121 + 312000));
        ui::DiagnosticsViewer viewer(file, QStringLiteral("customer.json"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *connected = viewer.connectionPanel()->findChild<QLabel *>(QStringLiteral("connectedLabel"));
        auto *idle = viewer.connectionPanel()->findChild<QLabel *>(QStringLiteral("idleLabel"));
        QVERIFY(connected && idle);
        QTest::qWait(300); // a live panel would tick here
        QVERIFY(connected->isVisible());
        QVERIFY2(connected->text().contains(QStringLiteral("05:12")), qPrintable(connected->text()));
        QVERIFY2(!connected->text().contains(QStringLiteral("00:00")), qPrintable(connected->text()));
        QVERIFY(!idle->isVisible()); // no recorded idle time: nothing rather than a made-up one
    }

    void anUnknownDurationIsNotMadeUp()
    {
        EventLog log;
        addTwoRuns(log);
        DiagnosticsFile file = exported(log, kStart.addSecs(600));
        file.generatedAt = QDateTime(); // an export without its time: when the record ends is unknown
        ui::DiagnosticsViewer viewer(file, QStringLiteral("customer.json"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *connected = viewer.connectionPanel()->findChild<QLabel *>(QStringLiteral("connectedLabel"));
        QVERIFY(connected);
        QTest::qWait(300);
        QVERIFY2(!connected->isVisible(), qPrintable(connected->text()));
        QCOMPARE(viewer.connectionPanel()->statusText(),
                 ui::ConnectionPanel::stateText(ConnectionState::Connected));
    }

    void oneRunNeedsNoPicker()
    {
        EventLog log;
        log.append(EngineEvent::make(EventKind::State, 5, kStart,
                                     {{QStringLiteral("state"), QStringLiteral("Failed")}}));
        const DiagnosticsFile file = exported(log, kStart.addSecs(1));
        ui::DiagnosticsViewer viewer(file, QStringLiteral("one.json"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.runCount(), 1);
        QVERIFY(!viewer.findChild<QComboBox *>(QStringLiteral("runComboBox"))->isVisible());
        QCOMPARE(viewer.eventLog()->size(), 1);
        QVERIFY2(viewer.headerText().contains(QStringLiteral("1 event")), qPrintable(viewer.headerText()));
    }
};

QTEST_MAIN(TestDiagnosticsViewer)
#include "tst_diagnosticsviewer.moc"
