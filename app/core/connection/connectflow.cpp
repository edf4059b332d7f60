#include "core/connection/connectflow.h"

#include "core/aws/environmentproxy.h"
#include "core/aws/sigv4.h"
#include "core/common/redaction.h"
#include "core/credentials/credentialsprovider.h"
#include "core/events/eventtypes.h"

#include <QCoreApplication>
#include <QUrl>

namespace kvs {

namespace {

/// The words are the controller's (the same translation context as before the flow existed).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionController)
};

const QString kStepCredentials = stepName(Step::Credentials);
const QString kStepDescribe = stepName(Step::DescribeSignalingChannel);
const QString kStepEndpoint = stepName(Step::GetSignalingChannelEndpoint);
const QString kStepIce = stepName(Step::GetIceServerConfig);

QString turnServersText(const IceServerConfig &config)
{
    return Text::tr("%n TURN server(s)", nullptr, int(config.servers.size()));
}

} // namespace

ConnectFlow::ConnectFlow(ConnectionTarget target, ConnectionSettings settings,
                         ConnectionDependencies dependencies, ClockSkewEstimator &skew,
                         ConnectionReporter &reporter, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_settings(std::move(settings))
    , m_deps(std::move(dependencies))
    , m_skew(skew)
    , m_reporter(reporter)
    , m_hooks(std::move(hooks))
{}

ConnectFlow::~ConnectFlow()
{
    abort();
}

Result<ControlPlaneEndpoint> ConnectFlow::beginRun()
{
    abort();
    m_channelArn = m_target.channelArn;
    m_credentials.reset();
    const auto endpoint =
        ControlPlaneEndpoint::resolve(m_target.region, m_target.endpoint, m_settings.environment);
    if (!endpoint)
        return endpoint;
    m_endpoint = endpoint.value();
    m_reporter.controlPlaneChosen(*m_endpoint, m_target, m_settings.tls);
    const QUrl controlUrl(m_endpoint->url, QUrl::StrictMode);
    m_reporter.proxyChosen(QStringLiteral("Control plane"), controlUrl,
                           chooseProxy(controlUrl, m_settings.environment));
    ControlPlaneClient::Settings clientSettings;
    clientSettings.endpoint = m_endpoint->url;
    clientSettings.region = m_target.region;
    clientSettings.tls = m_settings.tls;
    clientSettings.timeoutMs = m_settings.requestTimeoutMs;
    clientSettings.environment = m_settings.environment;
    m_controlPlane = std::make_unique<ControlPlaneClient>(*m_deps.clock, &m_skew, std::move(clientSettings));
    return endpoint;
}

void ConnectFlow::startAttempt(int attempt)
{
    ++m_generation;
    m_attempt = attempt;
    fetchCredentials(attempt);
}

void ConnectFlow::abort()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

void ConnectFlow::fetchCredentials(int attempt)
{
    m_reporter.stepStarted(kStepCredentials, attempt);
    const quint64 generation = m_generation;
    const QPointer<ConnectFlow> guard(this);
    m_deps.credentials->fetch([this, guard, generation, attempt](const Result<ResolvedCredentials> &result) {
        if (!guard || generation != m_generation)
            return;
        if (!result) {
            const ErrorClass errorClass =
                result.error().code == u"NetworkError" ? ErrorClass::Network : ErrorClass::Other;
            m_hooks.failed(
                {kStepCredentials, errorClass, result.error().code, redact(result.error().message)}, false);
            return;
        }
        m_credentials = result.value();
        m_reporter.stepEnded(true, attempt, m_credentials->source);
        if (m_channelArn.isEmpty() || m_settings.alwaysDescribe) {
            m_hooks.advanced(ConnectionEvent::CredentialsResolved);
            describeChannel(attempt);
        } else {
            m_hooks.advanced(ConnectionEvent::CredentialsResolvedWithArn);
            getEndpoint(attempt);
        }
    });
}

void ConnectFlow::watch(ControlPlaneReply *reply, const QString &step,
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
            m_reporter.http(exchange);
        m_hooks.answered();
        if (const std::optional<Error> &error = reply->error()) {
            if (error->code == u"Aborted")
                return;
            m_hooks.failed(
                {step, reply->errorClass(), error->code, error->message, exchange.status, exchange.requestId},
                reply->skewChanged() && reply->signatureTimeError().has_value());
            return;
        }
        onSuccess(reply);
    });
}

