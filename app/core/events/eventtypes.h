#pragma once

#include "core/common/retrypolicy.h"
#include "core/signaling/connectionstate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvs {

/// The steps of a connection, in order, and the two that name a failure after them. Their names
/// ("Credentials", "GetSignalingChannelEndpoint", …) are written only by the serialiser (stepName()).
enum class Step
{
    Credentials,
    DescribeSignalingChannel,
    GetSignalingChannelEndpoint,
    GetIceServerConfig,
    Presign,
    ConnectAsViewer,
    Connection,    ///< the open connection (a dropped link, a takeover)
    Media,         ///< the media path (its own steps are MediaStepEvent)
    Configuration, ///< the run's settings, before any step (an unusable endpoint)
};

/// "GetSignalingChannelEndpoint", …: the step's name in events, exports and failures.
QString stepName(Step step);
/// The step with this name; none for another name.
std::optional<Step> stepFromName(QStringView name);

enum class StepStatus
{
    Started,
    Ok,
    Failed,
};

/// A step of the flow started or ended.
struct StepEvent
{
    Step step = Step::Credentials;
    StepStatus status = StepStatus::Started;
    std::optional<qint64> ms; ///< how long it took (when ended)
    QString detail;           ///< e.g. "2 TURN server(s)"; optional
    std::optional<int> attempt;
};

/// The connection state changed.
struct StateEvent
{
    std::optional<ConnectionState> state; ///< none: an identifier this engine does not know (unknownState)
    QString unknownState;                 ///< a newer engine's state, read back from its export
    std::optional<ConnectionEvent> cause;
};

/// A service answer worth showing (also a refused WebSocket upgrade, replayed to read it).
struct HttpEvent
{
    QString operation; ///< "GetSignalingChannelEndpoint", "ConnectAsViewer", …
    int status = 0;
    std::optional<QString> url;
    std::optional<qint64> ms;
    QString errorType; ///< optional
    QString requestId; ///< optional
    QString message;   ///< optional
};

/// A retry was scheduled.
struct RetryEvent
{
    int attempt = 0;
    int maxAttempts = 0;
    qint64 delayMs = 0;
    QString reason;           ///< the error type, or "GoAway"
    std::optional<Step> step; ///< the failed step (not for GoAway)
    std::optional<QString> message;
    QString hint;
};

enum class MessageDirection
{
    In,
    Out,
};

/// A signaling message went in or out.
struct MessageEvent
{
    MessageDirection direction = MessageDirection::In;
    QString messageType; ///< "SDP_OFFER", "ICE_CANDIDATE", … or "INVALID"
    QString summary;
    QString sdp;     ///< the decoded SDP of an offer or answer, for the detail pane; optional
    QString payload; ///< another decoded payload (a candidate), for the detail pane; optional
};

/// The local clock differs from the service's.
struct ClockSkewEvent
{
    qint64 offsetMs = 0; ///< service minus local: positive when the local clock is behind
    qint64 correctionMs = 0;
    QString message;
};

/// Local and remote candidates, summarised ("2 host, 1 relay").
struct CandidateCounts
{
    QString local;
    QString remote;
};

/// A failure explained.
struct ErrorEvent
{
    std::optional<Step> step;
    QString errorType;
    std::optional<ErrorClass> errorClass;
    QString message;
    std::optional<QString> title;
    QString hint;
    std::optional<QString> gaveUp; ///< why no retry followed
    std::optional<int> httpStatus;
    std::optional<QString> requestId;
    std::optional<CandidateCounts> candidates; ///< media failures
};

/// The control-plane endpoint and the TLS trust a run uses (announced once per run), or the signaling
/// endpoint of a presigned URL used as given (presignedUrl: only endpoint, its source, region and ClientId).
struct EndpointNote
{
    bool presignedUrl = false;
    QString endpoint;
    QString endpointSource;
    bool fips = false;
    QString fipsSource;
    bool dualStack = false;
    QString dualStackSource;
    QString caFile;
    QString caSource;
    QString region;
    QString clientId;
};

