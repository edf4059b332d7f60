#pragma once

#include "core/events/engineevent.h"
#include "core/settings/mediaoptions.h"
#include "core/signaling/signalingmessage.h"
#include "media/iceconfiguration.h"
#include "media/mediaevents.h"
#include "media/mediafailure.h"
#include "media/videoframe.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace kvs {
class ConnectionController;
} // namespace kvs

namespace kvs::media {

class ViewerPeer;

/// Receives the master's media over an open viewer connection: once the controller is Connected it starts
/// a ViewerPeer, carries its offer and candidates through the signaling session (with correlationIds) and
/// the master's answer and candidates back, times every step, watches its own timeouts (ICE never fails by
/// itself), reports candidates, state changes and stats as events through the controller, and explains a
/// failure in words. The peer survives signaling reconnects; fresh ICE servers reach it after
/// RECONNECT_ICE_SERVER or before the TURN credentials expire; lost media gets a new peer, at most
/// maxRecoveries times.
class MediaSession final : public QObject
{
    Q_OBJECT

public:
    /// controller must outlive the session.
    MediaSession(ConnectionController &controller, MediaOptions options, QObject *parent = nullptr);
    ~MediaSession() override;

    /// Stops the media (the peer is torn down); the signaling connection is not touched.
    void stop();
    /// The caller's own deadline passed before the first frame: fails with the cause that fits the step
    /// the media path is waiting in (no answer, no candidate pair, no frames). Ignored once playing.
    void expire();
    void setVolume(double volume);
    void setMuted(bool muted);

    /// The media so far (frames counted up to the newest decoded frame).
    MediaSummary summary() const;
    const VideoFrame &lastFrame() const;
    bool isPlaying() const { return m_summary.outcome == u"playing"; }
    /// The newest stats (zeros before the first report).
    const MediaStats &stats() const { return m_stats; }
    const CandidateEvidence &evidence() const { return m_evidence; }
    int maxRecoveries = 2;

signals:
    /// Every media step as it ends (also reported as a "media" event).
    void stepFinished(kvs::media::MediaStep step, qint64 ms);
    void firstFrame(const kvs::media::VideoFrame &frame);
    void frameDecoded(const kvs::media::VideoFrame &frame);
    void statsUpdated(const kvs::media::MediaStats &stats);
    /// The media path failed for good (the signaling connection may still be open).
    void failed(kvs::media::MediaFailureCode code, const kvs::media::MediaFailureExplanation &explanation);

private:
    void onControllerState();
    void startPeer();
    void launchPeer();
    void onGatheringComplete();
    void onOfferReady(const QString &sdp);
    void onLocalCandidate(int mlineIndex, const QString &candidate);
    void onMessage(const SignalingMessage &message);
    void onIceState(const QString &state);
    void onPeerState(const QString &state);
    void onFirstFrame(const VideoFrame &frame, const QString &codec);
    void onStats(const MediaStats &stats);
    void onPeerFailed(const QString &code, const QString &message);
    void onTimeout();
    void onIceServersChanged();
    void scheduleTurnRefresh();
    void flushOutbound();
    void step(MediaStep step, const QString &detail = {});
    void fail(MediaFailureCode code, const QString &detail = {});
    void recover(const QString &why);
    void discardPeer();
    void armTimeout(int ms, MediaFailureCode code);
    void report(const EventPayload &event);
    void reportCandidate(const QString &direction, const QString &candidate);

    ConnectionController &m_controller;
    MediaOptions m_options;
    QPointer<ViewerPeer> m_peer;
    IceConfiguration m_ice;
    QStringList m_turnGiven; ///< TURN URIs already handed to the peer
    QString m_correlationPrefix;
    int m_messageCounter = 0;
    QList<QByteArray> m_outbound; ///< frames waiting for the signaling connection (during a reconnect)
    QTimer *m_timeout = nullptr;
    QTimer *m_turnRefresh = nullptr;
    MediaFailureCode m_timeoutCode = MediaFailureCode::NoAnswer;
    int m_timeoutMs = 0;
    static constexpr qint64 kTurnRefusalWindowMs = 5000;
    QElapsedTimer m_sincePeerStart;
    QElapsedTimer m_sinceOffer;
    QElapsedTimer m_sinceStep;
    QString m_iceState;
    bool m_iceConnected = false;
    bool m_answered = false;
    bool m_failed = false;
    bool m_stopped = false;
    int m_proxyLookup = -1; ///< QHostInfo lookup id of the HTTP proxy's host while a start waits for it
    int m_recoveries = 0;
    MediaSummary m_summary;
    MediaStats m_stats;
    VideoFrame m_lastFrame; ///< kept when the peer goes
    CandidateEvidence m_evidence;
};

} // namespace kvs::media

Q_DECLARE_METATYPE(kvs::media::MediaStep)
