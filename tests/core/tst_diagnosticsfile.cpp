// DiagnosticsFile: an export the app wrote reads back into the same events; a broken or hostile file is an
// error naming the cause or is shown with its junk skipped and its secrets redacted — never a crash.
#include "core/diagnostics/diagnosticsfile.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kvs;

namespace {

const QDateTime kStart(QDate(2026, 11, 29), QTime(21, 0, 0), Qt::UTC);

QByteArray sampleExport()
{
    EventLog log;
    log.append(EngineEvent::make(EventKind::Step, 0, kStart,
                                 {{QStringLiteral("name"), QStringLiteral("Credentials")},
                                  {QStringLiteral("status"), QStringLiteral("started")}}));
    log.append(EngineEvent::make(EventKind::Step, 12, kStart.addMSecs(12),
                                 {{QStringLiteral("name"), QStringLiteral("Credentials")},
                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("ms"), 12}}));
    log.append(EngineEvent::make(EventKind::State, 40, kStart.addMSecs(40),
                                 {{QStringLiteral("state"), QStringLiteral("Connected")}}));
    log.append(EngineEvent::make(EventKind::Message, 41, kStart.addMSecs(41),
                                 {{QStringLiteral("direction"), QStringLiteral("in")},
                                  {QStringLiteral("messageType"), QStringLiteral("SDP_ANSWER")}}));
    ConnectionForm form;
    form.channel = QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/door/1700000000000");
    form.region = QStringLiteral("us-west-2");
    form.secretAccessKey = QStringLiteral("NeverInAnExport/123");
    DiagnosticsReport report(form, log, kStart.addSecs(60));
    return report.text().toUtf8();
}

} // namespace

