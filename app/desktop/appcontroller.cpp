// Just over ~400 lines: the window ↔ engine wiring of one connection (start, stop, state, events, video
// hand-off). The dialogs live in CheckDialogs and AccountDialogs, the video in VideoPresenter.
#include "desktop/appcontroller.h"

#include "core/aws/environmentproxy.h"
#include "core/aws/tlsoptions.h"
#include "core/common/redaction.h"
#include "core/common/retrypolicy.h"
#include "core/connection/connectioncontroller.h"
#include "core/connection/connectionplan.h"
#include "core/connection/masterprobe.h"
#include "core/credentials/credentialfactory.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventlog.h"
#include "core/signaling/sdpofferbuilder.h"
#include "desktop/accountdialogs.h"
#include "desktop/checkdialogs.h"
#include "desktop/mediadiagnostics.h"
#include "desktop/videopresenter.h"
#include "media/mediaevents.h"
#include "media/mediafailure.h"
#include "media/mediasession.h"
#include "media/networktest.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/customofferdialog.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/videowidget.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStatusBar>

namespace kvs {
namespace {

constexpr int kProbeTimeoutMs = 10000;

/// Passes another provider's credentials through and tells `seen` about each set delivered (for the
/// panel's expiry banner). `seen` gets the set itself only to read its source and expiry.
class ObservedCredentialsProvider final : public CredentialsProvider
{
public:
    ObservedCredentialsProvider(CredentialsProvider &inner,
                                std::function<void(const ResolvedCredentials &)> seen)
        : m_inner(inner)
        , m_seen(std::move(seen))
    {}
    void fetch(Callback done) override
    {
        m_inner.fetch([seen = m_seen, done = std::move(done)](const Result<ResolvedCredentials> &result) {
            if (result)
                seen(result.value());
            done(result);
        });
    }
    void invalidate() override { m_inner.invalidate(); }

private:
    CredentialsProvider &m_inner;
    std::function<void(const ResolvedCredentials &)> m_seen;
};

} // namespace

AppController::AppController(ui::MainWindow *window, ui::ConnectionFormPanel *form,
                             ui::ConnectionPanel *panel, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_form(form)
    , m_panel(panel)
    , m_log(log)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_rateLimiter(
          std::make_unique<ConnectRateLimiter>(m_clock, 3, 1250)) // margin: the service counts on arrival
    , m_processRunner(std::make_unique<QProcessRunner>())
{
    useEnvironmentProxy(m_network.get(), QProcessEnvironment::systemEnvironment());
    DialogContext context;
    context.window = m_window;
    context.form = m_form;
    context.clock = &m_clock;
    context.credentials = [this](const ConnectionForm &chosen) {
        return makeCredentials(chosen);
    };
    context.dependencies = [this](CredentialsProvider *credentials) {
        return dependencies(credentials);
    };
    m_checks = new CheckDialogs(context, this);
    m_video = new VideoPresenter(
        m_window->videoWidget(),
        [this] { return m_controller ? m_controller->state() : ConnectionState::Idle; }, this);
    m_accounts = new AccountDialogs(context, this);
    connect(m_accounts, &AccountDialogs::presignedConnectRequested, this,
            &AppController::connectWithPresignedUrl);
    connect(m_form, &ui::ConnectionFormPanel::connectRequested, this, &AppController::connectWith);
    connect(m_form, &ui::ConnectionFormPanel::disconnectRequested, this, &AppController::disconnectNow);
    connect(m_window, &ui::MainWindow::probeMasterRequested, this, &AppController::probeMaster);
    connect(m_window, &ui::MainWindow::exportDiagnosticsRequested, this, &AppController::exportDiagnostics);
    connect(m_window, &ui::MainWindow::checkAccessRequested, m_checks, &CheckDialogs::checkAccess);
    connect(m_window, &ui::MainWindow::iceServersRequested, m_checks, &CheckDialogs::showIceServers);
    connect(m_window, &ui::MainWindow::networkTestRequested, m_checks, &CheckDialogs::showNetworkTest);
    connect(m_window, &ui::MainWindow::customOfferRequested, this, &AppController::editCustomOffer);
    connect(m_window, &ui::MainWindow::identityRequested, m_accounts, &AccountDialogs::showIdentity);
    connect(m_window, &ui::MainWindow::channelListRequested, m_accounts, &AccountDialogs::showChannelPicker);
    connect(m_window, &ui::MainWindow::presignedUrlRequested, m_accounts, &AccountDialogs::showPresignedUrl);
    connect(m_window, &ui::MainWindow::openDiagnosticsRequested, m_accounts,
            &AccountDialogs::openDiagnostics);
    connect(m_form, &ui::ConnectionFormPanel::channelListRequested, m_accounts,
            &AccountDialogs::showChannelPicker);
    connect(m_panel, &ui::ConnectionPanel::cancelRetryRequested, this, [this] {
        if (!m_controller)
            return;
        // The user ended the run: the panel and the log say why it stopped; a dialog would only repeat it.
        m_failureShown = true;
        m_controller->cancelRetry();
    });
    connect(m_panel, &ui::ConnectionPanel::newClientIdRequested, m_form,
            &ui::ConnectionFormPanel::useNewClientId);
    connect(m_panel, &ui::ConnectionPanel::retryNowRequested, this, [this] {
        if (m_controller)
            m_controller->retryNow();
    });
    connect(m_window, &ui::MainWindow::mutedChanged, this, [this](bool muted) {
        m_muted = muted;
        if (m_media)
            m_media->setMuted(muted);
    });
    connect(m_window, &ui::MainWindow::volumeChanged, this, [this](int percent) {
        m_volume = percent / 100.0;
        if (m_media)
            m_media->setVolume(m_volume);
    });
    m_muted = m_window->isMuted();
    m_volume = m_window->volume() / 100.0;
    m_video->updatePlaceholder();
}

AppController::~AppController()
{
    // The dialogs present objects of this controller (the ICE view reads its clock): they go first.
    delete m_checks;
    delete m_accounts;
    delete m_offerDialog;
    m_probe.reset();
    m_media.reset();
    if (m_controller)
        m_controller->disconnect(this);
}

ui::CustomOfferDialog *AppController::customOfferDialog() const
{
    return m_offerDialog;
}

std::unique_ptr<CredentialSource> AppController::makeCredentials(const ConnectionForm &form)
{
    CredentialChoice choice;
    choice.mode = form.credentialMode;
    choice.profile = form.profile;
    choice.typedKeys = {form.accessKeyId, form.secretAccessKey, form.sessionToken};
    choice.typedKeysSource = tr("keys typed into the form");
    CredentialContext context;
    context.environment = QProcessEnvironment::systemEnvironment();
    context.clock = &m_clock;
    context.network = m_network.get();
    context.runner = m_processRunner.get();
    return makeCredentialSource(choice, context);
}

ConnectionDependencies AppController::dependencies(CredentialsProvider *credentials)
{
    ConnectionDependencies deps;
    deps.clock = &m_clock;
    deps.credentials = credentials;
    deps.rateLimiter = m_rateLimiter.get();
    // Read at each delay, so setRetryJitter() applies at once.
    deps.random = [this] {
        return m_retryJitter();
    };
    return deps;
}

void AppController::connectWith(const ConnectionForm &form)
{
    const Result<ConnectionPlan> plan = planConnection(form, QProcessEnvironment::systemEnvironment());
    if (!plan && plan.error().code == u"InvalidInput")
        return; // the form shows what is wrong; Connect is disabled until it is valid
    startRun(form, plan);
}

void AppController::connectWithPresignedUrl(const QString &url)
{
    const ConnectionForm form = m_form->connectionForm(); // only its CA file and retries are used
    const Result<ConnectionPlan> plan =
        planPresignedConnection(form, url, m_clock.now(), QProcessEnvironment::systemEnvironment());
    if (!plan && plan.error().code.endsWith(u"PresignedUrl")) {
        Failure failure;
        failure.step = QStringLiteral("Connection");
        failure.errorType = plan.error().code;
        failure.message = plan.error().message;
        failure.presignedUrlGiven = true;
        ui::Dialogs::showFailure(m_window, failure);
        return;
    }
    startRun(form, plan);
}

void AppController::startRun(const ConnectionForm &form, const Result<ConnectionPlan> &plan)
{
    if (m_probe && m_probe->isRunning())
        m_probe->cancel(); // the custom offer dialog stops waiting
    m_probe.reset();       // it refers to the controller that goes away here
    m_window->setProbeAvailable(false);
    m_media.reset(); // it refers to the controller too
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->stop();
        m_controller.release()->deleteLater();
    }
    // The log keeps earlier runs (bounded by its capacity), so a support engineer can export the whole
    // session: a header event starts this one, and the timeline and the export fold runs apart.
    const bool presigned = plan && plan->target.usesPresignedUrl();
    m_log->append(EngineEvent::make(0, m_clock.now(),
                                    RunEvent{++m_runs, presigned ? plan->target.channelArn : form.channel}));
    m_panel->clear();
    m_failureShown = false;
    if (!plan) { // a valid form fails to plan only on its CA bundle (unreadable or empty)
        Failure failure;
        failure.step = QStringLiteral("Connection");
        failure.errorType = QStringLiteral("TlsError");
        failure.message = plan.error().message;
        ui::Dialogs::showFailure(m_window, failure);
        return;
    }

    const QPointer<ui::ConnectionPanel> panel(m_panel);
    m_credentials = makeCredentials(form);
    m_observedCredentials = std::make_unique<ObservedCredentialsProvider>(
        m_credentials->provider(), [this, panel](const ResolvedCredentials &credentials) {
            if (!panel)
                return;
            // The panel counts in run time: place the expiry on that scale.
            std::optional<qint64> expiresAt;
            if (credentials.expires())
                expiresAt = runElapsedMs() + m_clock.now().msecsTo(credentials.expiration);
            panel->setCredentialExpiry(redact(credentials.source), expiresAt);
        });
    m_runTimer.start();
    ConnectionDependencies deps = dependencies(m_observedCredentials.get());
    deps.eventLog = m_log;
    deps.runTimer = &m_runTimer;
    m_controller = std::make_unique<ConnectionController>(plan->target, plan->settings, deps);
    connect(m_controller.get(), &ConnectionController::stateChanged, this, &AppController::onStateChanged);
    connect(m_controller.get(), &ConnectionController::eventOccurred, m_panel,
            &ui::ConnectionPanel::applyEvent);
    m_form->setConnectionActive(true);
    startMedia();
    m_controller->start();
}

void AppController::startMedia()
{
    m_media = std::make_unique<media::MediaSession>(*m_controller, m_mediaOptions);
    m_media->setMuted(m_muted);
    m_media->setVolume(m_volume);
    m_video->follow(m_media.get());
    connect(m_media.get(), &media::MediaSession::failed, this, &AppController::onMediaFailed);
    m_video->updatePlaceholder();
}

void AppController::onMediaFailed(media::MediaFailureCode code,
                                  const media::MediaFailureExplanation &explanation)
{
    m_video->showMediaFailed(code, explanation);
    // One dialog per run, like the connection's failures; a run that already showed one stays quiet.
    if (m_failureShown)
        return;
    m_failureShown = true;
    Failure failure;
    failure.step = tr("Media");
    failure.errorType = media::mediaFailureCodeName(code);
    failure.message = explanation.message;
    Explanation words;
    words.title = tr("No video from the master");
    words.whatHappened = explanation.message;
    if (!explanation.hint.isEmpty())
        words.nextSteps.append(explanation.hint);
    const media::CandidateEvidence &evidence = m_media->evidence();
    words.nextSteps.append(tr("Candidates offered by this viewer: %1").arg(evidence.local.toString()));
    words.nextSteps.append(tr("Candidates offered by the master: %1").arg(evidence.remote.toString()));
    words.nextSteps.append(tr("Candidate pairs tried: %1").arg(evidence.pairsTried));
    words.nextSteps.append(tr("ICE settings: relay only %1, STUN %2, TURN %3")
                               .arg(evidence.relayOnly ? tr("yes") : tr("no"),
                                    evidence.stunConfigured ? tr("on") : tr("off"),
                                    evidence.turnConfigured ? tr("on") : tr("off")));
    ui::Dialogs::showFailure(m_window, failure, words);
}

void AppController::editCustomOffer()
{
    if (!m_offerDialog) {
        m_offerDialog = new ui::CustomOfferDialog(m_window);
        connect(m_offerDialog, &ui::CustomOfferDialog::sendRequested, this, &AppController::sendCustomOffer);
        connect(m_offerDialog, &ui::CustomOfferDialog::cancelRequested, this, [this] {
            if (m_probe && m_probeForOffer)
                m_probe->cancel();
        });
        m_offerDialog->setOffer(
            SdpOfferBuilder([] { return QRandomGenerator::global()->generateDouble(); }).build().sdp);
    }
    updateProbeAvailable();
    presentDialog(m_offerDialog);
}

MasterProbe *AppController::probe()
{
    if (!m_probe) {
        m_probe = std::make_unique<MasterProbe>(
            *m_controller, [] { return QRandomGenerator::global()->generateDouble(); }, kProbeTimeoutMs);
        connect(m_probe.get(), &MasterProbe::finished, this, &AppController::onProbeFinished);
    }
    return m_probe.get();
}

void AppController::sendCustomOffer(const QString &sdp)
{
    if (!m_controller || m_controller->state() != ConnectionState::Connected ||
        (m_probe && m_probe->isRunning())) {
        ProbeResult result;
        result.failure = tr("Not connected, or a probe is still running.");
        m_offerDialog->showResult(result);
        return;
    }
    m_probeForOffer = true;
    m_panel->showProbeResult(tr("Sent a custom offer…"));
    probe()->startWithOffer(sdp);
    updateProbeAvailable();
}

void AppController::disconnectNow()
{
    if (m_controller)
        m_controller->stop();
}

void AppController::probeMaster()
{
    if (!m_controller || m_controller->state() != ConnectionState::Connected ||
        (m_probe && m_probe->isRunning()))
        return;
    m_probeForOffer = false;
    m_panel->showProbeResult(tr("Probing the master…"));
    probe()->start();
    updateProbeAvailable();
}

void AppController::onProbeFinished(const ProbeResult &result)
{
    // The probe has already put its result in the log through the controller's events.
    m_panel->showProbeResult(result.text());
    if (m_probeForOffer && m_offerDialog)
        m_offerDialog->showResult(result);
    m_probeForOffer = false;
    updateProbeAvailable();
}

void AppController::updateProbeAvailable()
{
    const bool available = m_controller && m_controller->state() == ConnectionState::Connected &&
                           !(m_probe && m_probe->isRunning());
    m_window->setProbeAvailable(available);
    m_window->setCustomOfferAvailable(m_controller && m_controller->state() == ConnectionState::Connected);
    if (m_offerDialog && !(m_probe && m_probe->isRunning()))
        m_offerDialog->setSendAvailable(available);
}

void AppController::exportDiagnostics()
{
    DiagnosticsReport report(m_form->form(), *m_log);
    if (networkTest() && networkTest()->report().finished)
        report.addSection(QStringLiteral("networkTest"), networkTest()->report().toJson());
    if (m_media)
        report.addSection(QStringLiteral("media"), mediaDiagnostics(*m_log, *m_media, m_mediaOptions));
    m_window->exportDiagnostics(report.text());
}

void AppController::onStateChanged(ConnectionState state)
{
    m_panel->setState(state);
    updateProbeAvailable();
    m_window->statusBar()->showMessage(m_panel->statusText());
    m_form->setConnectionActive(!isTerminal(state) && state != ConnectionState::Idle);
    if (state == ConnectionState::Connected)
        m_window->setFormCollapsed(true, m_form->form().channel);
    else if (isTerminal(state))
        m_window->setFormCollapsed(false);
    if (isTerminal(state))
        m_window->videoWidget()->clearFrame();
    m_video->updatePlaceholder();
    emit stateChanged(state);
    // A failed user action gets one dialog; background retries only show in the panel and the log.
    if ((state == ConnectionState::Failed || state == ConnectionState::Replaced) && !m_failureShown &&
        m_controller && m_controller->lastFailure()) {
        m_failureShown = true;
        const Failure failure = m_controller->explainable(*m_controller->lastFailure());
        ui::Dialogs::showFailure(m_window, failure);
    }
}

} // namespace kvs
