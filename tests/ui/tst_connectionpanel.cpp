#include "ui/connectionpanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
                            {{QStringLiteral("name"), QStringLiteral("ConnectAsViewer")},
                             {QStringLiteral("status"), QStringLiteral("started")}}));
        m_now = 120;
        panel.applyEvent(ev(EventKind::Step, 120,
                            {{QStringLiteral("name"), QStringLiteral("ConnectAsViewer")},
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
        QVERIFY(banner->isHidden());
        panel.applyEvent(ev(
            EventKind::Warning, 0,
            {{QStringLiteral("message"), QStringLiteral("Your clock is 7 minutes behind the service's.")}}));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"7 minutes"));
        panel.clear();
        QVERIFY(banner->isHidden());
    }

    // Notices fold into one strip with their count: the steps keep their height however many arrive, and
    // the list unfolds with a click or Space and folds again.
    void noticesFoldIntoOneStripThatKeepsTheStepsRoom()
    {
        ConnectionPanel panel([] { return qint64(0); });
        panel.resize(700, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *strip = panel.findChild<QToolButton *>(QStringLiteral("noticeStripButton"));
        auto *steps = panel.findChild<QTreeWidget *>(QStringLiteral("stepsTreeWidget"));
        auto *warning = panel.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        auto *skew = panel.findChild<QLabel *>(QStringLiteral("clockSkewBannerLabel"));
        QVERIFY(strip && steps && warning && skew);
        QVERIFY(!strip->isVisible());
        panel.applyEvent(ev(EventKind::Warning, 0,
                            {{QStringLiteral("message"), QStringLiteral("ICE server not used: turns:x")}}));
        QTRY_VERIFY(strip->isVisible());
        QVERIFY2(strip->text().startsWith(u"Notices (1):"), qPrintable(strip->text()));
        QVERIFY2(strip->text().contains(u"ICE server not used"), qPrintable(strip->text()));
        QApplication::processEvents();
        const int stepsHeight = steps->height();
        panel.applyEvent(ev(EventKind::ClockSkew, 0,
                            {{QStringLiteral("message"),
                              QStringLiteral("The local clock is 7 min 0 s behind the service's. A long "
                                             "explanation that would wrap over several lines in a banner.")},
                             {QStringLiteral("offsetMs"), 420000}}));
        QVERIFY2(strip->text().startsWith(u"Notices (2):"), qPrintable(strip->text()));
        QVERIFY2(strip->text().contains(u"local clock"), qPrintable(strip->text())); // the newest
        QVERIFY(strip->accessibleName().startsWith(u"Notices (2)"));
        QVERIFY(!warning->isVisible() && !skew->isVisible());
        QApplication::processEvents();
        QCOMPARE(steps->height(), stepsHeight);
        const QString shots = qEnvironmentVariable("KVS_SCREENSHOT_DIR"); // docs work, never in CI
        if (!shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/notices-folded.png"));

        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Space);
        QVERIFY(warning->isVisible() && skew->isVisible());
        if (!shots.isEmpty()) {
            QApplication::processEvents();
            panel.grab().save(shots + QStringLiteral("/notices-open.png"));
        }
        QTest::mouseClick(strip, Qt::LeftButton);
        QVERIFY(!warning->isVisible() && !skew->isVisible());
        panel.clear();
        QVERIFY(!strip->isVisible());
    }

    void credentialsCloseToExpiryGetABanner()
    {
        qint64 now = 0;
        ConnectionPanel panel([&now] { return now; });
        panel.show();
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("credentialBannerLabel"));
        QVERIFY(banner);
        panel.setState(ConnectionState::Connected);
        panel.setCredentialExpiry(QStringLiteral("profile qa (credential_process)"), 50 * 60 * 1000);
        QVERIFY(banner->isHidden()); // 50 minutes left: nothing to say yet

        now = 46 * 60 * 1000;
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(u"profile qa (credential_process) expire in 4 min"),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"next connection will refresh"));

        now = 51 * 60 * 1000 + 500;
        QTRY_VERIFY2(banner->text().contains(u"expired 2 min ago"), qPrintable(banner->text()));

        // Long-term keys never warn; nor does a closed connection.
        panel.setCredentialExpiry(QStringLiteral("environment"), std::nullopt);
        QTRY_VERIFY(banner->isHidden());
        panel.setCredentialExpiry(QStringLiteral("profile qa (credential_process)"), now + 60 * 1000);
        QTRY_VERIFY(!banner->isHidden());
        panel.setState(ConnectionState::Closed);
        QVERIFY(banner->isHidden());
    }

    void takeoverSaysWhatToDo()
    {
        ConnectionPanel panel([] { return qint64(0); });
        panel.show();
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("takeoverBannerLabel"));
        QVERIFY(banner);
        QVERIFY(banner->isHidden());
        panel.setState(ConnectionState::Replaced);
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(u"same ClientId") && banner->text().contains(u"New id"),
                 qPrintable(banner->text()));
        // A screen reader reads the banner's text as its name; its purpose is the description.
        QVERIFY(!banner->accessibleDescription().isEmpty());
        auto *newId = panel.findChild<QPushButton *>(QStringLiteral("newClientIdButton"));
        QVERIFY(newId && newId->isVisible());
        QSignalSpy asked(&panel, &ConnectionPanel::newClientIdRequested);
        QTest::mouseClick(newId, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        panel.setState(ConnectionState::Connected);
        QVERIFY(banner->isHidden());
        QVERIFY(!newId->isVisible());
    }

    void clockSkewHasItsOwnBannerThatOutlivesReconnects()
    {
        ConnectionPanel panel([] { return qint64(0); });
        panel.show();
        auto *skew = panel.findChild<QLabel *>(QStringLiteral("clockSkewBannerLabel"));
        auto *general = panel.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        panel.applyEvent(
            ev(EventKind::ClockSkew, 0,
               {{QStringLiteral("offsetMs"), 420000},
                {QStringLiteral("message"), QStringLiteral("Your clock is 7 minutes behind.")}}));
        QVERIFY(!skew->isHidden());
        QVERIFY(skew->text().contains(u"7 minutes"));
        QVERIFY(general->isHidden());
        panel.applyEvent(
            ev(EventKind::Warning, 0,
               {{QStringLiteral("offsetMs"), 420000},
                {QStringLiteral("message"), QStringLiteral("Your clock is 7 minutes behind. Fix NTP.")}}));
        QVERIFY(skew->text().contains(u"NTP"));
        QVERIFY(general->isHidden());
        panel.setState(ConnectionState::Connected);
        QVERIFY(!skew->isHidden());
        panel.clear();
        QVERIFY(skew->isHidden());
    }

    // A narrow pane (the diagnostics splitter dragged to the left, as in the main window: the video above,
    // the panel beside the log below): the wrapped status lines get the height their lines need and no child
    // overlaps another — the video and the steps give up room, not the lines.
    void aNarrowPaneKeepsWrappedLinesApart_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("narrow") << 240 << 280;
        QTest::newRow("narrow and short") << 200 << 200;
        QTest::newRow("half a 1280 screen") << 600 << 280;
    }

    void aNarrowPaneKeepsWrappedLinesApart()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        qint64 now = 0;
        QWidget window;
        auto *vertical = new QSplitter(Qt::Vertical, &window);
        auto *video = new QWidget(vertical);
        video->setMinimumHeight(80);
        auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
        auto *panel = new ConnectionPanel([&now] { return now; }, horizontal);
        auto *log = new QWidget(horizontal);
        log->setMinimumWidth(100);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(vertical);
        window.resize(1200, 760);
        vertical->setSizes({760 - height, height});
        horizontal->setSizes({width, 1200 - width});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        panel->applyEvent(ev(EventKind::Step, 0,
                             {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                              {QStringLiteral("status"), QStringLiteral("started")}}));
        panel->applyEvent(ev(EventKind::Step, 80,
                             {{QStringLiteral("name"), QStringLiteral("GetSignalingChannelEndpoint")},
                              {QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("ms"), 80}}));
        panel->setState(ConnectionState::Connected);
        panel->showProbeResult(
            QStringLiteral("Probe: the master answered in 42 ms: video H264 recvonly, audio "
                           "opus recvonly; ICE candidates received: host 2, srflx 1"));
        panel->applyEvent(ev(EventKind::Warning, 90,
                             {{QStringLiteral("message"), QStringLiteral("ICE server not used: turns:x")}}));
        now = 61000;
        QTest::qWait(250); // the connected and idle lines tick
        QApplication::processEvents();
        QVERIFY2(qAbs(panel->width() - width) < 10, qPrintable(QString::number(panel->width())));
        QList<QWidget *> shown;
        for (QWidget *child : panel->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (child->isVisible() && !child->isWindow())
                shown.append(child);
        QVERIFY(shown.size() >= 6);
        for (QWidget *child : shown) {
            QVERIFY2(panel->rect().contains(child->geometry()), qPrintable(child->objectName()));
            if (auto *label = qobject_cast<QLabel *>(child); label && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1 is %2 px high for %3 px of lines")
                                        .arg(label->objectName())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            for (QWidget *other : shown)
                QVERIFY2(child == other || !child->geometry().intersects(other->geometry()),
                         qPrintable(
                             QStringLiteral("%1 %2 overlaps %3 %4")
                                 .arg(child->objectName(), QLatin1String(child->metaObject()->className()),
                                      other->objectName(), QLatin1String(other->metaObject()->className()))));
        }
        // The steps keep a few rows.
        QVERIFY(panel->findChild<QTreeWidget *>(QStringLiteral("stepsTreeWidget"))->height() >= 60);
        const QString shots = qEnvironmentVariable("KVS_SCREENSHOT_DIR"); // review only, never in CI
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/connection-panel-%1x%2.png").arg(width).arg(height));
    }

    void connectedTimeShowsDocumentedLimitsWithoutCountdowns()
    {
        QCOMPARE(ConnectionPanel::kIdleTimeoutMs, qint64(10 * 60 * 1000)); // protocol.md section 5
        QCOMPARE(ConnectionPanel::kMaxConnectionMs, qint64(60 * 60 * 1000));
        qint64 now = 0;
        ConnectionPanel panel([&now] { return now; });
        panel.show();
        auto *connected = panel.findChild<QLabel *>(QStringLiteral("connectedLabel"));
        auto *idle = panel.findChild<QLabel *>(QStringLiteral("idleLabel"));
        QVERIFY(idle);
        QVERIFY(!idle->isVisible());
        panel.setState(ConnectionState::Connected);
        QVERIFY(idle->isVisible());
        now = 2 * 60 * 1000;
        panel.applyEvent(ev(EventKind::Message, now,
                            {{QStringLiteral("direction"), QStringLiteral("in")},
                             {QStringLiteral("messageType"), QStringLiteral("SDP_ANSWER")}}));
        now = 3 * 60 * 1000;
        QTRY_VERIFY2(idle->text().contains(u"for 01:00") && idle->text().contains(u"documented"),
                     qPrintable(idle->text()));
        QVERIFY2(connected->text().contains(u"for 03:00") && connected->text().contains(u"documented"),
                 qPrintable(connected->text()));
        // No countdown claims the service will close at a given second (observed lifetimes differ).
        QVERIFY2(!idle->text().contains(u"09:00") && !idle->text().contains(u"(in "),
                 qPrintable(idle->text()));
        QVERIFY2(!connected->text().contains(u"57:00") && !connected->text().contains(u"(in "),
                 qPrintable(connected->text()));
        panel.setState(ConnectionState::Closed);
        QVERIFY(!idle->isVisible());
    }
};

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
