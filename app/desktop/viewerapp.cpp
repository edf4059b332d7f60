#include "desktop/viewerapp.h"

#include "core/common/clientid.h"
#include "core/common/clock.h"
#include "core/events/eventlog.h"
#include "core/settings/mediaoptions.h"
#include "core/settings/viewersettings.h"
#include "desktop/appcontroller.h"
#include "desktop/apptranslations.h"
#include "desktop/credentialinspector.h"
#include "desktop/demosession.h"
#include "desktop/manualkeysvault.h"
#include "desktop/practicefaults.h"
#include "desktop/setupfiles.h"
#include "keychain/keychainstore.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/mainwindow.h"
#include "ui/messagelogpanel.h"
#include "ui/videowidget.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace kvs {
namespace {

QString newClientId()
{
    return makeClientId([] { return QRandomGenerator::system()->generate(); });
}

} // namespace

Result<std::unique_ptr<ViewerApp>> ViewerApp::create(QSettings &settings, const ViewerAppOptions &options)
{
    std::shared_ptr<DemoSession> demo;
    if (options.demo) {
        auto started = DemoSession::start();
        if (!started)
            return started.error();
        demo = started.value();
    }
    return std::unique_ptr<ViewerApp>(new ViewerApp(settings, std::move(demo), options));
}

ViewerApp::ViewerApp(QSettings &settings, std::shared_ptr<DemoSession> demo, const ViewerAppOptions &options)
    : m_settings(settings)
    , m_viewerSettings(std::make_unique<ViewerSettings>(settings))
    , m_demo(std::move(demo))
    , m_eventLog(std::make_unique<EventLog>())
    , m_keychain(std::make_unique<KeychainStore>(options.keychainService))
    , m_vault(std::make_unique<ManualKeysVault>(*m_keychain))
{
    // One stable ClientId per install: random ids on every start would exhaust the channel's viewer limit.
    if (m_viewerSettings->clientId().isEmpty())
        m_viewerSettings->setClientId(newClientId());

    m_formPanel = new ui::ConnectionFormPanel(&newClientId);
    ConnectionForm initial = m_viewerSettings->lastForm();
    if (m_demo) {
        initial = m_demo->form();
        initial.clientId = m_viewerSettings->clientId();
    }
    m_formPanel->setForm(initial);
    // The panel's countdowns read the run time of the controller built just below.
    m_connectionPanel =
        new ui::ConnectionPanel([this] { return m_controller ? m_controller->runElapsedMs() : qint64(0); });
    m_logPanel = new ui::MessageLogPanel(m_eventLog.get());
    m_window = std::make_unique<ui::MainWindow>(m_formPanel, m_connectionPanel, m_logPanel);
    m_controller =
        std::make_unique<AppController>(m_window.get(), m_formPanel, m_connectionPanel, m_eventLog.get());
    m_playAudio = options.playAudio;
    m_formPanel->setMediaOptions(m_viewerSettings->mediaOptions());
    applyMediaOptions(m_viewerSettings->mediaOptions());
    // Advanced › media options: remembered at once (they hold no secret) and used from the next Connect on.
    connect(m_formPanel, &ui::ConnectionFormPanel::mediaOptionsChanged, this,
            [this](const MediaOptions &chosen) {
                m_viewerSettings->setMediaOptions(chosen);
                applyMediaOptions(chosen);
            });
    wireCredentialPicker();
    if (m_demo)
        addPracticeMenu();
    addLanguageMenu();
    m_window->restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreViewerState();
    // The demo's endpoint and CA are temporary: only real connections are remembered.
    if (!m_demo)
        connect(m_formPanel, &ui::ConnectionFormPanel::connectRequested, this,
                [this](const ConnectionForm &form) {
                    m_viewerSettings->saveForm(form);
                    m_formPanel->setRecentChannels(m_viewerSettings->recentChannels());
                });
    wireKeychain();
    // File ▸ Open/Save setup: an opened setup's media options are remembered and used like the form's.
    m_setupFiles = new SetupFiles(
        m_window.get(), m_formPanel,
        [this](const MediaOptions &chosen) {
            m_viewerSettings->setMediaOptions(chosen);
            applyMediaOptions(chosen);
        },
        m_window.get());
    connect(m_window.get(), &ui::MainWindow::openSetupRequested, m_setupFiles, &SetupFiles::open);
    connect(m_window.get(), &ui::MainWindow::saveSetupRequested, m_setupFiles, &SetupFiles::save);
    m_startupSetup = options.setupFile;
    // Remembered keys are looked up only for a real connection with typed keys (the demo brings its own).
    if (!m_demo && initial.credentialMode == CredentialMode::Manual)
        m_vault->load();
}

