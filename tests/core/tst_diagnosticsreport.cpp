#include "core/buildinfo.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kvs;

namespace {

// Canary values: none of them may appear anywhere in a report.
const QString kFormKeyId = QStringLiteral("AKIACANARYFORMKEY123");
const QString kFormSecret = QStringLiteral("CanaryFormSecret/wJalrXUtnFEMI");
const QString kFormToken = QStringLiteral("CanaryFormToken+IQoJb3JpZ2lu==");
const QString kUrlSignature = QStringLiteral("c4a9a7e1canarysignature0d3f");
const QString kUrlToken = QStringLiteral("CanaryUrlTokenFwoGZXIvYXdz");
const QString kTurnPassword = QStringLiteral("CanaryTurnPassword/p4ss=");
const QString kAuthSignature = QStringLiteral("canaryauthsignature9f8e7d");

QString presignedUrl()
{
    return u"wss://v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com/?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           u"&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261124%2Fus-west-2%2Fkinesisvideo%2Faws4_request"
           u"&X-Amz-Security-Token=" %
           kUrlToken % u"&X-Amz-Signature=" % kUrlSignature;
}

QString authorizationHeader()
{
    return u"Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-west-2/"
           u"kinesisvideo/aws4_request, SignedHeaders=host;x-amz-date, Signature=" %
           kAuthSignature;
}

ConnectionForm canaryForm()
{
    ConnectionForm form;
    form.credentialMode = CredentialMode::Manual;
    form.accessKeyId = kFormKeyId;
    form.secretAccessKey = kFormSecret;
    form.sessionToken = kFormToken;
    form.channel = QStringLiteral("demo-channel");
    form.region = QStringLiteral("us-west-2");
    form.clientId = QStringLiteral("viewer-1234");
    form.maxRetries = 5;
    return form;
}

// Events with secrets in them, built both through make() (the engine's way) and raw (as if a caller had
// skipped make()): the report must hold no secret either way.
void fillLog(EventLog &log)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    log.append(EngineEvent::make(EventKind::Step, 0, now,
                                 {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                                  {QStringLiteral("status"), QStringLiteral("started")}}));
    log.append(EngineEvent::make(EventKind::Step, 84, now,
                                 {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("ms"), 84}}));
    log.append(EngineEvent::make(EventKind::Info, 90, now,
                                 {{QStringLiteral("message"), QString(u"Presigned: " % presignedUrl())}}));

    EngineEvent raw;
    raw.kind = EventKind::Info;
    raw.elapsedMs = 100;
    raw.wallTime = now;
    // Typed values carry the same secrets in their strings (a URL, a header, TURN credentials in a list).
    InfoEvent secrets;
    secrets.message = QStringLiteral("raw event with secrets");
    secrets.endpoint = EndpointNote{};
    secrets.endpoint->endpoint = presignedUrl();
    secrets.endpoint->caFile = authorizationHeader();
    secrets.endpoint->clientId = authorizationHeader();
    secrets.iceServers = QStringList{QStringLiteral(R"({"Username":"1700000000:viewer","Password":")") +
                                     kTurnPassword + QStringLiteral(R"(","Ttl":300})")};
    raw.payload = secrets;
    log.append(raw);
    log.append(EngineEvent::make(EventKind::Warning, 120, now,
                                 {{QStringLiteral("message"), QStringLiteral("Probe: the canary is fine")}}));
}

} // namespace

/// The diagnostics report: versions, settings without keys, timeline and events, and no secret at all.
class TestDiagnosticsReport : public QObject
{
    Q_OBJECT

private slots:
    void holdsNoSecret_data()
    {
        QTest::addColumn<QString>("canary");
        QTest::newRow("form access key id") << kFormKeyId;
        QTest::newRow("form secret access key") << kFormSecret;
        QTest::newRow("form session token") << kFormToken;
        QTest::newRow("X-Amz-Signature") << kUrlSignature;
        QTest::newRow("X-Amz-Security-Token") << kUrlToken;
        QTest::newRow("TURN password") << kTurnPassword;
        QTest::newRow("Authorization signature") << kAuthSignature;
    }

