#include "media/viewerpeer.h"

#include "media/gstsignals.h"
#include "media/gstsupport.h"
#include "media/sdpcodecs.h"
#include "media/viewerpeershared.h"

#define GST_USE_UNSTABLE_API
#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>
#include <mutex>

namespace kvs::media {

namespace {

QString videoCaps(VideoCodecPreference codec)
{
    const QString h264 = QStringLiteral(
        "application/x-rtp,media=video,encoding-name=H264,payload=102,clock-rate=90000,"
        "packetization-mode=(string)1,profile-level-id=(string)42e01f,level-asymmetry-allowed=(string)1,"
        "rtcp-fb-nack=(boolean)true,rtcp-fb-nack-pli=(boolean)true,rtcp-fb-ccm-fir=(boolean)true");
    const QString vp8 = QStringLiteral(
        "application/x-rtp,media=video,encoding-name=VP8,payload=96,clock-rate=90000,"
        "rtcp-fb-nack=(boolean)true,rtcp-fb-nack-pli=(boolean)true,rtcp-fb-ccm-fir=(boolean)true");
    switch (codec) {
    case VideoCodecPreference::H264:
        return h264;
    case VideoCodecPreference::Vp8:
        return vp8;
    case VideoCodecPreference::Any:
        break;
    }
    return h264 + u';' + vp8;
}

const char *kOpusCaps = "application/x-rtp,media=audio,encoding-name=OPUS,payload=111,clock-rate=48000,"
                        "encoding-params=(string)2";

void addRecvOnlyTransceiver(GstElement *webrtc, const QString &caps)
{
    GstCaps *parsed = gst_caps_from_string(caps.toUtf8().constData());
    GstWebRTCRTPTransceiver *transceiver = nullptr;
    g_signal_emit_by_name(webrtc, "add-transceiver", GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_RECVONLY, parsed,
                          &transceiver);
    gst_caps_unref(parsed);
    if (transceiver)
        gst_object_unref(transceiver);
}

QStringList requiredElements(const MediaOptions &options)
{
    QStringList names{QStringLiteral("webrtcbin"), QStringLiteral("nicesrc"), QStringLiteral("dtlssrtpenc"),
                      QStringLiteral("videoconvert"), QStringLiteral("appsink")};
    if (options.codec != VideoCodecPreference::Vp8)
        names << QStringLiteral("rtph264depay") << QStringLiteral("h264parse")
              << QStringLiteral("avdec_h264");
    if (options.codec != VideoCodecPreference::H264)
        names << QStringLiteral("rtpvp8depay") << QStringLiteral("vp8dec");
    if (options.receiveAudio)
        names << QStringLiteral("rtpopusdepay") << QStringLiteral("opusdec") << QStringLiteral("level");
    return names;
}

} // namespace

ViewerPeer::ViewerPeer(MediaOptions options, IceConfiguration ice, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ice(std::move(ice))
    , m_bridge(std::make_shared<CallbackBridge>(this))
    , m_shared(std::make_shared<ViewerPeerShared>())
{
    m_shared->bridge = m_bridge;
    m_shared->owner = this;
    m_shared->playAudio = m_options.playAudio;
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(std::max(100, m_options.statsIntervalMs));
    connect(m_statsTimer, &QTimer::timeout, this, &ViewerPeer::pollStats);
}

ViewerPeer::~ViewerPeer()
{
    m_bridge->detach();
    if (m_shared->pipeline) {
        gst_element_set_state(m_shared->pipeline, GST_STATE_NULL);
        GstBus *bus = gst_element_get_bus(m_shared->pipeline);
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
        gst_object_unref(bus);
        gst_object_unref(m_shared->pipeline);
        m_shared->pipeline = nullptr;
        m_shared->webrtc = nullptr;
    }
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->volume) {
        gst_object_unref(m_shared->volume);
        m_shared->volume = nullptr;
    }
}

bool ViewerPeer::start(QString *error)
{
    if (!initGStreamer(error))
        return false;
    const QStringList missing = missingElements(requiredElements(m_options));
    if (!missing.isEmpty()) {
        QStringList packages;
        for (const QString &element : missing)
            if (!packages.contains(packageForElement(element)))
                packages.append(packageForElement(element));
        if (error)
            *error = tr("GStreamer elements missing: %1 (install %2).")
                         .arg(missing.join(QStringLiteral(", ")), packages.join(QStringLiteral(", ")));
        return false;
    }
    m_shared->pipeline = gst_pipeline_new("kvs-viewer");
    m_shared->webrtc = gst_element_factory_make("webrtcbin", "webrtc");
    GstElement *webrtc = m_shared->webrtc;
    g_object_set(webrtc, "bundle-policy", GST_WEBRTC_BUNDLE_POLICY_MAX_COMPAT, nullptr);
    if (m_ice.relayOnly)
        g_object_set(webrtc, "ice-transport-policy", GST_WEBRTC_ICE_TRANSPORT_POLICY_RELAY, nullptr);
    if (!m_ice.stunUri.isEmpty())
        g_object_set(webrtc, "stun-server", m_ice.stunUri.toUtf8().constData(), nullptr);
    if (!m_ice.httpProxy.isEmpty())
        g_object_set(webrtc, "http-proxy", m_ice.httpProxy.toUtf8().constData(), nullptr);
    gst_bin_add(reinterpret_cast<GstBin *>(m_shared->pipeline), webrtc);
    addTurnServers(m_ice.turnUris);
    if (m_options.loopbackCandidates) {
        GstWebRTCICE *agent = nullptr;
        g_object_get(webrtc, "ice-agent", &agent, nullptr);
        if (agent) {
            gboolean added = FALSE;
            g_signal_emit_by_name(agent, "add-local-ip-address", "127.0.0.1", &added);
            gst_object_unref(agent);
        }
    }

    addRecvOnlyTransceiver(webrtc, videoCaps(m_options.codec));
    if (m_options.receiveAudio)
        addRecvOnlyTransceiver(webrtc, QString::fromLatin1(kOpusCaps));

    connectShared(webrtc, "on-ice-candidate", &ViewerPeerShared::onIceCandidate, m_shared);
    connectShared(webrtc, "notify::ice-connection-state", &ViewerPeerShared::onIceConnectionState, m_shared);
    connectShared(webrtc, "notify::connection-state", &ViewerPeerShared::onConnectionState, m_shared);
    connectShared(webrtc, "notify::ice-gathering-state", &ViewerPeerShared::onGatheringState, m_shared);
    connectShared(webrtc, "pad-added", &ViewerPeerShared::onPadAdded, m_shared);

    GstBus *bus = gst_element_get_bus(m_shared->pipeline);
    gst_bus_set_sync_handler(bus, &ViewerPeerShared::onBusMessage, sharedData(m_shared),
                             &deleteSharedData<ViewerPeerShared>);
    gst_object_unref(bus);

    if (gst_element_set_state(m_shared->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        if (error)
            *error = tr("The media pipeline could not start.");
        return false;
    }
    emitWithReply(webrtc, "create-offer", nullptr, &ViewerPeerShared::onOfferCreated, sharedData(m_shared),
                  &deleteSharedData<ViewerPeerShared>);
    return true;
}

void ViewerPeer::applyAnswer(const QString &sdp)
{
    if (!m_shared->webrtc)
        return;
    GstSDPMessage *message = nullptr;
    gst_sdp_message_new(&message);
    const QByteArray bytes = sdp.toUtf8();
    if (gst_sdp_message_parse_buffer(reinterpret_cast<const guint8 *>(bytes.constData()),
                                     static_cast<guint>(bytes.size()), message) != GST_SDP_OK) {
        gst_sdp_message_free(message);
        emit failed(QStringLiteral("AnswerRefused"), tr("The master's SDP answer could not be parsed."));
        return;
    }
    GstWebRTCSessionDescription *answer =
        gst_webrtc_session_description_new(GST_WEBRTC_SDP_TYPE_ANSWER, message);
    emitWithReply(m_shared->webrtc, "set-remote-description", answer, &ViewerPeerShared::onAnswerSet,
                  sharedData(m_shared), &deleteSharedData<ViewerPeerShared>);
    gst_webrtc_session_description_free(answer);
    m_statsClock.start();
    m_statsTimer->start();
}

void ViewerPeer::addRemoteCandidate(int mlineIndex, const QString &candidate)
{
    if (!m_shared->webrtc || candidate.trimmed().isEmpty() || mlineIndex < 0)
        return;
    QString line = candidate.trimmed();
    if (line.startsWith(u"a="))
        line = line.mid(2);
    g_signal_emit_by_name(m_shared->webrtc, "add-ice-candidate", static_cast<guint>(mlineIndex),
                          line.toUtf8().constData());
}

void ViewerPeer::addTurnServers(const QStringList &webrtcTurnUris)
{
    if (!m_shared->webrtc)
        return;
    for (const QString &uri : webrtcTurnUris) {
        gboolean added = FALSE;
        g_signal_emit_by_name(m_shared->webrtc, "add-turn-server", uri.toUtf8().constData(), &added);
    }
}

void ViewerPeer::setVolume(double volume)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->volumeLevel = std::clamp(volume, 0.0, 1.0);
    if (m_shared->volume)
        g_object_set(m_shared->volume, "volume", m_shared->volumeLevel, nullptr);
}

void ViewerPeer::setMuted(bool muted)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->muted = muted;
    if (m_shared->volume)
        g_object_set(m_shared->volume, "mute", muted ? TRUE : FALSE, nullptr);
}