void ConnectFlow::describeChannel(int attempt)
{
    m_reporter.stepStarted(kStepDescribe, attempt);
    watch(m_controlPlane->describeSignalingChannel(m_credentials->credentials,
                                                   m_channelArn.isEmpty() ? m_target.channelName : QString(),
                                                   m_channelArn),
          kStepDescribe, [this, attempt](ControlPlaneReply *reply) {
              const Result<ChannelInfo> info = reply->channelInfo();
              if (!info) {
                  m_hooks.failed({kStepDescribe, ErrorClass::Other, info.error().code, info.error().message,
                                  200, reply->exchange().requestId},
                                 false);
                  return;
              }
              m_channelArn = info->arn;
              m_reporter.stepEnded(true, attempt, info->arn);
              if (!info->status.isEmpty() && info->status != u"ACTIVE")
                  m_reporter.channelNotActive(info->status);
              m_hooks.advanced(ConnectionEvent::ChannelDescribed);
              getEndpoint(attempt);
          });
}

void ConnectFlow::getEndpoint(int attempt)
{
    m_reporter.stepStarted(kStepEndpoint, attempt);
    watch(m_controlPlane->getSignalingChannelEndpoint(m_credentials->credentials, m_channelArn),
          kStepEndpoint, [this, attempt](ControlPlaneReply *reply) {
              const Result<SignalingEndpoints> endpoints = reply->signalingEndpoints();
              if (!endpoints) {
                  m_hooks.failed({kStepEndpoint, ErrorClass::Other, endpoints.error().code,
                                  endpoints.error().message, 200, reply->exchange().requestId},
                                 false);
                  return;
              }
              m_signalingEndpoints = endpoints.value();
              m_reporter.stepEnded(true, attempt, m_signalingEndpoints->wss);
              m_hooks.advanced(ConnectionEvent::EndpointResolved);
              getIceConfig(attempt);
          });
}

Result<IceServerConfig> ConnectFlow::iceConfigOf(ControlPlaneReply *reply) const
{
    if (reply->error())
        return *reply->error();
    const Result<IceServerConfig> answered = reply->iceServerConfig(m_target.region);
    if (!answered)
        return answered;
    IceServerConfig config = answered.value();
    config.stunUri = stunUriFor(m_target.region, m_endpoint->fips.on, m_endpoint->dualStack.on);
    return config;
}

void ConnectFlow::getIceConfig(int attempt)
{
    m_reporter.stepStarted(kStepIce, attempt);
    watch(m_controlPlane->getIceServerConfig(m_credentials->credentials, m_signalingEndpoints->https,
                                             m_channelArn, m_target.clientId),
          kStepIce, [this, attempt](ControlPlaneReply *reply) {
              const Result<IceServerConfig> config = iceConfigOf(reply);
              if (!config) {
                  m_hooks.failed({kStepIce, ErrorClass::Other, config.error().code, config.error().message,
                                  200, reply->exchange().requestId},
                                 false);
                  return;
              }
              m_iceConfig = config.value();
              const quint64 generation = m_generation;
              m_reporter.stepEnded(true, attempt, turnServersText(*m_iceConfig));
              if (generation != m_generation)
                  return; // a listener stopped the run on the step event (the ICE servers view)
              m_hooks.advanced(ConnectionEvent::IceConfigReceived);
              m_hooks.iceConfigReceived();
          });
}

void ConnectFlow::refreshIceConfig(int attempt)
{
    // A failure keeps the old config.
    if (m_refreshReply || !m_credentials || !m_signalingEndpoints)
        return;
    m_reporter.stepStarted(kStepIce, attempt);
    ControlPlaneReply *reply = m_controlPlane->getIceServerConfig(
        m_credentials->credentials, m_signalingEndpoints->https, m_channelArn, m_target.clientId);
    m_refreshReply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ControlPlaneReply::finished, this, [this, reply, generation, attempt] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (reply->exchange().status != 0)
            m_reporter.http(reply->exchange());
        m_hooks.answered();
        const Result<IceServerConfig> config = iceConfigOf(reply);
        if (!config) {
            m_reporter.stepEnded(false, attempt, config.error().code);
            m_reporter.iceRefreshFailed(config.error().message);
            return;
        }
        m_iceConfig = config.value();
        m_reporter.stepEnded(true, attempt, turnServersText(*m_iceConfig));
        m_hooks.iceConfigRefreshed();
    });
}

Result<QByteArray> ConnectFlow::presign(const Clock &signingClock) const
{
    sigv4::PresignRequest request;
    request.endpoint = m_signalingEndpoints->wss;
    request.region = m_target.region;
    request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), m_channelArn},
                               {QStringLiteral("X-Amz-ClientId"), m_target.clientId}};
    request.credentials = m_credentials->credentials;
    request.signingTime = signingClock.now();
    return sigv4::presignUrl(request);
}

} // namespace kvs
