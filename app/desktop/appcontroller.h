#pragma once

#include "core/common/clock.h"
#include "core/connection/connectioncontroller.h"
#include "core/connection/connectionplan.h"
#include "core/diagnostics/accesscheck.h"
#include "core/settings/connectionform.h"
#include "core/settings/mediaoptions.h"
#include "core/signaling/connectionstate.h"

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
class CredentialChain;
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
/// form, feeds its state and events to the panels, and shows one dialog when a connection the user asked
/// for fails for good. Owns the per-connection core objects; the panels own nothing of the engine.
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
    /// Opens the Check access dialog and runs the check with the form's content (Connection ▸ Check access).
    void checkAccess();
    /// Opens the ICE servers view and fetches them with the form's content (Connection ▸ ICE servers).
    void showIceServers();
    /// Opens the network test and runs it with the form's content (Connection ▸ Network test): the ICE
    /// servers are fetched as Connect does, then each STUN/TURN path is tried.
    void showNetworkTest();
    ui::NetworkTestDialog *networkTestDialog() const;
    /// The network test of this session, once one ran (its report goes into the diagnostics export).
    media::NetworkTest *networkTest() const { return m_networkTest.get(); }
    /// Opens Who am I and asks STS with the form's credentials (Connection ▸ Who am I).
    void showIdentity();
    ui::IdentityDialog *identityDialog() const;
    IdentityLookup *identityLookup() const { return m_identity.get(); }
    /// Asks for a diagnostics export and shows it read-only (File ▸ Open diagnostics).
    void openDiagnostics();
    /// Shows the export in path read-only; a file that cannot be read or is not an export gets one dialog
    /// naming the cause. Returns the viewer (null on failure).
    ui::DiagnosticsViewer *openDiagnosticsFile(const QString &path);
    /// Opens the presigned URL decoder (File ▸ Open presigned URL); "Use in form" fills the form.
    void showPresignedUrl();
    ui::PresignedUrlDialog *presignedUrlDialog() const;
    /// Opens the channel list and lists with the form's credentials and region (Connection ▸ List channels,
    /// the form's List… button); a picked channel goes into the form.
    void showChannelPicker();
    ui::ChannelPickerDialog *channelPickerDialog() const;
    ChannelLister *channelLister() const { return m_channelLister.get(); }
    /// Opens the custom offer editor, prefilled with the probe's offer (Connection ▸ Send custom offer).
    void editCustomOffer();
    ConnectionController *controller() const { return m_controller.get(); }
    /// How the next Connect receives media (codec, ICE policy, audio). Applies from the next Connect on.
    void setMediaOptions(const MediaOptions &options) { m_mediaOptions = options; }
    const MediaOptions &mediaOptions() const { return m_mediaOptions; }
    /// The running connection's media; null before the first Connect.
    media::MediaSession *mediaSession() const { return m_media.get(); }
    /// The dialogs once opened (else null): for tests and screenshots.
    ui::AccessCheckDialog *accessCheckDialog() const;
    ui::IceServersDialog *iceServersDialog() const;
    ui::CustomOfferDialog *customOfferDialog() const;
    AccessCheck *accessCheck() const { return m_accessCheck.get(); }
    AccessCheck *iceServersFetch() const { return m_iceFetch.get(); }
    /// Run time of the current connection's events (the panel's countdowns).
    qint64 runElapsedMs() const { return m_runTimer.isValid() ? m_runTimer.elapsed() : 0; }

signals:
    /// Emitted after the engine's state changed.
    void stateChanged(kvs::ConnectionState state);

private:
    /// Credentials for one connection or check: the provider, and the chain it reads when it has one.
    struct CredentialSource
    {
        std::unique_ptr<CredentialChain> chain;
        std::unique_ptr<CredentialsProvider> provider;
    };

    void onStateChanged(ConnectionState state);
    void onProbeFinished(const ProbeResult &result);
    void startMedia();
    /// Starts a new run (a header in the log) with plan: the controller and media, or the plan's error in
    /// one dialog (its CA file).
    void startRun(const ConnectionForm &form, const Result<ConnectionPlan> &plan);
    void onMediaStep(media::MediaStep step);
    void onFrame(const media::VideoFrame &frame);
    void onMediaStats(const media::MediaStats &stats);
    void onMediaFailed(media::MediaFailureCode code, const media::MediaFailureExplanation &explanation);
    /// The video area's placeholder for the connection's state (while there is no picture).
    void updatePlaceholder();
    void updateProbeAvailable();
    /// The diagnostics export's "media" section: steps with durations, candidates by type, the selected
    /// pair and a summary of the stats.
    QJsonObject mediaSection() const;
    void runAccessCheck();
    void runIceFetch();
    void runNetworkTest();
    void runIdentity();
    void runChannelList();
    void onNetworkIceServers();
    void showNetworkRow(int index, const media::NetworkPathResult &row);
    void sendCustomOffer(const QString &sdp);
    MasterProbe *probe();
    /// A check of scope with the form's content, or the reason there is none; source receives its
    /// credentials (they must outlive the check).
    std::unique_ptr<AccessCheck> makeCheck(AccessCheck::Scope scope, CredentialSource &source,
                                           QString *problem);
    CredentialSource makeCredentials(const ConnectionForm &form);
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
    CredentialSource m_credentials;
    std::unique_ptr<ConnectionController> m_controller;
    std::unique_ptr<MasterProbe> m_probe;         // after m_controller: it holds a reference to it
    std::unique_ptr<media::MediaSession> m_media; // after m_controller: it holds a reference to it
    MediaOptions m_mediaOptions;
    QString m_mediaPlaceholder; ///< what the media path waits for, while connected; empty before it starts
    bool m_mediaFailed = false;
    bool m_muted = false;
    double m_volume = 0.8;
    bool m_failureShown = false;
    int m_runs = 0; ///< Connects so far: the number of the log's latest run
    std::function<double()> m_retryJitter = [] {
        return QRandomGenerator::global()->generateDouble();
    };
    bool m_probeForOffer = false; ///< the running probe was sent from the custom offer dialog
    CredentialSource m_accessCredentials;
    std::unique_ptr<AccessCheck> m_accessCheck; // after its credentials
    CredentialSource m_iceCredentials;
    std::unique_ptr<AccessCheck> m_iceFetch;
    CredentialSource m_networkCredentials;
    std::unique_ptr<AccessCheck> m_networkFetch;
    std::unique_ptr<media::NetworkTest> m_networkTest;
    CredentialSource m_identityCredentials;
    std::unique_ptr<IdentityLookup> m_identity; // after its credentials
    CredentialSource m_listCredentials;
    std::unique_ptr<ChannelLister> m_channelLister; // after its credentials
    // Children of the window, deleted by this controller's destructor (they present its objects).
    QPointer<ui::AccessCheckDialog> m_accessDialog;
    QPointer<ui::IceServersDialog> m_iceDialog;
    QPointer<ui::NetworkTestDialog> m_networkDialog;
    QPointer<ui::CustomOfferDialog> m_offerDialog;
    QPointer<ui::IdentityDialog> m_identityDialog;
    QPointer<ui::ChannelPickerDialog> m_channelDialog;
    QPointer<ui::PresignedUrlDialog> m_presignedDialog;
};

} // namespace kvs
