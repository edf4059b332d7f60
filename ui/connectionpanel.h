#pragma once

#include "connectionstate.h"
#include "connectiontimeline.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kvs::ui {

/// Shows one connection as it happens: a state badge, a banner for warnings (clock skew, credential
/// expiry, takeover), the retry countdown with Cancel and Retry now, the connected time, and the
/// waterfall of steps with durations and outcomes. It only presents: the engine decides.
class ConnectionPanel final : public QWidget
{
    Q_OBJECT

public:
    /// nowMs returns the run-relative time of the engine's events (for the live countdowns).
    explicit ConnectionPanel(std::function<qint64()> nowMs, QWidget *parent = nullptr);

    /// Feeds one engine event (steps, retries, warnings, state names).
    void applyEvent(const kvs::EngineEvent &event);
    /// Shows the engine's state.
    void setState(kvs::ConnectionState state);
    /// Shows the one-line summary of a master probe (round trip, codecs, candidates by type, or why
    /// there was no answer) until the next clear().
    void showProbeResult(const QString &summary);
    /// Forgets the previous run's timeline.
    void clear();

    /// Words for people for a state (one switch for the whole UI).
    static QString stateText(kvs::ConnectionState state);

signals:
    /// Emitted when the user cancels a scheduled retry.
    void cancelRetryRequested();
    /// Emitted when the user wants the scheduled retry now.
    void retryNowRequested();

private:
    void refreshTimeline();
    void tick();

    std::function<qint64()> m_nowMs;
    ConnectionTimeline m_timeline;
    ConnectionState m_state = ConnectionState::Idle;
    qint64 m_connectedAtMs = -1;
    bool m_bannerIsClockSkew = false;
    QLabel *m_badgeIcon;
    QLabel *m_badge;
    QLabel *m_banner;
    QWidget *m_countdownRow;
    QLabel *m_countdown;
    QPushButton *m_cancelRetry;
    QPushButton *m_retryNow;
    QLabel *m_connected;
    QLabel *m_probeResult;
    QTreeWidget *m_steps;
    QTimer m_ticker;
};

} // namespace kvs::ui
