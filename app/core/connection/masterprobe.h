#pragma once

#include "core/signaling/icecandidate.h"
#include "core/signaling/sdpsummary.h"
#include "core/signaling/signalingmessage.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace kvs {

class ConnectionController;

/// What a master probe learned.
struct ProbeResult
{
    bool sent = false;     ///< the offer went out
    bool answered = false; ///< an SDP_ANSWER arrived in time
    int timeoutMs = 0;
    QString correlationId;
    qint64 roundTripMs = -1;          ///< offer sent → answer received
    std::optional<SdpSummary> answer; ///< codecs and directions of the answer
    CandidateTally candidates;        ///< trickled ICE candidates received, by type and transport
    int invalidCandidates = 0;        ///< candidates in the answer or trickled that did not parse
    bool endOfCandidates = false;
    std::optional<StatusResponse> status; ///< the service's STATUS_RESPONSE for our correlationId
    QString failure;                      ///< why there is no answer ("No master answered within 5 s.")

    /// {"answered", "roundTripMs", "correlationId", "media": [...], "candidates": {...}, "status", "failure"}
    QJsonObject toJson() const;
    /// One line for people.
    QString text() const;
};

/// Probes the channel's master through an open viewer connection: sends a valid recvonly SDP offer with a
/// correlationId, waits for the SDP_ANSWER (with a timeout), then collects trickled ICE candidates for a
/// short while. "No master answered" is a result, never a hang.
class MasterProbe final : public QObject
{
    Q_OBJECT

public:
    /// controller must outlive the probe; random gives values in [0, 1) (ICE credentials, correlationId).
    MasterProbe(ConnectionController &controller, std::function<double()> random, int timeoutMs,
                int candidateWaitMs = 1500, QObject *parent = nullptr);

    /// Sends the offer; the controller must be Connected (else finished() follows at once with a failure).
    void start();
    /// Sends sdp (already checked by normalizeCustomOffer) instead of the built offer; otherwise as start().
    void startWithOffer(const QString &sdp);
    /// Stops waiting: finished() follows with the failure "Cancelled." (nothing when not running).
    void cancel();
    bool isRunning() const { return m_running; }
    const ProbeResult &result() const { return m_result; }

signals:
    /// Emitted once per start() when the probe has its answer (or knows there is none).
    void finished(const kvs::ProbeResult &result);

private:
    void send(const QString &sdp, const QString &summary);
    void onMessage(const SignalingMessage &message);
    void finish(const QString &failure = {});

    ConnectionController &m_controller;
    std::function<double()> m_random;
    int m_timeoutMs;
    int m_candidateWaitMs;
    bool m_running = false;
    QElapsedTimer m_elapsed;
    QTimer *m_timer = nullptr;
    ProbeResult m_result;
};

} // namespace kvs

Q_DECLARE_METATYPE(kvs::ProbeResult)
