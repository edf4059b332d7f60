// Over 400 lines on purpose: this is the orchestration only — the state machine's transitions, the retry and
// give-up decisions, and stop/cancel. Each job it used to do lives in its own class: ConnectFlow
// (control-plane steps), SignalingSession (the socket), HandshakeDiagnostics + judgeRefusal (refusals),
// TakeoverDetector, ConnectionReporter (events). What remains shares one state and one generation counter;
// spread over files it would be harder to follow, not easier.
#include "core/connection/connectioncontroller.h"

#include "core/aws/environmentproxy.h"
#include "core/aws/sigv4.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/connection/refusalverdict.h"
#include "core/credentials/credentialsprovider.h"
#include "core/events/eventjson.h"
#include "core/events/eventlog.h"
#include "core/events/failureexplainer.h"
#include "core/signaling/handshakediagnostics.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace kvs {

namespace {

/// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionController)
};

const QString kStepPresign = stepName(Step::Presign);
const QString kStepConnect = stepName(Step::ConnectAsViewer);
const QString kStepConnection = stepName(Step::Connection);

QTimer *singleShotTimer(QObject *parent)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    return timer;
}

QString giveUpText(GiveUpReason reason, int attempts)
{
    switch (reason) {
    case GiveUpReason::NotRetryable:
        return Text::tr("not retryable");
    case GiveUpReason::MaxAttempts:
        return Text::tr("gave up after %1 attempts").arg(attempts);
    case GiveUpReason::MaxElapsed:
        return Text::tr("gave up: the retry time budget ran out after %1 attempts").arg(attempts);
    case GiveUpReason::None:
        break;
    }
    return QString();
}

} // namespace

