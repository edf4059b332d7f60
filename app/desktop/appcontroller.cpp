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
#include "core/signaling/icecandidate.h"
#include "core/signaling/sdpofferbuilder.h"
#include "desktop/accountdialogs.h"
#include "desktop/checkdialogs.h"
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

#include <QJsonArray>
#include <QJsonObject>
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
    m_accounts = new AccountDialogs(context, this);
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
    updatePlaceholder();
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
    m_log->append(
        EngineEvent::make(EventKind::Run, 0, m_clock.now(),
                          {{QStringLiteral("run"), ++m_runs}, {QStringLiteral("channel"), form.channel}}));
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
    m_mediaFailed = false;
    m_mediaPlaceholder.clear();
    m_window->videoWidget()->clearFrame();
    m_window->videoWidget()->setOverlayText(QString());
    m_media = std::make_unique<media::MediaSession>(*m_controller, m_mediaOptions);
    m_media->setMuted(m_muted);
    m_media->setVolume(m_volume);
    connect(m_media.get(), &media::MediaSession::stepFinished, this, &AppController::onMediaStep);
    connect(m_media.get(), &media::MediaSession::firstFrame, this, &AppController::onFrame);
    connect(m_media.get(), &media::MediaSession::frameDecoded, this, &AppController::onFrame);
    connect(m_media.get(), &media::MediaSession::statsUpdated, this, &AppController::onMediaStats);
    connect(m_media.get(), &media::MediaSession::failed, this, &AppController::onMediaFailed);
    updatePlaceholder();
}

void AppController::onMediaStep(media::MediaStep step)
{
    switch (step) {
    case media::MediaStep::OfferSent:
        m_mediaPlaceholder = tr("Waiting for the master's answer…");
        break;
    case media::MediaStep::AnswerReceived:
    case media::MediaStep::IceGathering:
    case media::MediaStep::IceChecking:
        m_mediaPlaceholder = tr("Finding a network path to the master…");
        break;
    case media::MediaStep::IceConnected:
        m_mediaPlaceholder = tr("Securing the media (DTLS)…");
        break;
    case media::MediaStep::Dtls:
        m_mediaPlaceholder = tr("Waiting for the first video frame…");
        break;
    case media::MediaStep::FirstFrame:
        break;
    }
    updatePlaceholder();
}

void AppController::onFrame(const media::VideoFrame &frame)
{
    if (frame.isNull())
        return;
    // Zero-copy: the image shares the decoder's buffer; a heap copy of the frame keeps it alive until the
    // image's last copy goes.
    auto *keeper = new media::VideoFrame(frame);
    const QImage image(
        keeper->bits, keeper->width, keeper->height, keeper->bytesPerLine, QImage::Format_RGB32,
        [](void *info) { delete static_cast<media::VideoFrame *>(info); }, keeper);
    m_window->videoWidget()->setFrame(image);
}

void AppController::onMediaStats(const media::MediaStats &stats)
{
    auto *video = m_window->videoWidget();
    if (stats.width > 0)
        video->setDescription(
            QStringLiteral("%1 %2 × %3").arg(stats.videoCodec).arg(stats.width).arg(stats.height));
    QStringList lines{
        tr("Codec: %1").arg(stats.videoCodec.isEmpty() ? tr("unknown") : stats.videoCodec),
        tr("Resolution: %1 × %2").arg(stats.width).arg(stats.height),
        tr("Frame rate: %1 fps").arg(stats.fps, 0, 'f', 1),
        tr("Bit rate: %1 kbit/s").arg(stats.bitrateBps / 1000),
        tr("Packets lost: %1").arg(stats.packetsLost),
        tr("Pair: %1").arg(stats.selectedPair ? stats.selectedPair->text() : tr("not known yet")),
    };
    if (!stats.audioCodec.isEmpty())
        lines.append(tr("Audio: %1, %2 dB").arg(stats.audioCodec).arg(stats.audioLevelDb, 0, 'f', 1));
    video->setOverlayText(lines.join(u'\n'));
}

