#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/httpfrontend.h"
#include "emulator/requestverifier.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace kvs::emulator {

class CallRecorder;
class SilentTurnServer;

/// The KVS control plane as the service answers it (JSON over POST, SigV4 in the Authorization header):
/// DescribeSignalingChannel, GetSignalingChannelEndpoint, GetIceServerConfig and ListSignalingChannels, with
/// the service's validation messages, permission before existence, and TURN credentials in the KVS shape.
class ControlPlaneApi final
{
public:
    /// config is read on every call (identities, channels, TURN); endpoint(protocol) is the URL a client
    /// reaches "HTTPS" or "WSS" on (known only once the front end listens).
    ControlPlaneApi(const EmulatorConfig &config, CallRecorder &recorder, std::function<QDateTime()> now,
                    std::function<QString(const QString &protocol)> endpoint);
    ~ControlPlaneApi();

    Route route(const HttpRequest &request, const QByteArray &requestId);

    /// POST /emulator/turn: "add" or "only" hands out (besides, or instead of, the other TURN servers) TURN
    /// URIs that nothing answers; "off" stops. Returns the unanswered URIs now handed out.
    QStringList setUnansweredTurn(const QString &mode);

private:
    HttpResponse handle(const QString &action, const HttpRequest &request, const QByteArray &requestId);
    HttpResponse describeSignalingChannel(const QJsonObject &body, const VerifiedCaller &caller,
                                          const QByteArray &id);
    HttpResponse getSignalingChannelEndpoint(const QJsonObject &body, const VerifiedCaller &caller,
                                             const QByteArray &id);
    HttpResponse getIceServerConfig(const QJsonObject &body, const VerifiedCaller &caller,
                                    const QByteArray &id);
    HttpResponse listSignalingChannels(const QJsonObject &body, const VerifiedCaller &caller,
                                       const QByteArray &id);
    /// InvalidArgument when a required ChannelARN is missing or malformed; nullopt when it is fine.
    std::optional<HttpResponse> refuseBadChannelArn(const QString &action, const QString &arn,
                                                    const QByteArray &id);
    /// AccessDenied when the caller lacks action, else ResourceNotFound when channel is missing or in another
    /// region; nullopt when the call may go on.
    std::optional<HttpResponse> refuseOnChannel(const QString &action, const VerifiedCaller &caller,
                                                const ChannelConfig *channel, const QString &resource,
                                                const QByteArray &id);

    const EmulatorConfig &m_config;
    CallRecorder &m_recorder;
    std::function<QDateTime()> m_now;
    std::function<QString(const QString &)> m_endpoint;
    QString m_unansweredTurn; ///< "", "add" or "only"
    std::unique_ptr<SilentTurnServer> m_silentTurn;
};

} // namespace kvs::emulator
