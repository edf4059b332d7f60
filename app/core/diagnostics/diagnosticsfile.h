#pragma once

#include "core/common/result.h"
#include "core/events/engineevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kvs {

/// One Connect of an exported session: its events, oldest first, starting with its EventKind::Run header
/// (made from the run's "run", "channel" and "startedAt" when an export's run lacks one).
struct DiagnosticsRun
{
    QList<EngineEvent> events;
};

/// A diagnostics export read back for a support engineer (File ▸ Open diagnostics): the customer's app
/// version, when it was made, the settings and every run's events (the latest run's "events" and the
/// "earlierRuns" before it), as the app's own views show them. The file is someone else's and may be broken
/// or hostile: its size and event count are bounded, every string is redacted again, and a malformed part
/// is an error naming it.
struct DiagnosticsFile
{
    /// The largest file read.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    /// The most events shown (an EventLog's default capacity).
    static constexpr int kMaxEvents = 20000;

    QString appVersion; ///< "app.version"
    QDateTime generatedAt;
    QJsonObject settings;      ///< "settings", redacted
    QList<EngineEvent> events; ///< the latest run ("events"), oldest first
    /// The runs before it ("earlierRuns"), oldest first; empty for an export of one run. The latest run's
    /// events come first in the kMaxEvents budget.
    QList<DiagnosticsRun> earlierRuns;
    int skippedEvents = 0; ///< entries that were not events (unknown kind, not an object) or over the cap

    /// Every run, oldest first: the earlier runs, then the latest. When there are earlier runs, each one
    /// starts with its EventKind::Run header, so a log shows where one ends and the next begins.
    QList<DiagnosticsRun> runs() const;
    QStringList otherSections; ///< top-level sections not shown in the views (media, networkTest, …)

    /// Parses the text of an export. Errors (code InvalidDiagnostics): too large, not JSON, not an object,
    /// no "events" array (not a diagnostics export).
    static Result<DiagnosticsFile> parse(QByteArrayView json);
};

} // namespace kvs
