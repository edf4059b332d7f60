#include "cli/connectcommand.h"

#include "cli/commandline.h"
#include "cli/credentialsupport.h"
#include "cli/exitcodes.h"
#include "cli/targetoptions.h"
#include "core/aws/controlplaneendpoint.h"
#include "core/aws/environmentproxy.h"
#include "core/aws/tlsoptions.h"
#include "core/common/channelarn.h"
#include "core/common/clientid.h"
#include "core/common/clock.h"
#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/common/retrypolicy.h"
#include "core/common/validation.h"
#include "core/connection/connectioncontroller.h"
#include "core/connection/connectionplan.h"
#include "core/connection/masterprobe.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"
#include "core/events/eventjson.h"
#include "core/settings/mediaoptions.h"
#include "media/mediasession.h"
#include "media/pngwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <map>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace kvs::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kvs::cli::Connect", text);
}

const QString kCommand = QStringLiteral("connect");

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

/// SIGINT and SIGTERM are turned into a readable byte on a socket pair, read in the event loop.
bool installSignalPipe()
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return true;
}

double randomUnit()
{
    return QRandomGenerator::system()->generateDouble();
}

QString helpExtra()
{
    return tr(
        "Without --duration the command connects (and probes with --probe), closes cleanly and exits.\n"
        "\n"
        "Output: with --json one JSON object per line on stdout, each with \"event\" and \"t\" (ms since "
        "start):\n"
        "  step      name, status (started|ok|failed), ms, detail\n"
        "  state     state (Idle, ResolvingCredentials, …, Connected, BackingOff, Closed, Failed, "
        "Replaced)\n"
        "  http      operation, status, errorType, requestId, message\n"
        "  retry     attempt, maxAttempts, delayMs, reason, hint\n"
        "  message   direction (in|out), messageType, summary\n"
        "  clockSkew offsetMs (service minus local clock), direction, message\n"
        "  error     errorType, message, hint, httpStatus, requestId\n"
        "  warning, info  message\n"
        "  probe     answered, roundTripMs, media (codecs, directions), candidates, failure\n"
        "  media     (--media) step (offer|answer|iceGathering|iceChecking|iceConnected|dtls|firstFrame),\n"
        "            status, ms (since the step before), sinceOfferMs, detail\n"
        "  ice       state (ICE: new|checking|connected|completed|failed|disconnected) or connectionState\n"
        "  candidate direction (local|remote), type (host|srflx|prflx|relay), transport, address, port\n"
        "  stats     once a second: framesDecoded, framesDropped, fps, width, height, codec, bitrateKbps,\n"
        "            packetsLost, jitterMs, audioCodec, audioLevelDb, selectedPair\n"
        "  summary   outcome, exitCode, viewers (one summary each), probe, media (outcome, codec, "
        "resolution,\n"
        "            framesDecoded, firstFrameMs, audioLevelDb, selectedPair, failure) — always the last "
        "line\n"
        "With --viewers N every line also has \"viewer\" (the ClientId). Secrets never appear.\n"
        "\n"
        "Exit status: 0 success; 2 invalid input; 3 access denied; 4 not found; 5 still throttled when "
        "retries ran out; 6 network or TLS failure; 7 replaced by another client with the same "
        "ClientId; 8 --probe got no answer; 9 --media failed (no answer, no network path, no frames); 10 "
        "refused with HTTP 400 and no error type, after one retry (the cause is unknown: not throttling); 11 "
        "the service kept answering HTTP 5xx.\n");
}

/// The whole run: N controllers, the optional probe, the duration, signals, output and the exit status.
class ConnectRun final : public QObject
{
public:
    struct Options
    {
        bool json = false;
        bool probe = false;
        int probeTimeoutMs = 10000;
        int durationSeconds = -1; ///< -1: exit once connected (and probed); 0: until a signal
        bool media = false;
        MediaOptions mediaOptions;
        int requireFrames = 1;      ///< with media: success needs this many decoded frames
        int mediaTimeoutMs = 15000; ///< with media: connected → requireFrames decoded, at most
        QString saveFramePath;      ///< with media: the last decoded frame as PNG
    };

