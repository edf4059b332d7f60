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

/// The endpoint settings (FIPS, dual-stack, endpoint URLs, ca_bundle) of the profile the form's credentials
/// read: the chosen profile, else AWS_PROFILE or "default"; none for typed keys or unreadable files.
ProfileEndpointSettings profileEndpointSettings(const ConnectionForm &form,
                                                const QProcessEnvironment &environment);

/// Builds the plan from a form (the endpoint and CA settings of its profile included). Errors: InvalidInput
/// (the form does not validate; the message is the first invalid field's), and TlsOptions::resolve's (the CA
/// file).
Result<ConnectionPlan> planConnection(const ConnectionForm &form, const QProcessEnvironment &environment);

} // namespace kvs
