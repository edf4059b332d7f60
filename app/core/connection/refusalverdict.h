#pragma once

#include "core/controlplane/controlplaneclient.h"
#include "core/events/failureexplainer.h"
#include "core/signaling/handshakediagnostics.h"

#include <QString>

#include <optional>

namespace kvs {

/// What a refused WebSocket upgrade means, from what the refusal itself said (Qt's status) and what the
/// diagnostic replay of the same request answered. A refusal is never a network failure; a replay that was
/// accepted is reported as exactly that. Pure.
struct RefusalVerdict
{
    std::optional<HttpExchange> replayAnswer; ///< the replay's answer, for the timeline (not for a 101)
    QString said; ///< what the replay told (accepted, or failed), when it told nothing
    std::optional<HttpExchange> firstAnswer; ///< the refusal's own status, when only that is known
    Failure failure;                         ///< the attempt's failure
    bool signatureTime = false; ///< the service named the signature time (the clock may be at fault)
};

/// refusedStatus: the HTTP status Qt's error named for the refusal (0: none); wssEndpoint: for the timeline.
RefusalVerdict judgeRefusal(const HandshakeRejection &replay, int refusedStatus, const QString &wssEndpoint);

} // namespace kvs
