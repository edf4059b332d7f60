#pragma once

#include "core/common/clock.h"
#include "core/connection/connectioncontroller.h"
#include "core/connection/connectionplan.h"
#include "core/diagnostics/accesscheck.h"
#include "core/settings/connectionform.h"
#include "core/settings/mediaoptions.h"
#include "core/signaling/connectionstate.h"
#include "desktop/accountdialogs.h"
#include "desktop/checkdialogs.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace kvs {

class ChannelLister;
class ConnectRateLimiter;
class ConnectionController;
class CredentialSource;
class VideoPresenter;
class CredentialsProvider;
class EventLog;
class IdentityLookup;
class MasterProbe;
class QProcessRunner;
struct ProbeResult;

namespace media {
class MediaSession;
enum class MediaFailureCode;
enum class MediaStep;
struct MediaFailureExplanation;
struct MediaStats;
struct VideoFrame;
class NetworkTest;
struct NetworkPathResult;
} // namespace media

namespace ui {
class AccessCheckDialog;
class ChannelPickerDialog;
class ConnectionFormPanel;
class CustomOfferDialog;
class DiagnosticsViewer;
class IceServersDialog;
class IdentityDialog;
class NetworkTestDialog;
class PresignedUrlDialog;
class ConnectionPanel;
class MainWindow;
} // namespace ui

/// Routes the window's actions to the engine: builds a ConnectionController for each Connect from the
/// form, feeds its state and events to the panels and the video, and shows one dialog when a connection the
/// user asked for fails for good. Owns the per-connection core objects; the panels own nothing of the
/// engine. The check dialogs (CheckDialogs) and the account dialogs (AccountDialogs) are its children.
class AppController final : public QObject
{
    Q_OBJECT

public:
    AppController(ui::MainWindow *window, ui::ConnectionFormPanel *form, ui::ConnectionPanel *panel,
                  EventLog *log, QObject *parent = nullptr);
    ~AppController() override;

    /// Where the retry delays' jitter comes from (uniform in [0, 1)); QRandomGenerator unless set. Applies
    /// from the next delay on, also to the running connection.
    void setRetryJitter(std::function<double()> random) { m_retryJitter = std::move(random); }

