#pragma once

#include "core/events/eventtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <variant>

namespace kvs {

/// What a connection event reports. The names are the `"event"` values of `kvs-viewer-cli connect --json`.
enum class EventKind
{
    Step,      ///< StepEvent
    State,     ///< StateEvent
    Http,      ///< HttpEvent
    Retry,     ///< RetryEvent
    Message,   ///< MessageEvent
    ClockSkew, ///< ClockSkewEvent
    Error,     ///< ErrorEvent
    Warning,   ///< WarningEvent
    Info,      ///< InfoEvent
    Media,     ///< MediaStepEvent
    Ice,       ///< IceEvent
    Candidate, ///< CandidateEvent
    Stats,     ///< StatsEvent
    Summary,   ///< SummaryEvent
    Run,       ///< RunEvent
};

/// The JSON name of a kind ("step", "clockSkew", …).
QString eventKindName(EventKind kind);

/// One value per kind, in EventKind's order (the variant's index is the kind).
using EventPayload = std::variant<StepEvent, StateEvent, HttpEvent, RetryEvent, MessageEvent, ClockSkewEvent,
                                  ErrorEvent, WarningEvent, InfoEvent, MediaStepEvent, IceEvent,
                                  CandidateEvent, StatsEvent, SummaryEvent, RunEvent>;

/// One timed event of a connection: a typed value (payload) with its times. Strings in it are already
/// redacted: make events only through make(), which passes every string through kvs::redact().
/// JSON exists only at the edges, through the serialiser (core/events/eventjson.h): toJson() for --json, the
/// diagnostics export and the log's detail pane; fromJson() for an export read back.
struct EngineEvent
{
    EventKind kind = EventKind::Info;
    qint64 elapsedMs = 0; ///< since the run started: the "t" of the JSON form
    QDateTime wallTime;   ///< UTC
    EventPayload payload = InfoEvent{};

    /// Builds an event from a typed value, redacting every string in it.
    static EngineEvent make(qint64 elapsedMs, const QDateTime &wallTime, EventPayload payload);
    /// Builds an event from its JSON fields (the serialiser's reader: a diagnostics export read back, tests),
    /// redacting every string value.
    static EngineEvent make(EventKind kind, qint64 elapsedMs, const QDateTime &wallTime,
                            const QJsonObject &fields);

    /// The payload as T, or nullptr when the event is of another kind.
    template <typename T>
    const T *as() const
    {
        return std::get_if<T>(&payload);
    }

    /// {"event": "<kind>", "t": elapsedMs, ...fields} (the serialiser's output).
    QJsonObject toJson() const;
    /// The JSON fields without "event" and "t" (for the log's detail pane and tests).
    QJsonObject fields() const;
    /// One JSON field as text (numbers written out), for tests and the detail pane.
    QString field(const char *name) const;
    /// One line for people, e.g. "GetSignalingChannelEndpoint: ok (84 ms)".
    QString text() const;
};

} // namespace kvs

Q_DECLARE_METATYPE(kvs::EngineEvent)
