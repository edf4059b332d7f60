#include "core/connection/connectioncontroller.h"

#include "core/aws/environmentproxy.h"
#include "core/aws/sigv4.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
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

const QString kStepCredentials = stepName(Step::Credentials);
const QString kStepDescribe = stepName(Step::DescribeSignalingChannel);
const QString kStepEndpoint = stepName(Step::GetSignalingChannelEndpoint);
const QString kStepIce = stepName(Step::GetIceServerConfig);
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
    m_channelArn = m_target.channelArn;
    m_credentials.reset();
    if (m_target.usesPresignedUrl()) {
        if (!transition(ConnectionEvent::StartWithPresignedUrl))
            return;
        const QUrl url = QUrl::fromEncoded(m_target.presignedUrl, QUrl::StrictMode);
        m_signalingEndpoints = SignalingEndpoints{url.adjusted(QUrl::RemoveQuery).toString(), QString()};
        m_reporter.presignedUrlGiven(m_signalingEndpoints->wss, m_channelArn, m_target);
        runFlow();
        return;
    }
    if (!transition(ConnectionEvent::Start))
        return;

    const auto endpoint =
        ControlPlaneEndpoint::resolve(m_target.region, m_target.endpoint, m_settings.environment);
    if (!endpoint) {
        giveUp({stepName(Step::Configuration), ErrorClass::InvalidArgument, endpoint.error().code,
                endpoint.error().message, 0, QString()},
               giveUpText(GiveUpReason::NotRetryable, 0));
        return;
    }
    m_endpoint = endpoint.value();
    m_reporter.controlPlaneChosen(*m_endpoint, m_target, m_settings.tls);
    {
        const QUrl controlUrl(m_endpoint->url, QUrl::StrictMode);
        m_reporter.proxyChosen(QStringLiteral("Control plane"), controlUrl,
                               chooseProxy(controlUrl, m_settings.environment));
    }
    ControlPlaneClient::Settings clientSettings;
    clientSettings.endpoint = m_endpoint->url;
    clientSettings.region = m_target.region;
    clientSettings.tls = m_settings.tls;
    clientSettings.timeoutMs = m_settings.requestTimeoutMs;
    clientSettings.environment = m_settings.environment;
    m_controlPlane = std::make_unique<ControlPlaneClient>(*m_deps.clock, &m_skew, std::move(clientSettings));
    runFlow();
}

void ConnectionController::runFlow()
{
    ++m_generation;
    ++m_attempts;
    if (m_target.usesPresignedUrl())
        presignAndOpen();
    else
        fetchCredentials();
}

void ConnectionController::fetchCredentials()
{
    beginStep(kStepCredentials);
    const quint64 generation = m_generation;
    const QPointer<ConnectionController> guard(this);
    m_deps.credentials->fetch([this, guard, generation](const Result<ResolvedCredentials> &result) {
        if (!guard || generation != m_generation)
            return;
        if (!result) {
            const ErrorClass errorClass =
                result.error().code == u"NetworkError" ? ErrorClass::Network : ErrorClass::Other;
            fail({kStepCredentials, errorClass, result.error().code, redact(result.error().message), 0,
                  QString()});
            return;
        }
        m_credentials = result.value();
        endStep(true, m_credentials->source);
        if (m_channelArn.isEmpty() || m_settings.alwaysDescribe) {
            transition(ConnectionEvent::CredentialsResolved);
            describeChannel();
        } else {
            transition(ConnectionEvent::CredentialsResolvedWithArn);
            getEndpoint();
        }
    });
}

void ConnectionController::watchReply(ControlPlaneReply *reply, const QString &step,
                                      std::function<void(ControlPlaneReply *)> onSuccess)
{
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ControlPlaneReply::finished, this, [this, reply, generation, step, onSuccess] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const HttpExchange &exchange = reply->exchange();
        if (exchange.status != 0)
            reportHttp(exchange);
        reportSkewIfChanged();
        if (const std::optional<Error> &error = reply->error()) {
            if (error->code == u"Aborted")
                return;
            fail(
                {step, reply->errorClass(), error->code, error->message, exchange.status, exchange.requestId},
                reply->skewChanged() && reply->signatureTimeError().has_value());
            return;
        }
        onSuccess(reply);
    });
}

