#pragma once

#include "core/connection/connectioncontroller.h"
#include "core/events/eventjson.h"

namespace kvs {

/// Reports a typed event through a controller's run (its times, its log). Temporary: until the controller
/// takes typed events (its ConnectionReporter), the value crosses as the serialiser's JSON form.
inline void reportEvent(ConnectionController &controller, const EventPayload &event)
{
    controller.report(static_cast<EventKind>(event.index()), eventFieldsToJson(event));
}

} // namespace kvs