    ConnectRun(Options options, QTextStream &out, QEventLoop &loop)
        : m_options(options)
        , m_out(out)
        , m_loop(loop)
    {
        m_runTimer.start();
        m_durationTimer.setSingleShot(true);
        connect(&m_durationTimer, &QTimer::timeout, this, &ConnectRun::stopAll);
    }

    QElapsedTimer *runTimer() { return &m_runTimer; }

    void add(std::unique_ptr<ConnectionController> controller, bool multi)
    {
        ConnectionController *c = controller.get();
        const QString viewer = multi ? c->target().clientId : QString();
        connect(c, &ConnectionController::eventOccurred, this,
                [this, viewer](const EngineEvent &event) { print(event, viewer); });
        connect(c, &ConnectionController::stateChanged, this,
                [this, c](ConnectionState state) { onState(c, state); });
        Viewer entry{std::move(controller), false, nullptr, false, false};
        if (m_options.media) {
            entry.media = std::make_unique<media::MediaSession>(*c, m_options.mediaOptions);
            media::MediaSession *session = entry.media.get();
            connect(session, &media::MediaSession::frameDecoded, this,
                    [this, c](const media::VideoFrame &frame) { onFrames(c, frame.number); });
            connect(session, &media::MediaSession::firstFrame, this,
                    [this, c](const media::VideoFrame &frame) { onFrames(c, frame.number); });
            connect(session, &media::MediaSession::failed, this, [this, c] { onMediaFailed(c); });
        }
        m_viewers.push_back(std::move(entry));
    }

    void startAll()
    {
        for (auto &viewer : m_viewers)
            viewer.controller->start();
    }

    void stopAll()
    {
        if (m_stopping)
            return;
        m_stopping = true;
        saveFrame();
        for (auto &viewer : m_viewers) {
            if (viewer.media) {
                m_mediaSummaries[viewer.controller.get()] = viewer.media->summary();
                viewer.media->stop();
            }
            viewer.controller->stop();
        }
        checkDone();
    }

    int exitCode() const { return m_exitCode; }

private:
    struct Viewer
    {
        std::unique_ptr<ConnectionController> controller;
        bool connectedOnce = false;
        std::unique_ptr<media::MediaSession> media;
        bool mediaDone = false;   ///< requireFrames decoded
        bool mediaFailed = false; ///< the media path failed (or timed out)
    };

    void onFrames(ConnectionController *controller, qint64 decoded)
    {
        Viewer *viewer = find(controller);
        if (!viewer || viewer->mediaDone || decoded < m_options.requireFrames)
            return;
        viewer->mediaDone = true;
        maybeFinishEarly();
    }

    void onMediaFailed(ConnectionController *controller)
    {
        Viewer *viewer = find(controller);
        if (!viewer || viewer->mediaDone)
            return;
        viewer->mediaFailed = true;
        if (m_options.durationSeconds < 0)
            stopAll();
    }

    void onMediaTimeout(ConnectionController *controller)
    {
        Viewer *viewer = find(controller);
        if (!viewer || viewer->mediaDone || viewer->mediaFailed || m_stopping)
            return;
        const qint64 decoded = viewer->media ? viewer->media->summary().framesDecoded : 0;
        if (decoded == 0 && viewer->media) {
            viewer->media->expire(); // explains where the media path stopped; onMediaFailed() follows
            return;
        }
        viewer->mediaFailed = true;
        const qint64 lastNumber = viewer->media ? viewer->media->lastFrame().number : 0;
        ErrorEvent error;
        error.step = Step::Media;
        error.errorType = QStringLiteral("NotEnoughFrames");
        error.message = tr("Only %1 of the %2 required video frames were decoded within %3 s.")
                            .arg(std::max(decoded, lastNumber))
                            .arg(m_options.requireFrames)
                            .arg(m_options.mediaTimeoutMs / 1000);
        error.hint = tr("The master sends too slowly or the path loses packets; see the stats events.");
        controller->report(error);
        if (m_options.durationSeconds < 0)
            stopAll();
    }