ConnectionController::ConnectionController(ConnectionTarget target, ConnectionSettings settings,
                                           ConnectionDependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_settings(std::move(settings))
    , m_deps(std::move(dependencies))
    , m_reporter(*m_deps.clock, m_deps.eventLog, m_deps.runTimer,
                 [this](const EngineEvent &event) { emit eventOccurred(event); })
    , m_takeover({m_settings.takeoverThreshold, m_settings.shortLivedMs, m_settings.takeoverWindowMs})
    , m_policy(m_settings.retry, m_deps.random)
    , m_signingClock(*m_deps.clock, m_skew)
{
    Q_ASSERT(m_deps.clock && m_deps.credentials && m_deps.rateLimiter && m_deps.random);
    m_diagnostics = new HandshakeDiagnostics(*m_deps.clock, m_settings.tls, m_settings.handshakeTimeoutMs,
                                             m_deps.random, this);
    connect(m_diagnostics, &HandshakeDiagnostics::finished, this, &ConnectionController::onDiagnosisFinished);

    m_retryTimer = singleShotTimer(this);
    connect(m_retryTimer, &QTimer::timeout, this, &ConnectionController::fireRetry);
    m_session = new SignalingSession(
        {m_settings.tls, m_settings.pingIntervalMs, m_settings.pongTimeoutMs, m_settings.closeTimeoutMs},
        this);
    connect(m_session, &SignalingSession::opened, this, &ConnectionController::onSessionOpened);
    connect(m_session, &SignalingSession::openFailed, this, &ConnectionController::onOpenFailed);
    connect(m_session, &SignalingSession::closedDuringHandshake, this,
            &ConnectionController::onClosedDuringHandshake);
    connect(m_session, &SignalingSession::closed, this, &ConnectionController::onSessionClosed);
    connect(m_session, &SignalingSession::closeFinished, this, &ConnectionController::onCloseFinished);
    connect(m_session, &SignalingSession::linkDead, this, &ConnectionController::onLinkDead);
    connect(m_session, &SignalingSession::messageReceived, this, &ConnectionController::onMessage);
    connect(m_session, &SignalingSession::malformedMessage, this, [this](const Error &error) {
        ++m_messagesIn;
        m_reporter.malformedMessage(error);
    });
    connect(m_session, &SignalingSession::emptyFrameReceived, this, [this] { ++m_emptyFramesIn; });
    ConnectFlow::Hooks hooks;
    hooks.advanced = [this](ConnectionEvent event) {
        transition(event);
    };
    hooks.failed = [this](const Failure &failure, bool clockCorrected) {
        fail(failure, clockCorrected);
    };
    hooks.answered = [this] {
        reportSkewIfChanged();
    };
    hooks.iceConfigReceived = [this] {
        presignAndOpen();
    };
    hooks.iceConfigRefreshed = [this] {
        if (m_state == ConnectionState::Connected)
            transition(ConnectionEvent::IceConfigReceived);
        emit iceServersChanged();
    };
    m_flow = new ConnectFlow(m_target, m_settings, m_deps, m_skew, m_reporter, std::move(hooks), this);
    m_handshakeTimer = singleShotTimer(this);
    connect(m_handshakeTimer, &QTimer::timeout, this, &ConnectionController::onHandshakeTimeout);
    m_slotTimer = singleShotTimer(this);
    connect(m_slotTimer, &QTimer::timeout, this, &ConnectionController::signAndOpen);
}

ConnectionController::~ConnectionController()
{
    ++m_generation;
}

qint64 ConnectionController::elapsedMs() const
{
    return m_reporter.elapsedMs();
}

void ConnectionController::report(EventPayload event)
{
    m_reporter.report(std::move(event));
}

bool ConnectionController::transition(ConnectionEvent event)
{
    const std::optional<ConnectionState> next = nextState(m_state, event);
    if (!next) {
        m_reporter.ignoredEvent(event, m_state);
        return false;
    }
    if (*next == m_state)
        return true;
    m_state = *next;
    m_reporter.stateChanged(m_state, event);
    emit stateChanged(m_state);
    return true;
}

void ConnectionController::beginStep(const QString &name)
{
    m_reporter.stepStarted(name, m_attempts);
}

void ConnectionController::endStep(bool ok, const QString &detail)
{
    m_reporter.stepEnded(ok, m_attempts, detail);
}

void ConnectionController::start()
{
    if (m_state != ConnectionState::Idle && !isTerminal(m_state))
        return;
    m_reporter.startRunClock();
    m_reporter.beginRun();
    ++m_generation;
    m_failedAttempts = 0;
    m_attempts = 0;
    m_skewRetryUsed = false;
    m_cancelled = false;
    m_connectCount = 0;
    m_messagesIn = 0;
    m_messagesOut = 0;
    m_lastFailure.reset();
    m_pendingFailure.reset();
    m_takeover.reset();
    m_seriesTimer.start();
    if (m_target.usesPresignedUrl()) {
        if (!transition(ConnectionEvent::StartWithPresignedUrl))
            return;
        const QUrl url = QUrl::fromEncoded(m_target.presignedUrl, QUrl::StrictMode);
        m_reporter.presignedUrlGiven(url.adjusted(QUrl::RemoveQuery).toString(), channelArn(), m_target);
        runFlow();
        return;
    }
    if (!transition(ConnectionEvent::Start))
        return;

    const auto endpoint = m_flow->beginRun();
    if (!endpoint) {
        giveUp({stepName(Step::Configuration), ErrorClass::InvalidArgument, endpoint.error().code,
                endpoint.error().message},
               giveUpText(GiveUpReason::NotRetryable, 0));
        return;
    }
    runFlow();
}

void ConnectionController::runFlow()
{
    ++m_generation;
    ++m_attempts;
    if (m_target.usesPresignedUrl())
        presignAndOpen();
    else
        m_flow->startAttempt(m_attempts);
}

void ConnectionController::refreshIceServers()
{
    if (m_state == ConnectionState::Connected)
        m_flow->refreshIceConfig(m_attempts);
}

void ConnectionController::presignAndOpen()
{
    if (m_state != ConnectionState::Signing)
        return;
    if (!m_target.usesPresignedUrl())
        beginStep(kStepPresign);
    const qint64 waitMs = m_deps.rateLimiter->reserve(channelArn());
    if (waitMs > 0) {
        m_reporter.waitingForConnectSlot(waitMs);
        m_slotTimer->start(int(waitMs));
        return;
    }
    signAndOpen();
}

void ConnectionController::signAndOpen()
{
    if (m_state != ConnectionState::Signing)
        return;
    if (m_target.usesPresignedUrl()) {
        m_presignedUrl = m_target.presignedUrl;
        transition(ConnectionEvent::UrlSigned);
        openSocket();
        return;
    }
    const Result<QByteArray> url = m_flow->presign(m_signingClock);
    if (!url) {
        fail({kStepPresign, ErrorClass::Other, url.error().code, url.error().message, 0, QString()});
        return;
    }
    m_presignedUrl = url.value();
    endStep(true);
    transition(ConnectionEvent::UrlSigned);
    openSocket();
}

void ConnectionController::openSocket()
{
    beginStep(kStepConnect);
    dropSocket(true);
    // The WebSocket follows the same proxy rules as the HTTPS calls (a QWebSocket's own socket would not
    // read https_proxy); the proxy is named once per host, never with its credentials.
    const QUrl socketUrl = QUrl::fromEncoded(m_presignedUrl, QUrl::StrictMode);
    // As GetSignalingChannelEndpoint named it (or the given URL up to its query), for the timeline.
    m_wssEndpoint = m_target.usesPresignedUrl() || !m_flow->signalingEndpoints()
                        ? QString::fromLatin1(m_presignedUrl.left(m_presignedUrl.indexOf('?')))
                        : m_flow->signalingEndpoints()->wss;
    const ProxyChoice proxy = chooseProxy(socketUrl, m_settings.environment);
    m_reporter.proxyChosen(QStringLiteral("Signaling WebSocket"), socketUrl, proxy);
    m_handshakeTimer->start(m_settings.handshakeTimeoutMs);
    // Noted before the handshake: the service may close our older socket before this one's 101 arrives.
    m_openTicket = m_deps.rateLimiter->noteOpened(channelArn(), m_target.clientId);
    m_session->open(socketUrl, proxy.proxy);
}

QString ConnectionController::channelArn() const
{
    const QString learned = m_flow->channelArn();
    return learned.isEmpty() ? m_target.channelArn : learned;
}

ProxyChoice ConnectionController::proxyFor(const QString &what, const QUrl &url)
{
    const ProxyChoice proxy = chooseProxy(url, m_settings.environment);
    m_reporter.proxyChosen(what, url, proxy);
    return proxy;
}

void ConnectionController::onSessionOpened()
{
    m_handshakeTimer->stop();
    endStep(true);
    ++m_connectCount;
    // A working connection starts a new retry series.
    m_failedAttempts = 0;
    m_skewRetryUsed = false;
    m_pendingFailure.reset();
    m_seriesTimer.start();
    transition(ConnectionEvent::SocketOpened); // last: listeners may stop() right away
}

void ConnectionController::onOpenFailed(const SignalingSession::OpenFailure &failure)
{
    if (m_state != ConnectionState::Connecting)
        return;
    m_handshakeTimer->stop();
    const QString &text = failure.errorText;
    // What the refusal itself said (Qt names the status for most codes): the replay is another request and
    // may be answered differently.
    m_refusedStatus = failure.refusedStatus;
    if (failure.kind == SignalingSession::OpenFailure::Kind::Refused) {
        m_reporter.upgradeRefused();
        const qint64 waitMs = m_deps.rateLimiter->reserve(channelArn());
        const quint64 generation = m_generation;
        QTimer::singleShot(std::max<qint64>(0, waitMs), this, [this, generation] {
            if (generation == m_generation && m_state == ConnectionState::Connecting)
                m_diagnostics->replay(m_presignedUrl);
        });
        m_handshakeTimer->start(m_settings.handshakeTimeoutMs + int(waitMs) + 1000);
        return;
    }
    if (failure.kind == SignalingSession::OpenFailure::Kind::Tls) {
        fail({kStepConnect, ErrorClass::Other, QStringLiteral("TlsError"),
              redact(Text::tr("TLS handshake with the signaling endpoint failed: %1")
                         .arg(failure.sslErrors.isEmpty() ? text : failure.sslErrors)),
              0, QString()});
        return;
    }
    fail({kStepConnect, ErrorClass::Network, QStringLiteral("NetworkError"),
          Text::tr("Could not open the WebSocket: %1").arg(text), 0, QString()});
}

void ConnectionController::onDiagnosisFinished()
{
    if (m_state != ConnectionState::Connecting)
        return;
    m_handshakeTimer->stop();
    const HandshakeRejection &rejection = m_diagnostics->result();
    bool skewChanged = false;
    if (rejection.serverDate)
        skewChanged = m_skew.addHttpDate(*rejection.serverDate, rejection.receivedAt);
    if (rejection.signatureTime)
        skewChanged =
            m_skew.addServerTime(rejection.signatureTime->serverTime, rejection.receivedAt) || skewChanged;
    const RefusalVerdict verdict = judgeRefusal(rejection, m_refusedStatus, m_wssEndpoint);
    if (verdict.replayAnswer)
        reportHttp(*verdict.replayAnswer);
    reportSkewIfChanged();
    if (!verdict.said.isEmpty())
        m_reporter.info(verdict.said);
    if (verdict.firstAnswer)
        reportHttp(*verdict.firstAnswer);
    // Only a signature-time refusal is the clock's fault: a permission 403 is not retried for a skew.
    fail(verdict.failure, skewChanged && verdict.signatureTime);
}

void ConnectionController::onHandshakeTimeout()
{
    if (m_state != ConnectionState::Connecting)
        return;
    m_diagnostics->abort();
    dropSocket(true);
    fail({kStepConnect, ErrorClass::Timeout, QStringLiteral("Timeout"),
          Text::tr("The WebSocket handshake got no answer within %1.")
              .arg(formatDuration(m_settings.handshakeTimeoutMs)),
          0, QString()});
}

void ConnectionController::onCloseFinished()
{
    if (m_state != ConnectionState::Closing)
        return;
    transition(ConnectionEvent::SocketClosed);
    finishRun();
}

void ConnectionController::onClosedDuringHandshake()
{
    if (m_state != ConnectionState::Connecting)
        return;
    m_handshakeTimer->stop();
    fail({kStepConnect, ErrorClass::Network, QStringLiteral("NetworkError"),
          Text::tr("The connection closed during the WebSocket handshake."), 0, QString()});
}

void ConnectionController::onSessionClosed(const SignalingSession::Close &how)
{
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Reconnecting)
        return;
    const int code = how.code;
    const bool cut = how.cut;
    const bool protocolError = how.protocolError;
    const QString &reason = how.reason;
    const qint64 livedMs = how.openForMs;
    stopTimers();
    if (protocolError) {
        const QString what = protocolErrorWhat(code);
        // Qt closes with these codes itself when the other end breaks the WebSocket protocol (and a peer
        // sends them for the same reason): not the service's policy, not a throttle, not another client.
        const QString message =
            Text::tr("The WebSocket connection failed with a protocol error (code %1: %2): %3. A server that "
                     "does this is broken or is not the signaling service.")
                .arg(code)
                .arg(reason.isEmpty() ? QStringLiteral("-") : reason, what);
        m_reporter.linkClosed(message, code, reason, livedMs);
        linkLost(ErrorClass::Other, QStringLiteral("ProtocolError"), message);
        return;
    }
    const QString message =
        cut ? Text::tr("The connection was lost without a close frame (code %1) after %2.")
                  .arg(code)
                  .arg(formatDuration(livedMs))
        : reason.isEmpty() ? Text::tr("The service closed the connection (code %1) after %2.")
                                 .arg(code)
                                 .arg(formatDuration(livedMs))
                           : Text::tr("The service closed the connection (code %1: %2) after %3.")
                                 .arg(code)
                                 .arg(reason, formatDuration(livedMs));
    m_reporter.linkClosed(message, code, reason, livedMs);
    // Takeover is judged from behaviour only (the service's close wording is unknown): another
    // connection of this process opened with our ClientId since ours, or repeated short-lived connections.
    if (m_deps.rateLimiter->openedSince(channelArn(), m_target.clientId, m_openTicket)) {
        takeover(Text::tr("Another connection with the same ClientId opened in this program just before "
                          "this one was closed (%1).")
                     .arg(message));
        return;
    }
    if (m_takeover.noteServiceClose(elapsedMs(), livedMs)) {
        takeover(Text::tr("The connection was closed soon after opening %1 times within %2 s.")
                     .arg(m_takeover.shortLivedCloses())
                     .arg(m_settings.takeoverWindowMs / 1000));
        return;
    }
    linkLost(cut ? ErrorClass::Network : ErrorClass::ServiceClose,
             cut ? QStringLiteral("NetworkError") : QStringLiteral("ServiceClose"), message);
}

