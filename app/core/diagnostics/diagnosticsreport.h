#pragma once

#include "core/diagnostics/connectiontimeline.h"
#include "core/settings/connectionform.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kvs {

class EventLog;

/// One diagnostics document for support: app, Qt and OS versions, the connection form without its keys,
/// the timeline of steps and every logged event of the latest run, and the runs before it (a log that keeps
/// them: each EventKind::Run starts one) under "earlierRuns", each with its own timeline and events. UI-free;
/// text() is redacted once more as a whole, so nothing secret reaches the file even if a caller forgot.
class DiagnosticsReport final
{
public:
    /// Takes what the report shows; the form's access key id, secret access key and session token are
    /// dropped here and never stored. The timeline is folded from the log's events.
    DiagnosticsReport(const ConnectionForm &form, const EventLog &log,
                      const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

    /// Adds a top-level section (e.g. "networkTest": the network test's report, once run).
    void addSection(const QString &key, const QJsonObject &section);
    /// The whole document as JSON (not yet redacted as a whole: use text() for anything exported).
    QJsonObject toJson() const;
    /// The document as indented JSON text, passed through redact(): what the preview shows and the file
    /// holds.
    QString text() const;

private:
    QJsonObject m_form;
    QJsonObject m_sections;
    QList<TimelineStep> m_steps;
    QJsonArray m_events;
    QJsonArray m_earlierRuns;
    qint64 m_droppedEvents = 0;
    QDateTime m_generatedAt;
};

} // namespace kvs