QString ViewerPeer::midOf(int mlineIndex) const
{
    return mlineIndex >= 0 && mlineIndex < m_mids.size() ? m_mids.at(mlineIndex) : QString();
}

void ViewerPeer::pollStats()
{
    if (!m_shared->webrtc)
        return;
    emitWithReply(m_shared->webrtc, "get-stats", nullptr, &ViewerPeerShared::onStats, sharedData(m_shared),
                  &deleteSharedData<ViewerPeerShared>);
}

void ViewerPeer::onStatsSnapshot(const WebrtcStatsSnapshot &snapshot)
{
    const qint64 now = m_statsClock.elapsed();
    const qint64 frames = m_shared->framesDecoded.load();
    const double seconds = std::max<qint64>(1, now - m_lastStatsMs) / 1000.0;
    m_stats.framesDecoded = frames;
    m_stats.framesDropped = m_shared->framesDropped.load();
    m_stats.fps = (frames - m_lastStatsFrames) / seconds;
    m_stats.bitrateBps = static_cast<qint64>((snapshot.videoBytesReceived - m_lastStatsBytes) * 8 / seconds);
    m_stats.packetsLost = snapshot.videoPacketsLost;
    m_stats.jitterMs = snapshot.videoJitterSeconds * 1000.0;
    m_stats.audioBytes = snapshot.audioBytesReceived;
    if (snapshot.selectedPair)
        m_stats.selectedPair = snapshot.selectedPair;
    {
        std::lock_guard lock(m_shared->mutex);
        m_stats.videoCodec = m_shared->videoCodec;
        m_stats.audioCodec = m_shared->audioCodec;
    }
    m_lastStatsFrames = frames;
    m_lastStatsBytes = snapshot.videoBytesReceived;
    m_lastStatsMs = now;
    emit statsUpdated(m_stats);
}

void ViewerPeer::onFrame(const VideoFrame &frame)
{
    m_lastFrame = frame;
    m_stats.width = frame.width;
    m_stats.height = frame.height;
    emit frameDecoded(frame);
}

} // namespace kvs::media