QString ConnectionController::protocolErrorWhat(int closeCode)
{
    switch (closeCode) {
    case QWebSocketProtocol::CloseCodeProtocolError:
        return Text::tr("a malformed WebSocket frame");
    case QWebSocketProtocol::CloseCodeDatatypeNotSupported:
        return Text::tr("a kind of data the other end cannot take");
    case QWebSocketProtocol::CloseCodeWrongDatatype:
        return Text::tr("a text message that is not valid UTF-8");
    case QWebSocketProtocol::CloseCodeTooMuchData:
        return Text::tr("a message larger than the limit (%1 bytes on this side)")
            .arg(kMaxIncomingWebSocketMessageBytes);
    default:
        return QString();
    }
}

void ConnectionController::onMessage(const SignalingMessage &message)
{
    ++m_messagesIn;
    m_reporter.messageIn(message);
    emit messageReceived(message);
    switch (message.type) {
    case SignalingMessageType::GoAway:
        onGoAway();
        break;
    case SignalingMessageType::ReconnectIceServer:
        if (m_state == ConnectionState::Connected)
            m_flow->refreshIceConfig(m_attempts);
        break;
    case SignalingMessageType::StatusResponse:
        if (message.statusResponse && !message.statusResponse->success)
            m_reporter.messageRefused(*message.statusResponse);
        break;
    default:
        break;
    }
}