    void saveFrame()
    {
        if (m_options.saveFramePath.isEmpty() || m_viewers.empty() || !m_viewers.front().media)
            return;
        const Result<bool> saved =
            media::savePng(m_viewers.front().media->lastFrame(), m_options.saveFramePath);
        const QString message = saved ? tr("Saved the last decoded frame to %1.").arg(m_options.saveFramePath)
                                      : saved.error().message;
        if (saved)
            m_viewers.front().controller->report(infoEvent(message));
        else
            m_viewers.front().controller->report(warningEvent(message));
    }

    void print(const EngineEvent &event, const QString &viewer)
    {
        if (event.kind == EventKind::Summary)
            return; // one summary for the whole run, at the end
        if (m_options.json) {
            QJsonObject object = eventToJson(event);
            if (!viewer.isEmpty())
                object.insert(QStringLiteral("viewer"), viewer);
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            QString text = event.text();
            if (const auto *http = event.as<HttpEvent>())
                text = tr("HTTP %1 %2 %3 %4")
                           .arg(http->status)
                           .arg(http->operation, http->errorType, http->message)
                           .simplified();
            else if (const auto *retry = event.as<RetryEvent>())
                text = tr("Retry (attempt %1) in %2: %3 — %4")
                           .arg(retry->attempt)
                           .arg(formatDuration(retry->delayMs), retry->reason, retry->hint);
            else if (const auto *skew = event.as<ClockSkewEvent>())
                text = tr("Clock skew: %1").arg(skew->message);
            m_out << QStringLiteral("[%1 ms] ").arg(event.elapsedMs, 6)
                  << (viewer.isEmpty() ? QString() : viewer + QStringLiteral(": ")) << redact(text) << '\n';
        }
        m_out.flush();
    }

    void printObject(const QString &name, const QJsonObject &fields, const QString &humanText)
    {
        const qint64 elapsedMs = m_runTimer.elapsed();
        if (m_options.json) {
            const QJsonObject object = runObjectToJson(name, elapsedMs, fields);
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_out << QStringLiteral("[%1 ms] ").arg(elapsedMs, 6) << redact(humanText) << '\n';
        }
        m_out.flush();
    }

    void onState(ConnectionController *controller, ConnectionState state)
    {
        Viewer *viewer = find(controller);
        if (state == ConnectionState::Connected && !viewer->connectedOnce) {
            viewer->connectedOnce = true;
            if (m_options.durationSeconds > 0 && !m_durationTimer.isActive() && !m_durationStarted) {
                m_durationStarted = true;
                m_durationTimer.start(m_options.durationSeconds * 1000);
            }
            if (m_options.media)
                QTimer::singleShot(m_options.mediaTimeoutMs, this,
                                   [this, controller] { onMediaTimeout(controller); });
            if (m_options.probe && controller == m_viewers.front().controller.get() && !m_probe) {
                m_probe = std::make_unique<MasterProbe>(*controller, randomUnit, m_options.probeTimeoutMs);
                connect(m_probe.get(), &MasterProbe::finished, this, [this](const ProbeResult &result) {
                    m_probeResult = result;
                    // People already read the result: the probe logs it as an event of the run. Scripts
                    // get the documented "probe" object besides.
                    if (m_options.json)
                        printObject(QStringLiteral("probe"), result.toJson(), result.text());
                    maybeFinishEarly();
                });
                m_probe->start();
            }
            maybeFinishEarly();
        }
        checkDone();
    }

    /// Without --duration: stop once every viewer connected and the probe (if any) has its result.
    void maybeFinishEarly()
    {
        if (m_options.durationSeconds >= 0 || m_stopping)
            return;
        for (const Viewer &viewer : m_viewers) {
            if (!viewer.connectedOnce && !isTerminal(viewer.controller->state()))
                return;
            if (viewer.media && !viewer.mediaDone && !viewer.mediaFailed &&
                !isTerminal(viewer.controller->state()))
                return;
        }
        if (m_options.probe && !m_probeResult && m_probe)
            return;
        stopAll();
    }

