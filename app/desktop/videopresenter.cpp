#include "desktop/videopresenter.h"

#include "media/mediaevents.h"
#include "media/mediafailure.h"
#include "media/mediasession.h"
#include "ui/videowidget.h"

#include <QImage>

namespace kvs {

VideoPresenter::VideoPresenter(ui::VideoWidget *video, std::function<ConnectionState()> state,
                               QObject *parent)
    : QObject(parent)
    , m_video(video)
    , m_state(std::move(state))
{}

void VideoPresenter::follow(media::MediaSession *media)
{
    m_mediaFailed = false;
    m_mediaPlaceholder.clear();
    m_video->clearFrame();
    m_video->setOverlayText(QString());
    connect(media, &media::MediaSession::stepFinished, this, &VideoPresenter::onMediaStep);
    connect(media, &media::MediaSession::firstFrame, this, &VideoPresenter::onFrame);
    connect(media, &media::MediaSession::frameDecoded, this, &VideoPresenter::onFrame);
    connect(media, &media::MediaSession::statsUpdated, this, &VideoPresenter::onMediaStats);
}

void VideoPresenter::onMediaStep(media::MediaStep step)
{
    switch (step) {
    case media::MediaStep::OfferSent:
        m_mediaPlaceholder = tr("Waiting for the master's answer…");
        break;
    case media::MediaStep::AnswerReceived:
    case media::MediaStep::IceGathering:
    case media::MediaStep::IceChecking:
        m_mediaPlaceholder = tr("Finding a network path to the master…");
        break;
    case media::MediaStep::IceConnected:
        m_mediaPlaceholder = tr("Securing the media (DTLS)…");
        break;
    case media::MediaStep::Dtls:
        m_mediaPlaceholder = tr("Waiting for the first video frame…");
        break;
    case media::MediaStep::FirstFrame:
        break;
    }
    updatePlaceholder();
}

void VideoPresenter::onFrame(const media::VideoFrame &frame)
{
    if (frame.isNull())
        return;
    // Zero-copy: the image shares the decoder's buffer; a heap copy of the frame keeps it alive until the
    // image's last copy goes.
    auto *keeper = new media::VideoFrame(frame);
    const QImage image(
        keeper->bits, keeper->width, keeper->height, keeper->bytesPerLine, QImage::Format_RGB32,
        [](void *info) { delete static_cast<media::VideoFrame *>(info); }, keeper);
    m_video->setFrame(image);
}

void VideoPresenter::onMediaStats(const media::MediaStats &stats)
{
    if (stats.width > 0)
        m_video->setDescription(
            QStringLiteral("%1 %2 × %3").arg(stats.videoCodec).arg(stats.width).arg(stats.height));
    QStringList lines{
        tr("Codec: %1").arg(stats.videoCodec.isEmpty() ? tr("unknown") : stats.videoCodec),
        tr("Resolution: %1 × %2").arg(stats.width).arg(stats.height),
        tr("Frame rate: %1 fps").arg(stats.fps, 0, 'f', 1),
        tr("Bit rate: %1 kbit/s").arg(stats.bitrateBps / 1000),
        tr("Packets lost: %1").arg(stats.packetsLost),
        tr("Pair: %1").arg(stats.selectedPair ? stats.selectedPair->text() : tr("not known yet")),
    };
    if (!stats.audioCodec.isEmpty())
        lines.append(tr("Audio: %1, %2 dB").arg(stats.audioCodec).arg(stats.audioLevelDb, 0, 'f', 1));
    m_video->setOverlayText(lines.join(u'\n'));
}

void VideoPresenter::showMediaFailed(media::MediaFailureCode code,
                                     const media::MediaFailureExplanation &explanation)
{
    m_mediaFailed = true;
    if (code == media::MediaFailureCode::NoAnswer)
        m_mediaPlaceholder =
            tr("No master answered on this channel. Start the master (the camera's app or the KVS sample "
               "master) on this channel, then connect again.");
    else
        m_mediaPlaceholder = tr("No video from the master — see why: %1").arg(explanation.message);
    m_video->clearFrame();
    updatePlaceholder();
}

void VideoPresenter::updatePlaceholder()
{
    const ConnectionState state = m_state();
    QString text;
    if (m_mediaFailed)
        text = m_mediaPlaceholder;
    else if (state == ConnectionState::Idle)
        text = tr("Fill in the channel and press Connect to watch its video.");
    else if (state == ConnectionState::Connected || state == ConnectionState::Reconnecting)
        text = m_mediaPlaceholder.isEmpty() ? tr("Sending the offer to the master…") : m_mediaPlaceholder;
    else if (state == ConnectionState::Closed || state == ConnectionState::Closing)
        text = tr("Disconnected. Press Connect to watch the video again.");
    else if (state == ConnectionState::Failed || state == ConnectionState::Replaced)
        text = tr("The connection failed: no video. The panel below and the log say why.");
    else if (state == ConnectionState::BackingOff)
        text = tr("Waiting to retry the connection…");
    else
        text = tr("Connecting to the signaling channel…");
    m_video->setPlaceholder(text);
}

} // namespace kvs
