#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QShortcut;
class QSlider;
class QSplitter;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace kvs::ui {

class ConnectionFormPanel;
class ConnectionPanel;
class MessageLogPanel;
class VideoWidget;

/// The top-level window: lays out the panels and routes menu actions. Holds no connection logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Lays out the panels (the window takes ownership): the form on the left, the video in the centre,
    /// the connection panel beside the log below the video.
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
    /// Shows which Practice faults are armed (one short line each) in the status bar; none hides it.
    void setPracticeStatus(const QStringList &armed);
    /// Shows a short note in the status bar (e.g. that a setting takes effect on restart).
    void showStatusNote(const QString &text);

    /// The video area, the window's largest element.
    VideoWidget *videoWidget() const { return m_video; }
    /// Collapses the form into the compact channel bar above the video (once connected), or brings it back.
    void setFormCollapsed(bool collapsed, const QString &channel = {});
    bool isFormCollapsed() const { return m_formCollapsed; }
    /// Full screen shows only the video; Esc, F11 or a double-click leave it.
    void setVideoFullScreen(bool fullScreen);
    bool isVideoFullScreen() const { return m_videoFullScreen; }
    /// Saves the current frame as PNG in a file the user picks (the folder is remembered). Returns the
    /// path written, empty when there was no frame, the user cancelled or the write failed (one dialog).
    QString saveSnapshot();
    QString snapshotFolder() const { return m_snapshotFolder; }
    void setSnapshotFolder(const QString &folder) { m_snapshotFolder = folder; }
    void setMuted(bool muted);
    bool isMuted() const;
    /// 0…100
    void setVolume(int percent);
    int volume() const;
    void setStatsOverlayVisible(bool visible);
    /// The splitters' sizes, for the settings.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    /// Emitted when the user asks to probe the channel's master.
    void probeMasterRequested();
    /// Emitted when the user asks to check access with the form's settings (Connection ▸ Check access).
    void checkAccessRequested();
    /// Emitted when the user asks to see the channel's ICE servers (Connection ▸ ICE servers).
    void iceServersRequested();
    /// Emitted when the user asks for the network test (Connection ▸ Network test).
    void networkTestRequested();
    /// Emitted when the user asks who the form's credentials belong to (Connection ▸ Who am I).
    void identityRequested();
    /// Emitted when the user asks to decode a presigned URL (File ▸ Open presigned URL).
    void presignedUrlRequested();
    /// Emitted when the user asks to open or save a setup file (File ▸ Open setup / Save setup).
    void openSetupRequested();
    /// Emitted when the user asks to view a diagnostics export (File ▸ Open diagnostics).
    void openDiagnosticsRequested();
    void saveSetupRequested();
    /// Emitted when the user asks for the list of channels (Connection ▸ List channels).
    void channelListRequested();
    /// Emitted when the user asks to edit and send an SDP offer (Connection ▸ Send custom offer).
    void customOfferRequested();
    /// Emitted when the user asks to export diagnostics; the receiver builds the report and calls
    /// exportDiagnostics().
    void exportDiagnosticsRequested();
    /// The user changed the audio (mute button or volume slider).
    void mutedChanged(bool muted);
    void volumeChanged(int percent);
    /// A snapshot was saved to a file in this folder.
    void snapshotFolderChanged(const QString &folder);

private:
    void showAbout();
    void orderTabs();
    void buildViewer();
    void buildVideoMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionFormPanel *m_formPanel;
    ConnectionPanel *m_connectionPanel;
    MessageLogPanel *m_logPanel;
    VideoWidget *m_video = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QWidget *m_channelBar = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_practiceStatus = nullptr; ///< created by the first setPracticeStatus() (demo only)
    QWidget *m_videoControls = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    QSplitter *m_viewerSplitter = nullptr;
    QSplitter *m_diagnosticsSplitter = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_snapshotAction = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_statsAction = nullptr;
    QShortcut *m_leaveFullScreen = nullptr;
    bool m_formCollapsed = false;
    bool m_videoFullScreen = false;
    bool m_wasMaximized = false;
    QString m_snapshotFolder;
};

} // namespace kvs::ui