    /// A viewer's summary; one the run ended before it ever connected is "NeverConnected", not "Closed".
    QJsonObject summaryOf(const Viewer &viewer) const
    {
        QJsonObject fields = viewer.controller->summaryFields();
        if (!viewer.connectedOnce && viewer.controller->state() == ConnectionState::Closed) {
            fields.insert(QStringLiteral("outcome"), QStringLiteral("NeverConnected"));
            if (!fields.contains(u"message"))
                fields.insert(QStringLiteral("message"),
                              viewer.controller->lastFailure()
                                  ? viewer.controller->lastFailure()->message
                                  : tr("The run ended before this viewer connected."));
            if (!fields.contains(u"errorType") && viewer.controller->lastFailure())
                fields.insert(QStringLiteral("errorType"), viewer.controller->lastFailure()->errorType);
        }
        return fields;
    }

    Viewer *find(ConnectionController *controller)
    {
        for (Viewer &viewer : m_viewers) {
            if (viewer.controller.get() == controller)
                return &viewer;
        }
        return nullptr;
    }

    void checkDone()
    {
        if (m_done)
            return;
        for (const Viewer &viewer : m_viewers) {
            if (!isTerminal(viewer.controller->state()))
                return;
        }
        m_done = true;
        m_durationTimer.stop();
        int code = ExitSuccess;
        QJsonArray viewers;
        for (const Viewer &viewer : m_viewers) {
            viewers.append(summaryOf(viewer));
            const ConnectionState state = viewer.controller->state();
            if (code == ExitSuccess &&
                (state == ConnectionState::Failed || state == ConnectionState::Replaced))
                code = viewer.controller->lastFailure()
                           ? exitCodeForFailure(*viewer.controller->lastFailure())
                           : ExitInternalError;
            // A viewer the run ended before it ever connected did not succeed, whatever stopped it.
            if (code == ExitSuccess && !viewer.connectedOnce)
                code = viewer.controller->lastFailure()
                           ? exitCodeForFailure(*viewer.controller->lastFailure())
                           : ExitNetworkError;
        }
        if (code == ExitSuccess && m_options.probe && (!m_probeResult || !m_probeResult->answered))
            code = ExitProbeUnanswered;
        QJsonObject firstMedia;
        for (qsizetype i = 0; m_options.media && i < viewers.size(); ++i) {
            const Viewer &viewer = m_viewers.at(static_cast<size_t>(i));
            media::MediaSummary summary = m_mediaSummaries.count(viewer.controller.get())
                                              ? m_mediaSummaries.at(viewer.controller.get())
                                              : viewer.media->summary();
            if (viewer.mediaDone)
                summary.outcome = QStringLiteral("playing");
            else if (summary.outcome != u"failed")
                summary.outcome = QStringLiteral("failed");
            QJsonObject entry = viewers.at(i).toObject();
            entry.insert(QStringLiteral("media"), summary.toJson());
            viewers.replace(i, entry);
            if (i == 0)
                firstMedia = summary.toJson();
            if (code == ExitSuccess && !viewer.mediaDone)
                code = ExitMediaFailed;
        }
        m_exitCode = code;
        QJsonObject fields{{QStringLiteral("outcome"),
                            code == ExitSuccess ? QStringLiteral("ok") : QStringLiteral("failed")},
                           {QStringLiteral("exitCode"), code},
                           {QStringLiteral("durationMs"), m_runTimer.elapsed()},
                           {QStringLiteral("viewers"), viewers}};
        if (m_probeResult)
            fields.insert(QStringLiteral("probe"), m_probeResult->toJson());
        if (m_options.media)
            fields.insert(QStringLiteral("media"), firstMedia);
        QString human =
            tr("Summary: %1 (exit status %2)").arg(code == ExitSuccess ? tr("ok") : tr("failed")).arg(code);
        for (const Viewer &viewer : m_viewers) {
            const QJsonObject s = summaryOf(viewer);
            human += u"\n  " + s.value(u"clientId").toString() + u": " + s.value(u"outcome").toString() +
                     tr(", %1 connect(s)").arg(s.value(u"connects").toInt());
            if (s.contains(u"errorType"))
                human += u", " + s.value(u"errorType").toString() + u": " + s.value(u"message").toString();
        }
        if (m_options.media) {
            const QJsonObject m = firstMedia;
            human += tr("\n  media: %1, %2 %3, %4 frames decoded, first frame after %5")
                         .arg(m.value(u"outcome").toString(), m.value(u"codec").toString(),
                              m.value(u"resolution").toString())
                         .arg(m.value(u"framesDecoded").toInteger())
                         .arg(formatDuration(m.value(u"firstFrameMs").toInteger()));
            if (m.contains(u"failure"))
                human += u", " + m.value(u"failure").toString();
        }
        printObject(QStringLiteral("summary"), fields, human);
        QTimer::singleShot(0, &m_loop, &QEventLoop::quit);
    }

