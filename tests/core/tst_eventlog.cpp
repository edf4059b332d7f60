#include "core/events/eventlog.h"
#include "core/signaling/connectionstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kvs;

/// Connection events (JSON form, text, redaction) and the bounded event log.
class TestEventLog : public QObject
{
    Q_OBJECT

private:
    static EngineEvent step(qint64 t, const QString &name)
    {
        return EngineEvent::make(EventKind::Step, t, QDateTime::currentDateTimeUtc(),
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("ms"), 84}});
    }

private slots:
    void jsonHasEventAndTime()
    {
        const QJsonObject json = step(1234, QStringLiteral("GetSignalingChannelEndpoint")).toJson();
        QCOMPARE(json[u"event"].toString(), QStringLiteral("step"));
        QCOMPARE(json[u"t"].toInteger(), 1234);
        QCOMPARE(json[u"name"].toString(), QStringLiteral("GetSignalingChannelEndpoint"));
        QCOMPARE(step(0, QStringLiteral("Presign")).text(), QStringLiteral("Presign: ok (84 ms)"));
    }

    // The log shows a state in words (translated with the app); the JSON keeps the stable identifier.
    void stateTextIsWordsJsonIsIdentifier()
    {
        const auto state = [](const QString &name) {
            return EngineEvent::make(EventKind::State, 0, QDateTime::currentDateTimeUtc(),
                                     {{QStringLiteral("state"), name}});
        };
        for (int i = int(ConnectionState::Idle); i <= int(ConnectionState::Replaced); ++i) {
            const QString name = connectionStateName(ConnectionState(i));
            QCOMPARE(connectionStateFromName(name), std::optional(ConnectionState(i)));
            QCOMPARE(state(name).text(), QStringLiteral("State: ") + connectionStateText(ConnectionState(i)));
            QCOMPARE(state(name).toJson()[u"state"].toString(), name);
        }
        QCOMPARE(state(QStringLiteral("GettingEndpoint")).text(),
                 QStringLiteral("State: Getting the signaling endpoint…"));
        // An identifier from a newer engine is shown as it is.
        QCOMPARE(connectionStateFromName(u"Levitating"), std::nullopt);
        QCOMPARE(state(QStringLiteral("Levitating")).text(), QStringLiteral("State: Levitating"));
    }

    void everyKindHasAName()
    {
        QStringList names;
        for (EventKind kind : {EventKind::Step, EventKind::State, EventKind::Http, EventKind::Retry,
                               EventKind::Message, EventKind::ClockSkew, EventKind::Error, EventKind::Warning,
                               EventKind::Info, EventKind::Summary})
            names.append(eventKindName(kind));
        QCOMPARE(names.join(u','),
                 QStringLiteral("step,state,http,retry,message,clockSkew,error,warning,info,summary"));
    }

    void fieldsAreRedactedRecursively()
    {
        const EngineEvent event = EngineEvent::make(
            EventKind::Info, 0, QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("message"), QStringLiteral("wss://h/?X-Amz-Signature=0123456789abcdef0123")},
             {QStringLiteral("nested"),
              QJsonObject{
                  {QStringLiteral("list"), QJsonArray{QStringLiteral("Authorization: AWS4 secret")}}}}});
        const QString json = QString::fromUtf8(QJsonDocument(event.toJson()).toJson());
        QVERIFY(!json.contains(u"0123456789abcdef0123"));
        QVERIFY(!json.contains(u"AWS4 secret"));
        QVERIFY(json.contains(u"<redacted>"));
    }

    void logIsBounded()
    {
        EventLog log(100);
        QSignalSpy appended(&log, &EventLog::eventAppended);
        QSignalSpy dropped(&log, &EventLog::oldestDropped);
        for (int i = 0; i < 250; ++i)
            log.append(EngineEvent::make(EventKind::Info, i, QDateTime::currentDateTimeUtc(),
                                         {{QStringLiteral("message"), QString::number(i)}}));
        QCOMPARE(appended.count(), 250);
        QVERIFY(log.size() <= 100);
        QVERIFY(log.size() > 80);
        QCOMPARE(log.at(log.size() - 1).field("message"), QStringLiteral("249"));
        QCOMPARE(log.droppedCount() + log.size(), 250);
        QVERIFY(dropped.count() > 0);
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(log.droppedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
