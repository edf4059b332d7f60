#pragma once

#include "connectioncontroller.h"
#include "connectionform.h"
#include "result.h"

#include <QProcessEnvironment>

namespace kvs {

/// What the form asks to connect to, ready for a ConnectionController (or an AccessCheck): the one place
/// the form becomes a target and settings, so Connect, Check access and the ICE servers view use the same
/// channel, region, ClientId, endpoint and trust store.
struct ConnectionPlan
{
    ConnectionTarget target;
    ConnectionSettings settings;
};

/// Builds the plan from a form. Errors: InvalidInput (the form does not validate; the message is the
/// first invalid field's), and TlsOptions::resolve's (the CA file).
Result<ConnectionPlan> planConnection(const ConnectionForm &form, const QProcessEnvironment &environment);

} // namespace kvs
