#pragma once

#include "core/settings/mediaoptions.h"
#include "media/callbackbridge.h"
#include "media/iceconfiguration.h"
#include "media/mediaevents.h"
#include "media/videoframe.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace kvs::media {

struct ViewerPeerShared;

/// The viewer's WebRTC peer on GStreamer webrtcbin: offers receive-only video (H.264 and/or VP8) and audio
/// (Opus) with trickle ICE and a browser-style BUNDLE group, applies the master's answer and candidates,
/// decodes video to VideoFrames and audio to the system output (or measures it only). Knows nothing of
/// signaling: MediaSession carries its offer and candidates. Every signal is emitted on the Qt thread.
class ViewerPeer final : public QObject
{
    Q_OBJECT

public:
    ViewerPeer(MediaOptions options, IceConfiguration ice, QObject *parent = nullptr);
    ~ViewerPeer() override;

    /// Builds the pipeline and asks webrtcbin for an offer (offerReady() follows). False with the reason
    /// (a missing GStreamer element and its package, …) when it cannot.
    bool start(QString *error);
    /// Applies the master's SDP answer; answerApplied() or failed() follows.
    void applyAnswer(const QString &sdp);
    /// Adds a candidate trickled by the master ("candidate:…"; an empty one ends the master's candidates).
    void addRemoteCandidate(int mlineIndex, const QString &candidate);
    /// Gives the ICE agent more TURN servers (fresh credentials after RECONNECT_ICE_SERVER or a TTL).
    void addTurnServers(const QStringList &webrtcTurnUris);
    /// Audio volume 0..1 and mute (only with MediaOptions::playAudio).
    void setVolume(double volume);
    void setMuted(bool muted);

    /// The mid of an m-line of our offer (for the candidates' sdpMid).
    QString midOf(int mlineIndex) const;
    const QString &offerSdp() const { return m_offerSdp; }
    const MediaStats &stats() const { return m_stats; }
    /// The most recent decoded frame (null before the first).
    const VideoFrame &lastFrame() const { return m_lastFrame; }

signals:
    void offerReady(const QString &sdp);
    void localCandidate(int mlineIndex, const QString &candidate);
    /// Our gathering finished (webrtcbin's ice-gathering-state complete).
    void gatheringComplete();
    void answerApplied();
    /// webrtcbin's ice-connection-state: new, checking, connected, completed, failed, disconnected, closed.
    void iceConnectionStateChanged(const QString &state);
    /// webrtcbin's connection-state (ICE and DTLS together): new, connecting, connected, disconnected,
    /// failed, closed.
    void peerConnectionStateChanged(const QString &state);
    /// The first decoded frame of this peer.
    void firstFrame(const kvs::media::VideoFrame &frame, const QString &codec);
    /// Every decoded frame that the Qt thread had time for (at most one waits at a time).
    void frameDecoded(const kvs::media::VideoFrame &frame);
    /// Every statsIntervalMs once the answer is applied.
    void statsUpdated(const kvs::media::MediaStats &stats);
    /// Something broke inside the pipeline (an element error, a refused answer): code and a sentence.
    void failed(const QString &code, const QString &message);

private:
    friend struct ViewerPeerShared;
    void pollStats();
    void onStatsSnapshot(const WebrtcStatsSnapshot &snapshot);
    void onFrame(const VideoFrame &frame);

    MediaOptions m_options;
    IceConfiguration m_ice;
    CallbackBridgePtr m_bridge;
    std::shared_ptr<ViewerPeerShared> m_shared;
    QString m_offerSdp;
    QStringList m_mids;
    MediaStats m_stats;
    VideoFrame m_lastFrame;
    QTimer *m_statsTimer = nullptr;
    QElapsedTimer m_statsClock;
    qint64 m_lastStatsFrames = 0;
    qint64 m_lastStatsBytes = 0;
    qint64 m_lastStatsMs = 0;
};

} // namespace kvs::media
