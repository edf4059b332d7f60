#include "desktop/appcontroller.h"

#include "core/account/channellister.h"
#include "core/account/identitylookup.h"
#include "core/aws/environmentproxy.h"
#include "core/aws/tlsoptions.h"
#include "core/common/redaction.h"
#include "core/common/retrypolicy.h"
#include "core/connection/connectioncontroller.h"
#include "core/connection/connectionplan.h"
#include "core/connection/masterprobe.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"
#include "core/diagnostics/diagnosticsfile.h"
#include "core/diagnostics/diagnosticsreport.h"
#include "core/events/eventjson.h"
#include "core/events/eventlog.h"
#include "core/signaling/icecandidate.h"
#include "core/signaling/sdpofferbuilder.h"
#include "media/mediaevents.h"
#include "media/mediafailure.h"
#include "media/mediasession.h"
#include "media/networktest.h"
#include "ui/accesscheckdialog.h"
#include "ui/channelpickerdialog.h"
#include "ui/connectionformpanel.h"
#include "ui/connectionpanel.h"
#include "ui/customofferdialog.h"
#include "ui/diagnosticsviewer.h"
#include "ui/errordialog.h"
#include "ui/iceserversdialog.h"
#include "ui/identitydialog.h"
#include "ui/mainwindow.h"
#include "ui/networktestdialog.h"
#include "ui/presignedurldialog.h"
#include "ui/videowidget.h"

#include <QFile>
#include <QFileInfo>
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
    ObservedCredentialsProvider(std::unique_ptr<CredentialsProvider> inner,
                                std::function<void(const ResolvedCredentials &)> seen)
        : m_inner(std::move(inner))
        , m_seen(std::move(seen))
    {}
    void fetch(Callback done) override
    {
        m_inner->fetch([seen = m_seen, done = std::move(done)](const Result<ResolvedCredentials> &result) {
            if (result)
                seen(result.value());
            done(result);
        });
    }
    void invalidate() override { m_inner->invalidate(); }

private:
    std::unique_ptr<CredentialsProvider> m_inner;
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
    connect(m_form, &ui::ConnectionFormPanel::connectRequested, this, &AppController::connectWith);
    connect(m_form, &ui::ConnectionFormPanel::disconnectRequested, this, &AppController::disconnectNow);
    connect(m_window, &ui::MainWindow::probeMasterRequested, this, &AppController::probeMaster);
    connect(m_window, &ui::MainWindow::exportDiagnosticsRequested, this, &AppController::exportDiagnostics);
    connect(m_window, &ui::MainWindow::checkAccessRequested, this, &AppController::checkAccess);
    connect(m_window, &ui::MainWindow::iceServersRequested, this, &AppController::showIceServers);
    connect(m_window, &ui::MainWindow::networkTestRequested, this, &AppController::showNetworkTest);
    connect(m_window, &ui::MainWindow::customOfferRequested, this, &AppController::editCustomOffer);
    connect(m_window, &ui::MainWindow::identityRequested, this, &AppController::showIdentity);
    connect(m_window, &ui::MainWindow::channelListRequested, this, &AppController::showChannelPicker);
    connect(m_window, &ui::MainWindow::presignedUrlRequested, this, &AppController::showPresignedUrl);
    connect(m_window, &ui::MainWindow::openDiagnosticsRequested, this, &AppController::openDiagnostics);
    connect(m_form, &ui::ConnectionFormPanel::channelListRequested, this, &AppController::showChannelPicker);
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
    delete m_accessDialog;
    delete m_iceDialog;
    delete m_offerDialog;
    delete m_networkDialog;
    delete m_identityDialog;
    delete m_channelDialog;
    delete m_presignedDialog;
    m_identity.reset();
    m_channelLister.reset();
    m_accessCheck.reset();
    m_iceFetch.reset();
    m_networkTest.reset();
    m_networkFetch.reset();
    m_probe.reset();
    m_media.reset();
    if (m_controller)
        m_controller->disconnect(this);
}

ui::AccessCheckDialog *AppController::accessCheckDialog() const
{
    return m_accessDialog;
}

ui::IceServersDialog *AppController::iceServersDialog() const
{
    return m_iceDialog;
}

ui::NetworkTestDialog *AppController::networkTestDialog() const
{
    return m_networkDialog;
}

ui::CustomOfferDialog *AppController::customOfferDialog() const
{
    return m_offerDialog;
}

ui::IdentityDialog *AppController::identityDialog() const
{
    return m_identityDialog;
}

ui::ChannelPickerDialog *AppController::channelPickerDialog() const
{
    return m_channelDialog;
}

ui::PresignedUrlDialog *AppController::presignedUrlDialog() const
{
    return m_presignedDialog;
}

