#pragma once

#include "core/signaling/connectionstate.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kvs {

namespace media {
class MediaSession;
enum class MediaFailureCode;
enum class MediaStep;
struct MediaFailureExplanation;
struct MediaStats;
struct VideoFrame;
} // namespace media

namespace ui {
class VideoWidget;
} // namespace ui

/// The video area of the running connection: the placeholder that says what the connection and the media
/// path wait for, the decoded frames (zero-copy) and the stats overlay. AppController feeds it; the failure
/// dialog stays with AppController (one dialog per run).
class VideoPresenter final : public QObject
{
    Q_OBJECT

public:
    /// video must outlive the presenter; state reads the running connection's state (Idle without one).
    VideoPresenter(ui::VideoWidget *video, std::function<ConnectionState()> state, QObject *parent = nullptr);

    /// A new run: no picture, no overlay; shows media's steps, frames and stats from now on.
    void follow(media::MediaSession *media);
    /// The media path failed: the placeholder says why, the last picture goes.
    void showMediaFailed(media::MediaFailureCode code, const media::MediaFailureExplanation &explanation);
    /// Shows the placeholder for the connection's state now.
    void updatePlaceholder();

private:
    void onMediaStep(media::MediaStep step);
    void onFrame(const media::VideoFrame &frame);
    void onMediaStats(const media::MediaStats &stats);

    ui::VideoWidget *m_video;
    std::function<ConnectionState()> m_state;
    QString m_mediaPlaceholder; ///< what the media path waits for, while connected; empty before it starts
    bool m_mediaFailed = false;
};

} // namespace kvs
