// Over 400 lines on purpose: one job, the data plane's state. Admission, attach/replace/takeover, relaying
// and holding messages, the per-connection limits and timers and the admin actions all read and change the
// same channel and connection tables; split across classes they would share them anyway. The built-in master
// (builtinmaster.cpp) and the upgrade (dataplanegate.cpp) live apart.
#include "emulator/signalinghub.h"

#include "core/common/validation.h"
#include "emulator/emulatorlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace kvs::emulator {
namespace {

const QString kSdpOffer = QStringLiteral("SDP_OFFER");
const QString kSdpAnswer = QStringLiteral("SDP_ANSWER");
const QString kIceCandidate = QStringLiteral("ICE_CANDIDATE");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString who(const QString &clientId)
{
    return clientId.isEmpty() ? QStringLiteral("master") : QStringLiteral("viewer ") + clientId;
}

/// Milliseconds for a QTimer, clamped to [0, INT_MAX]: converting a double outside int's range is undefined
/// behaviour (graceSeconds comes from the unauthenticated admin API), and NaN becomes 0.
int toMs(double seconds)
{
    const double ms = seconds * 1000.0;
    if (!(ms > 0.0))
        return 0;
    return ms >= 2147483647.0 ? 2147483647 : static_cast<int>(ms);
}

/// Drops timestamps older than one second and says whether another one still fits under limit.
bool withinRate(QList<qint64> &times, qint64 now, int limit)
{
    times.removeIf([now](qint64 t) { return now - t >= 1000; });
    if (times.size() >= limit)
        return false;
    times.append(now);
    return true;
}

} // namespace