bool ConnectionController::sendMessage(const QByteArray &frame, const QString &messageType,
                                       const QString &summary)
{
    if (m_state != ConnectionState::Connected || !m_session->send(QString::fromUtf8(frame)))
        return false;
    ++m_messagesOut;
    m_reporter.messageOut(frame, messageType, summary);
    return true;
}

void ConnectionController::onGoAway()
{
    if (m_state != ConnectionState::Connected)
        return;
    transition(ConnectionEvent::GoAwayReceived);
    stopTimers();
    m_reporter.goingAway(m_settings.retry.maxAttempts);
    dropSocket(false);
    fireRetry();
}

void ConnectionController::onLinkDead()
{
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Reconnecting)
        return;
    const QString message = Text::tr("No pong within %1 of a ping: the link is dead.")
                                .arg(formatDuration(m_settings.pongTimeoutMs));
    m_reporter.warning(message);
    dropSocket(true);
    linkLost(ErrorClass::Timeout, QStringLiteral("Timeout"), message);
}

void ConnectionController::linkLost(ErrorClass errorClass, const QString &errorType, const QString &message)
{
    stopTimers();
    fail({kStepConnection, errorClass, errorType, message, 0, QString()});
}

Failure ConnectionController::explainable(const Failure &failure) const
{
    Failure f = failure; // what happened, plus this run's context below
    f.channelArn = channelArn();
    f.region = m_target.region;
    f.surface = m_settings.surface;
    f.presignedUrlGiven = m_target.usesPresignedUrl();
    if (m_skew.hasSample())
        f.clockSkewMs = -m_skew.measuredOffsetMs();
    if (isTerminal(m_state))
        f.attemptsMade = qMax(1, m_failedAttempts);
    return f;
}

