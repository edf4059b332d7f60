#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/httpmessage.h"

namespace kvs::emulator {

class ControlPlaneApi;
class FaultInjector;
class SignalingHub;

/// The admin API under /emulator/ (loopback only, no signature): statistics, arming and clearing faults,
/// GO_AWAY, RECONNECT_ICE_SERVER, closing and dropping connections, and unanswered TURN servers.
class AdminApi final
{
public:
    /// Drives hub (connections, statistics), faults and controlPlane (TURN); config names the channels.
    AdminApi(const EmulatorConfig &config, SignalingHub &hub, FaultInjector &faults,
             ControlPlaneApi &controlPlane);

    /// True for a request under /emulator.
    static bool serves(const HttpRequest &request);
    /// The answer to an admin request; a peer off loopback is refused (403) whatever it asks.
    HttpResponse answer(const HttpRequest &request, bool fromLoopback, const QByteArray &requestId);

private:
    HttpResponse handle(const HttpRequest &request, const QByteArray &requestId);

    const EmulatorConfig &m_config;
    SignalingHub &m_hub;
    FaultInjector &m_faults;
    ControlPlaneApi &m_controlPlane;
};

} // namespace kvs::emulator
