#include "core/diagnostics/connectiontimeline.h"

#include "core/common/duration.h"

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
    switch (event.kind) {
    case EventKind::Step: {
        const QString name = event.field("name");
        const QString status = event.field("status");
        if (status == u"started") {
            m_steps.append({name, m_attempt, event.elapsedMs, -1, status, event.field("detail")});
            return true;
        }
        // Close the latest running step of that name; a step that ends without a start is shown as instant.
        for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
            TimelineStep &step = m_steps[i];
            if (step.name == name && step.running()) {
                step.endMs = event.elapsedMs;
                step.status = status;
                step.detail = event.field("detail");
                return true;
            }
        }
        const qint64 ms = event.fields.value(u"ms").toInteger();
        m_steps.append(
            {name, m_attempt, event.elapsedMs - ms, event.elapsedMs, status, event.field("detail")});
        return true;
    }
    case EventKind::Retry: {
        PendingRetry retry;
        retry.attempt = event.fields.value(u"attempt").toInt();
        retry.maxAttempts = event.fields.value(u"maxAttempts").toInt();
        retry.delayMs = event.fields.value(u"delayMs").toInteger();
        retry.scheduledAtMs = event.elapsedMs;
        retry.reason = event.field("reason");
        retry.hint = event.field("hint");
        m_retry = retry;
        m_attempt = qMax(m_attempt + 1, retry.attempt);
        return true;
    }
    case EventKind::Media: {
        // The media path's steps end one after the other; each reports how long it took since the one
        // before ("ms"). Shown as "Media: <step>" after the signaling steps.
        const QString text = event.field("text").isEmpty() ? event.field("step") : event.field("text");
        const qint64 ms = event.fields.value(u"ms").toInteger();
        m_steps.append({QCoreApplication::translate("kvs::ConnectionTimeline", "Media: %1").arg(text),
                        m_attempt, event.elapsedMs - ms, event.elapsedMs,
                        event.field("status").isEmpty() ? QStringLiteral("ok") : event.field("status"),
                        event.field("detail")});
        return true;
    }
    case EventKind::Error:
        if (event.field("step") != u"Media")
            return false;
        // The media path failed for good: the step it waited in ends failed, named by its cause.
        m_steps.append({QStringLiteral("Media"), m_attempt, event.elapsedMs, event.elapsedMs,
                        QStringLiteral("failed"), event.field("errorType")});
        return true;
    case EventKind::Run: // a log that keeps earlier runs: this one starts from nothing
        clear();
        return true;
    case EventKind::State:
        if (event.field("state") != u"BackingOff" && m_retry) {
            m_retry.reset();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void ConnectionTimeline::clear()
{
    m_steps.clear();
    m_retry.reset();
    m_attempt = 1;
}

} // namespace kvs
