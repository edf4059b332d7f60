#pragma once

#include "core/common/result.h"
#include "core/settings/mediaoptions.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace kvs {

class AppController;
class CredentialInspector;
class SystemClock;
class DemoSession;
class EventLog;
class KeychainStore;
class ManualKeysVault;
class PracticeFaults;
class SetupFiles;
class ViewerSettings;

namespace ui {
class ConnectionFormPanel;
class ConnectionPanel;
class MainWindow;
class MessageLogPanel;
} // namespace ui

/// What the command line asks of the desktop app.
struct ViewerAppOptions
{
    /// Run the emulator in-process, fill the form for its demo channel and connect (`--demo`).
    bool demo = false;
    /// The keychain service under which typed keys are remembered (tests use their own).
    QString keychainService = QStringLiteral("kvs-signaling-viewer");
    /// Play the received audio on the system's output (kvs-viewer does; tests decode and measure it only).
    bool playAudio = false;
    /// A setup file to fill the form from at start (`kvs-viewer FILE`, a file opened from the desktop).
    QString setupFile = {};
};

/// The desktop app assembled: settings, the window with its panels, the AppController and, in demo mode,
/// the in-process emulator and the Practice menu. main() only parses the command line and shows it; GUI
/// tests build the very same object. Settings are read on construction and written by saveState().
class ViewerApp final : public QObject
{
    Q_OBJECT

public:
    /// Builds the app; an Error says why it cannot start (e.g. the demo's emulator found no port).
    static Result<std::unique_ptr<ViewerApp>> create(QSettings &settings, const ViewerAppOptions &options);
    ~ViewerApp() override;

    /// Shows the window; in demo mode, connects as soon as the event loop runs.
    void show();
    /// Writes what is remembered between runs (window geometry; the form is saved on each Connect).
    void saveState();

    ui::MainWindow *window() const { return m_window.get(); }
    ui::ConnectionFormPanel *formPanel() const { return m_formPanel; }
    ui::ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    ui::MessageLogPanel *logPanel() const { return m_logPanel; }
    AppController *controller() const { return m_controller.get(); }
    EventLog *eventLog() const { return m_eventLog.get(); }
    /// The demo's emulator session; null outside demo mode.
    DemoSession *demoSession() const { return m_demo.get(); }
    /// The Practice menu's faults; null outside demo mode.
    PracticeFaults *practice() const { return m_practice; }
    /// Lists the AWS profiles and checks the credentials the form points at.
    CredentialInspector *credentialInspector() const { return m_inspector.get(); }
    /// Where typed keys are remembered when the user asks (the OS keychain).
    ManualKeysVault *keysVault() const { return m_vault.get(); }
    /// File ▸ Open setup / Save setup.
    SetupFiles *setupFiles() const { return m_setupFiles; }

private:
    ViewerApp(QSettings &settings, std::shared_ptr<DemoSession> demo, const ViewerAppOptions &options);
    void addPracticeMenu();
    void wireCredentialPicker();
    void wireKeychain();
    void addLanguageMenu();
    void restoreViewerState();
    /// The media options the user chose under Advanced, with the app's own (audio output, the demo's
    /// loopback) added, for the next Connect.
    void applyMediaOptions(const MediaOptions &chosen);

    QSettings &m_settings;
    std::unique_ptr<ViewerSettings> m_viewerSettings;
    std::shared_ptr<DemoSession> m_demo; // before the window: the window's connection outlives no server
    std::unique_ptr<EventLog> m_eventLog;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ManualKeysVault> m_vault;
    ui::ConnectionFormPanel *m_formPanel = nullptr; // owned by the window
    ui::ConnectionPanel *m_connectionPanel = nullptr;
    ui::MessageLogPanel *m_logPanel = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<CredentialInspector> m_inspector;
    PracticeFaults *m_practice = nullptr; // owned by the window
    SetupFiles *m_setupFiles = nullptr;   // owned by the window
    QString m_startupSetup;
    bool m_playAudio = false;
};

} // namespace kvs