    void holdsNoSecret()
    {
        QFETCH(QString, canary);
        EventLog log;
        fillLog(log);
        const QString text = DiagnosticsReport(canaryForm(), log).text();
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(canary), qPrintable(u"leaked: " % canary));
        // Not even a recognisable part of it.
        QVERIFY(!text.contains(canary.left(12)));
    }

    void formKeysAreDroppedNotJustRedacted()
    {
        EventLog log;
        const QJsonObject json = DiagnosticsReport(canaryForm(), log).toJson();
        const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("channel")).toString(), QStringLiteral("demo-channel"));
        QCOMPARE(settings.value(QStringLiteral("credentialMode")).toString(), QStringLiteral("manual"));
        QCOMPARE(settings.value(QStringLiteral("maxRetries")).toInt(), 5);
        QVERIFY(!settings.contains(QStringLiteral("accessKeyId")));
        QVERIFY(!settings.contains(QStringLiteral("secretAccessKey")));
        QVERIFY(!settings.contains(QStringLiteral("sessionToken")));
        const QString whole = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY(!whole.contains(kFormKeyId));
        QVERIFY(!whole.contains(kFormSecret));
        QVERIFY(!whole.contains(kFormToken));
    }

    void holdsVersionsTimelineAndEvents()
    {
        EventLog log;
        fillLog(log);
        const QString text = DiagnosticsReport(canaryForm(), log).text();
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        QVERIFY2(document.isObject(), "the redacted report is still valid JSON");
        const QJsonObject json = document.object();
        QCOMPARE(json[QStringLiteral("app")][QStringLiteral("version")].toString(),
                 QString::fromLatin1(buildinfo::kVersion));
        QCOMPARE(json[QStringLiteral("qt")][QStringLiteral("runtime")].toString(),
                 QString::fromLatin1(qVersion()));
        QVERIFY(!json[QStringLiteral("os")][QStringLiteral("name")].toString().isEmpty());

        const QJsonArray events = json[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), log.size());
        QCOMPARE(events.at(0)[QStringLiteral("event")].toString(), QStringLiteral("step"));
        QCOMPARE(events.at(4)[QStringLiteral("message")].toString(),
                 QStringLiteral("Probe: the canary is fine"));
        QCOMPARE(events.at(3)[QStringLiteral("message")].toString(),
                 QStringLiteral("raw event with secrets"));

        const QJsonArray steps = json[QStringLiteral("timeline")].toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("GetSignalingChannelEndpoint"));
        QCOMPARE(steps.at(0)[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(steps.at(0)[QStringLiteral("durationMs")].toInt(), 84);
    }

    // A log that keeps earlier runs: the latest run is the report's events and timeline, each run before
    // it a section of its own with its own timeline, oldest first — the whole session, clearly apart.
    void earlierRunsAreSectionsOfTheirOwn()
    {
        EventLog log;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto run = [&](int number, const char *channel, const char *step) {
            log.append(EngineEvent::make(
                EventKind::Run, 0, now,
                {{QStringLiteral("run"), number}, {QStringLiteral("channel"), QLatin1String(channel)}}));
            log.append(EngineEvent::make(EventKind::Step, 10, now,
                                         {{QStringLiteral("name"), QLatin1String(step)},
                                          {QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("ms"), 7}}));
        };
        run(1, "cam-a", "Presign");
        run(2, "cam-b", "ConnectAsViewer");
        run(3, "cam-c", "GetIceServerConfig");
        const QJsonObject json = DiagnosticsReport(canaryForm(), log).toJson();
        const QJsonArray events = json[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)[QStringLiteral("event")].toString(), QStringLiteral("run"));
        QCOMPARE(events.at(0)[QStringLiteral("run")].toInt(), 3);
        const QJsonArray timeline = json[QStringLiteral("timeline")].toArray();
        QCOMPARE(timeline.size(), 1); // the latest run's steps only
        QCOMPARE(timeline.at(0)[QStringLiteral("name")].toString(), QStringLiteral("GetIceServerConfig"));
        const QJsonArray earlier = json[QStringLiteral("earlierRuns")].toArray();
        QCOMPARE(earlier.size(), 2);
        QCOMPARE(earlier.at(0)[QStringLiteral("run")].toInt(), 1);
        QCOMPARE(earlier.at(0)[QStringLiteral("channel")].toString(), QStringLiteral("cam-a"));
        QCOMPARE(earlier.at(0)[QStringLiteral("events")].toArray().size(), 2);
        QCOMPARE(earlier.at(1)[QStringLiteral("timeline")].toArray().at(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("ConnectAsViewer"));
        QVERIFY(!earlier.at(1)[QStringLiteral("startedAt")].toString().isEmpty());
    }

    void emptyLogGivesAReport()
    {
        EventLog log;
        const QJsonDocument document =
            QJsonDocument::fromJson(DiagnosticsReport(ConnectionForm(), log).text().toUtf8());
        QVERIFY(document.isObject());
        QCOMPARE(document.object()[QStringLiteral("events")].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsReport)
#include "tst_diagnosticsreport.moc"