class TestDiagnosticsFile : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatTheAppExported()
    {
        const auto file = DiagnosticsFile::parse(sampleExport());
        QVERIFY2(file.ok(), qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->events.size(), 4);
        QCOMPARE(file->events.at(1).kind, EventKind::Step);
        QCOMPARE(file->events.at(1).elapsedMs, 12);
        QCOMPARE(file->events.at(1).field("status"), QStringLiteral("ok"));
        QCOMPARE(file->events.at(1).wallTime, kStart.addMSecs(12));
        QCOMPARE(file->events.at(2).field("state"), QStringLiteral("Connected"));
        QCOMPARE(file->events.at(3).field("messageType"), QStringLiteral("SDP_ANSWER"));
        QCOMPARE(file->generatedAt, kStart.addSecs(60));
        QVERIFY(!file->appVersion.isEmpty());
        QCOMPARE(file->settings.value(u"region").toString(), QStringLiteral("us-west-2"));
        QCOMPARE(file->skippedEvents, 0);
    }

    void junkIsSkippedAndSecretsStayHidden()
    {
        QJsonObject document = QJsonDocument::fromJson(sampleExport()).object();
        QJsonArray events = document.value(u"events").toArray();
        events.append(QStringLiteral("not an object"));
        events.append(
            QJsonObject{{QStringLiteral("event"), QStringLiteral("teleport")}, {QStringLiteral("t"), 5}});
        events.append(QJsonObject{
            {QStringLiteral("event"), QStringLiteral("info")},
            {QStringLiteral("t"), -99},
            {QStringLiteral("message"), QStringLiteral("key AKIAHANDEDITED00001 in a hand-edited file")},
            {QStringLiteral("SecretAccessKey"), QStringLiteral("HandEditedSecret/Value")}});
        document.insert(QStringLiteral("events"), events);
        document.insert(
            QStringLiteral("settings"),
            QJsonObject{{QStringLiteral("sessionToken"), QStringLiteral("HandEditedSessionToken123")}});
        const auto file = DiagnosticsFile::parse(QJsonDocument(document).toJson());
        QVERIFY(file.ok());
        QCOMPARE(file->events.size(), 5);
        QCOMPARE(file->skippedEvents, 2);
        const EngineEvent &edited = file->events.constLast();
        QCOMPARE(edited.elapsedMs, 0); // a negative time is not shown as one
        const QString everything = QString::fromUtf8(QJsonDocument(edited.toJson()).toJson()) +
                                   QString::fromUtf8(QJsonDocument(file->settings).toJson());
        QVERIFY2(!everything.contains(QStringLiteral("AKIAHANDEDITED00001")), qPrintable(everything));
        QVERIFY2(!everything.contains(QStringLiteral("HandEditedSecret/Value")), qPrintable(everything));
        QVERIFY2(!everything.contains(QStringLiteral("HandEditedSessionToken123")), qPrintable(everything));
    }

    // An export of several Connects: the earlier runs ("earlierRuns") are read too, oldest first, each
    // starting with its run header — made from the run's fields when an export's run lacks one.
    void earlierRunsAreReadWithTheirHeaders()
    {
        QJsonObject document = QJsonDocument::fromJson(sampleExport()).object();
        const QJsonArray latest = document.value(u"events").toArray();
        QJsonArray withHeader{QJsonObject{{QStringLiteral("event"), QStringLiteral("run")},
                                          {QStringLiteral("t"), 0},
                                          {QStringLiteral("run"), 2},
                                          {QStringLiteral("channel"), QStringLiteral("door")}}};
        withHeader.append(latest.at(0));
        const QJsonArray earlier{
            QJsonObject{{QStringLiteral("run"), 1},
                        {QStringLiteral("channel"), QStringLiteral("door")},
                        {QStringLiteral("startedAt"), kStart.addSecs(-60).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("events"), latest}}, // no header of its own
            QJsonObject{{QStringLiteral("events"), withHeader}}, QStringLiteral("not a run")};
        document.insert(QStringLiteral("earlierRuns"), earlier);
        const auto file = DiagnosticsFile::parse(QJsonDocument(document).toJson());
        QVERIFY(file.ok());
        QCOMPARE(file->earlierRuns.size(), 2);
        QCOMPARE(file->skippedEvents, 1);
        QVERIFY(!file->otherSections.contains(QStringLiteral("earlierRuns")));
        const QList<DiagnosticsRun> runs = file->runs();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).events.size(), 5); // a header made for it + its 4 events
        QCOMPARE(runs.at(0).events.constFirst().kind, EventKind::Run);
        QCOMPARE(runs.at(0).events.constFirst().field("run"), QStringLiteral("1"));
        QCOMPARE(runs.at(0).events.constFirst().wallTime, kStart.addSecs(-60));
        QCOMPARE(runs.at(1).events.size(), 2); // its own header kept
        QCOMPARE(runs.at(1).events.constFirst().field("run"), QStringLiteral("2"));
        QCOMPARE(runs.at(2).events.size(), 5); // the latest, with a header made for it
        QCOMPARE(runs.at(2).events.constFirst().field("run"), QStringLiteral("3"));
        QCOMPARE(runs.at(2).events.at(3).field("state"), QStringLiteral("Connected"));
    }

    void manyEventsAreCapped()
    {
        QJsonArray events;
        for (int i = 0; i < DiagnosticsFile::kMaxEvents + 10; ++i)
            events.append(
                QJsonObject{{QStringLiteral("event"), QStringLiteral("info")}, {QStringLiteral("t"), i}});
        const auto file =
            DiagnosticsFile::parse(QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson());
        QVERIFY(file.ok());
        QCOMPARE(file->events.size(), DiagnosticsFile::kMaxEvents);
        QCOMPARE(file->skippedEvents, 10);
    }

    void brokenFilesNameTheCause_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
        QTest::newRow("setup") << QByteArray("{\"kvsViewerSetup\": 1}") << QStringLiteral("\"events\"");
        QTest::newRow("events not a list") << QByteArray("{\"events\": {}}") << QStringLiteral("\"events\"");
        QTest::newRow("huge") << QByteArray(DiagnosticsFile::kMaxBytes + 1, ' ') << QStringLiteral("MiB");
        QTest::newRow("deep") << QByteArray(100000, '[') << QStringLiteral("not JSON");
    }

    void brokenFilesNameTheCause()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const auto file = DiagnosticsFile::parse(content);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, QStringLiteral("InvalidDiagnostics"));
        QVERIFY2(file.error().message.contains(named), qPrintable(file.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsFile)
#include "tst_diagnosticsfile.moc"
