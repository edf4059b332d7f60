#pragma once

#include "core/common/clock.h"
#include "emulator/builtinmaster.h"
#include "emulator/emulatorconfig.h"
#include "emulator/faultinjector.h"
#include "emulator/mastermedia.h"
#include "emulator/requestverifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace kvs::emulator {

/// The largest WebSocket frame and message the emulator takes from a client (README, "Limits"): Qt closes a
/// connection that sends more with 1009 (message too big) instead of buffering it. The service's own
/// payload limit (EmulatorLimits::maxPayloadChars) is far below.
inline constexpr qint64 kMaxIncomingWebSocketFrameBytes = 64 * 1024;
inline constexpr qint64 kMaxIncomingWebSocketMessageBytes = 64 * 1024;

/// The data plane's state: who is connected to which channel, relaying between master and viewers, limits,
/// undelivered messages, timers, GO_AWAY and RECONNECT_ICE_SERVER, the built-in master and the statistics.
class SignalingHub final : public QObject
{
    Q_OBJECT

public:
    /// now() must return the emulator's clock (machine clock plus configured offset).
    SignalingHub(const EmulatorConfig &config, std::function<QDateTime()> now, FaultInjector &faults,
                 QObject *parent = nullptr);
    ~SignalingHub() override;

    /// When on, a built-in master answers every offer on channels with no master connected.
    void setBuiltInMaster(bool enabled) { m_master->setEnabled(enabled); }
    bool builtInMaster() const { return m_master->isEnabled(); }
    /// With a factory, the built-in master answers with real media (one peer per viewer); without, it
    /// answers with SDP only (SdpAnswerer) and no media flows.
    void setMasterMediaFactory(MasterMediaFactory factory) { m_master->setMediaFactory(std::move(factory)); }
    bool hasMasterMedia() const { return m_master->hasMedia(); }

    /// The limits checked just before the handshake completes: connects per second per channel and viewers
    /// per channel. nullopt admits the connection: it counts towards the connect rate, and an admitted viewer
    /// holds its slot until attach() or releaseAdmission(), so handshakes admitted together cannot exceed
    /// maxViewersPerChannel.
    std::optional<Error> admit(const VerifiedConnect &connect);
    /// Gives back the slot an admitted viewer held since admit(): for a handshake whose upgrade failed.
    void releaseAdmission(const QString &channelArn, const QString &clientId);
    /// Takes over an upgraded socket for channelArn (clientId empty for a master); an admitted viewer's
    /// reserved slot becomes its connection. transport is the TCP/TLS socket under it: every byte the client
    /// sends (pings included) counts as activity.
    void attach(QWebSocket *socket, const QString &channelArn, const QString &clientId,
                QTcpSocket *transport = nullptr);

    /// Sends GO_AWAY to the matching connections and closes them after the grace period. Returns how many.
    int goAway(const QString &channelArn, const std::optional<QString> &clientId,
               std::optional<double> graceSeconds);
    /// Sends RECONNECT_ICE_SERVER to the matching connections. Returns how many.
    int reconnectIceServer(const QString &channelArn, const std::optional<QString> &clientId);
    /// Closes the matching connections with code and reason. Returns how many.
    /// Cuts matching connections without a close frame (a dropped link, as a client sees one); returns
    /// how many were cut.
    int dropConnections(const QString &channelArn, const std::optional<QString> &clientId);
    int closeConnections(const QString &channelArn, const std::optional<QString> &clientId, int code,
                         const QString &reason);

    /// Counts a connect or control-plane call attempt, and its rejection.
    void recordAttempt(const QString &action);
    void recordRejection(const QString &action, const QString &errorType);
    /// Everything GET /emulator/stats returns.
    QJsonObject stats() const;

signals:
    /// Emitted when a message was delivered to its recipient (also from the undelivered queue).
    void messageRelayed(const QString &channelArn, const QString &messageType);
    /// Emitted when a connection was closed by the emulator, with the reason given.
    void connectionClosedByEmulator(const QString &channelArn, const QString &clientId,
                                    const QString &reason);

private:
    struct Connection
    {
        QPointer<QWebSocket> socket;
        QString channelArn;
        QString clientId; ///< empty for the master
        QList<qint64> sdpTimes;
        QList<qint64> iceTimes;
        /// Fires at the earliest moment the connection can be idle; touch() only notes the time (restarting
        /// a timer per message costs a search through every timer of the event loop).
        QTimer *idleTimer = nullptr;
        qint64 lastActivityMs = 0; ///< m_activityClock time of the last frame from the client
        QTimer *lifetimeTimer = nullptr;
        bool closing = false;
        bool closeHandshake = false; ///< a close frame was exchanged (a clean close, not a dead link)
        bool silenced = false;       ///< taken over silently: nothing is delivered to or from it any more
        bool isMaster() const { return clientId.isEmpty(); }
    };
    struct PendingMessage
    {
        QString senderClientId;    ///< empty: from the master
        QString recipientClientId; ///< empty: to the master
        QString messageType;
        QString payload;
        qint64 expiresAtMs = 0;
    };
    struct ChannelState
    {
        Connection *master = nullptr;
        QHash<QString, Connection *> viewers;
        QHash<QString, qint64> staleViewers; ///< ClientId → when its slot frees (link dropped, no close)
        QHash<QString, int> admittedViewers; ///< ClientId → handshakes admitted and still being upgraded
        QList<qint64> viewerConnectTimes;
        QList<qint64> masterConnectTimes;
        QList<PendingMessage> pending;
    };

    qint64 nowMs() const { return m_now().toMSecsSinceEpoch(); }
    QElapsedTimer m_activityClock; ///< monotonic: for idle timeouts only
    void onTextMessage(Connection *connection, const QString &text);
    void onDisconnected(Connection *connection);
    void relay(Connection *from, const QString &type, const QString &payload, const QString &recipient);
    bool deliver(const QString &channelArn, const PendingMessage &message);
    void flushPending(const QString &channelArn);
    void sendStatusResponse(Connection *connection, const QString &correlationId, const QString &errorType,
                            const QString &description);
    void closeConnection(Connection *connection, int code, const QString &reason, bool abrupt = false);
    QList<Connection *> matching(const QString &channelArn, const std::optional<QString> &clientId) const;
    void touch(Connection *connection);
    void replace(Connection *old);
    /// Viewers on the channel plus stale slots still held (expired ones are dropped first).
    int occupiedViewerSlots(ChannelState &channel, const QString &exceptClientId);

    const EmulatorConfig &m_config;
    std::function<QDateTime()> m_now;
    FaultInjector &m_faults;
    std::unique_ptr<BuiltInMaster> m_master; ///< answers where no master is connected
    QHash<QString, ChannelState> m_channels;
    QHash<QWebSocket *, Connection *> m_connections;
    QHash<QString, int> m_attempts;
    QHash<QString, QHash<QString, int>> m_rejections;
    QHash<QString, int> m_relayed;
    int m_messagesRejected = 0;
};

} // namespace kvs::emulator
