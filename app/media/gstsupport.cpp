#include "media/gstsupport.h"

#include <gst/gst.h>
#define GST_USE_UNSTABLE_API
#include <gst/webrtc/webrtc.h>
#include <mutex>

namespace kvs::media {

void setLocalDescription(GstElement *webrtc, const GstWebRTCSessionDescription *description)
{
    GstPromise *promise = gst_promise_new();
    g_signal_emit_by_name(webrtc, "set-local-description", description, promise);
    gst_promise_unref(promise); // webrtcbin holds its own reference until it replies
}

void emitWithReply(GstElement *webrtc, const char *action, const void *argument,
                   void (*onReply)(GstPromise *promise, void *data), void *data, void (*destroy)(void *data))
{
    GstPromise *promise = gst_promise_new_with_change_func(onReply, data, destroy);
    g_signal_emit_by_name(webrtc, action, argument, promise);
    gst_promise_unref(promise); // webrtcbin holds its own references until it replies or drops the task
}

bool initGStreamer(QString *error)
{
    static std::once_flag once;
    static bool ok = false;
    static QString failure;
    std::call_once(once, [] {
        GError *gerror = nullptr;
        ok = gst_init_check(nullptr, nullptr, &gerror);
        if (!ok)
            failure = gerror ? QString::fromUtf8(gerror->message)
                             : QStringLiteral("GStreamer could not be initialised.");
        if (gerror)
            g_error_free(gerror);
    });
    if (!ok && error)
        *error = failure;
    return ok;
}

QStringList missingElements(const QStringList &names)
{
    QStringList missing;
    if (!initGStreamer())
        return names;
    for (const QString &name : names) {
        GstElementFactory *factory = gst_element_factory_find(name.toUtf8().constData());
        if (!factory)
            missing.append(name);
        else
            gst_object_unref(factory);
    }
    return missing;
}

QString packageForElement(const QString &element)
{
    if (element == u"avdec_h264")
        return QStringLiteral("gstreamer1.0-libav");
    if (element == u"webrtcbin" || element == u"h264parse" || element == u"openh264enc" ||
        element == u"dtlssrtpenc" || element == u"srtpdec")
        return QStringLiteral("gstreamer1.0-plugins-bad");
    if (element == u"nicesrc" || element == u"nicesink")
        return QStringLiteral("gstreamer1.0-nice");
    if (element == u"timeoverlay")
        return QStringLiteral("gstreamer1.0-x");
    if (element.startsWith(u"rtp") || element.startsWith(u"vp8") || element == u"pngenc" ||
        element == u"level" || element == u"autoaudiosink")
        return QStringLiteral("gstreamer1.0-plugins-good");
    return QStringLiteral("gstreamer1.0-plugins-base");
}

void GstElementUnref::operator()(GstElement *element) const
{
    if (element)
        gst_object_unref(element);
}

void GstCapsUnref::operator()(GstCaps *caps) const
{
    if (caps)
        gst_caps_unref(caps);
}

} // namespace kvs::media
