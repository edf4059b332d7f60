#pragma once

#include "core/controlplane/iceserverexpiry.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QTimer;

namespace Ui {
class IceServersDialog;
}

namespace kvs {
class AccessCheck;
class Clock;
} // namespace kvs

namespace kvs::ui {

/// Presents the channel's ICE servers from an AccessCheck of scope UntilIceServers: a table of URIs,
/// username and password (always the redaction placeholder — in cells, tooltips and copies alike) and
/// TTL, with a live countdown ("expires in 4:32", then "expired — refresh") read from the injected clock
/// once a second. Refresh asks for a new fetch (runRequested()); the fetch is asynchronous with a busy
/// indicator and Cancel.
class IceServersDialog final : public QDialog
{
    Q_OBJECT

public:
    /// clock must outlive the dialog.
    explicit IceServersDialog(const Clock &clock, QWidget *parent = nullptr);
    ~IceServersDialog() override;

    /// Follows check (a fetch in flight or done); the check must outlive the dialog or the next setCheck.
    void setCheck(AccessCheck *check);
    /// Shows why nothing could be fetched (an invalid form).
    void showProblem(const QString &text);
    /// The countdown text as shown now.
    QString expiryText() const;
    /// Re-reads the clock and updates the countdown (the dialog's timer calls it every second).
    void updateCountdown();

signals:
    /// Emitted when the user asks to fetch the servers again.
    void runRequested();

protected:
    /// Closing the dialog cancels a fetch in flight.
    void hideEvent(QHideEvent *event) override;

private:
    void onFinished();
    void showServers(const IceServerConfig &config);
    void setBusy(bool busy);

    std::unique_ptr<Ui::IceServersDialog> m_ui;
    const Clock &m_clock;
    QPointer<AccessCheck> m_check;
    IceServerExpiry m_expiry;
    QTimer *m_countdown = nullptr;
};

} // namespace kvs::ui
