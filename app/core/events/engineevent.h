#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace kvs {

/// What a connection event reports. The names are the `"event"` values of `kvs-viewer-cli connect --json`.
enum class EventKind
{
    Step,      ///< a step of the flow started or ended: name, status (started|ok|failed), ms
    State,     ///< the connection state changed: state
    Http,      ///< a service answer worth showing: status, errorType, requestId, message
    Retry,     ///< a retry was scheduled: attempt, delayMs, reason
    Message,   ///< a signaling message went in or out: direction (in|out), messageType, summary
    ClockSkew, ///< the local clock differs from the service's: offsetMs
    Error,     ///< a failure explained: errorType, message, hint
    Warning,   ///< something the user should know that is not a failure: message
    Info,      ///< anything else worth a line: message
    Media,     ///< a step of the media path: step (offer|answer|iceGathering|…|firstFrame), status, ms
    Ice,       ///< an ICE or peer-connection state change: state or connectionState
    Candidate, ///< an ICE candidate gathered (local) or received (remote): direction, type, transport,
               ///< address
    Stats,     ///< once per second while media flows: fps, bitrate, frames, loss, jitter, selected pair
    Summary,   ///< the final outcome of a run
    Run,       ///< a new run (Connect) begins in a log that keeps earlier ones: run (1, 2, …), channel
};

/// The JSON name of a kind ("step", "clockSkew", …).
QString eventKindName(EventKind kind);

/// One timed event of a connection. Fields are kind-specific (see EventKind) and already redacted:
/// construct events only through make(), which passes every string through kvs::redact().
struct EngineEvent
{
    EventKind kind = EventKind::Info;
    qint64 elapsedMs = 0; ///< since the run started: the "t" of the JSON form
    QDateTime wallTime;   ///< UTC
    QJsonObject fields;

    /// Builds an event, redacting every string value in fields (recursively).
    static EngineEvent make(EventKind kind, qint64 elapsedMs, const QDateTime &wallTime,
                            const QJsonObject &fields);

    /// {"event": "<kind>", "t": elapsedMs, ...fields}
    QJsonObject toJson() const;
    /// One line for people, e.g. "step GetSignalingChannelEndpoint ok (84 ms)".
    QString text() const;
    /// Convenience accessor for a string field.
    QString field(const char *name) const;
};

} // namespace kvs

Q_DECLARE_METATYPE(kvs::EngineEvent)
