#include "appcontroller.h"

#include "connectioncontroller.h"
#include "connectionformpanel.h"
#include "connectionpanel.h"
#include "credentialchain.h"
#include "credentialprocess.h"
#include "credentialsprovider.h"
#include "diagnosticsreport.h"
#include "errordialog.h"
#include "eventlog.h"
#include "mainwindow.h"
#include "masterprobe.h"
#include "redaction.h"
#include "retrypolicy.h"
#include "tlsoptions.h"

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
    connect(m_form, &ui::ConnectionFormPanel::connectRequested, this, &AppController::connectWith);
    connect(m_form, &ui::ConnectionFormPanel::disconnectRequested, this, &AppController::disconnectNow);
    connect(m_window, &ui::MainWindow::probeMasterRequested, this, &AppController::probeMaster);
    connect(m_window, &ui::MainWindow::exportDiagnosticsRequested, this, &AppController::exportDiagnostics);
    connect(m_panel, &ui::ConnectionPanel::cancelRetryRequested, this, [this] {
        if (m_controller)
            m_controller->cancelRetry();
    });
    connect(m_panel, &ui::ConnectionPanel::newClientIdRequested, m_form,
            &ui::ConnectionFormPanel::useNewClientId);
    connect(m_panel, &ui::ConnectionPanel::retryNowRequested, this, [this] {
        if (m_controller)
            m_controller->retryNow();
    });
}

AppController::~AppController()
{
    m_probe.reset();
    if (m_controller)
        m_controller->disconnect(this);
}

std::unique_ptr<CredentialsProvider> AppController::makeCredentials(const ConnectionForm &form)
{
    if (form.credentialMode == CredentialMode::Manual) {
        registerSecret(form.secretAccessKey);
        registerSecret(form.sessionToken);
        ResolvedCredentials typed;
        typed.credentials = {form.accessKeyId, form.secretAccessKey, form.sessionToken};
        typed.source = tr("keys typed into the form");
        return std::make_unique<StaticCredentialsProvider>(typed);
    }
    CredentialChainOptions options;
    options.environment = QProcessEnvironment::systemEnvironment();
    if (form.credentialMode == CredentialMode::Profile)
        options.explicitProfile = form.profile;
    m_chain = std::make_unique<CredentialChain>(options, m_clock, m_network.get(), m_processRunner.get());
    return std::make_unique<ChainCredentialsProvider>(*m_chain);
}

void AppController::connectWith(const ConnectionForm &form)
{
    const FormValidation validation = validateConnectionForm(form, true);
    if (!validation.canConnect() || !validation.channel)
        return;
    m_probe.reset(); // it refers to the controller that goes away here
    m_window->setProbeAvailable(false);
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->stop();
        m_controller.release()->deleteLater();
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    ConnectionTarget target;
    if (validation.channel->isArn())
        target.channelArn = validation.channel->arn->toString();
    else
        target.channelName = validation.channel->name;
    target.region = validation.effectiveRegion;
    target.clientId = form.clientId;
    target.endpoint.explicitUrl = form.endpointOverride;
    target.endpoint.fips = form.fips;
    target.endpoint.dualStack = form.dualStack;

    ConnectionSettings settings;
    settings.retry.maxAttempts = qMax(1, form.maxRetries);
    settings.environment = environment;
    const auto tls = TlsOptions::resolve(form.caFile, environment);
    m_log->clear();
    m_panel->clear();
    m_failureShown = false;
    if (!tls) {
        Failure failure;
        failure.step = QStringLiteral("Connection");
        failure.errorType = QStringLiteral("TlsError");
        failure.message = tls.error().message;
        ui::Dialogs::showFailure(m_window, failure);
        return;
    }
    settings.tls = tls.value();

    const QPointer<ui::ConnectionPanel> panel(m_panel);
    m_credentials = std::make_unique<ObservedCredentialsProvider>(
        makeCredentials(form), [this, panel](const ResolvedCredentials &credentials) {
            if (!panel)
                return;
            // The panel counts in run time: place the expiry on that scale.
            std::optional<qint64> expiresAt;
            if (credentials.expires())
                expiresAt = runElapsedMs() + m_clock.now().msecsTo(credentials.expiration);
            panel->setCredentialExpiry(redact(credentials.source), expiresAt);
        });
    m_runTimer.start();
    ConnectionDependencies dependencies;
    dependencies.clock = &m_clock;
    dependencies.network = m_network.get();
    dependencies.credentials = m_credentials.get();
    dependencies.rateLimiter = m_rateLimiter.get();
    dependencies.random = [] {
        return QRandomGenerator::global()->generateDouble();
    };
    dependencies.eventLog = m_log;
    dependencies.runTimer = &m_runTimer;
    m_controller = std::make_unique<ConnectionController>(target, settings, dependencies);
    connect(m_controller.get(), &ConnectionController::stateChanged, this, &AppController::onStateChanged);
    connect(m_controller.get(), &ConnectionController::eventOccurred, m_panel,
            &ui::ConnectionPanel::applyEvent);
    m_form->setConnectionActive(true);
    m_controller->start();
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
    if (!m_probe) {
        m_probe = std::make_unique<MasterProbe>(
            *m_controller, [] { return QRandomGenerator::global()->generateDouble(); }, kProbeTimeoutMs);
        connect(m_probe.get(), &MasterProbe::finished, this, &AppController::onProbeFinished);
    }
    m_panel->showProbeResult(tr("Probing the master…"));
    m_probe->start();
    updateProbeAvailable();
}

void AppController::onProbeFinished(const ProbeResult &result)
{
    // The probe has already put its result in the log through the controller's events.
    m_panel->showProbeResult(result.text());
    updateProbeAvailable();
}

void AppController::updateProbeAvailable()
{
    m_window->setProbeAvailable(m_controller && m_controller->state() == ConnectionState::Connected &&
                                !(m_probe && m_probe->isRunning()));
}

void AppController::exportDiagnostics()
{
    m_window->exportDiagnostics(DiagnosticsReport(m_form->form(), *m_log).text());
}

void AppController::onStateChanged(ConnectionState state)
{
    m_panel->setState(state);
    updateProbeAvailable();
    m_window->statusBar()->showMessage(ui::ConnectionPanel::stateText(state));
    m_form->setConnectionActive(!isTerminal(state) && state != ConnectionState::Idle);
    emit stateChanged(state);
    // A failed user action gets one dialog; background retries only show in the panel and the log.
    if ((state == ConnectionState::Failed || state == ConnectionState::Replaced) && !m_failureShown &&
        m_controller && m_controller->lastFailure()) {
        m_failureShown = true;
        const ConnectionFailure &f = *m_controller->lastFailure();
        Failure failure;
        failure.step = f.step;
        failure.httpStatus = f.httpStatus;
        failure.errorType = f.errorType;
        failure.message = f.message;
        failure.requestId = f.requestId;
        failure.channelArn = m_controller->channelArn();
        failure.region = m_controller->target().region;
        if (m_controller->clockSkew().measuredOffsetMs() != 0)
            failure.clockSkewMs = m_controller->clockSkew().measuredOffsetMs();
        ui::Dialogs::showFailure(m_window, failure);
    }
}

} // namespace kvs
