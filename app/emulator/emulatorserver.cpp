#include "emulator/emulatorserver.h"

#include "core/common/redaction.h"
#include "emulator/adminapi.h"
#include "emulator/callrecorder.h"
#include "emulator/computecredentialsapi.h"
#include "emulator/controlplaneapi.h"
#include "emulator/credentialissuer.h"
#include "emulator/dataplanegate.h"
#include "emulator/httpfrontend.h"
#include "emulator/stsapi.h"

#include <QJsonArray>
#include <QTcpSocket>

namespace kvs::emulator {

EmulatorServer::EmulatorServer(EmulatorConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    auto now = [this] {
        return this->now();
    };
    m_hub = new SignalingHub(m_config, now, m_faults, this);
    m_recorder = std::make_unique<CallRecorder>(
        *m_hub, [this](const QString &action, const QString &type) { emit requestRejected(action, type); });
    m_issuer = std::make_unique<CredentialIssuer>(m_config.identities, now);
    m_controlPlane =
        std::make_unique<ControlPlaneApi>(m_config, *m_recorder, now, [this](const QString &protocol) {
            return protocol == u"HTTPS" ? controlEndpoint() : wssEndpoint();
        });
    m_sts = std::make_unique<StsApi>(m_config, *m_recorder, *m_issuer, now);
    m_compute = std::make_unique<ComputeCredentialsApi>(m_config, *m_recorder, *m_issuer, now);
    m_admin = std::make_unique<AdminApi>(m_config, *m_hub, m_faults, *m_controlPlane);
    m_http = new HttpFrontEnd(m_faults, *m_recorder, now, this);
    m_http->setRouter([this](QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId) {
        return route(socket, request, requestId);
    });
    m_dataPlane = new DataPlaneGate(m_config, *m_hub, *m_recorder, *m_http, now, this);
    for (const Identity &identity : std::as_const(m_config.identities)) {
        registerSecret(identity.secretAccessKey);
        registerSecret(identity.sessionToken);
    }
    for (const SsoTokenConfig &token : std::as_const(m_config.ssoTokens))
        registerSecret(token.token);
}

EmulatorServer::~EmulatorServer()
{
    // The hub and its connections first, then the upgrade gate, then the front end and its sockets (as
    // before the split): no socket's last signal reaches a part that is already gone.
    delete m_hub;
    delete m_dataPlane;
    delete m_http;
}

Route EmulatorServer::route(QTcpSocket *socket, const HttpRequest &request, const QByteArray &requestId)
{
    if (request.isWebSocketUpgrade())
        return m_dataPlane->route(socket, request, requestId);
    if (AdminApi::serves(request))
        return Route::answer(m_admin->answer(request, socket->peerAddress().isLoopback(), requestId));
    if (StsApi::servesSts(request))
        return m_sts->route(request, requestId);
    if (ComputeCredentialsApi::serves(request))
        return m_compute->route(request, requestId);
    if (StsApi::servesSso(request))
        return m_sts->route(request, requestId);
    return m_controlPlane->route(request, requestId);
}

void EmulatorServer::setCertificateAuthority(const CertificateAuthority &authority)
{
    m_http->setCertificateAuthority(authority);
}

std::optional<Error> EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

quint16 EmulatorServer::port() const
{
    return m_http->port();
}

bool EmulatorServer::isTls() const
{
    return m_http->isTls();
}

const CertificateAuthority &EmulatorServer::certificateAuthority() const
{
    return *m_http->certificateAuthority();
}

void EmulatorServer::setHttpTimeouts(const HttpTimeouts &timeouts)
{
    m_http->setTimeouts(timeouts);
}

QString EmulatorServer::controlEndpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(isTls() ? u"https" : u"http").arg(port());
}

QString EmulatorServer::wssEndpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(isTls() ? u"wss" : u"ws").arg(port());
}

QDateTime EmulatorServer::now() const
{
    return m_clock.now().addMSecs(static_cast<qint64>(m_config.clockOffsetSeconds * 1000.0));
}

QJsonObject EmulatorServer::startInfo(const QString &caFile) const
{
    QJsonArray channels;
    for (const ChannelConfig &channel : m_config.channels)
        channels.append(
            QJsonObject{{QStringLiteral("name"), channel.name}, {QStringLiteral("arn"), channel.arn}});
    QJsonArray identities;
    for (const Identity &identity : m_config.identities) {
        QJsonObject object{{QStringLiteral("accessKeyId"), identity.accessKeyId},
                           {QStringLiteral("secretAccessKey"), identity.secretAccessKey}};
        if (!identity.sessionToken.isEmpty())
            object.insert(QStringLiteral("sessionToken"), identity.sessionToken);
        identities.append(object);
    }
    return QJsonObject{{QStringLiteral("controlEndpoint"), controlEndpoint()},
                       {QStringLiteral("wssEndpoint"), wssEndpoint()},
                       {QStringLiteral("region"), m_config.channels.first().region},
                       {QStringLiteral("caFile"), caFile.isEmpty() ? QJsonValue() : QJsonValue(caFile)},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("identities"), identities},
                       {QStringLiteral("stsEndpoint"), controlEndpoint()},
                       {QStringLiteral("ssoEndpoint"), controlEndpoint()}};
}

} // namespace kvs::emulator
