#pragma once

#include "core/common/result.h"
#include "core/signaling/icecandidate.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kvs {

/// The kind of a message received on the signaling WebSocket.
enum class SignalingMessageType
{
    SdpOffer,
    SdpAnswer,
    IceCandidate,
    StatusResponse,
    GoAway,
    ReconnectIceServer,
    ServiceNotice, ///< {"message": "Endpoint request timed out", "connectionId", "requestId"} and the like
    Unknown,       ///< a messageType we do not know, or JSON of another shape: tolerated, reported
};

/// "SDP_ANSWER", "GO_AWAY", …; "SERVICE_NOTICE" and "UNKNOWN" for the last two.
QString signalingMessageTypeName(SignalingMessageType type);

/// The service's answer to a message sent with a correlationId (failures only; success is silent).
struct StatusResponse
{
    QString correlationId;
    QString errorType;
    QString statusCode; ///< a string on the wire ("400")
    QString description;
    /// Judged from statusCode (2xx) and the absence of errorType: the service's schema has no "success"
    /// field (it appears only in SDK test fixtures), so one on the wire is ignored.
    bool success = false;
};

/// A frame received on the signaling WebSocket, decoded: the base64 payload is unpacked into SDP text or
/// an ICE candidate. Only the fields of its type are set.
struct SignalingMessage
{
    /// Larger frames are refused before parsing (the service caps payloads at about 10K characters).
    static constexpr qsizetype kMaxFrameBytes = 32 * 1024;

    SignalingMessageType type = SignalingMessageType::Unknown;
    QString messageType;    ///< as received (at most 64 characters kept), empty when absent
    QString senderClientId; ///< empty for messages from the master to a viewer

    QString sdpType; ///< SdpOffer/SdpAnswer: "offer" or "answer"
    QString sdp;     ///< SdpOffer/SdpAnswer: the SDP text, starting with "v=0"

    std::optional<kvs::IceCandidate> candidate; ///< IceCandidate: the decoded candidate
    bool endOfCandidates = false;               ///< IceCandidate: an empty candidate (end of gathering)

    std::optional<kvs::StatusResponse> statusResponse; ///< StatusResponse (and any message carrying one)

    QString noticeMessage; ///< ServiceNotice: the service's "message"
    QString connectionId;  ///< ServiceNotice
    QString requestId;     ///< ServiceNotice

    /// Parses one text frame. Errors (never a crash, never the raw frame echoed back):
    /// MessageTooLarge, InvalidJson, InvalidMessage (not an object, or wrong field types),
    /// InvalidBase64, InvalidPayload (payload not the JSON its type needs), InvalidSdp,
    /// InvalidCandidate.
    static Result<SignalingMessage> parse(QByteArrayView frame, qsizetype maxBytes = kMaxFrameBytes);

    /// One short line for an event log ("ICE_CANDIDATE srflx/udp 203.0.113.7:50000 mid 0"); redacted.
    QString summary() const;
};

/// True for a correlationId the service accepts: 1–256 characters of A–Z a–z 0–9 _ . -
bool isValidCorrelationId(QStringView correlationId);

/// The payload size the service documents ("10 KB"). The service has relayed larger offers (modern
/// Chrome offers; the C SDK raised its buffer to 18,750 bytes for them), so above it we warn, not refuse.
inline constexpr qsizetype kDocumentedPayloadChars = 10000;
/// The largest messagePayload (base64 characters) we send: a frame must still fit in kMaxFrameBytes.
inline constexpr qsizetype kMaxOutboundPayloadChars = 30000;

/// An SDP_OFFER frame: {"action":"SDP_OFFER","messagePayload":base64({"type":"offer","sdp":…}),
/// "correlationId":…}. A viewer passes no recipientClientId (the master is implied); a master must.
/// Errors: InvalidSdp (not starting with v=0), InvalidCorrelationId, InvalidClientId, PayloadTooLarge.
Result<QByteArray> buildSdpOfferMessage(const QString &sdp, const QString &correlationId,
                                        const QString &recipientClientId = QString());

/// An ICE_CANDIDATE frame with payload {"candidate":…,"sdpMid":…,"sdpMLineIndex":…}. The candidate line
/// must parse (IceCandidate::parse); an empty one announces the end of candidates.
/// Errors: InvalidCandidate, InvalidCorrelationId, InvalidClientId, PayloadTooLarge.
Result<QByteArray> buildIceCandidateMessage(const QString &candidate, const QString &sdpMid,
                                            int sdpMLineIndex, const QString &correlationId,
                                            const QString &recipientClientId = QString());

} // namespace kvs