void ViewerApp::applyMediaOptions(const MediaOptions &chosen)
{
    // The user's choices; the rest (timeouts, stats interval) stays as the controller has it.
    MediaOptions media = m_controller->mediaOptions();
    media.codec = chosen.codec;
    media.iceTransport = chosen.iceTransport;
    media.useStun = chosen.useStun;
    media.useTurn = chosen.useTurn;
    media.receiveAudio = chosen.receiveAudio;
    media.playAudio = m_playAudio;
    if (m_demo) {
        // The demo's master runs in this process: its candidates are on loopback, and there is no network
        // to reach a STUN server.
        media.loopbackCandidates = true;
        media.useStun = false;
    }
    m_controller->setMediaOptions(media);
}

void ViewerApp::wireKeychain()
{
    // Typed keys go to the keychain on Connect, only when "Remember" is checked; unchecking forgets them.
    connect(m_formPanel, &ui::ConnectionFormPanel::connectRequested, this,
            [this](const ConnectionForm &form) {
                if (form.credentialMode == CredentialMode::Manual && m_formPanel->rememberKeys())
                    m_vault->remember({form.accessKeyId, form.secretAccessKey, form.sessionToken});
            });
    connect(m_formPanel, &ui::ConnectionFormPanel::rememberKeysToggled, this, [this](bool remember) {
        if (!remember)
            m_vault->forget();
    });
    connect(m_vault.get(), &ManualKeysVault::loaded, this, [this](const AwsCredentials &credentials) {
        ConnectionForm form = m_formPanel->form();
        form.accessKeyId = credentials.accessKeyId;
        form.secretAccessKey = credentials.secretAccessKey;
        form.sessionToken = credentials.sessionToken;
        m_formPanel->setForm(form);
        m_formPanel->setRememberKeys(true);
    });
    connect(m_vault.get(), &ManualKeysVault::noteChanged, this, [this](const QString &note) {
        m_formPanel->setKeychainNote(note);
        m_window->statusBar()->showMessage(note, 10000);
    });
}

ViewerApp::~ViewerApp()
{
    m_controller.reset(); // stops the connection while the window and the emulator still exist
    m_inspector.reset();
    m_window.reset();
    m_vault.reset(); // before the store it uses
}

void ViewerApp::wireCredentialPicker()
{
    m_clock = std::make_unique<SystemClock>();
    m_inspector = std::make_unique<CredentialInspector>(QProcessEnvironment::systemEnvironment(), *m_clock);
    connectCredentialPicker(m_formPanel, m_inspector.get());
    m_formPanel->setRecentChannels(m_viewerSettings->recentChannels());
}

void ViewerApp::show()
{
    m_window->show();
    if (!m_startupSetup.isEmpty()) // after show(): a broken file's dialog has its window
        m_setupFiles->openFile(m_startupSetup);
    if (m_demo) // the demo connects at once: a newcomer sees a working connection
        QTimer::singleShot(0, m_controller.get(),
                           [this] { m_controller->connectWith(m_formPanel->connectionForm()); });
}

void ViewerApp::saveState()
{
    m_settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    m_settings.setValue(QStringLiteral("window/layout"), m_window->saveLayout());
    m_settings.setValue(QStringLiteral("video/muted"), m_window->isMuted());
    m_settings.setValue(QStringLiteral("video/volume"), m_window->volume());
    m_settings.setValue(QStringLiteral("video/statsOverlay"), m_window->videoWidget()->isOverlayVisible());
}

void ViewerApp::restoreViewerState()
{
    m_window->restoreLayout(m_settings.value(QStringLiteral("window/layout")).toByteArray());
    m_window->setVolume(m_settings.value(QStringLiteral("video/volume"), 80).toInt());
    m_window->setMuted(m_settings.value(QStringLiteral("video/muted"), false).toBool());
    m_window->setStatsOverlayVisible(m_settings.value(QStringLiteral("video/statsOverlay"), false).toBool());
    m_window->setSnapshotFolder(m_settings.value(QStringLiteral("video/snapshotFolder")).toString());
    // The folder is remembered as soon as a snapshot is saved there.
    connect(m_window.get(), &ui::MainWindow::snapshotFolderChanged, this, [this](const QString &folder) {
        m_settings.setValue(QStringLiteral("video/snapshotFolder"), folder);
    });
}

