#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kvs::ui {

class ConnectionFormPanel;
class ConnectionPanel;
class MessageLogPanel;

/// The top-level window: lays out the panels and routes menu actions. Holds no connection logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Lays out the panels (the window takes ownership): the form on the left, the connection above the
    /// log on the right.
    MainWindow(ConnectionFormPanel *formPanel, ConnectionPanel *connectionPanel, MessageLogPanel *logPanel,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Enables "Probe master" (the engine allows it only while connected).
    void setProbeAvailable(bool available);
    /// Enables "Send custom offer" (only while connected and no probe runs).
    void setCustomOfferAvailable(bool available);
    /// Previews text and, on Save…, asks for a path and writes exactly the previewed text. Returns true
    /// when the file was written; a failed write gets one dialog.
    bool exportDiagnostics(const QString &text);

    /// Adds the Practice menu (demo mode) with the given actions, inserted before Help.
    void setPracticeActions(const QList<QAction *> &actions);
    /// Adds Help › Language with the given (checkable) actions; a choice takes effect on restart.
    void setLanguageActions(const QList<QAction *> &actions);
    /// Shows a short note in the status bar (e.g. that a setting takes effect on restart).
    void showStatusNote(const QString &text);

signals:
    /// Emitted when the user asks to probe the channel's master.
    void probeMasterRequested();
    /// Emitted when the user asks to check access with the form's settings (Connection ▸ Check access).
    void checkAccessRequested();
    /// Emitted when the user asks to see the channel's ICE servers (Connection ▸ ICE servers).
    void iceServersRequested();
    /// Emitted when the user asks for the network test (Connection ▸ Network test).
    void networkTestRequested();
    /// Emitted when the user asks to edit and send an SDP offer (Connection ▸ Send custom offer).
    void customOfferRequested();
    /// Emitted when the user asks to export diagnostics; the receiver builds the report and calls
    /// exportDiagnostics().
    void exportDiagnosticsRequested();

private:
    void showAbout();
    void orderTabs();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionFormPanel *m_formPanel;
    ConnectionPanel *m_connectionPanel;
    MessageLogPanel *m_logPanel;
};

} // namespace kvs::ui
