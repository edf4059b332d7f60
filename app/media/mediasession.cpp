// Over 400 lines on purpose: one job, a media session's lifecycle against one connection (start the peer,
// carry offer/answer/candidates, time each step, time out, recover, refresh TURN). Every handler reads and
// changes the same step, timer and recovery state; the peer itself (viewerpeer.cpp) and the words for
// failures (mediafailure.cpp) live apart.
#include "media/mediasession.h"

#include "core/common/duration.h"
#include "core/connection/connectioncontroller.h"
#include "core/signaling/icecandidate.h"
#include "media/sdpcodecs.h"
#include "media/viewerpeer.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QTimer>

namespace kvs::media {
namespace {

/// Steps whose "ms" counts from the offer (the rest count from the step before).
qint64 msSince(QElapsedTimer &timer)
{
    const qint64 ms = timer.isValid() ? timer.elapsed() : 0;
    timer.restart();
    return ms;
}

} // namespace

MediaSession::MediaSession(ConnectionController &controller, MediaOptions options, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_options(std::move(options))
{
    qRegisterMetaType<VideoFrame>();
    qRegisterMetaType<MediaStats>();
    m_correlationPrefix =
        QStringLiteral("media-%1")
            .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &MediaSession::onTimeout);
    m_turnRefresh = new QTimer(this);
    m_turnRefresh->setSingleShot(true);
    connect(m_turnRefresh, &QTimer::timeout, &m_controller, &ConnectionController::refreshIceServers);
    connect(&m_controller, &ConnectionController::stateChanged, this, &MediaSession::onControllerState);
    connect(&m_controller, &ConnectionController::messageReceived, this, &MediaSession::onMessage);
    connect(&m_controller, &ConnectionController::iceServersChanged, this,
            &MediaSession::onIceServersChanged);
    onControllerState();
}

MediaSession::~MediaSession()
{
    delete m_peer.data();
}

MediaSummary MediaSession::summary() const
{
    MediaSummary out = m_summary;
    if (m_peer) {
        out.framesDecoded = std::max(out.framesDecoded, m_peer->lastFrame().number);
        out.audioLevelDb = std::max(out.audioLevelDb, m_peer->stats().audioLevelDb);
    }
    return out;
}

const VideoFrame &MediaSession::lastFrame() const
{
    return m_peer ? m_peer->lastFrame() : m_lastFrame;
}

void MediaSession::stop()
{
    m_stopped = true;
    if (m_peer) {
        m_summary = summary();
        m_lastFrame = m_peer->lastFrame();
    }
    m_timeout->stop();
    m_turnRefresh->stop();
    if (m_summary.outcome == u"playing")
        m_summary.outcome = QStringLiteral("stopped");
    discardPeer();
}

void MediaSession::discardPeer()
{
    if (!m_peer)
        return;
    // Later, not now: stop() may run inside one of the peer's own signals.
    m_peer->disconnect(this);
    m_peer->deleteLater();
    m_peer = nullptr;
}

void MediaSession::setVolume(double volume)
{
    if (m_peer)
        m_peer->setVolume(volume);
}

void MediaSession::setMuted(bool muted)
{
    if (m_peer)
        m_peer->setMuted(muted);
}

void MediaSession::onControllerState()
{
    if (m_stopped || m_failed || m_controller.state() != ConnectionState::Connected)
        return;
    if (!m_peer)
        startPeer();
    else
        flushOutbound(); // the signaling connection came back (GO_AWAY, a dropped link): the media went on
}

void MediaSession::startPeer()
{
    if (m_proxyLookup >= 0)
        return; // a start is already waiting for the proxy's address
    const std::optional<IceServerConfig> &config = m_controller.iceServerConfig();
    m_ice = IceConfiguration::from(config.value_or(IceServerConfig{}), m_options);
    m_turnGiven = m_ice.turnUris;
    m_evidence = CandidateEvidence{};
    m_evidence.relayOnly = m_ice.relayOnly;
    m_evidence.turnConfigured = !m_ice.turnUris.isEmpty();
    m_evidence.stunConfigured = !m_ice.stunUri.isEmpty();
    m_answered = false;
    m_iceConnected = false;
    m_iceState.clear();
    for (const QString &skipped : std::as_const(m_ice.skipped))
        report(warningEvent(tr("ICE server not used: %1").arg(skipped)));
    InfoEvent servers = infoEvent(
        tr("Media: ICE servers %1; transport policy %2")
            .arg(m_ice.describe().isEmpty() ? tr("none") : m_ice.describe().join(QStringLiteral(", ")),
                 iceTransportPolicyName(m_options.iceTransport)));
    servers.iceServers = m_ice.describe();
    report(servers);
    if (m_options.iceTransport == IceTransportPolicy::Relay && m_ice.turnUris.isEmpty()) {
        fail(MediaFailureCode::NoCandidatePair, tr("relay only was asked for, but there is no TURN server"));
        return;
    }

    // TURN over TCP and TLS follows the run's proxy rules (https_proxy / no_proxy), as the signaling does;
    // UDP cannot go through an HTTP proxy. libnice needs the proxy as an IP address: resolved first.
    const QUrl tcpTurn = firstTcpTurnServer(m_ice.turnUris);
    const ProxyChoice proxy =
        tcpTurn.isValid() ? m_controller.proxyFor(tr("Media: TURN over TCP"), tcpTurn) : ProxyChoice{};
    if (!proxy.used()) {
        launchPeer();
        return;
    }
    m_proxyLookup = QHostInfo::lookupHost(proxy.proxy.hostName(), this, [this, proxy](const QHostInfo &host) {
        m_proxyLookup = -1;
        if (m_stopped || m_failed || m_peer)
            return;
        if (host.error() != QHostInfo::NoError || host.addresses().isEmpty())
            report(warningEvent(
                tr("Media: the HTTP proxy %1 could not be resolved (%2); TURN over TCP goes without it")
                    .arg(proxy.hostPort(), host.errorString())));
        else
            m_ice.httpProxy = webrtcHttpProxy(proxy.proxy, host.addresses());
        launchPeer();
    });
}

void MediaSession::launchPeer()
{
    auto *peer = new ViewerPeer(m_options, m_ice, this);
    m_peer = peer;
    connect(peer, &ViewerPeer::offerReady, this, &MediaSession::onOfferReady);
    connect(peer, &ViewerPeer::localCandidate, this, &MediaSession::onLocalCandidate);
    connect(peer, &ViewerPeer::gatheringComplete, this, &MediaSession::onGatheringComplete);
    connect(peer, &ViewerPeer::answerApplied, this, [this] {
        if (m_failed)
            return;
        step(MediaStep::AnswerReceived);
        armTimeout(m_options.connectTimeoutMs, MediaFailureCode::NoCandidatePair);
    });
    connect(peer, &ViewerPeer::iceConnectionStateChanged, this, &MediaSession::onIceState);
    connect(peer, &ViewerPeer::peerConnectionStateChanged, this, &MediaSession::onPeerState);
    connect(peer, &ViewerPeer::firstFrame, this, &MediaSession::onFirstFrame);
    connect(peer, &ViewerPeer::frameDecoded, this, &MediaSession::frameDecoded);
    connect(peer, &ViewerPeer::statsUpdated, this, &MediaSession::onStats);
    connect(peer, &ViewerPeer::failed, this, &MediaSession::onPeerFailed);
    QString error;
    m_sincePeerStart.start();
    m_sinceOffer.start();
    m_sinceStep.start();
    if (!peer->start(&error)) {
        fail(MediaFailureCode::PipelineError, error);
        return;
    }
    scheduleTurnRefresh();
}

void MediaSession::onGatheringComplete()
{
    step(MediaStep::IceGathering, tr("local candidates %1").arg(m_evidence.local.toString()));
    if (m_failed || !m_evidence.turnConfigured || m_evidence.local.count(CandidateType::Relay) > 0)
        return;
    // Refusals come back within a round trip; an unreachable TURN server keeps gathering busy for seconds.
    m_evidence.turnRefusedFast = m_sincePeerStart.elapsed() < kTurnRefusalWindowMs;
    if (m_ice.relayOnly)
        fail(m_evidence.turnRefusedFast ? MediaFailureCode::TurnRefused : MediaFailureCode::NoCandidatePair,
             tr("relay only, gathering ended after %1").arg(formatDuration(m_sincePeerStart.elapsed())));
}

void MediaSession::onOfferReady(const QString &sdp)
{
    const QString correlationId = m_correlationPrefix + u'-' + QString::number(++m_messageCounter);
    const Result<QByteArray> frame = buildSdpOfferMessage(sdp, correlationId);
    if (!frame) {
        fail(MediaFailureCode::PipelineError, frame.error().message);
        return;
    }
    m_sinceOffer.restart();
    if (!m_controller.sendMessage(*frame, QStringLiteral("SDP_OFFER"),
                                  tr("recvonly offer (%n characters of SDP)", nullptr, int(sdp.size()))))
        m_outbound.append(*frame);
    step(MediaStep::OfferSent, correlationId);
    armTimeout(m_options.answerTimeoutMs, MediaFailureCode::NoAnswer);
}

void MediaSession::onLocalCandidate(int mlineIndex, const QString &candidate)
{
    if (!m_peer)
        return;
    reportCandidate(QStringLiteral("local"), candidate);
    const Result<QByteArray> frame =
        buildIceCandidateMessage(candidate, m_peer->midOf(mlineIndex), mlineIndex,
                                 m_correlationPrefix + u'-' + QString::number(++m_messageCounter));
    if (!frame)
        return; // a candidate our own parser refuses is reported above; the master would refuse it too
    if (!m_outbound.isEmpty() ||
        !m_controller.sendMessage(*frame, QStringLiteral("ICE_CANDIDATE"), QString()))
        m_outbound.append(*frame);
}

void MediaSession::flushOutbound()
{
    while (!m_outbound.isEmpty()) {
        if (!m_controller.sendMessage(m_outbound.first(), QStringLiteral("ICE_CANDIDATE"), QString()))
            return;
        m_outbound.removeFirst();
    }
}

void MediaSession::onMessage(const SignalingMessage &message)
{
    if (!m_peer || m_failed)
        return;
    switch (message.type) {
    case SignalingMessageType::SdpAnswer: {
        if (m_answered)
            return; // a second answer (a duplicate) is not ours to apply
        if (!answerFitsOffer(m_peer->offerSdp(), message.sdp))
            return; // the answer to another offer of this ClientId (a probe's, a custom one)
        m_answered = true;
        m_timeout->stop();
        const AnswerVerdict verdict = judgeAnswer(message.sdp);
        if (!verdict.hasVideoLine || verdict.videoRejected) {
            fail(MediaFailureCode::CodecRejected);
            return;
        }
        m_summary.videoCodec = verdict.videoCodec;
        m_summary.audioCodec = verdict.audioCodec;
        // Candidates inside the answer count as the master's too.
        for (const QString &row : message.sdp.split(u'\n'))
            if (row.trimmed().startsWith(u"a=candidate:"))
                reportCandidate(QStringLiteral("remote"), row.trimmed().mid(2));
        m_peer->applyAnswer(message.sdp);
        break;
    }
    case SignalingMessageType::IceCandidate: {
        if (message.endOfCandidates || !message.candidate)
            return;
        const IceCandidate &candidate = *message.candidate;
        const QList<SdpMediaLine> ours = parseSdpMediaLines(m_peer->offerSdp());
        if (!candidate.sdpMid.isEmpty() && mlineIndexOf(ours, candidate.sdpMid) < 0)
            return; // a candidate for another offer's media (a probe's, a custom one)
        int index = candidate.sdpMLineIndex;
        if (index < 0)
            index = mlineIndexOf(ours, candidate.sdpMid);
        reportCandidate(QStringLiteral("remote"), candidate.line);
        m_peer->addRemoteCandidate(std::max(index, 0), candidate.line);
        break;
    }
    case SignalingMessageType::StatusResponse:
        if (message.statusResponse && message.statusResponse->correlationId.startsWith(m_correlationPrefix) &&
            !m_answered)
            fail(MediaFailureCode::OfferRefused,
                 message.statusResponse->errorType + u": " + message.statusResponse->description);
        break;
    default:
        break;
    }
}

void MediaSession::onIceState(const QString &state)
{
    if (state == m_iceState)
        return;
    m_iceState = state;
    report(IceEvent{false, state});
    if (m_failed)
        return;
    if (state == u"checking") {
        step(MediaStep::IceChecking);
    } else if ((state == u"connected" || state == u"completed") && !m_iceConnected) {
        m_iceConnected = true;
        step(MediaStep::IceConnected);
        armTimeout(m_options.firstFrameTimeoutMs, MediaFailureCode::NoFrames);
    } else if (state == u"failed") {
        if (m_summary.outcome == u"playing")
            recover(tr("ICE failed while playing"));
        else
            fail(MediaFailureCode::NoCandidatePair);
    } else if (state == u"disconnected" && m_summary.outcome == u"playing") {
        report(warningEvent(tr("Media: the network path to the master is interrupted.")));
        armTimeout(m_options.connectTimeoutMs, MediaFailureCode::MediaLost);
    } else if ((state == u"connected" || state == u"completed") && m_summary.outcome == u"playing") {
        m_timeout->stop();
    }
}

void MediaSession::onPeerState(const QString &state)
{
    report(IceEvent{true, state});
    if (m_failed)
        return;
    if (state == u"connected" && m_iceConnected)
        step(MediaStep::Dtls);
    else if (state == u"failed" && m_iceConnected && m_summary.outcome != u"playing")
        fail(MediaFailureCode::DtlsFailed, tr("the peer connection failed after ICE connected"));
}

void MediaSession::onFirstFrame(const VideoFrame &frame, const QString &codec)
{
    m_timeout->stop();
    if (!codec.isEmpty())
        m_summary.videoCodec = codec;
    m_summary.width = frame.width;
    m_summary.height = frame.height;
    m_summary.firstFrameMs = m_sinceOffer.elapsed();
    m_summary.outcome = QStringLiteral("playing");
    step(MediaStep::FirstFrame,
         QStringLiteral("%1 %2×%3").arg(m_summary.videoCodec).arg(frame.width).arg(frame.height));
    emit firstFrame(frame);
}

void MediaSession::onStats(const MediaStats &stats)
{
    m_stats = stats;
    m_summary.framesDecoded = stats.framesDecoded;
    m_summary.audioLevelDb = std::max(m_summary.audioLevelDb, stats.audioLevelDb);
    if (stats.selectedPair)
        m_summary.selectedPair = stats.selectedPair;
    if (!stats.audioCodec.isEmpty())
        m_summary.audioCodec = stats.audioCodec;
    if (!m_iceConnected && stats.framesDecoded == 0)
        return; // nothing flows yet: the steps say where it waits
    report(stats.toEvent());
    emit statsUpdated(stats);
}

void MediaSession::onPeerFailed(const QString &code, const QString &message)
{
    if (m_failed)
        return;
    if (code == u"DtlsFailed")
        fail(MediaFailureCode::DtlsFailed, message);
    else if (m_summary.outcome == u"playing")
        recover(message);
    else
        fail(MediaFailureCode::PipelineError, message);
}

void MediaSession::expire()
{
    if (m_failed || m_stopped || m_summary.outcome == u"playing")
        return;
    if (!m_peer || !m_sinceOffer.isValid() || m_messageCounter == 0)
        fail(MediaFailureCode::NoAnswer);
    else if (!m_answered)
        fail(MediaFailureCode::NoAnswer);
    else if (!m_iceConnected)
        fail(MediaFailureCode::NoCandidatePair);
    else
        fail(MediaFailureCode::NoFrames);
}

void MediaSession::onTimeout()
{
    if (m_failed)
        return;
    if (m_timeoutCode == MediaFailureCode::MediaLost) {
        recover(tr("the network path stayed interrupted"));
        return;
    }
    fail(m_timeoutCode);
}

void MediaSession::onIceServersChanged()
{
    const std::optional<IceServerConfig> &config = m_controller.iceServerConfig();
    if (!config || !m_peer)
        return;
    const IceConfiguration fresh = IceConfiguration::from(*config, m_options);
    QStringList added;
    for (const QString &uri : fresh.turnUris)
        if (!m_turnGiven.contains(uri))
            added.append(uri);
    m_turnGiven += added;
    m_peer->addTurnServers(added);
    report(infoEvent(
        tr("Media: fresh TURN credentials given to the ICE agent (%n URI(s))", nullptr, int(added.size()))));
    scheduleTurnRefresh();
}

void MediaSession::scheduleTurnRefresh()
{
    const std::optional<IceServerConfig> &config = m_controller.iceServerConfig();
    if (!config || config->servers.isEmpty() || !m_options.useTurn)
        return;
    int ttl = 0;
    for (const IceServer &server : config->servers)
        ttl = ttl == 0 ? server.ttlSeconds : std::min(ttl, server.ttlSeconds);
    if (ttl <= 0)
        return;
    // Refresh at 80 % of the TTL so allocations never run on expired credentials.
    m_turnRefresh->start(std::max(1000, ttl * 800));
}

void MediaSession::step(MediaStep which, const QString &detail)
{
    const qint64 ms = which == MediaStep::OfferSent ? 0 : msSince(m_sinceStep);
    if (which == MediaStep::OfferSent)
        m_sinceStep.restart();
    MediaStepEvent event;
    event.step = mediaStepName(which);
    event.text = mediaStepText(which);
    event.ms = ms;
    event.sinceOfferMs = m_sinceOffer.isValid() ? m_sinceOffer.elapsed() : 0;
    event.detail = detail;
    report(event);
    emit stepFinished(which, ms);
}

void MediaSession::fail(MediaFailureCode code, const QString &detail)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout->stop();
    m_turnRefresh->stop();
    int timeoutMs = m_timeoutMs;
    if (code == MediaFailureCode::NoAnswer)
        timeoutMs = m_options.answerTimeoutMs;
    const MediaFailureExplanation explanation = explainMediaFailure(code, m_evidence, timeoutMs, detail);
    m_summary.outcome = QStringLiteral("failed");
    m_summary.failureCode = mediaFailureCodeName(code);
    if (m_stats.framesDecoded > 0)
        m_summary.framesDecoded = m_stats.framesDecoded;
    ErrorEvent error;
    error.step = Step::Media;
    error.errorType = mediaFailureCodeName(code);
    error.message = explanation.message;
    error.hint = explanation.hint;
    error.candidates = CandidateCounts{m_evidence.local.toString(), m_evidence.remote.toString()};
    report(error);
    emit failed(code, explanation);
}

