#pragma once

#include "core/common/result.h"
#include "core/events/engineevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kvs {

/// A diagnostics export read back for a support engineer (File ▸ Open diagnostics): the customer's app
/// version, when it was made, the settings and the events, as the app's own views show them. The file is
/// someone else's and may be broken or hostile: its size and event count are bounded, every string is
/// redacted again, and a malformed part is an error naming it.
struct DiagnosticsFile
{
    /// The largest file read.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    /// The most events shown (an EventLog's default capacity).
    static constexpr int kMaxEvents = 20000;

    QString appVersion; ///< "app.version"
    QDateTime generatedAt;
    QJsonObject settings;      ///< "settings", redacted
    QList<EngineEvent> events; ///< oldest first
    int skippedEvents = 0;     ///< entries that were not events (unknown kind, not an object) or over the cap
    QStringList otherSections; ///< top-level sections not shown in the views (media, networkTest, …)

    /// Parses the text of an export. Errors (code InvalidDiagnostics): too large, not JSON, not an object,
    /// no "events" array (not a diagnostics export).
    static Result<DiagnosticsFile> parse(QByteArrayView json);
};

} // namespace kvs
