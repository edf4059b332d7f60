#include "media/testmasterpeer.h"

#include "media/gstsignals.h"
#include "media/gstsupport.h"
#include "media/sdpcodecs.h"

#define GST_USE_UNSTABLE_API
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>

namespace kvs::media {

struct TestMasterShared
{
    CallbackBridgePtr bridge;
    TestMasterPeer *owner = nullptr;
    GstElement *pipeline = nullptr; ///< owned
    GstElement *webrtc = nullptr;   ///< owned reference

    void post(std::function<void(TestMasterPeer &)> work)
    {
        TestMasterPeer *target = owner;
        bridge->post([target, work = std::move(work)] { work(*target); });
    }
    void fail(const QString &message)
    {
        post([message](TestMasterPeer &peer) { emit peer.failed(message); });
    }

    static void onIceCandidate(GstElement *, guint mlineIndex, gchar *candidate, gpointer data)
    {
        const QString text = QString::fromUtf8(candidate);
        const int index = static_cast<int>(mlineIndex);
        sharedFrom<TestMasterShared>(data).post([index, text](TestMasterPeer &peer) {
            emit peer.localCandidate(index, peer.m_mids.value(index), text);
        });
    }

    static void onOfferSet(GstPromise *, gpointer data)
    {
        TestMasterShared &self = sharedFrom<TestMasterShared>(data);
        emitWithReply(self.webrtc, "create-answer", nullptr, &TestMasterShared::onAnswerCreated,
                      sharedData(*static_cast<std::shared_ptr<TestMasterShared> *>(data)),
                      &deleteSharedData<TestMasterShared>);
    }

    static void onAnswerCreated(GstPromise *promise, gpointer data)
    {
        TestMasterShared &self = sharedFrom<TestMasterShared>(data);
        const GstStructure *reply = gst_promise_get_reply(promise);
        GstWebRTCSessionDescription *answer = nullptr;
        if (reply)
            gst_structure_get(reply, "answer", GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &answer, nullptr);
        if (!answer) {
            self.fail(QStringLiteral("webrtcbin created no SDP answer for the offer."));
            return;
        }
        setLocalDescription(self.webrtc, answer);
        gchar *text = gst_sdp_message_as_text(answer->sdp);
        const QString sdp = QString::fromUtf8(text);
        g_free(text);
        gst_webrtc_session_description_free(answer);
        self.post([sdp](TestMasterPeer &peer) { emit peer.answerReady(sdp); });
    }

