#pragma once

#include "core/diagnostics/connectiontimeline.h"
#include "core/signaling/connectionstate.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace kvs::ui {

/// Shows one connection as it happens: a state badge, notices folded into one status strip with their count
/// (the latest warning, clock skew, credentials that expire while connected, a takeover by another client
/// with the same ClientId; the strip unfolds their list on click or Space, so the steps keep their room), the
/// retry countdown with Cancel and Retry now, the connected time with the documented idle and 1-hour limits
/// (no countdowns), and the waterfall of steps with durations and outcomes. It only presents: the engine
/// decides. Every banner is a plain label a screen reader can read.
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
    /// The credentials the connection signed with: where they came from and, when they expire, the run time
    /// (as nowMs counts) at which they do. A banner warns while connected once they are close to expiry.
    void setCredentialExpiry(const QString &source, std::optional<qint64> expiresAtMs);
    /// Forgets the previous run's timeline, banners and credentials.
    void clear();
    /// Makes this panel show a recorded run (File ▸ Open diagnostics) instead of a live one: nothing counts
    /// with a clock. The connected line shows connectedForMs — how long the run had been connected when its
    /// record ends — or nothing when that is unknown; the idle line and the retry countdown stay hidden.
    void setRecorded(std::optional<qint64> connectedForMs);
    /// Whether setRecorded() was called.
    bool isRecorded() const { return m_recorded; }
    /// The steps as shown (signaling and media).
    const ConnectionTimeline &timeline() const { return m_timeline; }

    /// The documented idle limit (protocol: 10 minutes); pings keep a connection from idling (observed).
    static constexpr qint64 kIdleTimeoutMs = 10 * 60 * 1000;
    /// The documented maximum connection duration (protocol: 1 hour; observed about 2 hours).
    static constexpr qint64 kMaxConnectionMs = 60 * 60 * 1000;
    /// Credentials closer than this to their expiry get a banner.
    static constexpr qint64 kExpiryWarningMs = 15 * 60 * 1000;

    /// Words for people for a state (one switch for the whole UI).
    static QString stateText(kvs::ConnectionState state);
    /// At least the height the shown lines need at the current width (wrapped lines included), so a splitter
    /// gives them their room instead of squeezing them over the steps.
    QSize minimumSizeHint() const override;
    /// What the badge says now: the state's words, or "Cancelled by you" after a cancelled retry.
    QString statusText() const;

signals:
    /// Emitted when the user cancels a scheduled retry.
    void cancelRetryRequested();
    /// Emitted when the user wants the scheduled retry now.
    void retryNowRequested();
    /// Emitted when, after a takeover, the user asks for a different ClientId.
    void newClientIdRequested();

private:
    void refreshTimeline();
    void tick();
    void updateCredentialBanner(qint64 now);
    void showBanner(QLabel *banner, const QString &text);
    /// The status strip: how many notices (banners) are active, the newest one's first line, and whether
    /// their list is unfolded.
    void updateNoticeStrip();
    void resizeEvent(QResizeEvent *event) override;
    /// The least height that shows every visible line whole at width: the wrapped lines' height for that
    /// width, the steps' minimum, spacing and margins.
    int minimumHeightAt(int width) const;

    std::function<qint64()> m_nowMs;
    ConnectionTimeline m_timeline;
    ConnectionState m_state = ConnectionState::Idle;
    bool m_cancelled = false; ///< the run ended because the user cancelled its retry
    bool m_recorded = false;  ///< a recorded run: no live clock
    std::optional<qint64> m_recordedConnectedMs;
    qint64 m_connectedAtMs = -1;
    qint64 m_lastActivityMs = -1; ///< the last signaling message in or out
    QString m_credentialSource;
    std::optional<qint64> m_credentialExpiresAtMs;
    QLabel *m_badgeIcon;
    QLabel *m_badge;
    QLabel *m_banner;
    QLabel *m_skewBanner;
    QLabel *m_credentialBanner;
    QLabel *m_takeoverBanner;
    QToolButton *m_noticeStrip;
    QWidget *m_noticeList;
    QLabel *m_newestNotice = nullptr;
    QWidget *m_takeoverRow;
    QPushButton *m_newClientId;
    QWidget *m_countdownRow;
    QLabel *m_countdown;
    QPushButton *m_cancelRetry;
    QPushButton *m_retryNow;
    QLabel *m_connected;
    QLabel *m_idle;
    QLabel *m_probeResult;
    QTreeWidget *m_steps;
    QTimer m_ticker;
};

} // namespace kvs::ui