void AppController::onMediaFailed(media::MediaFailureCode code,
                                  const media::MediaFailureExplanation &explanation)
{
    m_mediaFailed = true;
    if (code == media::MediaFailureCode::NoAnswer)
        m_mediaPlaceholder =
            tr("No master answered on this channel. Start the master (the camera's app or the KVS sample "
               "master) on this channel, then connect again.");
    else
        m_mediaPlaceholder = tr("No video from the master — see why: %1").arg(explanation.message);
    m_window->videoWidget()->clearFrame();
    updatePlaceholder();
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

void AppController::updatePlaceholder()
{
    auto *video = m_window->videoWidget();
    const ConnectionState state = m_controller ? m_controller->state() : ConnectionState::Idle;
    QString text;
    if (m_mediaFailed)
        text = m_mediaPlaceholder;
    else if (state == ConnectionState::Idle)
        text = tr("Fill in the channel and press Connect to watch its video.");
    else if (state == ConnectionState::Connected || state == ConnectionState::Reconnecting)
        text = m_mediaPlaceholder.isEmpty() ? tr("Sending the offer to the master…") : m_mediaPlaceholder;
    else if (state == ConnectionState::Closed || state == ConnectionState::Closing)
        text = tr("Disconnected. Press Connect to watch the video again.");
    else if (state == ConnectionState::Failed || state == ConnectionState::Replaced)
        text = tr("The connection failed: no video. The panel below and the log say why.");
    else if (state == ConnectionState::BackingOff)
        text = tr("Waiting to retry the connection…");
    else
        text = tr("Connecting to the signaling channel…");
    video->setPlaceholder(text);
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
        report.addSection(QStringLiteral("media"), mediaSection());
    m_window->exportDiagnostics(report.text());
}

QJsonObject AppController::mediaSection() const
{
    // What support asks first about video: where the media path got to and how long each step took, the
    // candidates each side had, the pair ICE chose and how the stream went. Redacted with the whole report.
    QJsonArray steps;
    double fpsSum = 0;
    double fpsMin = -1;
    double fpsMax = 0;
    qint64 bitrateMax = 0;
    qint64 lost = 0;
    int statsReports = 0;
    for (qsizetype i = m_log->currentRunStart(); i < m_log->size(); ++i) {
        const EngineEvent &event = m_log->at(i);
        if (event.kind == EventKind::Media) {
            QJsonObject step = event.fields;
            step.insert(QStringLiteral("t"), event.elapsedMs);
            steps.append(step);
        } else if (event.kind == EventKind::Stats) {
            const double value = event.fields.value(u"fps").toDouble();
            ++statsReports;
            fpsSum += value;
            fpsMin = fpsMin < 0 ? value : qMin(fpsMin, value);
            fpsMax = qMax(fpsMax, value);
            bitrateMax = qMax(bitrateMax, qint64(event.fields.value(u"bitrateKbps").toDouble()));
            lost = qint64(event.fields.value(u"packetsLost").toDouble());
        }
    }
    const media::CandidateEvidence &evidence = m_media->evidence();
    auto byType = [](const CandidateTally &tally) {
        QJsonObject types;
        for (auto type :
             {CandidateType::Host, CandidateType::Srflx, CandidateType::Prflx, CandidateType::Relay})
            types.insert(candidateTypeName(type), tally.count(type));
        types.insert(QStringLiteral("text"), tally.toString());
        return types;
    };
    const media::MediaSummary summary = m_media->summary();
    QJsonObject section{
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("codec"), videoCodecPreferenceName(m_mediaOptions.codec)},
                     {QStringLiteral("iceTransport"), iceTransportPolicyName(m_mediaOptions.iceTransport)},
                     {QStringLiteral("stun"), m_mediaOptions.useStun},
                     {QStringLiteral("turn"), m_mediaOptions.useTurn},
                     {QStringLiteral("receiveAudio"), m_mediaOptions.receiveAudio}}},
        {QStringLiteral("summary"), summary.toJson()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("candidates"),
         QJsonObject{{QStringLiteral("local"), byType(evidence.local)},
                     {QStringLiteral("remote"), byType(evidence.remote)},
                     {QStringLiteral("pairsTried"), evidence.pairsTried},
                     {QStringLiteral("stunConfigured"), evidence.stunConfigured},
                     {QStringLiteral("turnConfigured"), evidence.turnConfigured}}},
        {QStringLiteral("statsSummary"),
         QJsonObject{{QStringLiteral("reports"), statsReports},
                     {QStringLiteral("fpsMin"), qMax(0.0, fpsMin)},
                     {QStringLiteral("fpsAverage"), statsReports ? fpsSum / statsReports : 0.0},
                     {QStringLiteral("fpsMax"), fpsMax},
                     {QStringLiteral("bitrateKbpsMax"), bitrateMax},
                     {QStringLiteral("packetsLost"), lost},
                     {QStringLiteral("latest"), m_media->stats().toJson()}}},
    };
    if (summary.selectedPair)
        section.insert(QStringLiteral("selectedPair"), summary.selectedPair->toJson());
    return section;
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
    updatePlaceholder();
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
