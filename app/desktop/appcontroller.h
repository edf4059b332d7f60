#pragma once

#include "clock.h"
#include "connectionform.h"
#include "connectionstate.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace kvs {

class ConnectRateLimiter;
class ConnectionController;
class CredentialChain;
class CredentialsProvider;
class EventLog;
class MasterProbe;
class QProcessRunner;
struct ProbeResult;

namespace ui {
class ConnectionFormPanel;
class ConnectionPanel;
class MainWindow;
} // namespace ui

/// Routes the window's actions to the engine: builds a ConnectionController for each Connect from the
/// form, feeds its state and events to the panels, and shows one dialog when a connection the user asked
/// for fails for good. Owns the per-connection core objects; the panels own nothing of the engine.
class AppController final : public QObject
{
    Q_OBJECT

public:
    AppController(ui::MainWindow *window, ui::ConnectionFormPanel *form, ui::ConnectionPanel *panel,
                  EventLog *log, QObject *parent = nullptr);
    ~AppController() override;

    /// Connects with the form's content (what the Connect button does).
    void connectWith(const ConnectionForm &form);
    /// Closes the connection (what Disconnect does).
    void disconnectNow();
    /// Probes the channel's master through the open connection (what Probe master does); the result goes
    /// to the log (the probe reports it) and its summary to the connection panel.
    void probeMaster();
    /// Builds the redacted diagnostics report and lets the window preview and save it.
    void exportDiagnostics();
    ConnectionController *controller() const { return m_controller.get(); }
    /// Run time of the current connection's events (the panel's countdowns).
    qint64 runElapsedMs() const { return m_runTimer.isValid() ? m_runTimer.elapsed() : 0; }

signals:
    /// Emitted after the engine's state changed.
    void stateChanged(kvs::ConnectionState state);

private:
    void onStateChanged(ConnectionState state);
    void onProbeFinished(const ProbeResult &result);
    void updateProbeAvailable();
    std::unique_ptr<CredentialsProvider> makeCredentials(const ConnectionForm &form);

    ui::MainWindow *m_window;
    ui::ConnectionFormPanel *m_form;
    ui::ConnectionPanel *m_panel;
    EventLog *m_log;
    SystemClock m_clock;
    QElapsedTimer m_runTimer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConnectRateLimiter> m_rateLimiter;
    std::unique_ptr<QProcessRunner> m_processRunner;
    std::unique_ptr<CredentialChain> m_chain;
    std::unique_ptr<CredentialsProvider> m_credentials;
    std::unique_ptr<ConnectionController> m_controller;
    std::unique_ptr<MasterProbe> m_probe; // after m_controller: it holds a reference to it
    bool m_failureShown = false;
};

} // namespace kvs