void ViewerApp::addPracticeMenu()
{
    m_practice = new PracticeFaults(
        m_demo->server(), m_demo->form().channel, [this] { return m_formPanel->form().clientId; },
        m_window.get());
    const std::pair<const char *, void (PracticeFaults::*)()> faults[] = {
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "&Throttle the next 3 connects"), &PracticeFaults::throttle},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "Move the service's &clock 7 minutes ahead"),
         &PracticeFaults::skewClock},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "&Deny access (403)"), &PracticeFaults::accessDenied},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "Channel &not found (404)"), &PracticeFaults::notFound},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "Send &GO_AWAY"), &PracticeFaults::goAway},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "D&rop the link"), &PracticeFaults::dropLink},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "Take &over with a second viewer (same ClientId)"),
         &PracticeFaults::takeover},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "No &media from the master"), &PracticeFaults::noMedia},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "&ICE blocked (candidates dropped)"), &PracticeFaults::blockIce},
        {QT_TRANSLATE_NOOP("kvs::ViewerApp", "T&URN only (relay candidates)"), &PracticeFaults::turnOnly},
    };
    QList<QAction *> actions;
    for (const auto &[text, fault] : faults) {
        auto *action = new QAction(tr(text), m_window.get());
        connect(action, &QAction::triggered, m_practice, fault);
        actions.append(action);
    }
    // Undoing: the clock put back, every armed fault ended (the emulator's queue, the skew, the rival).
    auto *separator = new QAction(m_window.get());
    separator->setSeparator(true);
    auto *resetClock = new QAction(tr("Put the service's c&lock back"), m_window.get());
    resetClock->setObjectName(QStringLiteral("practiceResetClockAction"));
    resetClock->setEnabled(false);
    connect(resetClock, &QAction::triggered, m_practice, &PracticeFaults::resetClock);
    auto *clear = new QAction(tr("Cl&ear all faults"), m_window.get());
    clear->setObjectName(QStringLiteral("practiceClearAction"));
    clear->setEnabled(false);
    connect(clear, &QAction::triggered, m_practice, &PracticeFaults::clearAll);
    actions << separator << resetClock << clear;
    m_window->setPracticeActions(actions);
    // The sign that a fault is armed: in the status bar until it fires or is cleared.
    connect(m_practice, &PracticeFaults::armedChanged, this,
            [this, resetClock, clear](const QStringList &armed) {
                m_window->setPracticeStatus(armed);
                resetClock->setEnabled(m_practice->clockMoved());
                clear->setEnabled(!armed.isEmpty());
            });
    // A media fault needs a new media session: the app connects again (TURN only just for that run).
    connect(m_practice, &PracticeFaults::mediaRestartRequested, this, [this](bool relayOnly) {
        const MediaOptions saved = m_controller->mediaOptions();
        MediaOptions run = saved;
        if (relayOnly)
            run.iceTransport = IceTransportPolicy::Relay;
        m_controller->setMediaOptions(run);
        m_controller->connectWith(m_formPanel->connectionForm());
        m_controller->setMediaOptions(saved);
    });
    connect(m_formPanel, &ui::ConnectionFormPanel::connectRequested, m_practice,
            &PracticeFaults::clearMediaFaults);
}

void ViewerApp::addLanguageMenu()
{
    auto *group = new QActionGroup(m_window.get());
    const QString current = m_viewerSettings->language();
    QList<QAction *> actions;
    auto add = [&](const QString &text, const QString &language) {
        auto *action = new QAction(text, group);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setToolTip(tr("Takes effect when the app is started again"));
        connect(action, &QAction::triggered, this, [this, language] {
            m_viewerSettings->setLanguage(language);
            m_window->showStatusNote(tr("The language changes when you restart KVS Signaling Viewer."));
        });
        actions.append(action);
    };
    add(tr("&System language"), QString());
    // Each language named in itself, so a user finds theirs whatever the UI language; the mnemonic is the
    // Latin initial (after the name for Japanese, as Japanese menus do).
    for (const QString &language : AppTranslations::languages()) {
        const QString name = AppTranslations::nativeName(language);
        add(language == u"ja" ? QString(name % u" (&J)") : QString(u'&' % name), language);
    }
    if (!group->checkedAction())
        actions.first()->setChecked(true);
    m_window->setLanguageActions(actions);
}

} // namespace kvs
