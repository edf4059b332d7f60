#include "media/viewerpeer.h"

#include "media/gstsignals.h"
#include "media/gstsupport.h"
#include "media/sdpcodecs.h"

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

/// What GStreamer's threads and the Qt thread share. Posted work dereferences owner only when the bridge
/// runs it, i.e. while the ViewerPeer is alive.
struct ViewerPeerShared
{
    CallbackBridgePtr bridge;
    ViewerPeer *owner = nullptr;
    GstElement *pipeline = nullptr; ///< owned
    GstElement *webrtc = nullptr;   ///< borrowed from pipeline
    bool playAudio = false;
    std::atomic<qint64> framesDecoded{0};
    std::atomic<qint64> framesDropped{0};
    std::atomic<bool> framePending{false};
    std::atomic<bool> sawFirstFrame{false};
    std::mutex mutex;
    GstElement *volume = nullptr; ///< owned reference, under mutex
    double volumeLevel = 1.0;
    bool muted = false;
    QString videoCodec; ///< under mutex
    QString audioCodec; ///< under mutex

    static void onIceCandidate(GstElement *, guint mlineIndex, gchar *candidate, gpointer data);
    static void onIceConnectionState(GObject *object, GParamSpec *, gpointer data);
    static void onConnectionState(GObject *object, GParamSpec *, gpointer data);
    static void onGatheringState(GObject *object, GParamSpec *, gpointer data);
    static void onPadAdded(GstElement *, GstPad *pad, gpointer data);
    static void onOfferCreated(GstPromise *promise, gpointer data);
    static void onAnswerSet(GstPromise *promise, gpointer data);
    static void onStats(GstPromise *promise, gpointer data);
    static GstFlowReturn onSample(GstAppSink *sink, gpointer data);
    static GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data);

    void post(std::function<void(ViewerPeer &)> work)
    {
        ViewerPeer *target = owner;
        bridge->post([target, work = std::move(work)] { work(*target); });
    }
};

