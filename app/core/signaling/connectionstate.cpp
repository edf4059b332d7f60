#include "core/signaling/connectionstate.h"

#include <QCoreApplication>

namespace kvs {

namespace {

/// The translation context of the state texts shown to people.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::ConnectionState)
};

using S = ConnectionState;
using E = ConnectionEvent;

/// The states from which the flow can fail, retry or be stopped.
bool isStep(S state)
{
    switch (state) {
    case S::ResolvingCredentials:
    case S::DescribingChannel:
    case S::GettingEndpoint:
    case S::GettingIceConfig:
    case S::Signing:
    case S::Connecting:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isTerminal(ConnectionState state)
{
    return state == S::Closed || state == S::Failed || state == S::Replaced;
}

bool isActive(ConnectionState state)
{
    return isStep(state) || state == S::Connected || state == S::Reconnecting || state == S::BackingOff;
}

std::optional<ConnectionState> nextState(ConnectionState state, ConnectionEvent event)
{
    switch (event) {
    case E::Start:
        if (state == S::Idle || isTerminal(state))
            return S::ResolvingCredentials;
        return std::nullopt;
    case E::StartWithPresignedUrl:
        if (state == S::Idle || isTerminal(state))
            return S::Signing;
        return std::nullopt;
    case E::CredentialsResolved:
        return state == S::ResolvingCredentials ? std::optional(S::DescribingChannel) : std::nullopt;
    case E::CredentialsResolvedWithArn:
        return state == S::ResolvingCredentials ? std::optional(S::GettingEndpoint) : std::nullopt;
    case E::ChannelDescribed:
        return state == S::DescribingChannel ? std::optional(S::GettingEndpoint) : std::nullopt;
    case E::EndpointResolved:
        return state == S::GettingEndpoint ? std::optional(S::GettingIceConfig) : std::nullopt;
    case E::IceConfigReceived:
        if (state == S::GettingIceConfig)
            return S::Signing;
        if (state == S::Connected)
            return S::Connected;
        return std::nullopt;
    case E::UrlSigned:
        return state == S::Signing ? std::optional(S::Connecting) : std::nullopt;
    case E::SocketOpened:
        return state == S::Connecting ? std::optional(S::Connected) : std::nullopt;
    case E::GoAwayReceived:
        return state == S::Connected ? std::optional(S::Reconnecting) : std::nullopt;
    case E::LinkLost:
        if (state == S::Connected || state == S::Reconnecting)
            return S::BackingOff;
        return std::nullopt;
    case E::RetryableFailure:
        if (isStep(state) || state == S::Connected || state == S::Reconnecting)
            return S::BackingOff;
        return std::nullopt;
    case E::TerminalFailure:
        return isActive(state) ? std::optional(S::Failed) : std::nullopt;
    case E::RetryFired:
        if (state == S::BackingOff || state == S::Reconnecting)
            return S::ResolvingCredentials;
        return std::nullopt;
    case E::RetryFiredWithPresignedUrl:
        if (state == S::BackingOff || state == S::Reconnecting)
            return S::Signing;
        return std::nullopt;
    case E::TakeoverDetected:
        return isActive(state) ? std::optional(S::Replaced) : std::nullopt;
    case E::Stop:
        if (state == S::Connected || state == S::Reconnecting)
            return S::Closing;
        if (isActive(state))
            return S::Closed;
        return std::nullopt;
    case E::SocketClosed:
        return state == S::Closing ? std::optional(S::Closed) : std::nullopt;
    }
    return std::nullopt;
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case S::Idle:
        return Text::tr("Not connected");
    case S::ResolvingCredentials:
        return Text::tr("Getting credentials…");
    case S::DescribingChannel:
        return Text::tr("Looking up the channel…");
    case S::GettingEndpoint:
        return Text::tr("Getting the signaling endpoint…");
    case S::GettingIceConfig:
        return Text::tr("Getting ICE servers…");
    case S::Signing:
        return Text::tr("Signing the connection…");
    case S::Connecting:
        return Text::tr("Connecting…");
    case S::Connected:
        return Text::tr("Connected");
    case S::Reconnecting:
        return Text::tr("Reconnecting (the service is going away)…");
    case S::BackingOff:
        return Text::tr("Waiting to retry");
    case S::Closing:
        return Text::tr("Disconnecting…");
    case S::Closed:
        return Text::tr("Disconnected");
    case S::Failed:
        return Text::tr("Failed");
    case S::Replaced:
        return Text::tr("Replaced by another client");
    }
    return {};
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case S::Idle:
        return QStringLiteral("Idle");
    case S::ResolvingCredentials:
        return QStringLiteral("ResolvingCredentials");
    case S::DescribingChannel:
        return QStringLiteral("DescribingChannel");
    case S::GettingEndpoint:
        return QStringLiteral("GettingEndpoint");
    case S::GettingIceConfig:
        return QStringLiteral("GettingIceConfig");
    case S::Signing:
        return QStringLiteral("Signing");
    case S::Connecting:
        return QStringLiteral("Connecting");
    case S::Connected:
        return QStringLiteral("Connected");
    case S::Reconnecting:
        return QStringLiteral("Reconnecting");
    case S::BackingOff:
        return QStringLiteral("BackingOff");
    case S::Closing:
        return QStringLiteral("Closing");
    case S::Closed:
        return QStringLiteral("Closed");
    case S::Failed:
        return QStringLiteral("Failed");
    case S::Replaced:
        return QStringLiteral("Replaced");
    }
    return QStringLiteral("Unknown");
}

std::optional<ConnectionState> connectionStateFromName(QStringView name)
{
    for (int i = int(S::Idle); i <= int(S::Replaced); ++i)
        if (connectionStateName(S(i)) == name)
            return S(i);
    return std::nullopt;
}

QString connectionEventName(ConnectionEvent event)
{
    switch (event) {
    case E::Start:
        return QStringLiteral("Start");
    case E::StartWithPresignedUrl:
        return QStringLiteral("StartWithPresignedUrl");
    case E::CredentialsResolved:
        return QStringLiteral("CredentialsResolved");
    case E::CredentialsResolvedWithArn:
        return QStringLiteral("CredentialsResolvedWithArn");
    case E::ChannelDescribed:
        return QStringLiteral("ChannelDescribed");
    case E::EndpointResolved:
        return QStringLiteral("EndpointResolved");
    case E::IceConfigReceived:
        return QStringLiteral("IceConfigReceived");
    case E::UrlSigned:
        return QStringLiteral("UrlSigned");
    case E::SocketOpened:
        return QStringLiteral("SocketOpened");
    case E::GoAwayReceived:
        return QStringLiteral("GoAwayReceived");
    case E::LinkLost:
        return QStringLiteral("LinkLost");
    case E::RetryableFailure:
        return QStringLiteral("RetryableFailure");
    case E::TerminalFailure:
        return QStringLiteral("TerminalFailure");
    case E::RetryFired:
        return QStringLiteral("RetryFired");
    case E::RetryFiredWithPresignedUrl:
        return QStringLiteral("RetryFiredWithPresignedUrl");
    case E::TakeoverDetected:
        return QStringLiteral("TakeoverDetected");
    case E::Stop:
        return QStringLiteral("Stop");
    case E::SocketClosed:
        return QStringLiteral("SocketClosed");
    }
    return QStringLiteral("Unknown");
}

} // namespace kvs