AppController::CredentialSource AppController::makeCredentials(const ConnectionForm &form)
{
    CredentialSource source;
    if (form.credentialMode == CredentialMode::Manual) {
        registerSecret(form.secretAccessKey);
        registerSecret(form.sessionToken);
        ResolvedCredentials typed;
        typed.credentials = {form.accessKeyId, form.secretAccessKey, form.sessionToken};
        typed.source = tr("keys typed into the form");
        source.provider = std::make_unique<StaticCredentialsProvider>(typed);
        return source;
    }
    CredentialChainOptions options;
    options.environment = QProcessEnvironment::systemEnvironment();
    if (form.credentialMode == CredentialMode::Profile)
        options.explicitProfile = form.profile;
    source.chain =
        std::make_unique<CredentialChain>(options, m_clock, m_network.get(), m_processRunner.get());
    source.provider = std::make_unique<ChainCredentialsProvider>(*source.chain);
    return source;
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
    m_credentials.provider = std::make_unique<ObservedCredentialsProvider>(
        std::move(m_credentials.provider), [this, panel](const ResolvedCredentials &credentials) {
            if (!panel)
                return;
            // The panel counts in run time: place the expiry on that scale.
            std::optional<qint64> expiresAt;
            if (credentials.expires())
                expiresAt = runElapsedMs() + m_clock.now().msecsTo(credentials.expiration);
            panel->setCredentialExpiry(redact(credentials.source), expiresAt);
        });
    m_runTimer.start();
    ConnectionDependencies deps = dependencies(m_credentials.provider.get());
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

std::unique_ptr<AccessCheck> AppController::makeCheck(AccessCheck::Scope scope, CredentialSource &source,
                                                      QString *problem)
{
    const ConnectionForm form = m_form->connectionForm(); // an empty region field gets the region that wins
    const Result<ConnectionPlan> plan = planConnection(form, QProcessEnvironment::systemEnvironment());
    if (!plan) {
        *problem = tr("Fix the connection form first: %1").arg(plan.error().message);
        return nullptr;
    }
    source = makeCredentials(form);
    return std::make_unique<AccessCheck>(plan->target, plan->settings, dependencies(source.provider.get()),
                                         scope);
}

void AppController::checkAccess()
{
    if (!m_accessDialog) {
        m_accessDialog = new ui::AccessCheckDialog(m_window);
        connect(m_accessDialog, &ui::AccessCheckDialog::runRequested, this, &AppController::runAccessCheck);
    }
    m_accessDialog->show();
    m_accessDialog->raise();
    m_accessDialog->activateWindow();
    if (!m_accessCheck || !m_accessCheck->isRunning())
        runAccessCheck();
}

void AppController::runAccessCheck()
{
    if (m_accessCheck && m_accessCheck->isRunning())
        return;
    m_accessDialog->setCheck(nullptr);
    m_accessCheck.reset();
    QString problem;
    m_accessCheck = makeCheck(AccessCheck::Scope::Full, m_accessCredentials, &problem);
    if (!m_accessCheck) {
        m_accessDialog->showProblem(problem);
        return;
    }
    m_accessCheck->start();
    m_accessDialog->setCheck(m_accessCheck.get());
}

void AppController::showIceServers()
{
    if (!m_iceDialog) {
        m_iceDialog = new ui::IceServersDialog(m_clock, m_window);
        connect(m_iceDialog, &ui::IceServersDialog::runRequested, this, &AppController::runIceFetch);
    }
    m_iceDialog->show();
    m_iceDialog->raise();
    m_iceDialog->activateWindow();
    if (!m_iceFetch || !m_iceFetch->isRunning())
        runIceFetch();
}

void AppController::runIceFetch()
{
    if (m_iceFetch && m_iceFetch->isRunning())
        return;
    m_iceDialog->setCheck(nullptr);
    m_iceFetch.reset();
    QString problem;
    m_iceFetch = makeCheck(AccessCheck::Scope::UntilIceServers, m_iceCredentials, &problem);
    if (!m_iceFetch) {
        m_iceDialog->showProblem(problem);
        return;
    }
    m_iceFetch->start();
    m_iceDialog->setCheck(m_iceFetch.get());
}

void AppController::showNetworkTest()
{
    if (!m_networkDialog) {
        m_networkDialog = new ui::NetworkTestDialog(m_window);
        connect(m_networkDialog, &ui::NetworkTestDialog::runRequested, this, &AppController::runNetworkTest);
    }
    m_networkDialog->show();
    m_networkDialog->raise();
    m_networkDialog->activateWindow();
    if (!(m_networkFetch && m_networkFetch->isRunning()) && !(m_networkTest && m_networkTest->isRunning()))
        runNetworkTest();
}

void AppController::runNetworkTest()
{
    if ((m_networkFetch && m_networkFetch->isRunning()) || (m_networkTest && m_networkTest->isRunning()))
        return;
    m_networkTest.reset();
    m_networkFetch.reset();
    m_networkDialog->startRun(0);
    m_networkDialog->setFinished(tr("Fetching the channel's ICE servers…"), QString(), QString());
    QString problem;
    m_networkFetch = makeCheck(AccessCheck::Scope::UntilIceServers, m_networkCredentials, &problem);
    if (!m_networkFetch) {
        m_networkDialog->showProblem(problem);
        return;
    }
    connect(m_networkFetch.get(), &AccessCheck::finished, this, &AppController::onNetworkIceServers);
    m_networkFetch->start();
}

void AppController::onNetworkIceServers()
{
    const AccessCheckResult result = m_networkFetch->result();
    if (!result.iceConfig) {
        const CheckStep *failed = result.firstFailure();
        m_networkDialog->showProblem(redact(failed
                                                ? tr("The ICE servers could not be fetched: %1 failed: %2 %3")
                                                      .arg(failed->name, failed->errorType, failed->message)
                                                : tr("The ICE servers could not be fetched.")));
        return;
    }
    media::NetworkTest::Options options;
    options.environment = QProcessEnvironment::systemEnvironment(); // the proxy the media would use
    m_networkTest =
        std::make_unique<media::NetworkTest>(media::networkPathsFrom(*result.iceConfig), std::move(options));
    m_networkDialog->startRun(static_cast<int>(m_networkTest->report().rows.size()));
    for (int i = 0; i < m_networkTest->report().rows.size(); ++i)
        showNetworkRow(i, m_networkTest->report().rows.at(i));
    connect(m_networkTest.get(), &media::NetworkTest::rowChanged, this, &AppController::showNetworkRow);
    connect(m_networkTest.get(), &media::NetworkTest::finished, this,
            [this](const media::NetworkTestReport &report) {
                const QString local = tr("Local addresses: %1. VPN-like interface: %2.")
                                          .arg(report.local.addresses.isEmpty()
                                                   ? tr("none")
                                                   : report.local.addresses.join(QStringLiteral(", ")),
                                               report.local.vpnInterfaces.isEmpty()
                                                   ? tr("none")
                                                   : report.local.vpnInterfaces.join(QStringLiteral(", ")));
                m_networkDialog->setFinished(report.verdict(), local, redact(report.text()));
            });
    m_networkTest->start();
}

void AppController::showNetworkRow(int index, const media::NetworkPathResult &row)
{
    if (!m_networkDialog)
        return;
    ui::NetworkTestRowView view;
    switch (row.status) {
    case media::NetworkPathStatus::Pending:
        view.state = ui::NetworkTestRowView::State::Pending;
        break;
    case media::NetworkPathStatus::Running:
        view.state = ui::NetworkTestRowView::State::Running;
        break;
    case media::NetworkPathStatus::Passed:
        view.state = ui::NetworkTestRowView::State::Passed;
        break;
    case media::NetworkPathStatus::Failed:
        view.state = ui::NetworkTestRowView::State::Failed;
        break;
    }
    view.path = media::networkPathKindName(row.path.kind);
    view.server = row.path.server;
    view.elapsedMs = row.elapsedMs;
    if (row.passed())
        view.outcome = row.address.isEmpty() ? row.detail : row.address;
    else if (row.status == media::NetworkPathStatus::Failed)
        view.outcome = media::networkPathFailureName(row.failure) + QStringLiteral(": ") + row.detail;
    if (!row.tls.isEmpty() && row.status != media::NetworkPathStatus::Running)
        view.outcome += QStringLiteral(" [") + row.tls + u']';
    if (!row.proxy.isEmpty())
        view.outcome += u' ' + tr("(through the HTTP proxy %1)").arg(row.proxy);
    m_networkDialog->setRow(index, view);
}

void AppController::showIdentity()
{
    if (!m_identityDialog) {
        m_identityDialog = new ui::IdentityDialog(m_clock, m_window);
        connect(m_identityDialog, &ui::IdentityDialog::runRequested, this, &AppController::runIdentity);
    }
    m_identityDialog->show();
    m_identityDialog->raise();
    m_identityDialog->activateWindow();
    if (!m_identity || !m_identity->isRunning())
        runIdentity();
}

void AppController::runIdentity()
{
    if (m_identity && m_identity->isRunning())
        return;
    m_identityDialog->setLookup(nullptr);
    m_identity.reset();
    const ConnectionForm form = m_form->connectionForm(); // an empty region field gets the region that wins
    const Result<AccountPlan> plan = planAccountCalls(form, QProcessEnvironment::systemEnvironment());
    if (!plan) {
        m_identityDialog->showProblem(tr("Fix the connection form first: %1").arg(plan.error().message));
        return;
    }
    m_identityCredentials = makeCredentials(form);
    m_identity = std::make_unique<IdentityLookup>(*m_identityCredentials.provider, m_clock, plan.value());
    m_identity->start();
    m_identityDialog->setLookup(m_identity.get());
}

void AppController::openDiagnostics()
{
    const QString path = ui::Dialogs::chooseOpenFileName(m_window, tr("Open diagnostics"), QString(),
                                                         tr("Diagnostics exports (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDiagnosticsFile(path);
}

ui::DiagnosticsViewer *AppController::openDiagnosticsFile(const QString &path)
{
    auto fail = [&](const QString &message) {
        Failure failure;
        failure.step = tr("Open diagnostics");
        failure.errorType = QStringLiteral("InvalidDiagnostics");
        failure.message = redact(message);
        Explanation words;
        words.title = tr("These diagnostics cannot be shown");
        words.whatHappened = redact(QFileInfo(path).fileName() + QStringLiteral(": ") + message);
        words.nextSteps = {tr("Ask for the file made with File › Export diagnostics again, unchanged.")};
        ui::Dialogs::showFailure(m_window, failure, words);
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    // Bounded before reading: a huge file, a device or a FIFO is refused, not slurped.
    const Result<DiagnosticsFile> parsed = DiagnosticsFile::parse(file.read(DiagnosticsFile::kMaxBytes + 1));
    if (!parsed)
        return fail(parsed.error().message);
    auto *viewer = new ui::DiagnosticsViewer(parsed.value(), QFileInfo(path).fileName(), m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void AppController::showPresignedUrl()
{
    if (!m_presignedDialog) {
        m_presignedDialog = new ui::PresignedUrlDialog(m_clock, m_window);
        connect(m_presignedDialog, &ui::PresignedUrlDialog::connectRequested, this,
                &AppController::connectWithPresignedUrl);
        connect(m_presignedDialog, &ui::PresignedUrlDialog::useInFormRequested, this,
                [this](const QString &channelArn, const QString &region, const QString &clientId) {
                    ConnectionForm form = m_form->form();
                    form.channel = channelArn;
                    form.region = region;
                    if (!clientId.isEmpty())
                        form.clientId = clientId;
                    m_form->setForm(form);
                });
    }
    m_presignedDialog->show();
    m_presignedDialog->raise();
    m_presignedDialog->activateWindow();
}

void AppController::showChannelPicker()
{
    if (!m_channelDialog) {
        m_channelDialog = new ui::ChannelPickerDialog(m_window);
        connect(m_channelDialog, &ui::ChannelPickerDialog::runRequested, this,
                &AppController::runChannelList);
        connect(m_channelDialog, &ui::ChannelPickerDialog::channelChosen, m_form,
                &ui::ConnectionFormPanel::setChannel);
    }
    m_channelDialog->show();
    m_channelDialog->raise();
    m_channelDialog->activateWindow();
    if (!m_channelLister || !m_channelLister->isRunning())
        runChannelList();
}

void AppController::runChannelList()
{
    if (m_channelLister && m_channelLister->isRunning())
        return;
    m_channelDialog->setLister(nullptr);
    m_channelLister.reset();
    const ConnectionForm form = m_form->connectionForm(); // an empty region field gets the region that wins
    const Result<AccountPlan> plan = planAccountCalls(form, QProcessEnvironment::systemEnvironment());
    if (!plan) {
        m_channelDialog->showProblem(tr("Fix the connection form first: %1").arg(plan.error().message));
        return;
    }
    m_listCredentials = makeCredentials(form);
    m_channelLister = std::make_unique<ChannelLister>(*m_listCredentials.provider, m_clock, plan.value());
    m_channelLister->start();
    m_channelDialog->setLister(m_channelLister.get());
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
    m_offerDialog->show();
    m_offerDialog->raise();
    m_offerDialog->activateWindow();
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
    if (m_networkTest && m_networkTest->report().finished)
        report.addSection(QStringLiteral("networkTest"), m_networkTest->report().toJson());
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
            steps.append(eventFieldsWithTime(event));
        } else if (const auto *stats = event.as<StatsEvent>()) {
            const double value = stats->fps;
            ++statsReports;
            fpsSum += value;
            fpsMin = fpsMin < 0 ? value : qMin(fpsMin, value);
            fpsMax = qMax(fpsMax, value);
            bitrateMax = qMax(bitrateMax, stats->bitrateKbps);
            lost = stats->packetsLost;
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
