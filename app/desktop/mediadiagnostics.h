#pragma once

#include <QJsonObject>

namespace kvs {

class EventLog;
struct MediaOptions;

namespace media {
class MediaSession;
} // namespace media

/// The diagnostics export's "media" section for the log's latest run: the options, the media path's steps
/// with durations, candidates by type, the selected pair and a summary of the stats. What support asks
/// first about video; redacted with the whole report.
QJsonObject mediaDiagnostics(const EventLog &log, const media::MediaSession &session,
                             const MediaOptions &options);

} // namespace kvs