    Options m_options;
    QTextStream &m_out;
    QEventLoop &m_loop;
    QElapsedTimer m_runTimer;
    QTimer m_durationTimer;
    bool m_durationStarted = false;
    bool m_stopping = false;
    bool m_done = false;
    int m_exitCode = ExitInternalError;
    std::vector<Viewer> m_viewers;
    std::unique_ptr<MasterProbe> m_probe;
    std::optional<ProbeResult> m_probeResult;
    std::map<ConnectionController *, media::MediaSummary> m_mediaSummaries; ///< taken before stopping
};

int usageError(QTextStream &err, const QString &option, const QString &message)
{
    err << UsageError{option, message}.toLine(kCommand) << Qt::endl;
    return ExitInvalidInput;
}

} // namespace

int runConnect(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
               QTextStream &out, QTextStream &err)
{
    CommandLine line(kCommand, tr("Connects to a signaling channel as a viewer and reports every step: "
                                  "credentials, DescribeSignalingChannel (with --channel-name), "
                                  "GetSignalingChannelEndpoint, GetIceServerConfig, presign, WebSocket. "
                                  "Failures are explained, retried when worth it, and recovered from."));
    addTargetOptions(line);
    line.addOption(
        {QStringLiteral("url"),
         tr("Connect with this presigned ConnectAsViewer URL exactly as given (from presign, a log "
            "or a customer): no credentials, no control-plane calls, no signing; the channel, region "
            "and ClientId are the URL's. Without an ICE server config, --media uses host and STUN "
            "candidates only. Not with the other channel options, --profile or --viewers."),
         QStringLiteral("URL")});
    line.addOption(
        {QStringLiteral("probe"),
         tr("Once connected, send a recvonly SDP offer and report the master's answer: round trip, "
            "codecs, directions and ICE candidates.")});
    line.addOption({QStringLiteral("probe-timeout"),
                    tr("Seconds to wait for the master's answer, 1–600 (default: 10)."),
                    QStringLiteral("S")});
    line.addOption(
        {QStringLiteral("cli-read-timeout"),
         tr("Seconds each control-plane call may take, 1–600 (default: 10), as the AWS CLI's "
            "option of that name (0, no limit, is not supported: a hung call would hang the run)."),
         QStringLiteral("S")});
    line.addOption({QStringLiteral("cli-connect-timeout"),
                    tr("Seconds the WebSocket connection (TCP, TLS and the upgrade) may take, 1–600 "
                       "(default: 15), as the AWS CLI's option of that name."),
                    QStringLiteral("S")});
    line.addOption({QStringLiteral("duration"),
                    tr("Stay connected S seconds, reconnecting as needed; 0 stays until Ctrl-C (default: "
                       "exit once connected)."),
                    QStringLiteral("S")});
    line.addOption({QStringLiteral("viewers"),
                    tr("Run N viewers, 1–10, with ClientIds ID-1 … ID-N (at most 3 connects per second)."),
                    QStringLiteral("N")});
    line.addOption({QStringLiteral("max-retries"),
                    tr("Retries after a failure, 0–50 (default: %1).").arg(kDefaultMaxRetries),
                    QStringLiteral("N")});
    line.addOption({QStringLiteral("json"), tr("One JSON object per line on stdout.")});
    line.addOption({QStringLiteral("media"),
                    tr("Receive the master's video and audio over WebRTC and report every step of the media "
                       "path (ICE, DTLS, first frame) and stats once a second.")});
    line.addOption({QStringLiteral("require-frames"),
                    tr("With --media: success needs N decoded video frames, 1–100000 (default: 1)."),
                    QStringLiteral("N")});
    line.addOption({QStringLiteral("media-timeout"),
                    tr("With --media: seconds from connected to the required frames, 1–600 (default: 15)."),
                    QStringLiteral("S")});
    line.addOption({QStringLiteral("save-frame"), tr("With --media: save the last decoded frame as PNG."),
                    QStringLiteral("FILE")});
    line.addOption({QStringLiteral("ice-transport"), tr("With --media: all (default) or relay (TURN only)."),
                    QStringLiteral("POLICY")});
    line.addOption({QStringLiteral("no-stun"), tr("With --media: do not use the region's STUN server.")});
    line.addOption({QStringLiteral("no-turn"), tr("With --media: do not use the TURN servers.")});
    line.addOption(
        {QStringLiteral("codec"), tr("With --media: h264, vp8 or any (default)."), QStringLiteral("CODEC")});
    line.addOption({QStringLiteral("no-audio"), tr("With --media: do not receive audio.")});
    line.addOption({QStringLiteral("play-audio"),
                    tr("With --media: play the audio on this machine (default: decode and measure only).")});
    line.addOption({QStringLiteral("ice-loopback"),
                    tr("With --media: also gather 127.0.0.1 (a master on this machine, such as the "
                       "emulator's); turns interface discovery off.")});
    addCredentialOptions(line);

    if (auto error = line.parse(arguments))
        return usageError(err, error->option, error->message);
    if (line.helpRequested()) {
        out << line.helpText(helpExtra());
        return ExitSuccess;
    }

    if (line.isSet(QStringLiteral("profile")) && line.value(QStringLiteral("profile")).isEmpty())
        return usageError(err, QStringLiteral("--profile"), tr("empty; give a profile name."));

    ConnectRun::Options runOptions;
    runOptions.json = line.isSet(QStringLiteral("json"));
    runOptions.probe = line.isSet(QStringLiteral("probe"));
    int probeTimeout = 10;
    if (line.isSet(QStringLiteral("probe-timeout"))) {
        if (auto error = parseIntOption(QStringLiteral("--probe-timeout"),
                                        line.value(QStringLiteral("probe-timeout")), 1, 600, &probeTimeout))
            return usageError(err, error->option, error->message);
    }
    runOptions.probeTimeoutMs = probeTimeout * 1000;
    const ConnectionSettings defaults;
    int readTimeout = defaults.requestTimeoutMs / 1000;
    if (line.isSet(QStringLiteral("cli-read-timeout"))) {
        if (auto error = parseIntOption(QStringLiteral("--cli-read-timeout"),
                                        line.value(QStringLiteral("cli-read-timeout")), 1, 600, &readTimeout))
            return usageError(err, error->option, error->message);
    }
    int connectTimeout = defaults.handshakeTimeoutMs / 1000;
    if (line.isSet(QStringLiteral("cli-connect-timeout"))) {
        if (auto error =
                parseIntOption(QStringLiteral("--cli-connect-timeout"),
                               line.value(QStringLiteral("cli-connect-timeout")), 1, 600, &connectTimeout))
            return usageError(err, error->option, error->message);
    }
    if (line.isSet(QStringLiteral("duration"))) {
        if (auto error = parseIntOption(QStringLiteral("--duration"), line.value(QStringLiteral("duration")),
                                        0, 7 * 24 * 3600, &runOptions.durationSeconds))
            return usageError(err, error->option, error->message);
    }
    runOptions.media = line.isSet(QStringLiteral("media"));
    for (const char *mediaOnly : {"require-frames", "media-timeout", "save-frame", "ice-transport", "no-stun",
                                  "no-turn", "codec", "no-audio", "play-audio", "ice-loopback"}) {
        const QString name = QString::fromLatin1(mediaOnly);
        if (line.isSet(name) && !runOptions.media)
            return usageError(err, u"--" + name, tr("needs --media."));
    }
    if (line.isSet(QStringLiteral("require-frames"))) {
        if (auto error = parseIntOption(QStringLiteral("--require-frames"),
                                        line.value(QStringLiteral("require-frames")), 1, 100000,
                                        &runOptions.requireFrames))
            return usageError(err, error->option, error->message);
    }
    int mediaTimeout = 15;
    if (line.isSet(QStringLiteral("media-timeout"))) {
        if (auto error = parseIntOption(QStringLiteral("--media-timeout"),
                                        line.value(QStringLiteral("media-timeout")), 1, 600, &mediaTimeout))
            return usageError(err, error->option, error->message);
    }
    runOptions.mediaTimeoutMs = mediaTimeout * 1000;
    MediaOptions &mediaOptions = runOptions.mediaOptions;
    mediaOptions.answerTimeoutMs = std::min(runOptions.mediaTimeoutMs, 10000);
    mediaOptions.connectTimeoutMs = runOptions.mediaTimeoutMs;
    mediaOptions.firstFrameTimeoutMs = runOptions.mediaTimeoutMs;
    if (line.isSet(QStringLiteral("ice-transport"))) {
        const auto policy = parseIceTransportPolicy(line.value(QStringLiteral("ice-transport")));
        if (!policy)
            return usageError(err, QStringLiteral("--ice-transport"), tr("must be all or relay."));
        mediaOptions.iceTransport = *policy;
    }
    if (line.isSet(QStringLiteral("codec"))) {
        const auto codec = parseVideoCodecPreference(line.value(QStringLiteral("codec")));
        if (!codec)
            return usageError(err, QStringLiteral("--codec"), tr("must be h264, vp8 or any."));
        mediaOptions.codec = *codec;
    }
    mediaOptions.useStun = !line.isSet(QStringLiteral("no-stun"));
    mediaOptions.useTurn = !line.isSet(QStringLiteral("no-turn"));
    mediaOptions.receiveAudio = !line.isSet(QStringLiteral("no-audio"));
    mediaOptions.playAudio = line.isSet(QStringLiteral("play-audio"));
    mediaOptions.loopbackCandidates = line.isSet(QStringLiteral("ice-loopback"));
    if (mediaOptions.iceTransport == IceTransportPolicy::Relay && !mediaOptions.useTurn)
        return usageError(err, QStringLiteral("--ice-transport"), tr("relay needs TURN; drop --no-turn."));
    runOptions.saveFramePath = line.value(QStringLiteral("save-frame"));
    int viewerCount = 1;
    if (line.isSet(QStringLiteral("viewers"))) {
        if (auto error = parseIntOption(QStringLiteral("--viewers"), line.value(QStringLiteral("viewers")), 1,
                                        10, &viewerCount))
            return usageError(err, error->option, error->message);
    }
    ConnectionSettings settings;
    settings.requestTimeoutMs = readTimeout * 1000;
    settings.handshakeTimeoutMs = connectTimeout * 1000;
    if (line.isSet(QStringLiteral("max-retries"))) {
        int retries = 0;
        if (auto error = parseIntOption(QStringLiteral("--max-retries"),
                                        line.value(QStringLiteral("max-retries")), 0, 50, &retries))
            return usageError(err, error->option, error->message);
        settings.retry.maxAttempts = retries + 1;
    }
    const bool verbose = line.isSet(QStringLiteral("verbose"));
    CredentialChainOptions chainOptions;
    chainOptions.surface = Surface::CommandLine;
    chainOptions.environment = environment;
    chainOptions.explicitProfile = line.value(QStringLiteral("profile"));
    if (verbose)
        chainOptions.log = [&err](const QString &text) {
            err << QStringLiteral("kvs-viewer-cli connect: ") << redact(text) << Qt::endl;
        };
    QNetworkAccessManager network;
    useEnvironmentProxy(&network, environment);
    QProcessRunner runner;
    CredentialChain chain(chainOptions, clock, &network, &runner);

    ConnectionTarget target;
    if (line.isSet(QStringLiteral("url"))) {
        // The URL fixes the channel, region, ClientId and endpoint and carries its own signature: an option
        // that says otherwise is a mistake, not a preference.
        for (const char *other : {"setup", "channel-arn", "channel-name", "client-id", "region",
                                  "endpoint-url", "fips", "dual-stack", "profile", "viewers"}) {
            const QString name = QString::fromLatin1(other);
            if (line.isSet(name))
                return usageError(
                    err, u"--" + name,
                    tr("cannot be used with --url: the presigned URL fixes the channel, region, "
                       "ClientId and endpoint, and carries its own signature."));
        }
        const Result<PresignedUrl> url = presignedViewerUrl(line.value(QStringLiteral("url")), clock.now());
        if (!url)
            return usageError(err, QStringLiteral("--url"), url.error().message);
        target = ConnectionTarget::fromPresignedUrl(url.value());
        const auto tls = TlsOptions::resolve(line.value(QStringLiteral("ca-file")), environment);
        if (!tls)
            return usageError(err,
                              line.isSet(QStringLiteral("ca-file")) ? QStringLiteral("--ca-file") : QString(),
                              tls.error().message);
        settings.tls = tls.value();
    } else {
        auto chosen = readTargetOptions(line, environment, chain);
        if (const UsageError *error = std::get_if<UsageError>(&chosen))
            return usageError(err, error->option, error->message);
        target = std::get<TargetChoice>(chosen).target;
        settings.tls = std::get<TargetChoice>(chosen).tls;
    }
    settings.environment = environment;
    settings.surface = Surface::CommandLine;
    if (viewerCount > 1 &&
        !validateClientId(QString(target.clientId + u'-' + QString::number(viewerCount))).ok())
        return usageError(err, QStringLiteral("--client-id"), tr("too long to add the -N viewer suffix."));

    if (!installSignalPipe()) {
        err << UsageError{QString(), tr("could not install the signal handler.")}.toLine(kCommand)
            << Qt::endl;
        return ExitInternalError;
    }

    QEventLoop loop;
    ChainCredentialsProvider credentials(chain);
    // The service counts handshakes when they arrive, a few ms after the slot was reserved here: a
    // window a little over a second keeps the margin.
    ConnectRateLimiter limiter(clock, 3, 1250);
    ConnectRun run(runOptions, out, loop);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int signalCount = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &run, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        if (++signalCount > 1) {
            loop.exit();
            return;
        }
        run.stopAll();
    });

    for (int i = 1; i <= viewerCount; ++i) {
        ConnectionTarget viewerTarget = target;
        if (viewerCount > 1)
            viewerTarget.clientId = target.clientId + u'-' + QString::number(i);
        ConnectionDependencies deps;
        deps.clock = &clock;
        deps.credentials = &credentials;
        deps.rateLimiter = &limiter;
        deps.random = randomUnit;
        deps.runTimer = run.runTimer();
        run.add(std::make_unique<ConnectionController>(viewerTarget, settings, deps), viewerCount > 1);
    }
    QTimer::singleShot(0, &run, &ConnectRun::startAll);
    loop.exec();
    if (signalCount > 1)
        return ExitInternalError;
    return run.exitCode();
}

} // namespace kvs::cli