SignalingHub::SignalingHub(const EmulatorConfig &config, std::function<QDateTime()> now,
                           FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_now(std::move(now))
    , m_faults(faults)
    , m_master(
          std::make_unique<BuiltInMaster>(faults, [this](const QString &channelArn, const QString &viewerId,
                                                         const QString &type, const QString &payload) {
              deliver(channelArn, PendingMessage{QString(), viewerId, type, payload, nowMs() + 60000});
          }))
{
    m_activityClock.start();
}

SignalingHub::~SignalingHub()
{
    for (Connection *connection : std::as_const(m_connections)) {
        // The sockets came from QWebSocketServer::nextPendingConnection() without a parent: the hub owns
        // the ones still open.
        if (connection->socket) {
            connection->socket->disconnect(this);
            delete connection->socket.data();
        }
        delete connection;
    }
}

std::optional<Error> SignalingHub::admit(const VerifiedConnect &connect)
{
    ChannelState &channel = m_channels[connect.channelArn];
    const qint64 now = nowMs();
    // Masters and viewers have separate per-second budgets on a channel.
    QList<qint64> &times = connect.isMaster() ? channel.masterConnectTimes : channel.viewerConnectTimes;
    const int perSecond = connect.isMaster() ? m_config.limits.masterConnectsPerSecondPerChannel
                                             : m_config.limits.connectsPerSecondPerChannel;
    times.removeIf([now](qint64 t) { return now - t >= 1000; });
    if (times.size() >= perSecond)
        return Error{QStringLiteral("ClientLimitExceededException"),
                     QStringLiteral("The connection rate limit for the channel is exceeded: at most %1 %2 "
                                    "connections per second. Retry with exponential backoff.")
                         .arg(perSecond)
                         .arg(connect.isMaster() ? QStringLiteral("master") : QStringLiteral("viewer"))};
    if (!connect.isMaster() && !channel.viewers.contains(connect.clientId) &&
        occupiedViewerSlots(channel, connect.clientId) >= m_config.limits.maxViewersPerChannel)
        return Error{QStringLiteral("ClientLimitExceededException"),
                     QStringLiteral("The channel already has the maximum of %1 connected viewers.")
                         .arg(m_config.limits.maxViewersPerChannel)};
    times.append(now);
    if (!connect.isMaster())
        ++channel.admittedViewers[connect.clientId];
    return std::nullopt;
}

void SignalingHub::releaseAdmission(const QString &channelArn, const QString &clientId)
{
    auto channel = m_channels.find(channelArn);
    if (channel == m_channels.end())
        return;
    auto admitted = channel->admittedViewers.find(clientId);
    if (admitted != channel->admittedViewers.end() && --admitted.value() <= 0)
        channel->admittedViewers.erase(admitted);
}

int SignalingHub::occupiedViewerSlots(ChannelState &channel, const QString &exceptClientId)
{
    const qint64 now = nowMs();
    channel.staleViewers.removeIf(
        [now](const QHash<QString, qint64>::iterator &it) { return it.value() <= now; });
    // Each ClientId holds one slot, whether connected, being upgraded or stale; a viewer coming back with its
    // own ClientId takes its slot back.
    QSet<QString> others;
    for (auto it = channel.staleViewers.cbegin(); it != channel.staleViewers.cend(); ++it)
        others.insert(it.key());
    for (auto it = channel.admittedViewers.cbegin(); it != channel.admittedViewers.cend(); ++it)
        others.insert(it.key());
    others.remove(exceptClientId);
    int notConnected = 0;
    for (const QString &clientId : std::as_const(others))
        notConnected += channel.viewers.contains(clientId) ? 0 : 1;
    return static_cast<int>(channel.viewers.size()) + notConnected;
}

void SignalingHub::attach(QWebSocket *socket, const QString &channelArn, const QString &clientId,
                          QTcpSocket *transport)
{
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingWebSocketFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingWebSocketMessageBytes);
    auto *connection = new Connection;
    connection->socket = socket;
    connection->channelArn = channelArn;
    connection->clientId = clientId;
    m_connections.insert(socket, connection);
    if (!clientId.isEmpty())
        releaseAdmission(channelArn, clientId); // the reserved slot is now this connection
    ChannelState &channel = m_channels[channelArn];

    Connection *replaced = nullptr;
    if (clientId.isEmpty()) {
        replaced = channel.master;
        channel.master = connection;
    } else {
        replaced = channel.viewers.value(clientId, nullptr);
        channel.viewers.insert(clientId, connection);
    }

    connection->idleTimer = new QTimer(socket);
    connection->idleTimer->setSingleShot(true);
    connection->idleTimer->setInterval(toMs(m_config.limits.idleTimeoutSeconds));
    // Observed: the service ends a connection with 1001 "Going away" (the documented idle and maximum
    // durations give no close code).
    connect(connection->idleTimer, &QTimer::timeout, this, [this, connection] {
        const qint64 idleMs = toMs(m_config.limits.idleTimeoutSeconds);
        const qint64 quietMs = m_activityClock.elapsed() - connection->lastActivityMs;
        if (quietMs < idleMs) { // a frame came since: wait for the rest
            connection->idleTimer->start(static_cast<int>(idleMs - quietMs));
            return;
        }
        logLine(QStringLiteral("idle timeout: nothing from %1 for %2 s")
                    .arg(who(connection->clientId))
                    .arg(m_config.limits.idleTimeoutSeconds));
        closeConnection(connection, QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Going away"));
    });
    connection->lastActivityMs = m_activityClock.elapsed();
    connection->idleTimer->start();
    connection->lifetimeTimer = new QTimer(socket);
    connection->lifetimeTimer->setSingleShot(true);
    connection->lifetimeTimer->setInterval(toMs(m_config.limits.maxConnectionSeconds));
    connect(connection->lifetimeTimer, &QTimer::timeout, this, [this, connection] {
        logLine(QStringLiteral("maximum connection duration of %1 s reached for %2")
                    .arg(m_config.limits.maxConnectionSeconds)
                    .arg(who(connection->clientId)));
        closeConnection(connection, QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Going away"));
    });
    connection->lifetimeTimer->start();

    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, connection](const QString &text) { onTextMessage(connection, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, connection] { touch(connection); });
    connect(socket, &QWebSocket::pong, this, [this, connection] { touch(connection); });
    // QWebSocket answers a client's ping itself and tells nobody: every frame from the client (pings
    // included) arrives as bytes on the transport, which is what keeps a connection from going idle.
    if (transport) {
        QPointer<QWebSocket> guard(socket);
        connect(transport, &QIODevice::readyRead, this, [this, guard, connection] {
            if (guard && m_connections.value(guard.data()) == connection)
                touch(connection);
        });
    }
    // QWebSocket says aboutToClose when a close frame is sent or answered, never when the link just dies.
    connect(socket, &QWebSocket::aboutToClose, this, [connection] { connection->closeHandshake = true; });
    connect(socket, &QWebSocket::disconnected, this, [this, connection] { onDisconnected(connection); });
    logLine(QStringLiteral("connected: %1 on %2").arg(who(clientId), channelArn));

    if (!clientId.isEmpty())
        channel.staleViewers.remove(clientId);
    if (replaced)
        replace(replaced);
    flushPending(channelArn);
}

void SignalingHub::replace(Connection *old)
{
    // The newer connection takes precedence (documented); what the older socket sees is unconfirmed.
    if (m_config.behaviour.takeoverStyle == TakeoverStyle::Silent) {
        old->silenced = true;
        logLine(QStringLiteral("taken over silently: %1 on %2 gets nothing more")
                    .arg(who(old->clientId), old->channelArn));
        return;
    }
    closeConnection(old, m_config.behaviour.takeoverCloseCode, m_config.behaviour.takeoverCloseReason);
}

void SignalingHub::touch(Connection *connection)
{
    connection->lastActivityMs = m_activityClock.elapsed();
}

void SignalingHub::onDisconnected(Connection *connection)
{
    ChannelState &channel = m_channels[connection->channelArn];
    if (connection->isMaster() && channel.master == connection)
        channel.master = nullptr;
    if (!connection->isMaster() && channel.viewers.value(connection->clientId) == connection) {
        channel.viewers.remove(connection->clientId);
        m_master->forget(connection->channelArn, connection->clientId);
        // A link that died without a close frame keeps its viewer slot until it times out; a clean
        // close frees it.
        if (!connection->closeHandshake && m_config.limits.staleViewerSlotSeconds > 0) {
            channel.staleViewers.insert(connection->clientId,
                                        nowMs() + toMs(m_config.limits.staleViewerSlotSeconds));
            logLine(QStringLiteral("%1 dropped without a close: its slot stays taken for %2 s")
                        .arg(who(connection->clientId))
                        .arg(m_config.limits.staleViewerSlotSeconds));
        }
    }
    logLine(QStringLiteral("disconnected: %1 on %2").arg(who(connection->clientId), connection->channelArn));
    QWebSocket *socket = connection->socket.data();
    if (socket) {
        socket->disconnect(this);
        connection->idleTimer->stop();
        connection->lifetimeTimer->stop();
    }
    m_connections.remove(socket);
    delete connection;
    if (socket)
        socket->deleteLater();
}

void SignalingHub::closeConnection(Connection *connection, int code, const QString &reason, bool abrupt)
{
    if (connection->closing || !connection->socket)
        return;
    connection->closing = true;
    ChannelState &channel = m_channels[connection->channelArn];
    // A closing connection no longer counts as the channel's master or as a viewer.
    if (connection->isMaster() && channel.master == connection)
        channel.master = nullptr;
    if (!connection->isMaster() && channel.viewers.value(connection->clientId) == connection) {
        channel.viewers.remove(connection->clientId);
        if (abrupt && m_config.limits.staleViewerSlotSeconds > 0)
            channel.staleViewers.insert(connection->clientId,
                                        nowMs() + toMs(m_config.limits.staleViewerSlotSeconds));
    }
    logLine(QStringLiteral("closing %1 on %2: %3 (%4)")
                .arg(who(connection->clientId), connection->channelArn, reason)
                .arg(code));
    emit connectionClosedByEmulator(connection->channelArn, connection->clientId, reason);
    if (abrupt)
        connection->socket->abort(); // no close frame: the client sees the link die
    else
        connection->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

int SignalingHub::dropConnections(const QString &channelArn, const std::optional<QString> &clientId)
{
    const QList<Connection *> targets = matching(channelArn, clientId);
    for (Connection *connection : targets)
        closeConnection(connection, QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                        QStringLiteral("dropped"), true);
    return static_cast<int>(targets.size());
}

void SignalingHub::onTextMessage(Connection *connection, const QString &text)
{
    touch(connection);
    if (connection->closing || connection->silenced)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        logLine(QStringLiteral("ignored a message that is not a JSON object from %1")
                    .arg(who(connection->clientId)));
        return;
    }
    // Keys are accepted in any case (the C SDK capitalises them); unknown keys are ignored.
    QHash<QString, QJsonValue> fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.insert(it.key().toLower(), it.value());
    static const QRegularExpression correlationPattern(QStringLiteral("^[a-zA-Z0-9_.-]{1,256}$"));
    QString correlationId = fields.value(QStringLiteral("correlationid")).toString();
    if (!correlationPattern.match(correlationId).hasMatch())
        correlationId.clear();
    auto fail = [&](const QString &errorType, const QString &description) {
        ++m_messagesRejected;
        logLine(QStringLiteral("rejected a message from %1: %2").arg(who(connection->clientId), description));
        if (!correlationId.isEmpty())
            sendStatusResponse(connection, correlationId, errorType, description);
    };

    const QString action = fields.value(QStringLiteral("action")).toString();
    if (action != kSdpOffer && action != kSdpAnswer && action != kIceCandidate)
        return fail(QStringLiteral("InvalidArgumentException"),
                    QStringLiteral("The action must be one of SDP_OFFER, SDP_ANSWER or ICE_CANDIDATE."));
    const QString payload = fields.value(QStringLiteral("messagepayload")).toString();
    if (payload.isEmpty())
        return fail(QStringLiteral("InvalidArgumentException"),
                    QStringLiteral("The message payload is required."));
    if (payload.size() > m_config.limits.maxPayloadChars)
        return fail(QStringLiteral("InvalidArgumentException"),
                    QStringLiteral("1 validation error detected: Value at 'messagePayload' failed to satisfy "
                                   "constraint: Member must have length less than or equal to %1")
                        .arg(m_config.limits.maxPayloadChars));
    QString recipient = fields.value(QStringLiteral("recipientclientid")).toString();
    if (connection->isMaster()) {
        if (recipient.isEmpty())
            return fail(QStringLiteral("InvalidArgumentException"),
                        QStringLiteral("A message from the master must name its RecipientClientId."));
        if (!validateClientId(recipient).ok())
            return fail(QStringLiteral("InvalidArgumentException"),
                        QStringLiteral("The RecipientClientId is not valid."));
    } else {
        recipient.clear(); // a viewer always talks to the master
    }
    const bool isIce = action == kIceCandidate;
    if (!withinRate(isIce ? connection->iceTimes : connection->sdpTimes, nowMs(),
                    isIce ? m_config.limits.iceMessagesPerSecond : m_config.limits.sdpMessagesPerSecond))
        return fail(
            QStringLiteral("ClientLimitExceededException"),
            QStringLiteral("The %1 rate limit of %2 messages per second for this connection is exceeded.")
                .arg(isIce ? QStringLiteral("ICE candidate") : QStringLiteral("SDP"))
                .arg(isIce ? m_config.limits.iceMessagesPerSecond : m_config.limits.sdpMessagesPerSecond));

    if (isIce) {
        if (std::optional<Fault> fault = m_faults.take(QStringLiteral("IceCandidate"));
            fault && fault->drop) {
            logLine(QStringLiteral("fault: dropped an ICE_CANDIDATE from %1").arg(who(connection->clientId)));
            return;
        }
    }
    if (std::optional<Fault> fault = m_faults.take(QStringLiteral("SendMessage"))) {
        if (fault->drop) {
            logLine(QStringLiteral("fault: dropped a %1 from %2").arg(action, who(connection->clientId)));
            return;
        }
        if (!fault->errorType.isEmpty())
            return fail(fault->errorType, fault->message);
        if (fault->delayMs > 0) {
            QPointer<QWebSocket> socket = connection->socket;
            QTimer::singleShot(fault->delayMs, this, [this, socket, action, payload, recipient] {
                if (socket && m_connections.contains(socket.data()))
                    relay(m_connections.value(socket.data()), action, payload, recipient);
            });
            return;
        }
    }
    relay(connection, action, payload, recipient);
}

void SignalingHub::relay(Connection *from, const QString &type, const QString &payload,
                         const QString &recipient)
{
    const ChannelConfig *channel = m_config.channelByArn(from->channelArn);
    const int ttl = channel ? channel->messageTtlSeconds : 60;
    PendingMessage message{from->clientId, recipient, type, payload, nowMs() + ttl * 1000LL};
    if (deliver(from->channelArn, message))
        return;
    if (!from->isMaster() && m_master->isEnabled() && !m_channels.value(from->channelArn).master) {
        if (type == kSdpOffer)
            m_master->answer(from->channelArn, from->clientId, payload);
        else if (type == kIceCandidate)
            m_master->addRemoteCandidate(from->channelArn, from->clientId, payload);
        return;
    }
    ChannelState &state = m_channels[from->channelArn];
    const qint64 now = nowMs();
    state.pending.removeIf([now](const PendingMessage &m) { return m.expiresAtMs <= now; });
    if (type == kSdpOffer) {
        // A newer offer for the same recipient from the same sender replaces an undelivered one.
        state.pending.removeIf([&message](const PendingMessage &m) {
            return m.messageType == kSdpOffer && m.senderClientId == message.senderClientId &&
                   m.recipientClientId == message.recipientClientId;
        });
    }
    state.pending.append(message);
    logLine(
        QStringLiteral("held a %1 for %2 (not connected) for up to %3 s").arg(type, who(recipient)).arg(ttl));
}

bool SignalingHub::deliver(const QString &channelArn, const PendingMessage &message)
{
    const ChannelState &state = m_channels[channelArn];
    Connection *target = message.recipientClientId.isEmpty()
                             ? state.master
                             : state.viewers.value(message.recipientClientId, nullptr);
    if (!target || target->closing || !target->socket)
        return false;
    QJsonObject out{{QStringLiteral("messageType"), message.messageType},
                    {QStringLiteral("messagePayload"), message.payload}};
    if (!message.senderClientId.isEmpty())
        out.insert(QStringLiteral("senderClientId"), message.senderClientId);
    // Observed on the service: a zero-length text frame just before an SDP answer (C SDK issue 1598).
    if (message.messageType == kSdpAnswer && m_config.behaviour.emptyFrameBeforeAnswer)
        target->socket->sendTextMessage(QString());
    target->socket->sendTextMessage(compact(out));
    // Written now, not on the event loop's next round: every round polls every socket, so a write left for
    // later costs a pass over all connections (the relay's cost grew with their number).
    target->socket->flush();
    ++m_relayed[message.messageType];
    emit messageRelayed(channelArn, message.messageType);
    return true;
}

void SignalingHub::flushPending(const QString &channelArn)
{
    ChannelState &state = m_channels[channelArn];
    const qint64 now = nowMs();
    QList<PendingMessage> keep;
    const QList<PendingMessage> pending = std::exchange(state.pending, {});
    for (const PendingMessage &message : pending) {
        if (message.expiresAtMs <= now)
            continue;
        if (!deliver(channelArn, message))
            keep.append(message);
    }
    m_channels[channelArn].pending = keep;
}

void SignalingHub::sendStatusResponse(Connection *connection, const QString &correlationId,
                                      const QString &errorType, const QString &description)
{
    const QJsonObject status{{QStringLiteral("correlationId"), correlationId},
                             {QStringLiteral("errorType"), errorType},
                             {QStringLiteral("statusCode"), QStringLiteral("400")},
                             {QStringLiteral("description"), description}};
    connection->socket->sendTextMessage(
        compact(QJsonObject{{QStringLiteral("messageType"), QStringLiteral("STATUS_RESPONSE")},
                            {QStringLiteral("statusResponse"), status}}));
}

QList<SignalingHub::Connection *> SignalingHub::matching(const QString &channelArn,
                                                         const std::optional<QString> &clientId) const
{
    QList<Connection *> out;
    for (Connection *connection : m_connections) {
        if (connection->closing || connection->silenced || connection->channelArn != channelArn)
            continue;
        // "MASTER" (or an empty string) addresses the master; a ClientId addresses that viewer.
        if (clientId && !(clientId->isEmpty() || *clientId == u"MASTER" ? connection->isMaster()
                                                                        : connection->clientId == *clientId))
            continue;
        out.append(connection);
    }
    return out;
}

int SignalingHub::goAway(const QString &channelArn, const std::optional<QString> &clientId,
                         std::optional<double> graceSeconds)
{
    const QList<Connection *> targets = matching(channelArn, clientId);
    const int graceMs = toMs(graceSeconds.value_or(m_config.limits.goAwayGraceSeconds));
    for (Connection *connection : targets) {
        connection->socket->sendTextMessage(
            compact(QJsonObject{{QStringLiteral("messageType"), QStringLiteral("GO_AWAY")},
                                {QStringLiteral("messagePayload"), QString()}}));
        QPointer<QWebSocket> socket = connection->socket;
        QTimer::singleShot(graceMs, this, [this, socket] {
            if (socket && m_connections.contains(socket.data()))
                closeConnection(m_connections.value(socket.data()), QWebSocketProtocol::CloseCodeGoingAway,
                                QStringLiteral("Going away"));
        });
    }
    return static_cast<int>(targets.size());
}

int SignalingHub::reconnectIceServer(const QString &channelArn, const std::optional<QString> &clientId)
{
    const QList<Connection *> targets = matching(channelArn, clientId);
    for (Connection *connection : targets)
        connection->socket->sendTextMessage(
            compact(QJsonObject{{QStringLiteral("messageType"), QStringLiteral("RECONNECT_ICE_SERVER")},
                                {QStringLiteral("messagePayload"), QString()}}));
    return static_cast<int>(targets.size());
}

int SignalingHub::closeConnections(const QString &channelArn, const std::optional<QString> &clientId,
                                   int code, const QString &reason)
{
    const QList<Connection *> targets = matching(channelArn, clientId);
    for (Connection *connection : targets)
        closeConnection(connection, code, reason);
    return static_cast<int>(targets.size());
}

void SignalingHub::recordAttempt(const QString &action)
{
    ++m_attempts[action];
}

void SignalingHub::recordRejection(const QString &action, const QString &errorType)
{
    ++m_rejections[action][errorType];
}

QJsonObject SignalingHub::stats() const
{
    QJsonObject attempts;
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it)
        attempts.insert(it.key(), it.value());
    QJsonObject rejections;
    for (auto it = m_rejections.begin(); it != m_rejections.end(); ++it) {
        QJsonObject byType;
        for (auto type = it->begin(); type != it->end(); ++type)
            byType.insert(type.key(), type.value());
        rejections.insert(it.key(), byType);
    }
    QJsonObject relayed;
    int relayedTotal = 0;
    for (auto it = m_relayed.begin(); it != m_relayed.end(); ++it) {
        relayed.insert(it.key(), it.value());
        relayedTotal += it.value();
    }
    int viewers = 0;
    int masters = 0;
    QJsonArray channels;
    for (const ChannelConfig &config : m_config.channels) {
        const ChannelState state = m_channels.value(config.arn);
        QJsonArray viewerIds;
        for (auto it = state.viewers.begin(); it != state.viewers.end(); ++it)
            viewerIds.append(it.key());
        viewers += static_cast<int>(state.viewers.size());
        masters += state.master ? 1 : 0;
        channels.append(
            QJsonObject{{QStringLiteral("arn"), config.arn},
                        {QStringLiteral("name"), config.name},
                        {QStringLiteral("masterConnected"), state.master != nullptr},
                        {QStringLiteral("viewers"), viewerIds},
                        {QStringLiteral("pendingMessages"), static_cast<int>(state.pending.size())}});
    }
    return QJsonObject{{QStringLiteral("connectAttempts"), attempts},
                       {QStringLiteral("rejections"), rejections},
                       {QStringLiteral("openConnections"), QJsonObject{{QStringLiteral("viewers"), viewers},
                                                                       {QStringLiteral("masters"), masters}}},
                       {QStringLiteral("messagesRelayed"), relayedTotal},
                       {QStringLiteral("messagesRelayedByType"), relayed},
                       {QStringLiteral("messagesRejected"), m_messagesRejected},
                       {QStringLiteral("builtInMaster"), m_master->isEnabled()},
                       {QStringLiteral("builtInMasterAnswers"), m_master->answers()},
                       {QStringLiteral("channels"), channels}};
}

} // namespace kvs::emulator