void ConnectionController::fail(const Failure &failure, bool clockCorrected)
{
    endStep(false, failure.errorType);
    m_lastFailure = failure;
    ++m_failedAttempts;
    RetryContext context;
    context.errorClass = failure.errorClass;
    context.failedAttempts = m_failedAttempts;
    context.elapsedMs = m_seriesTimer.elapsed();
    // A URL given as is cannot be signed again with the corrected clock: no skew retry.
    context.clockCorrected = clockCorrected && !m_target.usesPresignedUrl();
    context.skewRetryUsed = m_skewRetryUsed;
    const RetryDecision decision = m_policy.decide(context);
    if (!decision.retry) {
        giveUp(failure, giveUpText(decision.giveUpReason, m_failedAttempts));
        return;
    }
    if (decision.skewRetry)
        m_skewRetryUsed = true;
    const bool open = m_state == ConnectionState::Connected || m_state == ConnectionState::Reconnecting;
    transition(open ? ConnectionEvent::LinkLost : ConnectionEvent::RetryableFailure);
    m_pendingFailure = failure;
    const Explanation explanation = explainFailure(explainable(failure));
    m_reporter.retryScheduled(m_failedAttempts + 1, m_settings.retry.maxAttempts, decision.delayMs, failure,
                              decision.skewRetry
                                  ? Text::tr("The local clock was corrected to the service's time; "
                                             "retrying once at once.")
                                  // The countdown says why it waits: "the channel already has…"
                                  : explanation.whatHappened);
    m_retryTimer->start(int(decision.delayMs));
}

