#include "core/diagnostics/connectiontimeline.h"

#include "core/common/duration.h"
#include "core/events/eventjson.h"

#include <QCoreApplication>

namespace kvs {

QString PendingRetry::countdownText(qint64 nowMs) const
{
    const qint64 remaining = qMax<qint64>(0, dueAtMs() - nowMs);
    const QString attempts =
        maxAttempts > 0 ? QCoreApplication::translate("kvs::ConnectionTimeline", "attempt %1 of %2")
                              .arg(attempt)
                              .arg(maxAttempts)
                        : QCoreApplication::translate("kvs::ConnectionTimeline", "attempt %1").arg(attempt);
    const QString cause = hint.isEmpty() ? reason : reason % u" — " % hint;
    return QCoreApplication::translate("kvs::ConnectionTimeline", "Retrying in %1 (%2): %3")
        .arg(formatDuration(remaining), attempts, cause);
}

bool ConnectionTimeline::apply(const EngineEvent &event)
{
    if (const auto *step = event.as<StepEvent>()) {
        const QString name = stepName(step->step);
        const QString status = stepStatusName(step->status);
        if (step->status == StepStatus::Started) {
            m_steps.append({name, m_attempt, event.elapsedMs, -1, status, step->detail});
            return true;
        }
        // Close the latest running step of that name; a step that ends without a start is shown as instant.
        for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
            TimelineStep &running = m_steps[i];
            if (running.name == name && running.running()) {
                running.endMs = event.elapsedMs;
                running.status = status;
                running.detail = step->detail;
                return true;
            }
        }
        const qint64 ms = step->ms.value_or(0);
        m_steps.append({name, m_attempt, event.elapsedMs - ms, event.elapsedMs, status, step->detail});
        return true;
    }
    if (const auto *retry = event.as<RetryEvent>()) {
        PendingRetry pending;
        pending.attempt = retry->attempt;
        pending.maxAttempts = retry->maxAttempts;
        pending.delayMs = retry->delayMs;
        pending.scheduledAtMs = event.elapsedMs;
        pending.reason = retry->reason;
        pending.hint = retry->hint;
        m_retry = pending;
        m_attempt = qMax(m_attempt + 1, pending.attempt);
        return true;
    }
    if (const auto *media = event.as<MediaStepEvent>()) {
        // The media path's steps end one after the other; each reports how long it took since the one
        // before. Shown as "Media: <step>" after the signaling steps.
        const QString text = media->text.isEmpty() ? media->step : media->text;
        m_steps.append({QCoreApplication::translate("kvs::ConnectionTimeline", "Media: %1").arg(text),
                        m_attempt, event.elapsedMs - media->ms, event.elapsedMs,
                        media->status.isEmpty() ? stepStatusName(StepStatus::Ok) : media->status,
                        media->detail});
        return true;
    }
    if (const auto *error = event.as<ErrorEvent>()) {
        if (error->step != Step::Media)
            return false;
        // The media path failed for good: the step it waited in ends failed, named by its cause.
        m_steps.append({stepName(Step::Media), m_attempt, event.elapsedMs, event.elapsedMs,
                        stepStatusName(StepStatus::Failed), error->errorType});
        return true;
    }
    if (event.as<RunEvent>()) { // a log that keeps earlier runs: this one starts from nothing
        clear();
        return true;
    }
    if (const auto *state = event.as<StateEvent>()) {
        if (state->state != ConnectionState::BackingOff && m_retry) {
            m_retry.reset();
            return true;
        }
    }
    return false;
}

void ConnectionTimeline::clear()
{
    m_steps.clear();
    m_retry.reset();
    m_attempt = 1;
}

} // namespace kvs
