#pragma once

#include "core/aws/controlplaneendpoint.h"
#include "core/aws/tlsoptions.h"
#include "core/common/clock.h"
#include "core/common/retrypolicy.h"
#include "core/common/surface.h"
#include "core/controlplane/presignedurl.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace kvs {

class CredentialsProvider;
class EventLog;

/// The largest WebSocket frame and message the viewer takes from the signaling service (README, "Limits"):
/// Qt closes the connection with 1009 (message too big) instead of buffering more, and the failure is a
/// protocol error. Real signaling messages are far smaller (SignalingMessage::kMaxFrameBytes).
inline constexpr qint64 kMaxIncomingWebSocketFrameBytes = 64 * 1024;
inline constexpr qint64 kMaxIncomingWebSocketMessageBytes = 64 * 1024;

/// What a viewer connects to. Give channelArn, or channelName (then DescribeSignalingChannel finds the ARN).
struct ConnectionTarget
{
    QString channelArn;
    QString channelName;
    QString region;                         ///< the channel's region (signing and the default endpoint)
    QString clientId;                       ///< the viewer's X-Amz-ClientId
    ControlPlaneEndpoint::Options endpoint; ///< --endpoint-url, FIPS, dual-stack
    /// Non-empty: connect with exactly this presigned WSS URL (PresignedUrl::url), signed elsewhere. The run
    /// then has no credentials, control-plane calls, ICE server config or presigning: it waits for the
    /// connect-rate limiter and opens the URL (again on each retry). Build such a target with
    /// fromPresignedUrl() so the ARN, ClientId and region are the URL's own. A secret: never logged.
    QByteArray presignedUrl;

    /// A target that connects with url as is (channel, ClientId and region from the URL).
    static ConnectionTarget fromPresignedUrl(const PresignedUrl &url);
    bool usesPresignedUrl() const { return !presignedUrl.isEmpty(); }
};

/// The tunables of a connection; tests shorten every timer.
struct ConnectionSettings
{
    RetryPolicy::Settings retry;
    int requestTimeoutMs = 10000;   ///< each control-plane call
    int handshakeTimeoutMs = 15000; ///< the WebSocket upgrade (and its diagnosis)
    int pingIntervalMs = 10000;     ///< WebSocket ping while connected; 0 turns keepalive off
    int pongTimeoutMs = 5000;       ///< no pong this long after a ping: the link is dead
    int closeTimeoutMs = 3000;      ///< stop(): abort the socket when the close handshake takes longer
    /// ClientId takeover: this many connections closed by the service, each within shortLivedMs of
    /// opening, inside takeoverWindowMs, mean another client uses the same ClientId.
    int takeoverThreshold = 3;
    int shortLivedMs = 10000;
    int takeoverWindowMs = 60000;
    TlsOptions tls;
    QProcessEnvironment environment; ///< for AWS_ENDPOINT_URL_KINESIS_VIDEO / AWS_ENDPOINT_URL
    /// Call DescribeSignalingChannel (by ARN) even when the target gives the ARN: Check access proves the
    /// caller may describe the channel. Without it, an ARN target skips the call.
    bool alwaysDescribe = false;
    /// Whose words failures are explained in (the app's controls or the CLI's options).
    Surface surface = Surface::App;
};

/// Everything the controller uses but does not own; each must outlive it.
struct ConnectionDependencies
{
    const Clock *clock = nullptr;               ///< the local clock (uncorrected)
    CredentialsProvider *credentials = nullptr; ///< AWS credentials
    ConnectRateLimiter *rateLimiter = nullptr;  ///< one per process
    std::function<double()> random;             ///< [0, 1): jitter, WebSocket keys
    EventLog *eventLog = nullptr;               ///< optional: every event is appended here too
    const QElapsedTimer *runTimer = nullptr;    ///< optional: the "t" of events (else since start())
};

} // namespace kvs