void ConnectionController::describeChannel()
{
    beginStep(kStepDescribe);
    watchReply(m_controlPlane->describeSignalingChannel(
                   m_credentials->credentials, m_channelArn.isEmpty() ? m_target.channelName : QString(),
                   m_channelArn),
               kStepDescribe, [this](ControlPlaneReply *reply) {
                   const Result<ChannelInfo> info = reply->channelInfo();
                   if (!info) {
                       fail({kStepDescribe, ErrorClass::Other, info.error().code, info.error().message, 200,
                             reply->exchange().requestId});
                       return;
                   }
                   m_channelArn = info->arn;
                   endStep(true, info->arn);
                   if (!info->status.isEmpty() && info->status != u"ACTIVE")
                       m_reporter.channelNotActive(info->status);
                   transition(ConnectionEvent::ChannelDescribed);
                   getEndpoint();
               });
}

void ConnectionController::getEndpoint()
{
    beginStep(kStepEndpoint);
    watchReply(m_controlPlane->getSignalingChannelEndpoint(m_credentials->credentials, m_channelArn),
               kStepEndpoint, [this](ControlPlaneReply *reply) {
                   const Result<SignalingEndpoints> endpoints = reply->signalingEndpoints();
                   if (!endpoints) {
                       fail({kStepEndpoint, ErrorClass::Other, endpoints.error().code,
                             endpoints.error().message, 200, reply->exchange().requestId});
                       return;
                   }
                   m_signalingEndpoints = endpoints.value();
                   endStep(true, m_signalingEndpoints->wss);
                   transition(ConnectionEvent::EndpointResolved);
                   getIceConfig(false);
               });
}

void ConnectionController::getIceConfig(bool refresh)
{
    if (!refresh) {
        beginStep(kStepIce);
        watchReply(m_controlPlane->getIceServerConfig(m_credentials->credentials, m_signalingEndpoints->https,
                                                      m_channelArn, m_target.clientId),
                   kStepIce, [this](ControlPlaneReply *reply) {
                       const Result<IceServerConfig> config = reply->iceServerConfig(m_target.region);
                       if (!config) {
                           fail({kStepIce, ErrorClass::Other, config.error().code, config.error().message,
                                 200, reply->exchange().requestId});
                           return;
                       }
                       m_iceConfig = config.value();
                       m_iceConfig->stunUri =
                           stunUriFor(m_target.region, m_endpoint->fips.on, m_endpoint->dualStack.on);
                       const quint64 generation = m_generation;
                       endStep(true,
                               Text::tr("%n TURN server(s)", nullptr, int(m_iceConfig->servers.size())));
                       if (generation != m_generation)
                           return; // a listener stopped the run on the step event (the ICE servers view)
                       transition(ConnectionEvent::IceConfigReceived);
                       presignAndOpen();
                   });
        return;
    }
    // RECONNECT_ICE_SERVER on an open connection: fetch again; a failure keeps the old config.
    if (m_iceRefreshReply || !m_credentials || !m_signalingEndpoints)
        return;
    beginStep(kStepIce);
    ControlPlaneReply *reply = m_controlPlane->getIceServerConfig(
        m_credentials->credentials, m_signalingEndpoints->https, m_channelArn, m_target.clientId);
    m_iceRefreshReply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ControlPlaneReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (reply->exchange().status != 0)
            reportHttp(reply->exchange());
        reportSkewIfChanged();
        const Result<IceServerConfig> config = reply->error() ? Result<IceServerConfig>(*reply->error())
                                                              : reply->iceServerConfig(m_target.region);
        if (!config) {
            endStep(false, config.error().code);
            m_reporter.iceRefreshFailed(config.error().message);
            return;
        }
        m_iceConfig = config.value();
        m_iceConfig->stunUri = stunUriFor(m_target.region, m_endpoint->fips.on, m_endpoint->dualStack.on);
        endStep(true, Text::tr("%n TURN server(s)", nullptr, int(m_iceConfig->servers.size())));
        if (m_state == ConnectionState::Connected)
            transition(ConnectionEvent::IceConfigReceived);
        emit iceServersChanged();
    });
}

void ConnectionController::refreshIceServers()
{
    if (m_state == ConnectionState::Connected)
        getIceConfig(true);
}

