#pragma once

#include "core/events/engineevent.h"

#include <QJsonObject>

#include <optional>

namespace kvs {

/// The one serialiser of engine events: the only place their JSON keys and the step names are written. Used
/// at the edges only — the CLI's --json, the diagnostics export and its reader (DiagnosticsFile), the log's
/// detail pane. Everything inside the engine passes typed values (core/events/eventtypes.h).

/// The event's fields as JSON, without "event" and "t" (keys as `kvs-viewer-cli connect --json` documents
/// them).
QJsonObject eventFieldsToJson(const EventPayload &payload);
/// {"event": "<kind>", "t": elapsedMs, ...fields}
QJsonObject eventToJson(const EngineEvent &event);
/// The diagnostics export's form of an event: eventToJson() and "time" (the UTC wall time, ISO 8601 with ms).
QJsonObject eventToExportJson(const EngineEvent &event);
/// An event of a diagnostics export read back (redacted again); none for an unknown "event" kind.
std::optional<EngineEvent> eventFromExportJson(const QJsonObject &json);
/// A --json line that is not an engine event (the probe's result, the run's summary): {"event": name, "t":
/// elapsedMs, ...fields}, every string redacted.
QJsonObject runObjectToJson(const QString &name, qint64 elapsedMs, const QJsonObject &fields);
/// The event's fields with its "t" (the diagnostics export's media steps).
QJsonObject eventFieldsWithTime(const EngineEvent &event);
/// The typed value of a kind's JSON fields (the reader: an export read back). Missing keys take their
/// defaults; unknown keys are ignored.
EventPayload eventPayloadFromJson(EventKind kind, const QJsonObject &fields);
/// "started", "ok", "failed"
QString stepStatusName(StepStatus status);
/// The status with this name ("started", "ok"; anything else is failed).
StepStatus stepStatusFromName(QStringView name);
/// "in", "out"
QString messageDirectionName(MessageDirection direction);
/// The kind with this JSON name ("clockSkew"); none for another name.
std::optional<EventKind> eventKindFromName(QStringView name);

} // namespace kvs