namespace {

QString enumNick(GType type, gint value)
{
    GEnumClass *klass = static_cast<GEnumClass *>(g_type_class_ref(type));
    const GEnumValue *entry = g_enum_get_value(klass, value);
    const QString out = entry ? QString::fromUtf8(entry->value_nick) : QString::number(value);
    g_type_class_unref(klass);
    return out;
}

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

void ViewerPeerShared::onIceCandidate(GstElement *, guint mlineIndex, gchar *candidate, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    const QString text = QString::fromUtf8(candidate);
    const int index = static_cast<int>(mlineIndex);
    self.post([index, text](ViewerPeer &peer) { emit peer.localCandidate(index, text); });
}

void ViewerPeerShared::onIceConnectionState(GObject *object, GParamSpec *, gpointer data)
{
    GstWebRTCICEConnectionState state = GST_WEBRTC_ICE_CONNECTION_STATE_NEW;
    g_object_get(object, "ice-connection-state", &state, nullptr);
    const QString name = enumNick(GST_TYPE_WEBRTC_ICE_CONNECTION_STATE, state);
    sharedFrom<ViewerPeerShared>(data).post(
        [name](ViewerPeer &peer) { emit peer.iceConnectionStateChanged(name); });
}

void ViewerPeerShared::onConnectionState(GObject *object, GParamSpec *, gpointer data)
{
    GstWebRTCPeerConnectionState state = GST_WEBRTC_PEER_CONNECTION_STATE_NEW;
    g_object_get(object, "connection-state", &state, nullptr);
    const QString name = enumNick(GST_TYPE_WEBRTC_PEER_CONNECTION_STATE, state);
    sharedFrom<ViewerPeerShared>(data).post(
        [name](ViewerPeer &peer) { emit peer.peerConnectionStateChanged(name); });
}

void ViewerPeerShared::onGatheringState(GObject *object, GParamSpec *, gpointer data)
{
    GstWebRTCICEGatheringState state = GST_WEBRTC_ICE_GATHERING_STATE_NEW;
    g_object_get(object, "ice-gathering-state", &state, nullptr);
    if (state == GST_WEBRTC_ICE_GATHERING_STATE_COMPLETE)
        sharedFrom<ViewerPeerShared>(data).post([](ViewerPeer &peer) { emit peer.gatheringComplete(); });
}

void ViewerPeerShared::onPadAdded(GstElement *, GstPad *pad, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    if (GST_PAD_DIRECTION(pad) != GST_PAD_SRC)
        return;
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const GstStructure *structure = gst_caps_get_structure(caps, 0);
    const QString media = QString::fromUtf8(gst_structure_get_string(structure, "media"));
    const QString encoding =
        QString::fromUtf8(gst_structure_get_string(structure, "encoding-name")).toUpper();
    gst_caps_unref(caps);

    QString description;
    bool isVideo = false;
    if (media == u"video" && encoding == u"H264") {
        description = QStringLiteral("queue ! rtph264depay request-keyframe=true wait-for-keyframe=true ! "
                                     "h264parse ! avdec_h264 ! ");
        isVideo = true;
    } else if (media == u"video" && encoding == u"VP8") {
        description = QStringLiteral("queue ! rtpvp8depay request-keyframe=true wait-for-keyframe=true ! "
                                     "vp8dec ! ");
        isVideo = true;
    } else if (media == u"audio" && encoding == u"OPUS") {
        description = QStringLiteral("queue ! rtpopusdepay ! opusdec ! audioconvert ! "
                                     "level name=audiolevel interval=250000000 post-messages=true ! "
                                     "audioresample ! volume name=volume ! ");
        description +=
            self.playAudio ? QStringLiteral("autoaudiosink") : QStringLiteral("fakesink sync=false");
    } else {
        description = QStringLiteral("fakesink sync=false");
    }
    if (isVideo)
        description += QStringLiteral("videoconvert ! video/x-raw,format=BGRx ! "
                                      "appsink name=videosink max-buffers=2 drop=true sync=false");

    GError *error = nullptr;
    GstElement *bin = gst_parse_bin_from_description(description.toUtf8().constData(), TRUE, &error);
    if (!bin) {
        const QString message = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        self.post(
            [message](ViewerPeer &peer) { emit peer.failed(QStringLiteral("MediaPipeline"), message); });
        return;
    }
    if (isVideo) {
        GstElement *sink = gst_bin_get_by_name(reinterpret_cast<GstBin *>(bin), "videosink");
        GstAppSinkCallbacks callbacks = {};
        callbacks.new_sample = &ViewerPeerShared::onSample;
        gst_app_sink_set_callbacks(reinterpret_cast<GstAppSink *>(sink), &callbacks,
                                   sharedData(*static_cast<std::shared_ptr<ViewerPeerShared> *>(data)),
                                   &deleteSharedData<ViewerPeerShared>);
        gst_object_unref(sink);
        std::lock_guard lock(self.mutex);
        self.videoCodec = encoding;
    } else if (media == u"audio") {
        std::lock_guard lock(self.mutex);
        self.audioCodec = encoding;
        if (self.volume)
            gst_object_unref(self.volume);
        self.volume = gst_bin_get_by_name(reinterpret_cast<GstBin *>(bin), "volume");
        if (self.volume)
            g_object_set(self.volume, "volume", self.volumeLevel, "mute", self.muted ? TRUE : FALSE, nullptr);
    }
    gst_bin_add(reinterpret_cast<GstBin *>(self.pipeline), bin);
    gst_element_sync_state_with_parent(bin);
    GstPad *sinkPad = gst_element_get_static_pad(bin, "sink");
    gst_pad_link(pad, sinkPad);
    gst_object_unref(sinkPad);
}

GstFlowReturn ViewerPeerShared::onSample(GstAppSink *sink, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    GstSample *sample = gst_app_sink_pull_sample(sink);
    if (!sample)
        return GST_FLOW_OK;
    const qint64 number = ++self.framesDecoded;
    const bool first = !self.sawFirstFrame.exchange(true);
    if (!first && self.framePending.exchange(true)) {
        ++self.framesDropped; // the Qt thread has not taken the previous frame yet
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    }
    GstCaps *caps = gst_sample_get_caps(sample);
    const GstStructure *structure = gst_caps_get_structure(caps, 0);
    int width = 0;
    int height = 0;
    gst_structure_get_int(structure, "width", &width);
    gst_structure_get_int(structure, "height", &height);
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    auto *map = new GstMapInfo;
    if (!gst_buffer_map(buffer, map, GST_MAP_READ)) {
        delete map;
        gst_sample_unref(sample);
        self.framePending = false;
        return GST_FLOW_OK;
    }
    VideoFrame frame;
    frame.bits = map->data;
    frame.width = width;
    frame.height = height;
    frame.bytesPerLine = width * 4;
    frame.number = number;
    frame.keeper = std::shared_ptr<const void>(map, [sample, buffer](const void *info) {
        gst_buffer_unmap(buffer, static_cast<GstMapInfo *>(const_cast<void *>(info)));
        delete static_cast<const GstMapInfo *>(info);
        gst_sample_unref(sample);
    });
    if (first) {
        QString codec;
        {
            std::lock_guard lock(self.mutex);
            codec = self.videoCodec;
        }
        self.post([frame, codec](ViewerPeer &peer) {
            peer.m_lastFrame = frame; // before the signal: a receiver may end the peer's life in it
            peer.m_stats.width = frame.width;
            peer.m_stats.height = frame.height;
            emit peer.firstFrame(frame, codec);
        });
    } else {
        ViewerPeerShared *shared = &self;
        self.post([frame, shared](ViewerPeer &peer) {
            shared->framePending = false;
            peer.onFrame(frame);
        });
    }
    return GST_FLOW_OK;
}

GstBusSyncReply ViewerPeerShared::onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(message, &error, &debug);
        const QString source = QString::fromUtf8(GST_OBJECT_NAME(GST_MESSAGE_SRC(message)));
        const QString text = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        g_free(debug);
        const QString code =
            source.startsWith(u"dtls") ? QStringLiteral("DtlsFailed") : QStringLiteral("MediaPipeline");
        self.post([code, source, text](ViewerPeer &peer) {
            emit peer.failed(code, QStringLiteral("%1: %2").arg(source, text));
        });
        break;
    }
    case GST_MESSAGE_ELEMENT: {
        const GstStructure *structure = gst_message_get_structure(message);
        if (structure && gst_structure_has_name(structure, "level")) {
            const GValue *rms = gst_structure_get_value(structure, "rms");
            double level = -100;
            G_GNUC_BEGIN_IGNORE_DEPRECATIONS // level's "rms" is a GValueArray in GStreamer 1.22
                if (valueHolds(rms, g_value_array_get_type()))
            {
                auto *array = static_cast<GValueArray *>(g_value_get_boxed(rms));
                for (guint i = 0; array && i < array->n_values; ++i)
                    level = std::max(level, g_value_get_double(g_value_array_get_nth(array, i)));
            }
            else if (valueHolds(rms, GST_TYPE_LIST))
            {
                for (guint i = 0; i < gst_value_list_get_size(rms); ++i)
                    level = std::max(level, g_value_get_double(gst_value_list_get_value(rms, i)));
            }
            G_GNUC_END_IGNORE_DEPRECATIONS
            if (!std::isfinite(level))
                level = -100;
            self.post([level](ViewerPeer &peer) { peer.m_stats.audioLevelDb = std::max(level, -100.0); });
        }
        break;
    }
    default:
        break;
    }
    return GST_BUS_DROP;
}

