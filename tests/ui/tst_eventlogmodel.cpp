#include "ui/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kvs;
using kvs::ui::EventFilterProxyModel;
using kvs::ui::EventLogModel;

/// The log pipeline's models: EventLog → EventLogModel (batched, bounded) → EventFilterProxyModel.
class TestEventLogModel : public QObject
{
    Q_OBJECT

private:
    static EngineEvent message(qint64 t, const char *direction, const char *type)
    {
        return EngineEvent::make(EventKind::Message, t, QDateTime::currentDateTimeUtc(),
                                 {{QStringLiteral("direction"), QString::fromLatin1(direction)},
                                  {QStringLiteral("messageType"), QString::fromLatin1(type)},
                                  {QStringLiteral("summary"), QStringLiteral("payload %1").arg(t)}});
    }

private slots:
    void batchesAndStaysConsistent()
    {
        EventLog log(1000);
        EventLogModel model(&log, 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 500; ++i)
            log.append(message(i, i % 2 ? "in" : "out", i % 3 ? "ICE_CANDIDATE" : "SDP_OFFER"));
        QCOMPARE(model.rowCount(), 0); // nothing inserted until the batch fires
        QTRY_COMPARE(model.rowCount(), 500);
        QCOMPARE(model.index(499).data(EventLogModel::MessageTypeRole).toString(),
                 QStringLiteral("ICE_CANDIDATE"));
        QVERIFY(model.index(0).data().toString().contains(u"payload 0"));
    }

    void staysBoundedUnderFlood()
    {
        EventLog log(200);
        EventLogModel model(&log, 0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 300; ++i)
                log.append(message(round * 300 + i, "in", "SDP_ANSWER"));
            model.flush();
            QVERIFY(model.rowCount() <= 200);
        }
        QCOMPARE(model.index(model.rowCount() - 1).data(EventLogModel::ElapsedMsRole).toLongLong(), 1499);
        log.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByKindDirectionAndText()
    {
        EventLog log;
        EventLogModel model(&log, 0);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(message(1, "out", "SDP_OFFER"));
        log.append(message(2, "in", "SDP_ANSWER"));
        log.append(message(3, "in", "ICE_CANDIDATE"));
        log.append(EngineEvent::make(EventKind::State, 4, QDateTime::currentDateTimeUtc(),
                                     {{QStringLiteral("state"), QStringLiteral("Connected")}}));
        model.flush();
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setKinds({EventKind::Message});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setDirection(QStringLiteral("in"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("ice_cand"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setKinds({});
        proxy.setDirection({});
        proxy.setText(QStringLiteral("connected"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    // The text filter finds what the log shows ("Signing the connection…" for state Signing), not the
    // hidden JSON of the event ("state", field names).
    void textFilterSearchesTheShownText()
    {
        EventLog log;
        EventLogModel model(&log, 0);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        log.append(EngineEvent::make(EventKind::State, 4, QDateTime::currentDateTimeUtc(),
                                     {{QStringLiteral("state"), QStringLiteral("Signing")},
                                      {QStringLiteral("cause"), QStringLiteral("IceConfigReceived")}}));
        model.flush();
        proxy.setText(QStringLiteral("connection"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("IceConfigReceived"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
