#include "eventlog.h"
#include "eventlogmodel.h"
#include "messagelogpanel.h"

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
};

QTEST_MAIN(TestMessageLogPanel)
#include "tst_messagelogpanel.moc"