void ConnectionController::giveUp(const Failure &failure, const QString &why)
{
    stopTimers();
    ++m_generation;
    m_diagnostics->abort();
    dropSocket(true);
    m_lastFailure = failure;
    const Explanation explanation = explainFailure(explainable(failure));
    m_reporter.failed(failure, explanation, why);
    transition(ConnectionEvent::TerminalFailure);
    finishRun();
}

void ConnectionController::takeover(const QString &message)
{
    stopTimers();
    ++m_generation;
    dropSocket(true);
    const Failure failure{kStepConnection,
                          ErrorClass::Replaced,
                          QStringLiteral("Replaced"),
                          Text::tr("Another client is probably using the same ClientId (%1): %2")
                              .arg(m_target.clientId, message),
                          0,
                          QString()};
    m_lastFailure = failure;
    const Explanation explanation = explainFailure(explainable(failure));
    m_reporter.failed(failure, explanation, Text::tr("stopped to avoid flapping"));
    transition(ConnectionEvent::TakeoverDetected);
    finishRun();
}

void ConnectionController::fireRetry()
{
    m_retryTimer->stop();
    if (m_state != ConnectionState::BackingOff && m_state != ConnectionState::Reconnecting)
        return;
    transition(m_target.usesPresignedUrl() ? ConnectionEvent::RetryFiredWithPresignedUrl
                                           : ConnectionEvent::RetryFired);
    runFlow();
}

void ConnectionController::retryNow()
{
    if (m_state == ConnectionState::BackingOff)
        fireRetry();
}

void ConnectionController::cancelRetry()
{
    if (m_state != ConnectionState::BackingOff)
        return;
    // The user's choice ends the run as a stop does (Closed), not as a failure: the failure that caused
    // the backoff stays in the log, and the run says it was cancelled.
    stopTimers();
    ++m_generation;
    m_diagnostics->abort();
    dropSocket(true);
    m_cancelled = true;
    m_reporter.retryCancelled(m_pendingFailure);
    transition(ConnectionEvent::Stop);
    finishRun();
}

void ConnectionController::stop()
{
    if (m_state == ConnectionState::Connected || m_state == ConnectionState::Reconnecting) {
        stopTimers();
        ++m_generation;
        transition(ConnectionEvent::Stop);
        if (!m_session->close()) {
            transition(ConnectionEvent::SocketClosed);
            finishRun();
        }
        return;
    }
    if (!isActive(m_state))
        return;
    stopTimers();
    ++m_generation;
    m_diagnostics->abort();
    m_flow->abort();
    dropSocket(true);
    endStep(false, QStringLiteral("Stopped"));
    transition(ConnectionEvent::Stop);
    finishRun();
}

void ConnectionController::dropSocket(bool abortNow)
{
    m_handshakeTimer->stop();
    m_session->drop(abortNow);
}

void ConnectionController::stopTimers()
{
    m_retryTimer->stop();
    m_session->stopKeepalive();
    m_handshakeTimer->stop();
    m_slotTimer->stop();
}

void ConnectionController::reportHttp(const HttpExchange &exchange)
{
    m_reporter.http(exchange);
}

void ConnectionController::reportSkewIfChanged()
{
    if (m_skew.correctionMs() == m_reportedCorrectionMs)
        return;
    m_reportedCorrectionMs = m_skew.correctionMs();
    m_reporter.clockSkew(m_skew);
}

void ConnectionController::finishRun()
{
    m_reporter.summary(runSummary());
}

RunSummary ConnectionController::runSummary() const
{
    RunSummary summary;
    summary.outcome = m_state;
    summary.clientId = m_target.clientId;
    summary.channelArn = channelArn();
    summary.attempts = m_attempts;
    summary.connects = m_connectCount;
    summary.messagesIn = m_messagesIn;
    summary.messagesOut = m_messagesOut;
    summary.emptyFrames = m_emptyFramesIn;
    summary.durationMs = elapsedMs();
    if (m_skew.hasSample())
        summary.clockSkewMs = m_skew.measuredOffsetMs();
    summary.cancelled = m_cancelled && m_state == ConnectionState::Closed;
    if (m_lastFailure && (m_state == ConnectionState::Failed || m_state == ConnectionState::Replaced))
        summary.failure = m_lastFailure;
    return summary;
}

QJsonObject ConnectionController::summaryFields() const
{
    return eventFieldsToJson(ConnectionReporter::summaryEvent(runSummary()));
}

} // namespace kvs