    static GstPadProbeReturn dropAll(GstPad *, GstPadProbeInfo *, gpointer) { return GST_PAD_PROBE_DROP; }
};

TestMasterPeer::TestMasterPeer(TestMasterOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_bridge(std::make_shared<CallbackBridge>(this))
    , m_shared(std::make_shared<TestMasterShared>())
{
    m_shared->bridge = m_bridge;
    m_shared->owner = this;
}

TestMasterPeer::~TestMasterPeer()
{
    m_bridge->detach();
    if (m_shared->pipeline) {
        gst_element_set_state(m_shared->pipeline, GST_STATE_NULL);
        gst_object_unref(m_shared->webrtc);
        gst_object_unref(m_shared->pipeline);
        m_shared->pipeline = nullptr;
        m_shared->webrtc = nullptr;
    }
}

void TestMasterPeer::answer(const QString &offerSdp)
{
    QString error;
    if (!initGStreamer(&error)) {
        emit failed(error);
        return;
    }
    const QList<SdpMediaLine> lines = parseSdpMediaLines(offerSdp);
    for (const SdpMediaLine &line : lines)
        m_mids.append(line.mid);
    const bool haveOverlay = missingElements({QStringLiteral("timeoverlay")}).isEmpty();
    QString description = QStringLiteral("webrtcbin name=webrtc bundle-policy=max-bundle ");
    bool anyMedia = false;
    for (const SdpMediaLine &line : lines) {
        if (line.kind == u"video" && m_videoCodec.isEmpty()) {
            const bool wantH264 = m_options.codec != u"vp8" && line.h264Payload >= 0;
            const bool wantVp8 = !wantH264 && m_options.codec != u"h264" && line.vp8Payload >= 0;
            if (!wantH264 && !wantVp8)
                continue;
            m_videoCodec = wantH264 ? QStringLiteral("H264") : QStringLiteral("VP8");
            const int payload = wantH264 ? line.h264Payload : line.vp8Payload;
            description += QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                                          "video/x-raw,width=%1,height=%2,framerate=%3/1 ! ")
                               .arg(m_options.width)
                               .arg(m_options.height)
                               .arg(m_options.fps);
            if (haveOverlay)
                description += QStringLiteral("timeoverlay font-desc=\"Sans 28\" ! ");
            description += QStringLiteral("videoconvert ! queue max-size-buffers=2 leaky=downstream ! ");
            if (wantH264)
                description += QStringLiteral("openh264enc gop-size=%1 bitrate=1500000 complexity=low ! "
                                              "h264parse ! rtph264pay name=videopay config-interval=-1 "
                                              "aggregate-mode=zero-latency pt=%2 ! "
                                              "application/x-rtp,media=video,encoding-name=H264,payload=%2,"
                                              "clock-rate=90000 ! webrtc. ")
                                   .arg(m_options.fps)
                                   .arg(payload);
            else
                description += QStringLiteral("vp8enc deadline=1 cpu-used=8 keyframe-max-dist=%1 "
                                              "target-bitrate=1500000 ! rtpvp8pay name=videopay pt=%2 ! "
                                              "application/x-rtp,media=video,encoding-name=VP8,payload=%2,"
                                              "clock-rate=90000 ! webrtc. ")
                                   .arg(m_options.fps)
                                   .arg(payload);
            anyMedia = true;
        } else if (line.kind == u"audio" && m_options.audio && line.opusPayload >= 0 &&
                   !description.contains(u"audiotestsrc")) {
            description += QStringLiteral("audiotestsrc is-live=true wave=sine freq=440 volume=0.3 ! "
                                          "audioconvert ! audioresample ! opusenc ! "
                                          "rtpopuspay name=audiopay pt=%1 ! "
                                          "application/x-rtp,media=audio,encoding-name=OPUS,payload=%1,"
                                          "clock-rate=48000 ! webrtc. ")
                               .arg(line.opusPayload);
            anyMedia = true;
        }
    }
    if (!anyMedia) {
        emit failed(QStringLiteral("The offer has no video codec this master can send (H.264 or VP8)."));
        return;
    }
    GError *gerror = nullptr;
    GstElement *pipeline = gst_parse_launch(description.toUtf8().constData(), &gerror);
    if (!pipeline || gerror) {
        const QString message = gerror ? QString::fromUtf8(gerror->message) : QString();
        if (gerror)
            g_error_free(gerror);
        if (pipeline)
            gst_object_unref(pipeline);
        emit failed(QStringLiteral("The test master's pipeline could not be built: %1").arg(message));
        return;
    }
    m_shared->pipeline = pipeline;
    m_shared->webrtc = gst_bin_get_by_name(reinterpret_cast<GstBin *>(pipeline), "webrtc");
    GstElement *webrtc = m_shared->webrtc;
    if (!m_options.stunUri.isEmpty())
        g_object_set(webrtc, "stun-server", m_options.stunUri.toUtf8().constData(), nullptr);
    for (const QString &uri : std::as_const(m_options.turnUris)) {
        gboolean added = FALSE;
        g_signal_emit_by_name(webrtc, "add-turn-server", uri.toUtf8().constData(), &added);
    }
    if (m_options.loopbackCandidates) {
        GstWebRTCICE *agent = nullptr;
        g_object_get(webrtc, "ice-agent", &agent, nullptr);
        if (agent) {
            gboolean added = FALSE;
            g_signal_emit_by_name(agent, "add-local-ip-address", "127.0.0.1", &added);
            gst_object_unref(agent);
        }
    }
    if (!m_options.sendMedia) {
        for (const char *name : {"videopay", "audiopay"}) {
            GstElement *pay = gst_bin_get_by_name(reinterpret_cast<GstBin *>(pipeline), name);
            if (!pay)
                continue;
            GstPad *pad = gst_element_get_static_pad(pay, "src");
            gst_pad_add_probe(
                pad, static_cast<GstPadProbeType>(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST),
                &TestMasterShared::dropAll, nullptr, nullptr);
            gst_object_unref(pad);
            gst_object_unref(pay);
        }
    }
    connectShared(webrtc, "on-ice-candidate", &TestMasterShared::onIceCandidate, m_shared);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);

    GstSDPMessage *message = nullptr;
    gst_sdp_message_new(&message);
    const QByteArray bytes = offerSdp.toUtf8();
    gst_sdp_message_parse_buffer(reinterpret_cast<const guint8 *>(bytes.constData()),
                                 static_cast<guint>(bytes.size()), message);
    GstWebRTCSessionDescription *offer =
        gst_webrtc_session_description_new(GST_WEBRTC_SDP_TYPE_OFFER, message);
    emitWithReply(webrtc, "set-remote-description", offer, &TestMasterShared::onOfferSet,
                  sharedData(m_shared), &deleteSharedData<TestMasterShared>);
    gst_webrtc_session_description_free(offer);
}

void TestMasterPeer::addRemoteCandidate(int mlineIndex, const QString &candidate)
{
    if (!m_shared->webrtc || candidate.trimmed().isEmpty() || mlineIndex < 0)
        return;
    QString line = candidate.trimmed();
    if (line.startsWith(u"a="))
        line = line.mid(2);
    g_signal_emit_by_name(m_shared->webrtc, "add-ice-candidate", static_cast<guint>(mlineIndex),
                          line.toUtf8().constData());
}

} // namespace kvs::media