void MediaSession::recover(const QString &why)
{
    if (m_recoveries >= maxRecoveries) {
        fail(MediaFailureCode::MediaLost, why);
        return;
    }
    ++m_recoveries;
    report(warningEvent(tr("Media lost (%1): starting a new media session (%2 of %3).")
                            .arg(why)
                            .arg(m_recoveries)
                            .arg(maxRecoveries)));
    m_timeout->stop();
    discardPeer();
    m_summary.outcome = QStringLiteral("notStarted");
    m_outbound.clear();
    if (m_controller.state() == ConnectionState::Connected)
        startPeer();
}

void MediaSession::armTimeout(int ms, MediaFailureCode code)
{
    m_timeoutCode = code;
    m_timeoutMs = ms;
    m_timeout->start(ms);
}

void MediaSession::report(const EventPayload &event)
{
    m_controller.report(event);
}

void MediaSession::reportCandidate(const QString &direction, const QString &candidate)
{
    const Result<IceCandidate> parsed = IceCandidate::parse(candidate);
    if (!parsed)
        return;
    (direction == u"local" ? m_evidence.local : m_evidence.remote).add(*parsed);
    if (direction == u"remote")
        m_evidence.remoteAddresses.append(parsed->address);
    report(CandidateEvent{direction == u"local", candidateTypeName(parsed->type),
                          candidateTransportName(parsed->transport), parsed->address, parsed->port});
}

} // namespace kvs::media