/// The HTTP proxy chosen for a host (or bypassed).
struct ProxyNote
{
    QString proxy;
    QString proxySource;
    bool proxyBypassed = false;
    QString host;
};

/// How the service closed an open connection.
struct CloseNote
{
    int closeCode = 0;
    QString closeReason;
    qint64 connectedMs = 0;
};

/// The shape of info and warning events: a message, and what it is about when a reader needs it as data.
struct NoteEvent
{
    QString message;
    std::optional<EndpointNote> endpoint;
    std::optional<ProxyNote> proxy;
    std::optional<CloseNote> close;
    std::optional<qint64> waitMs;          ///< waiting for a connect slot
    std::optional<qint64> offsetMs;        ///< a clock-skew warning
    std::optional<qint64> payloadChars;    ///< an offer above the documented size
    std::optional<qint64> roundTripMs;     ///< the probe's answer
    std::optional<QStringList> iceServers; ///< the media path's ICE servers
    bool cancelled = false;                ///< the user cancelled a scheduled retry
    QString errorType;                     ///< with cancelled: the failure that caused the retry
};

/// Anything else worth a line.
struct InfoEvent : NoteEvent
{};

/// Something the user should know that is not a failure.
struct WarningEvent : NoteEvent
{};

/// An info event with only a message.
inline InfoEvent infoEvent(const QString &message)
{
    InfoEvent event;
    event.message = message;
    return event;
}

/// A warning event with only a message.
inline WarningEvent warningEvent(const QString &message)
{
    WarningEvent event;
    event.message = message;
    return event;
}

/// A step of the media path (offer, answer, iceGathering, …, firstFrame).
struct MediaStepEvent
{
    QString step; ///< the media step's identifier (media::mediaStepName())
    QString text; ///< the same for people ("SDP offer sent")
    QString status = QStringLiteral("ok");
    qint64 ms = 0; ///< since the step before
    qint64 sinceOfferMs = 0;
    QString detail; ///< optional
};

/// An ICE state change (state) or a peer-connection state change (connectionState).
struct IceEvent
{
    bool peerConnection = false; ///< true: the state is the peer connection's (ICE + DTLS)
    QString state;               ///< "checking", "connected", …
};

/// An ICE candidate gathered (local) or received (remote).
struct CandidateEvent
{
    bool local = true;
    QString type;      ///< host, srflx, prflx, relay
    QString transport; ///< udp, tcp
    QString address;
    int port = 0;
};

/// One side of the selected candidate pair.
struct PairEndpoint
{
    QString type;
    QString protocol;
    QString address;
    int port = 0;
    QString relayProtocol; ///< optional
};

/// Once per second while media flows.
struct StatsEvent
{
    qint64 framesDecoded = 0;
    qint64 framesDropped = 0;
    double fps = 0; ///< rounded to 0.1
    int width = 0;
    int height = 0;
    QString codec;
    qint64 bitrateKbps = 0;
    qint64 packetsLost = 0;
    double jitterMs = 0; ///< rounded to 0.1
    QString audioCodec;
    double audioLevelDb = 0;                                           ///< rounded to 0.1
    std::optional<std::pair<PairEndpoint, PairEndpoint>> selectedPair; ///< local, remote
    QString text;                                                      ///< the same for people
};

/// The final outcome of a controller's run.
struct SummaryEvent
{
    ConnectionState outcome = ConnectionState::Idle;
    QString clientId;
    QString channelArn;
    int attempts = 0;
    int connects = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    qint64 emptyFrames = 0;
    qint64 durationMs = 0;
    std::optional<qint64> clockSkewMs;
    bool cancelled = false;
    std::optional<ErrorClass> errorClass; ///< with errorType, step and message: the last failure
    QString errorType;
    Step step = Step::Connection;
    QString message;
};

/// A new run (Connect) begins in a log that keeps earlier ones.
struct RunEvent
{
    int run = 0;
    QString channel;
};

} // namespace kvs
