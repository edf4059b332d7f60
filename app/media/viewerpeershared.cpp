// ViewerPeerShared's callbacks: everything that runs on GStreamer's streaming threads for a ViewerPeer (ICE
// and connection states, decoding chains for arriving tracks, video samples, bus messages, promises). Each
// one posts its result to the Qt thread through the callback bridge; viewerpeer.cpp holds the Qt side.
#include "media/viewerpeershared.h"

#include "media/gstsignals.h"
#include "media/gstsupport.h"
#include "media/sdpcodecs.h"
#include "media/webrtcstats.h"

#define GST_USE_UNSTABLE_API
#include <QCoreApplication>

#include <cmath>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>

namespace kvs::media {
namespace {

QString enumNick(GType type, gint value)
{
    GEnumClass *klass = static_cast<GEnumClass *>(g_type_class_ref(type));
    const GEnumValue *entry = g_enum_get_value(klass, value);
    const QString out = entry ? QString::fromUtf8(entry->value_nick) : QString::number(value);
    g_type_class_unref(klass);
    return out;
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

} // namespace kvs::media
