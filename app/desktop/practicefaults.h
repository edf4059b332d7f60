#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;
class QWebSocket;

namespace kvs::emulator {
class EmulatorServer;
}

namespace kvs {

/// The demo's Practice menu: faults injected into the in-process emulator so QA can watch how the app
/// reacts. Each fault that needs a new connection also ends the current one, so the engine reconnects into
/// it. UI-free; the window only calls these.
class PracticeFaults final : public QObject
{
    Q_OBJECT

public:
    /// clientId returns the ClientId the app connects with right now.
    PracticeFaults(emulator::EmulatorServer *server, QString channelArn, std::function<QString()> clientId,
                   QObject *parent = nullptr);

    /// The next 3 connects are throttled (ClientLimitExceededException): watch the countdown.
    void throttle();
    /// The emulator's clock jumps 7 minutes ahead: the app measures the skew, signs with corrected time and
    /// warns.
    void skewClock();
    /// The next connect is refused 403 as if the IAM policy lacked kinesisvideo:ConnectAsViewer.
    void accessDenied();
    /// The next GetSignalingChannelEndpoint answers 404 ResourceNotFoundException.
    void notFound();
    /// GO_AWAY, then the service closes the connection after a short grace.
    void goAway();
    /// The link dies without a close frame.
    void dropLink();
    /// Another client with the same ClientId keeps taking the connection over.
    void takeover();
    /// The master answers and connects but sends no media: the app explains "no frames".
    void noMedia();
    /// Every ICE candidate on the channel is dropped (both ways): no candidate pair, the app explains it.
    void blockIce();
    /// The next media run may use relay (TURN) candidates only.
    void turnOnly();
    /// Ends the media faults armed by noMedia() and blockIce() (a Connect by the user starts clean).
    void clearMediaFaults();
    /// Puts the service's clock back on time (undoes skewClock()); the connection restarts, so the app
    /// measures again.
    void resetClock();
    /// Ends every armed fault: the emulator's queued faults (its admin API's), the clock skew and the rival
    /// viewer of takeover().
    void clearAll();

    /// What is armed now, one short line each, for people ("ConnectAsViewer: ClientLimitExceededException
    /// ×6", "service clock 7 min ahead"); empty when nothing is.
    QStringList armed() const;
    /// Whether the service's clock is moved.
    bool clockMoved() const;

signals:
    /// A media fault is armed: the app connects again so a new media session meets it. relayOnly asks
    /// the new run to use relay candidates only.
    void mediaRestartRequested(bool relayOnly);
    /// Emitted when armed() changed: a fault was armed, fired for the last time, or cleared.
    void armedChanged(const QStringList &armed);

private:
    void arm(const QString &action, const QString &errorType, int count, const QString &message = {});
    void endCurrentConnection(const QString &reason);
    void connectRival();
    /// Emits armedChanged() when armed() differs from what was last said.
    void checkArmed();

    emulator::EmulatorServer *m_server;
    QString m_channelArn;
    std::function<QString()> m_clientId;
    int m_rivalConnectsLeft = 0;
    bool m_mediaFaultsArmed = false;
    QStringList m_lastArmed;
    QTimer *m_armedTimer;
    QList<QPointer<QWebSocket>> m_rivals;
};

} // namespace kvs