void ViewerPeerShared::onOfferCreated(GstPromise *promise, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    const GstStructure *reply = gst_promise_get_reply(promise);
    GstWebRTCSessionDescription *offer = nullptr;
    if (reply)
        gst_structure_get(reply, "offer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &offer, nullptr);
    if (!offer) {
        self.post([](ViewerPeer &peer) {
            emit peer.failed(QStringLiteral("OfferFailed"),
                             QStringLiteral("webrtcbin created no SDP offer."));
        });
        return;
    }
    setLocalDescription(self.webrtc, offer);
    gchar *text = gst_sdp_message_as_text(offer->sdp);
    const QString sdp = QString::fromUtf8(text);
    g_free(text);
    gst_webrtc_session_description_free(offer);
    self.post([sdp](ViewerPeer &peer) {
        peer.m_offerSdp = sdp;
        peer.m_mids.clear();
        for (const SdpMediaLine &line : parseSdpMediaLines(sdp))
            peer.m_mids.append(line.mid);
        emit peer.offerReady(sdp);
    });
}

void ViewerPeerShared::onAnswerSet(GstPromise *promise, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    const GstStructure *reply = gst_promise_get_reply(promise);
    QString error;
    if (reply && gst_structure_has_field(reply, "error")) {
        GError *gerror = nullptr;
        gst_structure_get(reply, "error", G_TYPE_ERROR, &gerror, nullptr);
        error = gerror ? QString::fromUtf8(gerror->message) : QStringLiteral("unknown error");
        if (gerror)
            g_error_free(gerror);
    }
    self.post([error](ViewerPeer &peer) {
        if (error.isEmpty())
            emit peer.answerApplied();
        else
            emit peer.failed(QStringLiteral("AnswerRefused"), error);
    });
}

void ViewerPeerShared::onStats(GstPromise *promise, gpointer data)
{
    ViewerPeerShared &self = sharedFrom<ViewerPeerShared>(data);
    const WebrtcStatsSnapshot snapshot = parseWebrtcStats(gst_promise_get_reply(promise));
    self.post([snapshot](ViewerPeer &peer) { peer.onStatsSnapshot(snapshot); });
}

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
