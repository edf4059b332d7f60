#include "core/events/eventlog.h"
#include "ui/eventlogmodel.h"
#include "ui/messagelogpanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace kvs;
using kvs::ui::MessageLogPanel;

/// The log panel: filters through real widgets, the detail pane, and a copy that carries no secret.
class TestMessageLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void filtersShowDetailAndCopyRedacted()
    {
        EventLog log;
        MessageLogPanel panel(&log);
        panel.show();
        const auto now = QDateTime::currentDateTimeUtc();
        log.append(EngineEvent::make(
            EventKind::Message, 10, now,
            {{QStringLiteral("direction"), QStringLiteral("in")},
             {QStringLiteral("messageType"), QStringLiteral("SDP_ANSWER")},
             {QStringLiteral("summary"), QStringLiteral("opus, H264")},
             {QStringLiteral("payload"), QStringLiteral("v=0\r\no=- 1 2 IN IP4 127.0.0.1")}}));
        log.append(
            EngineEvent::make(EventKind::Info, 20, now,
                              {{QStringLiteral("message"),
                                QStringLiteral("TURN password=SuperSecretTurn1 for wss://h/?X-Amz-Signature="
                                               "abcdef0123456789abcdef")}}));
        panel.model()->flush();
        auto *list = panel.findChild<QListView *>(QStringLiteral("logListView"));
        QCOMPARE(list->model()->rowCount(), 2);

        panel.findChild<QComboBox *>(QStringLiteral("kindFilterComboBox"))->setCurrentIndex(1);
        QCOMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString detail =
            panel.findChild<QPlainTextEdit *>(QStringLiteral("detailPlainTextEdit"))->toPlainText();
        QVERIFY2(detail.contains(u"o=- 1 2 IN IP4 127.0.0.1"), qPrintable(detail));
        QVERIFY(detail.contains(u"SDP_ANSWER"));

        panel.findChild<QComboBox *>(QStringLiteral("kindFilterComboBox"))->setCurrentIndex(0);
        list->clearSelection();
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("textFilterLineEdit")),
                         QStringLiteral("TURN"));
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyLogButton")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"TURN"));
        QVERIFY2(!copied.contains(u"SuperSecretTurn1"), qPrintable(copied));
        QVERIFY(!copied.contains(u"abcdef0123456789abcdef"));
    }

    // The times form a column: a row whose text is Japanese draws its time exactly as an English row does
    // (they were laid out with the text, and CJK text moved its digits).
    void timesLineUpInEveryScript()
    {
        EventLog log;
        MessageLogPanel panel(&log);
        panel.resize(600, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto now = QDateTime::currentDateTimeUtc();
        for (const QString &message :
             {QStringLiteral("ICE: completed"), QStringLiteral("ピア接続: 接続済み")})
            log.append(EngineEvent::make(EventKind::Info, 510, now, {{QStringLiteral("message"), message}}));
        panel.model()->flush();
        auto *list = panel.findChild<QListView *>(QStringLiteral("logListView"));
        const QImage image = list->viewport()->grab().toImage();
        const QRect first = list->visualRect(list->model()->index(0, 0));
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QCOMPARE(first.height(), second.height());
        // The time's column: "0.510" in the mono font, plus room.
        const int width = list->fontMetrics().horizontalAdvance(QStringLiteral("99999.999  "));
        const qreal ratio = image.devicePixelRatio();
        const QImage a = image.copy(QRect(first.topLeft() * ratio, QSize(width, first.height()) * ratio));
        const QImage b = image.copy(QRect(second.topLeft() * ratio, QSize(width, second.height()) * ratio));
        QVERIFY2(a == b, "the time of a Japanese row is drawn elsewhere than an English row's");
    }

    // The detail pane shows an event only while the log holds it: dropped for space or cleared, it goes.
    void detailNeverShowsAnEventTheLogDropped()
    {
        EventLog log(3);
        MessageLogPanel panel(&log);
        panel.show();
        const auto now = QDateTime::currentDateTimeUtc();
        const auto info = [&](const QString &message) {
            log.append(EngineEvent::make(EventKind::Info, 0, now, {{QStringLiteral("message"), message}}));
            panel.model()->flush();
        };
        info(QStringLiteral("first event"));
        auto *list = panel.findChild<QListView *>(QStringLiteral("logListView"));
        auto *detail = panel.findChild<QPlainTextEdit *>(QStringLiteral("detailPlainTextEdit"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(detail->toPlainText().contains(u"first event"));
        for (int i = 0; i < 3; ++i)
            info(QStringLiteral("later event %1").arg(i));
        QCOMPARE(list->model()->rowCount(), 3);
        QVERIFY2(!detail->toPlainText().contains(u"first event"), qPrintable(detail->toPlainText()));

        list->setCurrentIndex(list->model()->index(2, 0));
        QVERIFY(detail->toPlainText().contains(u"later event 2"));
        log.clear();
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY2(detail->toPlainText().isEmpty(), qPrintable(detail->toPlainText()));
    }

    // A run's header stays whatever the filter, so runs stay apart.
    void runHeadersSurviveFilters()
    {
        EventLog log;
        MessageLogPanel panel(&log);
        const auto now = QDateTime::currentDateTimeUtc();
        log.append(EngineEvent::make(
            EventKind::Run, 0, now,
            {{QStringLiteral("run"), 2}, {QStringLiteral("channel"), QStringLiteral("cam")}}));
        log.append(
            EngineEvent::make(EventKind::Info, 5, now, {{QStringLiteral("message"), QStringLiteral("x")}}));
        panel.model()->flush();
        panel.findChild<QComboBox *>(QStringLiteral("kindFilterComboBox"))->setCurrentIndex(1); // messages
        auto *list = panel.findChild<QListView *>(QStringLiteral("logListView"));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY2(
            list->model()->index(0, 0).data(kvs::ui::EventLogModel::TextRole).toString().startsWith(u"Run 2"),
            qPrintable(list->model()->index(0, 0).data(kvs::ui::EventLogModel::TextRole).toString()));
    }
};

QTEST_MAIN(TestMessageLogPanel)
#include "tst_messagelogpanel.moc"