void ConnectionController::presignAndOpen()
{
    if (m_state != ConnectionState::Signing)
        return;
    if (!m_target.usesPresignedUrl())
        beginStep(kStepPresign);
    const qint64 waitMs = m_deps.rateLimiter->reserve(m_channelArn);
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
    sigv4::PresignRequest request;
    request.endpoint = m_signalingEndpoints->wss;
    request.region = m_target.region;
    request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), m_channelArn},
                               {QStringLiteral("X-Amz-ClientId"), m_target.clientId}};
    request.credentials = m_credentials->credentials;
    request.signingTime = m_signingClock.now();
    const Result<QByteArray> url = sigv4::presignUrl(request);
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
    const ProxyChoice proxy = chooseProxy(socketUrl, m_settings.environment);
    m_reporter.proxyChosen(QStringLiteral("Signaling WebSocket"), socketUrl, proxy);
    m_handshakeTimer->start(m_settings.handshakeTimeoutMs);
    // Noted before the handshake: the service may close our older socket before this one's 101 arrives.
    m_openTicket = m_deps.rateLimiter->noteOpened(m_channelArn, m_target.clientId);
    m_session->open(socketUrl, proxy.proxy);
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
        const qint64 waitMs = m_deps.rateLimiter->reserve(m_channelArn);
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
    if (rejection.status != 0 && rejection.kind != HandshakeRejectionKind::Accepted) {
        HttpExchange exchange;
        exchange.operation = kStepConnect;
        exchange.url = m_signalingEndpoints ? m_signalingEndpoints->wss : QString();
        exchange.status = rejection.status;
        exchange.errorType = rejection.errorType;
        exchange.requestId = rejection.requestId;
        exchange.message = rejection.message;
        reportHttp(exchange);
    }
    reportSkewIfChanged();
    if (rejection.kind == HandshakeRejectionKind::ProtocolError) {
        fail({kStepConnect, ErrorClass::Other, QStringLiteral("ProtocolError"),
              Text::tr("The WebSocket upgrade was answered 101 with a wrong Sec-WebSocket-Accept: the server "
                       "does not speak the WebSocket protocol (a proxy in the way, or not the signaling "
                       "service)."),
              101, rejection.requestId});
        return;
    }
    if (rejection.kind == HandshakeRejectionKind::Accepted ||
        rejection.kind == HandshakeRejectionKind::NoAnswer) {
        // The replay told nothing about the refusal: the first answer's status stands. A refusal is never
        // a network failure.
        const QString said =
            rejection.kind == HandshakeRejectionKind::Accepted
                ? Text::tr("The replayed upgrade was accepted (101) and closed at once: the refusal was not "
                           "repeated.")
                : Text::tr("Replaying the upgrade to read why it was refused failed: %1")
                      .arg(rejection.failure);
        m_reporter.info(said);
        if (m_refusedStatus == 0) {
            fail({kStepConnect, ErrorClass::Other, QStringLiteral("HandshakeRefused"),
                  Text::tr("The service refused the WebSocket upgrade; Qt did not report the HTTP status. %1")
                      .arg(said),
                  0, QString()});
            return;
        }
        HttpResponseHead first;
        first.status = m_refusedStatus;
        HandshakeRejection refusal = HandshakeRejection::classify(first);
        // Qt hides a 400's error type, so this is not the service's untyped 400: the same request was
        // accepted right after, and the one transient 400 the service documents is throttling.
        if (m_refusedStatus == 400 && rejection.kind == HandshakeRejectionKind::Accepted)
            refusal.errorClass = ErrorClass::ClientLimitExceeded;
        HttpExchange exchange;
        exchange.operation = kStepConnect;
        exchange.url = m_signalingEndpoints ? m_signalingEndpoints->wss : QString();
        exchange.status = m_refusedStatus;
        reportHttp(exchange);
        // Only the status is known: no error type, as the control plane names an untyped answer. A 400
        // whose replay was accepted at once was transient, whatever it was: retried with backoff like a 5xx
        // (never called throttling), not given up after one retry like an untyped 400 that was read.
        const ErrorClass errorClass = refusal.errorClass == ErrorClass::UnknownCause &&
                                              rejection.kind == HandshakeRejectionKind::Accepted
                                          ? ErrorClass::TransientRefusal
                                          : refusal.errorClass;
        fail({kStepConnect, errorClass, u"HttpStatus" % QString::number(m_refusedStatus),
              Text::tr("The service refused the WebSocket upgrade: HTTP %1. %2")
                  .arg(m_refusedStatus)
                  .arg(said),
              m_refusedStatus, QString()});
        return;
    }
    const Error error = rejection.toError();
    // Only a signature-time refusal is the clock's fault: a permission 403 is not retried for a skew.
    fail({kStepConnect, rejection.errorClass, error.code, error.message, rejection.status,
          rejection.requestId},
         skewChanged && rejection.signatureTime.has_value());
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
    if (m_deps.rateLimiter->openedSince(m_channelArn, m_target.clientId, m_openTicket)) {
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
            getIceConfig(true);
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
    Failure f;
    f.step = failure.step;
    f.httpStatus = failure.httpStatus;
    f.errorType = failure.errorType;
    f.message = failure.message;
    f.requestId = failure.requestId;
    f.channelArn = m_channelArn;
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
    if (m_reply)
        m_reply->abort();
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
    summary.channelArn = m_channelArn;
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
