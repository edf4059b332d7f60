#include "connectionpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace kvs;
using kvs::ui::ConnectionPanel;

/// The connection panel presents engine events: badge, waterfall, countdown with Cancel/Retry now, banner.
class TestConnectionPanel : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    static EngineEvent ev(EventKind kind, qint64 t, QJsonObject fields)
    {
        return EngineEvent::make(kind, t, QDateTime::currentDateTimeUtc(), fields);
    }

private slots:
    void everyStateHasWords()
    {
        for (int i = 0; i < kConnectionStateCount; ++i)
            QVERIFY(!ConnectionPanel::stateText(static_cast<ConnectionState>(i)).isEmpty());
    }

    void showsProbeResultUntilCleared()
    {
        ConnectionPanel panel([] { return qint64(0); });
        panel.show();
        auto *probe = panel.findChild<QLabel *>(QStringLiteral("probeResultLabel"));
        QVERIFY(probe);
        QVERIFY(!probe->isVisible());
        const QString summary = QStringLiteral("Probe: the master answered in 42 ms: video H264 recvonly; "
                                               "ICE candidates received: host 2, srflx 1");
        panel.showProbeResult(summary);
        QVERIFY(probe->isVisible());
        QCOMPARE(probe->text(), summary);
        panel.showProbeResult(QStringLiteral("Probe: No master answered within 10 s."));
        QVERIFY(probe->text().contains(u"No master answered within 10 s"));
        panel.clear();
        QVERIFY(!probe->isVisible());
        QVERIFY(probe->text().isEmpty());
    }

    void showsStepsAndCountdown()
    {
        m_now = 0;
        ConnectionPanel panel([this] { return m_now; });
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel)); // Esc is a window shortcut
        auto *badge = panel.findChild<QLabel *>(QStringLiteral("stateBadgeLabel"));
        auto *steps = panel.findChild<QTreeWidget *>(QStringLiteral("stepsTreeWidget"));
        auto *countdown = panel.findChild<QLabel *>(QStringLiteral("countdownLabel"));
        QVERIFY(badge && steps && countdown);
        QCOMPARE(badge->text(), QStringLiteral("Not connected"));

        panel.setState(ConnectionState::GettingEndpoint);
        panel.applyEvent(ev(EventKind::Step, 0,
                            {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                             {QStringLiteral("status"), QStringLiteral("started")}}));
        QCOMPARE(steps->topLevelItemCount(), 1);
        QCOMPARE(steps->topLevelItem(0)->text(2), QStringLiteral("running…"));
        m_now = 84;
        panel.applyEvent(ev(EventKind::Step, 84,
                            {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                             {QStringLiteral("status"), QStringLiteral("ok")}}));
        QCOMPARE(steps->topLevelItem(0)->text(2), QStringLiteral("84 ms"));
        QCOMPARE(steps->topLevelItem(0)->text(3), QStringLiteral("ok"));

        panel.applyEvent(ev(EventKind::Step, 90,
                            {{QStringLiteral("name"), QStringLiteral("WebSocket")},
                             {QStringLiteral("status"), QStringLiteral("started")}}));
        m_now = 120;
        panel.applyEvent(ev(EventKind::Step, 120,
                            {{QStringLiteral("name"), QStringLiteral("WebSocket")},
                             {QStringLiteral("status"), QStringLiteral("failed")},
                             {QStringLiteral("detail"), QStringLiteral("ClientLimitExceededException")}}));
        QCOMPARE(steps->topLevelItem(1)->text(3), QStringLiteral("ClientLimitExceededException"));

        panel.applyEvent(ev(EventKind::Retry, 120,
                            {{QStringLiteral("attempt"), 2},
                             {QStringLiteral("maxAttempts"), 8},
                             {QStringLiteral("delayMs"), 3200},
                             {QStringLiteral("reason"), QStringLiteral("ClientLimitExceededException")}}));
        panel.setState(ConnectionState::BackingOff);
        QVERIFY(countdown->isVisible());
        QVERIFY2(countdown->text().startsWith(u"Retrying in 3.2 s (attempt 2 of 8)"),
                 qPrintable(countdown->text()));
        m_now = 2120;
        QTRY_VERIFY2(countdown->text().startsWith(u"Retrying in 1.2 s"), qPrintable(countdown->text()));

        QSignalSpy cancel(&panel, &ConnectionPanel::cancelRetryRequested);
        QSignalSpy retryNow(&panel, &ConnectionPanel::retryNowRequested);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("retryNowButton")), Qt::LeftButton);
        QTest::keyClick(panel.windowHandle(), Qt::Key_Escape);
        QCOMPARE(retryNow.count(), 1);
        QCOMPARE(cancel.count(), 1);

        panel.setState(ConnectionState::Connected);
        QVERIFY(!countdown->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("Connected"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("connectedLabel"))->isVisible());
    }

    void warningsShowInTheBanner()
    {
        ConnectionPanel panel([] { return qint64(0); });
        panel.show();
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QVERIFY(!banner->isVisible());
        panel.applyEvent(ev(
            EventKind::Warning, 0,
            {{QStringLiteral("message"), QStringLiteral("Your clock is 7 minutes behind the service's.")}}));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"7 minutes"));
        panel.clear();
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