    /// Connects with the form's content (what the Connect button does).
    void connectWith(const ConnectionForm &form);
    /// Connects the window's session with a presigned viewer URL exactly as given (the presigned URL
    /// dialog's Connect): no credentials or control-plane calls; the form gives only its CA file and retries.
    /// A URL that is not a viewer's or has expired gets one dialog and changes nothing.
    void connectWithPresignedUrl(const QString &url);
    /// Closes the connection (what Disconnect does).
    void disconnectNow();
    /// Probes the channel's master through the open connection (what Probe master does); the result goes
    /// to the log (the probe reports it) and its summary to the connection panel.
    void probeMaster();
    /// Builds the redacted diagnostics report and lets the window preview and save it.
    void exportDiagnostics();
    /// Connection ▸ Check access, ICE servers and Network test.
    CheckDialogs *checks() const { return m_checks; }
    /// Connection ▸ Who am I and List channels, File ▸ Open presigned URL and Open diagnostics.
    AccountDialogs *accounts() const { return m_accounts; }
    /// The network test of this session, once one ran (its report goes into the diagnostics export).
    media::NetworkTest *networkTest() const { return m_checks->networkTest(); }
    /// The dialogs and their jobs once opened (else null): for tests and screenshots.
    ui::NetworkTestDialog *networkTestDialog() const { return m_checks->networkTestDialog(); }
    ui::AccessCheckDialog *accessCheckDialog() const { return m_checks->accessCheckDialog(); }
    ui::IceServersDialog *iceServersDialog() const { return m_checks->iceServersDialog(); }
    AccessCheck *accessCheck() const { return m_checks->accessCheck(); }
    AccessCheck *iceServersFetch() const { return m_checks->iceServersFetch(); }
    ui::IdentityDialog *identityDialog() const { return m_accounts->identityDialog(); }
    IdentityLookup *identityLookup() const { return m_accounts->identityLookup(); }
    ui::PresignedUrlDialog *presignedUrlDialog() const { return m_accounts->presignedUrlDialog(); }
    ui::ChannelPickerDialog *channelPickerDialog() const { return m_accounts->channelPickerDialog(); }
    ChannelLister *channelLister() const { return m_accounts->channelLister(); }
    ui::DiagnosticsViewer *openDiagnosticsFile(const QString &path)
    {
        return m_accounts->openDiagnosticsFile(path);
    }
    /// Opens the custom offer editor, prefilled with the probe's offer (Connection ▸ Send custom offer).
    void editCustomOffer();
    ConnectionController *controller() const { return m_controller.get(); }
    /// How the next Connect receives media (codec, ICE policy, audio). Applies from the next Connect on.
    void setMediaOptions(const MediaOptions &options) { m_mediaOptions = options; }
    const MediaOptions &mediaOptions() const { return m_mediaOptions; }
    /// The running connection's media; null before the first Connect.
    media::MediaSession *mediaSession() const { return m_media.get(); }
    ui::CustomOfferDialog *customOfferDialog() const;
    /// Run time of the current connection's events (the panel's countdowns).
    qint64 runElapsedMs() const { return m_runTimer.isValid() ? m_runTimer.elapsed() : 0; }

signals:
    /// Emitted after the engine's state changed.
    void stateChanged(kvs::ConnectionState state);

private:
    void onStateChanged(ConnectionState state);
    void onProbeFinished(const ProbeResult &result);
    void startMedia();
    /// Starts a new run (a header in the log) with plan: the controller and media, or the plan's error in
    /// one dialog (its CA file).
    void startRun(const ConnectionForm &form, const Result<ConnectionPlan> &plan);
    void onMediaFailed(media::MediaFailureCode code, const media::MediaFailureExplanation &explanation);
    void updateProbeAvailable();
    void sendCustomOffer(const QString &sdp);
    MasterProbe *probe();
    /// The form's credential choice through the core's credentials factory.
    std::unique_ptr<CredentialSource> makeCredentials(const ConnectionForm &form);
    ConnectionDependencies dependencies(CredentialsProvider *credentials);

    ui::MainWindow *m_window;
    ui::ConnectionFormPanel *m_form;
    ui::ConnectionPanel *m_panel;
    EventLog *m_log;
    SystemClock m_clock;
    QElapsedTimer m_runTimer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConnectRateLimiter> m_rateLimiter;
    std::unique_ptr<QProcessRunner> m_processRunner;
    std::unique_ptr<CredentialSource> m_credentials;
    std::unique_ptr<CredentialsProvider> m_observedCredentials; ///< m_credentials, watched for the panel
    std::unique_ptr<ConnectionController> m_controller;
    std::unique_ptr<MasterProbe> m_probe;         // after m_controller: it holds a reference to it
    std::unique_ptr<media::MediaSession> m_media; // after m_controller: it holds a reference to it
    MediaOptions m_mediaOptions;
    bool m_muted = false;
    double m_volume = 0.8;
    bool m_failureShown = false;
    int m_runs = 0; ///< Connects so far: the number of the log's latest run
    std::function<double()> m_retryJitter = [] {
        return QRandomGenerator::global()->generateDouble();
    };
    bool m_probeForOffer = false; ///< the running probe was sent from the custom offer dialog
    // Children of this controller, deleted first by its destructor (their dialogs present its objects).
    QPointer<CheckDialogs> m_checks;
    QPointer<AccountDialogs> m_accounts;
    VideoPresenter *m_video = nullptr; ///< a child of this controller
    // A child of the window, deleted by this controller's destructor (it presents its probe).
    QPointer<ui::CustomOfferDialog> m_offerDialog;
};

} // namespace kvs
