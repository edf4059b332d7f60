#pragma once

#include <QString>

#include <optional>

namespace kvs {

/// Where a viewer connection is. One enum for the whole engine; the UI maps it to an icon and words in
/// one switch. Changes only through nextState().
enum class ConnectionState
{
    Idle,                 ///< nothing started yet
    ResolvingCredentials, ///< reading or refreshing AWS credentials
    DescribingChannel,    ///< DescribeSignalingChannel (only when started from a channel name)
    GettingEndpoint,      ///< GetSignalingChannelEndpoint (VIEWER; WSS and HTTPS)
    GettingIceConfig,     ///< GetIceServerConfig
    Signing,              ///< presigning the WebSocket URL (waits for the connect-rate limiter too)
    Connecting,           ///< WebSocket handshake in flight (and its diagnosis if it is rejected)
    Connected,            ///< the WebSocket is open
    Reconnecting,         ///< GO_AWAY received: still open, draining, a fresh connection comes next
    BackingOff,           ///< a retry is scheduled; waiting for its timer
    Closing,              ///< the user asked to stop; the close handshake is in flight
    Closed,               ///< stopped on request (terminal until started again)
    Failed,               ///< a terminal error or retries ran out (terminal until started again)
    Replaced,             ///< another client with the same ClientId keeps taking over (terminal)
};

/// What happened; the input of nextState().
enum class ConnectionEvent
{
    Start,                      ///< the user starts (or restarts after Closed/Failed/Replaced)
    StartWithPresignedUrl,      ///< the same, with a presigned URL given as is: no control-plane steps
    CredentialsResolved,        ///< credentials ready; the channel is known by name only
    CredentialsResolvedWithArn, ///< credentials ready and the ARN is known: no Describe needed
    ChannelDescribed,           ///< DescribeSignalingChannel answered with the ARN
    EndpointResolved,           ///< GetSignalingChannelEndpoint answered with WSS and HTTPS
    IceConfigReceived,          ///< GetIceServerConfig answered (also a refresh while connected)
    UrlSigned,                  ///< presigned URL ready and the rate limiter allows the connect
    SocketOpened,               ///< the WebSocket handshake completed (101)
    GoAwayReceived,             ///< the service announced GO_AWAY on an open socket
    LinkLost,                   ///< an open socket closed or died (service close, pong timeout, idle, cap)
    RetryableFailure,           ///< a step failed and the retry policy scheduled a retry
    TerminalFailure,            ///< a step failed for good (not retryable, or retries ran out)
    RetryFired,                 ///< the retry timer fired or the user chose "retry now"
    RetryFiredWithPresignedUrl, ///< the same, when the run connects with a presigned URL given as is
    TakeoverDetected,           ///< connections keep being replaced soon after opening
    Stop,                       ///< the user stops
    SocketClosed,               ///< the close handshake finished (or the socket was aborted)
};

inline constexpr int kConnectionStateCount = static_cast<int>(ConnectionState::Replaced) + 1;
inline constexpr int kConnectionEventCount = static_cast<int>(ConnectionEvent::SocketClosed) + 1;

/// The transition function: the state after `event` in `state`, or nullopt when the event is not valid
/// there (the caller then ignores it and may log it as a bug). Pure: no clock, no I/O.
///  - Start from Idle, Closed, Failed or Replaced begins the flow at ResolvingCredentials;
///    StartWithPresignedUrl begins it at Signing (which then only waits for the connect-rate limiter).
///  - Each step's success moves to the next step; CredentialsResolvedWithArn skips DescribingChannel.
///  - IceConfigReceived while Connected (after RECONNECT_ICE_SERVER) stays Connected.
///  - RetryableFailure from any step, Connected or Reconnecting → BackingOff; RetryFired → back to
///    ResolvingCredentials (a fresh endpoint every time; cached credentials resolve at once);
///    RetryFiredWithPresignedUrl → back to Signing (the given URL again).
///  - GoAwayReceived while Connected → Reconnecting; RetryFired from there starts the fresh connection.
///  - LinkLost while Connected or Reconnecting → BackingOff (the policy may choose a zero delay).
///  - TerminalFailure from any active state → Failed; TakeoverDetected → Replaced.
///  - Stop with an open socket (Connected, Reconnecting) → Closing; from any other active state → Closed.
///  - SocketClosed while Closing → Closed.
std::optional<ConnectionState> nextState(ConnectionState state, ConnectionEvent event);

/// True for Closed, Failed and Replaced: nothing happens until Start.
bool isTerminal(ConnectionState state);
/// True for the states in which the engine is working towards a connection (a step or a backoff).
bool isActive(ConnectionState state);

/// Stable English identifiers ("GettingEndpoint"), for JSON events and machine-read logs.
QString connectionStateName(ConnectionState state);
/// The state in words for people ("Getting the signaling endpoint…"), translated.
QString connectionStateText(ConnectionState state);
/// The state with this identifier (connectionStateName()); none for an unknown name.
std::optional<ConnectionState> connectionStateFromName(QStringView name);
QString connectionEventName(ConnectionEvent event);

} // namespace kvs
