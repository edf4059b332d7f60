#include "core/common/channelarn.h"
#include "core/common/redaction.h"
#include "core/connection/connectioncontroller.h"
#include "core/events/engineevent.h"
#include "core/events/eventlog.h"
#include "core/settings/mediaoptions.h"
#include "desktop/appcontroller.h"
#include "desktop/demosession.h"
#include "desktop/practicefaults.h"
#include "desktop/viewerapp.h"
#include "emulator/emulatorserver.h"
#include "media/mediaevents.h"
#include "media/mediasession.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/errordialog.h"
#include "ui/eventlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/messagelogpanel.h"
#include "ui/videowidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace kvs;

namespace {

// Generous limits for things that happen over loopback; they bound a hang, they do not measure.
constexpr int kConnectMs = 30000;
constexpr int kBackoffRunMs = 90000;

} // namespace

/// The whole desktop app in demo mode (ViewerApp with its in-process emulator), driven through its real
/// widgets: the form, the connection panel, the menus, the Practice faults and the dialogs.
class TestDesktopApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ViewerApp> m_app;

    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_app->window()->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }
    QString badge() const { return child<QLabel>("stateBadgeLabel")->text(); }
    ConnectionState state() const
    {
        const auto *c = m_app->controller()->controller();
        return c ? c->state() : ConnectionState::Idle;
    }
    QString dialogs() const { return ui::Dialogs::shownDialogs().join(QStringLiteral("\n----\n")); }
    bool waitConnected(int timeoutMs = kConnectMs) const
    {
        return QTest::qWaitFor([this] { return state() == ConnectionState::Connected; }, timeoutMs);
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    ui::VideoWidget *video() const { return m_app->window()->videoWidget(); }
    /// The colour the widget shows at the frame's relative position (fx, fy in [0, 1]).
    static QColor shownAt(const QImage &grab, const QRect &picture, double fx, double fy)
    {
        return grab.pixelColor(picture.x() + int(fx * picture.width()),
                               picture.y() + int(fy * picture.height()));
    }

    /// With KVS_SCREENSHOT_DIR set (docs work, never in CI), saves what the window looks like now.
    void saveScreenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("KVS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        m_app->window()->grab().save(QDir(dir).filePath(name));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ui::Dialogs::answerAutomatically(ui::Dialogs::Answer::Ok);
        ui::Dialogs::clearShownDialogs();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ViewerAppOptions options;
        options.demo = true;
        auto app = ViewerApp::create(*m_settings, options);
        QVERIFY2(app.ok(), app.ok() ? "" : qPrintable(app.error().message));
        m_app = std::move(app).value();
        m_app->window()->resize(1200, 760);
        m_app->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QVERIFY2(waitConnected(), qPrintable(badge()));
    }

    void cleanup()
    {
        m_app.reset();
        m_settings->remove(QStringLiteral("media")); // each test starts with the default media options
        m_settings.reset();
        ui::Dialogs::clearShownDialogs();
    }

    void connectsAndDisconnects()
    {
        QCOMPARE(badge(), ui::ConnectionPanel::stateText(ConnectionState::Connected));
        QCOMPARE(m_app->window()->statusBar()->currentMessage(), QStringLiteral("Connected"));
        auto *button = child<QPushButton>("connectButton");
        QCOMPARE(button->text(), QStringLiteral("&Disconnect"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);
        QCOMPARE(badge(), ui::ConnectionPanel::stateText(ConnectionState::Closed));
        QCOMPARE(button->text(), QStringLiteral("Connec&t"));
        QVERIFY(button->isEnabled());
        QVERIFY(!action("probeMasterAction")->isEnabled());
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(dialogs()));
    }

    // Connect again: the log keeps the first run under its header (a support engineer exports the whole
    // session), the steps start over, and the export holds the first run as a section of its own.
    void reconnectKeepsTheEarlierRun()
    {
        auto *button = child<QPushButton>("connectButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);
        const qsizetype firstRunEvents = m_app->eventLog()->size();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(waitConnected(), qPrintable(badge()));
        EventLog *log = m_app->eventLog();
        QCOMPARE(log->at(0).kind, EventKind::Run);
        QCOMPARE(log->at(0).fields().value(u"run").toInt(), 1);
        const qsizetype second = log->currentRunStart(); // the teardown may log after Closed
        QVERIFY2(second >= firstRunEvents, qPrintable(QString::number(second)));
        QCOMPARE(log->at(second).kind, EventKind::Run);
        QCOMPARE(log->at(second).fields().value(u"run").toInt(), 2);
        // The log view shows both runs with their headers.
        m_app->logPanel()->model()->flush();
        int headers = 0;
        for (int row = 0; row < m_app->logPanel()->model()->rowCount(); ++row)
            headers += m_app->logPanel()->model()->eventAt(row).kind == EventKind::Run;
        QCOMPARE(headers, 2);
        saveScreenshot(QStringLiteral("log-two-runs.png"));

        const QString path = m_dir.filePath(QStringLiteral("session.json"));
        ui::Dialogs::answerSaveFileName(path);
        action("exportDiagnosticsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray earlier = saved.value(u"earlierRuns").toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.at(0).toObject().value(u"events").toArray().size(), second);
        QCOMPARE(saved.value(u"events").toArray().at(0).toObject().value(u"run").toInt(), 2);
    }

    // Practice: an armed fault shows in the status bar until it fires or is cleared; the clock skew can be
    // undone; Clear all faults empties the emulator's queue (the admin API's faults too).
    void practiceShowsArmedFaultsAndClearsThem()
    {
        PracticeFaults *practice = m_app->practice();
        QVERIFY(practice);
        auto *status = child<QLabel>("practiceStatusLabel");
        QVERIFY(!status || !status->isVisible());
        emulator::EmulatorServer *server = m_app->demoSession()->server();

        // A one-shot fault shows, then goes once it fired (the app reconnects into it).
        practice->notFound();
        status = child<QLabel>("practiceStatusLabel");
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(u"GetSignalingChannelEndpoint"), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(server->faults().pending().isEmpty(), kConnectMs);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), kConnectMs);

        // The clock: shown, undone by its own action.
        practice->skewClock();
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().contains(u"7"), qPrintable(status->text()));
        saveScreenshot(QStringLiteral("practice-armed.png"));
        QVERIFY(action("practiceResetClockAction")->isEnabled());
        action("practiceResetClockAction")->trigger();
        QCOMPARE(server->config().clockOffsetSeconds, 0.0);
        QVERIFY(!status->isVisible());
        QVERIFY(!action("practiceResetClockAction")->isEnabled());

        // Clear all faults: the throttle, the skew and a fault armed through the emulator itself.
        practice->throttle();
        practice->skewClock();
        QVERIFY(server->faults()
                    .arm(QJsonObject{
                        {QStringLiteral("action"), QStringLiteral("GetIceServerConfig")},
                        {QStringLiteral("errorType"), QStringLiteral("ClientLimitExceededException")},
                        {QStringLiteral("count"), 5}})
                    .ok());
        QVERIFY(action("practiceClearAction")->isEnabled());
        action("practiceClearAction")->trigger();
        QVERIFY(server->faults().pending().isEmpty());
        QCOMPARE(server->config().clockOffsetSeconds, 0.0);
        QVERIFY(!status->isVisible());
        QVERIFY(!action("practiceClearAction")->isEnabled());
    }

    void demoShowsTheMastersMovingPicture()
    {
        // The demo master sends SMPTE colour bars (75 %: grey, yellow, cyan, green, magenta, red, blue in the
        // upper two thirds) with a running time code.
        QVERIFY2(QTest::qWaitFor([this] { return video()->paintedFrames() >= 3; }, kConnectMs),
                 qPrintable(video()->placeholder()));
        QVERIFY(m_app->window()->isFormCollapsed());
        QVERIFY2(video()->accessibleName().startsWith(QStringLiteral("Video: playing")),
                 qPrintable(video()->accessibleName()));
        const QImage first = video()->grab().toImage();
        const QRect picture = video()->pictureRect();
        QVERIFY(!picture.isEmpty());
        // Aspect-fit: 4:3 in a wider area leaves black bars at the sides.
        QVERIFY(picture.width() < video()->width());
        QCOMPARE(first.pixelColor(2, video()->height() / 2), QColor(Qt::black));
        const QColor yellow = shownAt(first, picture, 1.5 / 7, 0.3);
        QVERIFY2(yellow.red() > 150 && yellow.green() > 150 && yellow.blue() < 90, qPrintable(yellow.name()));
        const QColor blue = shownAt(first, picture, 6.5 / 7, 0.3);
        QVERIFY2(blue.red() < 90 && blue.green() < 90 && blue.blue() > 150, qPrintable(blue.name()));
        // The picture changes over time (the master's time code runs).
        const qint64 painted = video()->paintedFrames();
        QVERIFY(QTest::qWaitFor([&] { return video()->paintedFrames() >= painted + 10; }, kConnectMs));
        QVERIFY(video()->grab().toImage() != first);
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(dialogs()));
        saveScreenshot(QStringLiteral("video.png"));
    }

    void fullScreenAndSnapshot()
    {
        QVERIFY(QTest::qWaitFor([this] { return video()->hasFrame(); }, kConnectMs));
        auto *window = m_app->window();
        action("fullScreenAction")->trigger();
        QVERIFY(window->isVideoFullScreen());
        QVERIFY(!m_app->connectionPanel()->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(!window->isVideoFullScreen());
        QVERIFY(m_app->connectionPanel()->isVisible());
        QTest::mouseDClick(video(), Qt::LeftButton);
        QVERIFY(window->isVideoFullScreen());
        QTest::mouseDClick(video(), Qt::LeftButton);
        QVERIFY(!window->isVideoFullScreen());

        const QString path = m_dir.filePath(QStringLiteral("snap/one.png"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("snap"))));
        ui::Dialogs::answerSaveFileName(path);
        action("snapshotAction")->trigger();
        QImage saved(path);
        QVERIFY(!saved.isNull());
        QCOMPARE(saved.size(), QSize(640, 480));
        QCOMPARE(window->snapshotFolder(), QFileInfo(path).absolutePath());
        m_app->saveState();
        QCOMPARE(m_settings->value(QStringLiteral("video/snapshotFolder")).toString(),
                 QFileInfo(path).absolutePath());
    }

    void noMasterSaysWhatToDo()
    {
        MediaOptions options = m_app->controller()->mediaOptions();
        options.answerTimeoutMs = 1500;
        m_app->controller()->setMediaOptions(options);
        m_app->demoSession()->server()->setBuiltInMaster(false);
        m_app->controller()->connectWith(m_app->formPanel()->connectionForm());
        QVERIFY(waitConnected());
        QTRY_VERIFY_WITH_TIMEOUT(video()->placeholder().startsWith(QStringLiteral("No master answered")),
                                 kConnectMs);
        QVERIFY(!video()->hasFrame());
        QVERIFY2(video()->accessibleName().contains(QStringLiteral("No master answered")),
                 qPrintable(video()->accessibleName()));
        QCOMPARE(ui::Dialogs::shownDialogs().size(), 1);
        QVERIFY2(dialogs().contains(QStringLiteral("NoAnswer")), qPrintable(dialogs()));
        saveScreenshot(QStringLiteral("no-master.png"));
    }

    void mediaFailuresAreExplained_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("no media from the master") << QStringLiteral("noMedia") << QStringLiteral("NoFrames");
        QTest::newRow("ICE blocked") << QStringLiteral("blockIce") << QStringLiteral("NoCandidatePair");
    }

    void mediaFailuresAreExplained()
    {
        QFETCH(QString, fault);
        QFETCH(QString, errorType);
        MediaOptions options = m_app->controller()->mediaOptions();
        options.connectTimeoutMs = 3000;
        options.firstFrameTimeoutMs = 3000;
        m_app->controller()->setMediaOptions(options);
        if (fault == u"noMedia")
            m_app->practice()->noMedia();
        else
            m_app->practice()->blockIce();
        QTRY_VERIFY_WITH_TIMEOUT(
            video()->placeholder().startsWith(QStringLiteral("No video from the master — see why")),
            kConnectMs);
        QVERIFY(!video()->hasFrame());
        QCOMPARE(ui::Dialogs::shownDialogs().size(), 1);
        const QString shown = dialogs();
        QVERIFY2(shown.contains(errorType), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Candidates offered by the master")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Candidate pairs tried")), qPrintable(shown));
        // The steps show where the media path stopped.
        bool failedStep = false;
        for (const auto &step : m_app->connectionPanel()->timeline().steps())
            failedStep |= step.name == u"Media" && step.status == u"failed" && step.detail == errorType;
        QVERIFY(failedStep);
        saveScreenshot(u"media-failed-" % fault % u".png");
    }

    // Advanced › Relay only: chosen in the form, it reaches the next connection's media session (only relay
    // candidates are gathered, the session says its policy is relay) and is there again after a restart.
    void relayOnlyOptionReachesTheMediaAndSurvivesARestart()
    {
        auto *button = child<QPushButton>("connectButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);
        child<QToolButton>("advancedToggleButton")->setChecked(true);
        auto *relay = child<QCheckBox>("relayOnlyCheckBox");
        auto *turn = child<QCheckBox>("turnCheckBox");
        QVERIFY(relay->isVisible() && relay->isEnabled());
        QVERIFY(!relay->isChecked());
        QVERIFY(turn->isChecked());
        relay->click();
        QVERIFY(relay->isChecked());
        QCOMPARE(m_app->controller()->mediaOptions().iceTransport, IceTransportPolicy::Relay);
        // Saved at once, as a plain name.
        QCOMPARE(m_settings->value(QStringLiteral("media/iceTransport")).toString(), QStringLiteral("relay"));
        child<QScrollArea>("formScrollArea")->ensureWidgetVisible(child<QCheckBox>("receiveAudioCheckBox"));
        saveScreenshot(QStringLiteral("media-options.png"));

        QList<EngineEvent> events;
        connect(m_app->eventLog(), &EventLog::eventAppended, this,
                [&events](const EngineEvent &event) { events.append(event); });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(waitConnected(), qPrintable(badge()));
        // The demo's TURN servers are placeholders nothing answers, so a relay-only run gathers no candidate
        // at all (a host candidate would have connected at once) and is explained as such.
        QTRY_VERIFY_WITH_TIMEOUT(
            video()->placeholder().startsWith(QStringLiteral("No video from the master — see why")),
            kConnectMs);
        QVERIFY2(video()->placeholder().contains(QStringLiteral("relay only")),
                 qPrintable(video()->placeholder()));
        bool policyRelay = false;
        for (const EngineEvent &event : std::as_const(events)) {
            if (event.kind == EventKind::Candidate && event.field("direction") == u"local")
                QCOMPARE(event.field("type"), QStringLiteral("relay"));
            policyRelay |= event.kind == EventKind::Info && event.field("message").contains(u"policy relay");
        }
        QVERIFY(policyRelay);
        QVERIFY(!video()->hasFrame());

        // Unticking TURN disables Relay only (it needs TURN) and the policy falls back to all candidates.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);
        turn->click();
        QVERIFY(!relay->isEnabled());
        QCOMPARE(m_app->controller()->mediaOptions().iceTransport, IceTransportPolicy::All);
        QVERIFY(!m_app->controller()->mediaOptions().useTurn);
        turn->click();
        QVERIFY(relay->isEnabled());
        // Codec and audio too.
        auto *codec = child<QComboBox>("codecComboBox");
        codec->setCurrentIndex(codec->findData(QStringLiteral("vp8")));
        emit codec->activated(codec->currentIndex());
        child<QCheckBox>("receiveAudioCheckBox")->click();

        // A restart: the form and the next connection's options come from the settings.
        m_app.reset();
        ViewerAppOptions options;
        options.demo = true;
        auto app = ViewerApp::create(*m_settings, options);
        QVERIFY(app.ok());
        m_app = std::move(app).value();
        QVERIFY(child<QCheckBox>("relayOnlyCheckBox")->isChecked());
        QCOMPARE(m_app->controller()->mediaOptions().iceTransport, IceTransportPolicy::Relay);
        QCOMPARE(m_app->controller()->mediaOptions().codec, VideoCodecPreference::Vp8);
        QVERIFY(!m_app->controller()->mediaOptions().receiveAudio);
        QVERIFY(!child<QCheckBox>("receiveAudioCheckBox")->isChecked());
        QCOMPARE(child<QComboBox>("codecComboBox")->currentData().toString(), QStringLiteral("vp8"));
        // Only names and booleans are stored under media/.
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString stored = QString::fromUtf8(ini.readAll());
        QVERIFY(!stored.contains(m_app->demoSession()->form().secretAccessKey));
    }

    // The window fits a 1280×800 screen (the same room as 2560×1600 at 200 %) in every language, with the
    // form's Advanced part open: the form scrolls instead of making the window taller.
    void windowFitsA1280x800Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void windowFitsA1280x800Screen()
    {
        QFETCH(QString, language);
        m_app.reset();
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(translator.load(QStringLiteral(KVS_QM_DIR "/kvs-viewer_") + language));
            QCoreApplication::installTranslator(&translator);
        }
        ViewerAppOptions options;
        options.demo = true;
        auto app = ViewerApp::create(*m_settings, options);
        QVERIFY(app.ok());
        m_app = std::move(app).value();
        child<QToolButton>("advancedToggleButton")->setChecked(true);
        const QSize before = m_app->window()->minimumSizeHint();
        qInfo("%s: minimum %d×%d before connecting", qPrintable(language), before.width(), before.height());
        QVERIFY2(before.width() <= 1280 && before.height() <= 740,
                 qPrintable(QStringLiteral("%1×%2").arg(before.width()).arg(before.height())));
        // Connected, with video: the form folds into the channel bar; the notices fold into the strip.
        m_app->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        qInfo("%s: window %d×%d when shown", qPrintable(language), m_app->window()->width(),
              m_app->window()->height());
        QVERIFY(waitConnected());
        QVERIFY(QTest::qWaitFor([this] { return video()->hasFrame(); }, kConnectMs));
        QVERIFY(m_app->window()->isFormCollapsed());
        const QSize after = m_app->window()->minimumSizeHint();
        qInfo("%s: minimum %d×%d connected", qPrintable(language), after.width(), after.height());
        // The window as the app opens it (its default size, grown to its minimum if need be) fits too.
        QVERIFY2(
            m_app->window()->width() <= 1280 && m_app->window()->height() <= 760,
            qPrintable(QStringLiteral("%1×%2").arg(m_app->window()->width()).arg(m_app->window()->height())));
        QVERIFY2(after.width() <= 1280 && after.height() <= 740,
                 qPrintable(QStringLiteral("%1×%2").arg(after.width()).arg(after.height())));
        m_app.reset(); // before the translators go
    }

    // Hint lines appear and disappear while the user types: the fields below them stay where they are.
    void hintsDoNotMoveTheFieldsWhileTyping()
    {
        QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);
        auto *channel = child<QLineEdit>("channelLineEdit");
        auto *region = child<QComboBox>("regionComboBox");
        auto *clientId = child<QLineEdit>("clientIdLineEdit");
        auto *connect = child<QPushButton>("connectButton");
        QTRY_VERIFY(channel->isVisible());
        auto positions = [&] {
            QApplication::processEvents();
            // In the form's own coordinates: the form may scroll to keep the typed-in field in view.
            QWidget *form = m_app->formPanel();
            return QList<int>{region->mapTo(form, QPoint()).y(), clientId->mapTo(form, QPoint()).y(),
                              connect->mapTo(form, QPoint()).y()};
        };
        const QList<int> start = positions();
        const QString good = channel->text();
        channel->selectAll();
        QTest::keyClicks(channel, QStringLiteral("arn:aws:kinesisvideo:us-west-2:bad"));
        QVERIFY(child<QLabel>("channelMessageLabel")->isVisible());
        QCOMPARE(positions(), start);
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), QStringLiteral("not a region!"));
        QVERIFY(child<QLabel>("regionMessageLabel")->isVisible());
        QCOMPARE(positions(), start);
        channel->selectAll();
        QTest::keyClicks(channel, good);
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), m_app->demoSession()->form().region);
        QVERIFY(connect->isEnabled());
        QCOMPARE(positions(), start);
    }

    void invalidChannelDisablesConnectUntilFixed()
    {
        auto *button = child<QPushButton>("connectButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), ConnectionState::Closed, kConnectMs);

        auto *channel = child<QLineEdit>("channelLineEdit");
        auto *message = child<QLabel>("channelMessageLabel");
        const QString good = channel->text();
        QVERIFY(good.startsWith(QStringLiteral("arn:aws:kinesisvideo:")));
        channel->selectAll();
        QTest::keyClicks(channel, QStringLiteral("no spaces allowed!"));
        QVERIFY(!button->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY2(!message->text().isEmpty(), "the broken rule is not named");
        QVERIFY2(message->text().contains(QStringLiteral("channel"), Qt::CaseInsensitive) ||
                     message->text().contains(QStringLiteral("character"), Qt::CaseInsensitive),
                 qPrintable(message->text()));
        // Enter does nothing while the form is invalid.
        QTest::keyClick(channel, Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(state(), ConnectionState::Closed);

        channel->selectAll();
        QTest::keyClicks(channel, good);
        QVERIFY(button->isEnabled());
        QVERIFY(!message->isVisible() || message->text().isEmpty());
        QTest::keyClick(channel, Qt::Key_Return);
        QVERIFY2(waitConnected(), qPrintable(badge()));
    }

    void throttleShowsLiveCountdownAndEscCancels()
    {
        auto *countdown = child<QLabel>("countdownLabel");
        const QRegularExpression attempt(QStringLiteral("\\(attempt (\\d+) of (\\d+)\\)"));
        auto throttledAttempt = [&] {
            const QString text = countdown->text();
            if (!countdown->isVisible() || !text.startsWith(u"Retrying in") ||
                !text.contains(QStringLiteral("ClientLimitExceededException")))
                return QString();
            return attempt.match(text).captured(0);
        };
        // The longest delays the policy allows (no jitter shortens them), so each wait is long enough to
        // watch its countdown tick.
        m_app->controller()->setRetryJitter([] { return 0.999; });
        m_app->practice()->throttle();
        // The fault first ends the current connection; the reconnects that follow are throttled.
        QTRY_VERIFY_WITH_TIMEOUT(!throttledAttempt().isEmpty(), kBackoffRunMs);
        QVERIFY2(attempt.match(countdown->text()).hasMatch(), qPrintable(countdown->text()));
        // The countdown is live: within one waiting attempt its text changes.
        QString last = countdown->text();
        QString lastAttempt = throttledAttempt();
        const bool ticked = QTest::qWaitFor(
            [&] {
                const QString now = countdown->text();
                const QString nowAttempt = throttledAttempt();
                if (!nowAttempt.isEmpty() && nowAttempt == lastAttempt && now != last)
                    return true;
                last = now;
                lastAttempt = nowAttempt;
                return false;
            },
            kBackoffRunMs);
        QVERIFY2(ticked, qPrintable(last));

        // Esc cancels the scheduled retry (checked and pressed without the event loop running between).
        QTRY_VERIFY_WITH_TIMEOUT(state() == ConnectionState::BackingOff && !throttledAttempt().isEmpty(),
                                 kBackoffRunMs);
        QTest::keyClick(m_app->window(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(state() != ConnectionState::BackingOff, 10000);
        // Cancelled by the user: not a failure of the connection.
        QCOMPARE(state(), ConnectionState::Closed);
        QCOMPARE(badge(), QStringLiteral("Cancelled by you"));
        QCOMPARE(m_app->window()->statusBar()->currentMessage(), QStringLiteral("Cancelled by you"));
        QTRY_VERIFY_WITH_TIMEOUT(!countdown->isVisible(), 5000);
        QCOMPARE(child<QPushButton>("connectButton")->text(), QStringLiteral("Connec&t"));
        // Nothing retries after the cancel.
        QTest::qWait(1500);
        QVERIFY2(isTerminal(state()), qPrintable(badge()));
        // The user cancelled: no dialog repeats what the panel says.
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(dialogs()));
    }

    void throttleRunEndsConnected()
    {
        QSignalSpy states(m_app->controller(), &AppController::stateChanged);
        m_app->practice()->throttle();
        // Every throttled connect backs off; once the 3 throttled connects are used up the run connects.
        QTRY_VERIFY_WITH_TIMEOUT(state() == ConnectionState::BackingOff, kConnectMs);
        QVERIFY2(QTest::qWaitFor([&] { return state() == ConnectionState::Connected; }, kBackoffRunMs),
                 qPrintable(badge()));
        int backoffs = 0;
        for (const auto &args : states)
            backoffs += args.at(0).value<ConnectionState>() == ConnectionState::BackingOff;
        QVERIFY2(backoffs >= 2, qPrintable(QString::number(backoffs)));
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(dialogs()));
    }

    void errorDialogNamesTheCause_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("endState");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("403") << QStringLiteral("accessDenied") << int(ConnectionState::Failed)
                             << QStringList{QStringLiteral("kinesisvideo:ConnectAsViewer"),
                                            QStringLiteral("403")};
        QTest::newRow("404") << QStringLiteral("notFound") << int(ConnectionState::Failed)
                             << QStringList{QStringLiteral("404"),
                                            QStringLiteral("ResourceNotFoundException")};
        QTest::newRow("takeover") << QStringLiteral("takeover") << int(ConnectionState::Replaced)
                                  << QStringList{QStringLiteral("ClientId")};
    }

    void errorDialogNamesTheCause()
    {
        QFETCH(QString, fault);
        QFETCH(int, endState);
        QFETCH(QStringList, mentions);
        PracticeFaults *practice = m_app->practice();
        if (fault == u"accessDenied")
            practice->accessDenied();
        else if (fault == u"notFound")
            practice->notFound();
        else
            practice->takeover();
        QTRY_COMPARE_WITH_TIMEOUT(int(state()), endState, kBackoffRunMs);
        QTRY_COMPARE_WITH_TIMEOUT(ui::Dialogs::shownDialogs().size(), 1, 10000);
        const QString shown = ui::Dialogs::shownDialogs().constFirst();
        for (const QString &mention : mentions)
            QVERIFY2(shown.contains(mention), qPrintable(mention + QStringLiteral(" not in:\n") + shown));
        if (fault == u"notFound") {
            // The channel's region, account and name, so the user can check each.
            const ConnectionForm form = m_app->demoSession()->form();
            const auto arn = ChannelArn::parse(form.channel);
            QVERIFY(arn);
            for (const QString &part : {arn->region, arn->accountId, arn->channelName})
                QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + shown));
        }
        QCOMPARE(badge(), ui::ConnectionPanel::stateText(ConnectionState(endState)));
        // One dialog per failed run, not one per retry.
        QTest::qWait(300);
        QCOMPARE(ui::Dialogs::shownDialogs().size(), 1);
    }

    void goAwayAndDropLinkReconnect_data()
    {
        QTest::addColumn<bool>("goAway");
        QTest::newRow("GO_AWAY") << true;
        QTest::newRow("drop link") << false;
    }

    void goAwayAndDropLinkReconnect()
    {
        QFETCH(bool, goAway);
        QSignalSpy states(m_app->controller(), &AppController::stateChanged);
        if (goAway)
            m_app->practice()->goAway();
        else
            m_app->practice()->dropLink();
        // Left Connected (Reconnecting, or a backoff after the drop) and came back, however fast.
        auto leftConnected = [&states] {
            for (const auto &args : states)
                if (args.at(0).value<ConnectionState>() != ConnectionState::Connected)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(leftConnected(), kBackoffRunMs);
        QVERIFY2(waitConnected(kBackoffRunMs), qPrintable(badge()));
        QVERIFY(states.size() >= 2);
        QVERIFY2(ui::Dialogs::shownDialogs().isEmpty(), qPrintable(dialogs()));
        QCOMPARE(badge(), ui::ConnectionPanel::stateText(ConnectionState::Connected));
    }

    void probeMasterShowsResult()
    {
        QAction *probe = action("probeMasterAction");
        QTRY_VERIFY_WITH_TIMEOUT(probe->isEnabled(), 10000);
        probe->trigger();
        auto *result = child<QLabel>("probeResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Probe: ")), kConnectMs);
        QVERIFY2(result->text().contains(QStringLiteral("the master answered")), qPrintable(result->text()));
        QVERIFY(result->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(probe->isEnabled(), kConnectMs);
    }

    // The log's kind filter has Media and ICE; the detail pane decodes SDP and shows the candidates and the
    // selected pair next to ICE events.
    void logFiltersMediaAndShowsSdpAndCandidates()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_app->controller()->mediaSession() &&
                                     m_app->controller()->mediaSession()->summary().selectedPair.has_value(),
                                 kConnectMs);
        ui::MessageLogPanel *log = m_app->logPanel();
        log->model()->flush();
        auto *kind = child<QComboBox>("kindFilterComboBox");
        auto *list = child<QListView>("logListView");
        auto *detail = child<QPlainTextEdit>("detailPlainTextEdit");
        const int media = kind->findText(QStringLiteral("Media and ICE"));
        QVERIFY(media > 0);
        kind->setCurrentIndex(media);
        QVERIFY(log->proxy()->rowCount() > 3);
        int iceRow = -1;
        for (int row = 0; row < log->proxy()->rowCount(); ++row) {
            const auto event =
                log->proxy()->index(row, 0).data(ui::EventLogModel::EventRole).value<EngineEvent>();
            QVERIFY2(event.kind == EventKind::Media || event.kind == EventKind::Ice ||
                         event.kind == EventKind::Candidate || event.kind == EventKind::Stats ||
                         event.kind == EventKind::Run, // a run's header stays, whatever the filter
                     qPrintable(event.text()));
            if (event.kind == EventKind::Stats)
                iceRow = row;
        }
        QVERIFY(iceRow >= 0);
        list->setCurrentIndex(log->proxy()->index(iceRow, 0));
        const QString ice = detail->toPlainText();
        QVERIFY2(ice.contains(QStringLiteral("Candidates gathered by this viewer:\n  host/udp")),
                 qPrintable(ice));
        QVERIFY2(ice.contains(QStringLiteral("Candidates received from the master:\n  host/udp")),
                 qPrintable(ice));
        QVERIFY2(ice.contains(QStringLiteral("Selected candidate pair: host/udp")), qPrintable(ice));

        kind->setCurrentIndex(kind->findText(QStringLiteral("Signaling messages")));
        int answerRow = -1;
        for (int row = 0; row < log->proxy()->rowCount(); ++row)
            if (log->proxy()
                    ->index(row, 0)
                    .data(ui::EventLogModel::EventRole)
                    .value<EngineEvent>()
                    .field("messageType") == u"SDP_ANSWER")
                answerRow = row;
        QVERIFY(answerRow >= 0);
        list->setCurrentIndex(log->proxy()->index(answerRow, 0));
        // The row names the message type once (not "SDP_ANSWER SDP_ANSWER, …").
        const QString row = log->proxy()->index(answerRow, 0).data(Qt::DisplayRole).toString();
        QCOMPARE(row.count(QStringLiteral("SDP_ANSWER")), 1);
        const QString sdp = detail->toPlainText();
        QVERIFY2(sdp.contains(QStringLiteral("Session description (SDP):\nv=0")), qPrintable(sdp));
        QVERIFY2(sdp.contains(QStringLiteral("m=video")), qPrintable(sdp));
    }

    void exportDiagnosticsHasNoSecret()
    {
        // Let the media play and report stats, so the export has its media section.
        QVERIFY2(QTest::qWaitFor([this] { return video()->paintedFrames() >= 3; }, kConnectMs),
                 qPrintable(video()->placeholder()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->controller()->mediaSession()->summary().selectedPair.has_value(),
                                 kConnectMs);
        const QString path = m_dir.filePath(QStringLiteral("diagnostics.json"));
        ui::Dialogs::answerSaveFileName(path);
        action("exportDiagnosticsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        // Saved exactly what was previewed.
        QVERIFY(ui::Dialogs::shownDialogs().size() >= 1);
        QCOMPARE(ui::Dialogs::shownDialogs().constFirst(), saved);
        const ConnectionForm form = m_app->demoSession()->form();
        QVERIFY(!form.secretAccessKey.isEmpty());
        QVERIFY2(!saved.contains(form.secretAccessKey), "the secret access key was exported");
        if (!form.sessionToken.isEmpty())
            QVERIFY2(!saved.contains(form.sessionToken), "the session token was exported");
        QVERIFY2(!saved.contains(form.accessKeyId), "the full access key id was exported");
        QVERIFY(saved.contains(QStringLiteral("Connected")) || saved.contains(QStringLiteral("connected")));
        QVERIFY(!saved.contains(QStringLiteral("X-Amz-Signature=")));

        // The media section: steps with durations, candidates by type, the selected pair, a stats summary.
        const QJsonObject media = QJsonDocument::fromJson(saved.toUtf8()).object().value(u"media").toObject();
        QVERIFY2(!media.isEmpty(), qPrintable(saved.left(2000)));
        QStringList steps;
        for (const QJsonValue &step : media.value(u"steps").toArray())
            steps.append(step.toObject().value(u"step").toString());
        QVERIFY2(steps.contains(QStringLiteral("firstFrame")), qPrintable(steps.join(u' ')));
        QVERIFY(media.value(u"candidates").toObject().value(u"local").toObject().value(u"host").toInt() > 0);
        QVERIFY(media.value(u"candidates").toObject().value(u"remote").toObject().value(u"host").toInt() > 0);
        QCOMPARE(media.value(u"selectedPair").toObject().value(u"local").toObject().value(u"type").toString(),
                 QStringLiteral("host"));
        QVERIFY(media.value(u"statsSummary").toObject().value(u"reports").toInt() >= 1);
        QCOMPARE(media.value(u"summary").toObject().value(u"outcome").toString(), QStringLiteral("playing"));
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
