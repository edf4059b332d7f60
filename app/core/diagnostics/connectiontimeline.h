#pragma once

#include "core/events/engineevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace kvs {

/// One step of a connection attempt as the waterfall shows it.
struct TimelineStep
{
    QString name;       ///< "DescribeSignalingChannel", "GetSignalingChannelEndpoint", "Presign", …
    int attempt = 1;    ///< which connection attempt it belongs to (1-based)
    qint64 startMs = 0; ///< run-relative start
    qint64 endMs = -1;  ///< run-relative end; -1 while running
    QString status;     ///< "started", "ok" or "failed"
    QString detail;     ///< e.g. the error type of a failed step

    bool running() const { return endMs < 0; }
    qint64 durationMs(qint64 nowMs) const { return (running() ? nowMs : endMs) - startMs; }
};

/// A scheduled retry, for the countdown: "Retrying in 3.2 s (attempt 2 of 8): <reason>".
struct PendingRetry
{
    int attempt = 0;
    int maxAttempts = 0; ///< 0: unlimited
    qint64 scheduledAtMs = 0;
    qint64 delayMs = 0;
    QString reason; ///< the error type or cause, e.g. ClientLimitExceededException
    QString hint;   ///< what it means, e.g. "the channel already has the maximum number of viewers"

    qint64 dueAtMs() const { return scheduledAtMs + delayMs; }
    /// The countdown line at run time nowMs (never negative).
    QString countdownText(qint64 nowMs) const;
};

/// Folds engine events into the waterfall of steps and the pending retry. Pure data; feed it every event.
///
/// Event contract (fields of EngineEvent):
///  - step: name, status (started|ok|failed), ms (when ended), detail (optional)
///  - retry: attempt, maxAttempts, delayMs, reason, hint (optional)
///  - state: state (connectionStateName); any state other than BackingOff clears the pending retry
///  - media: step, text, status, ms (since the previous media step) — a step "Media: <text>"
///  - error with step "Media": the media path failed — a failed step "Media" with the error type
class ConnectionTimeline
{
public:
    /// Applies one event. Returns true when the steps or the pending retry changed.
    bool apply(const EngineEvent &event);
    void clear();

    const QList<TimelineStep> &steps() const { return m_steps; }
    const std::optional<PendingRetry> &pendingRetry() const { return m_retry; }
    int attempt() const { return m_attempt; }

private:
    QList<TimelineStep> m_steps;
    std::optional<PendingRetry> m_retry;
    int m_attempt = 1;
};

} // namespace kvs
