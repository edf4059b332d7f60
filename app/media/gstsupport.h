#pragma once

#include <QString>
#include <QStringList>

#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstCaps GstCaps;
typedef struct _GstWebRTCSessionDescription GstWebRTCSessionDescription;
typedef struct _GstPromise GstPromise;

namespace kvs::media {

/// Initialises GStreamer once per process (thread-safe; later calls return the first result).
/// False with error set when GStreamer cannot start.
bool initGStreamer(QString *error = nullptr);

/// The element factories of names that are not installed (e.g. {"avdec_h264"} without gstreamer1.0-libav).
QStringList missingElements(const QStringList &names);

/// The Debian package that ships an element, for "install X" messages ("gstreamer1.0-libav").
QString packageForElement(const QString &element);

/// webrtcbin's "set-local-description", always with a promise of ours: webrtcbin 1.22 answers a call on a
/// closed peer connection by replying to the promise, and with none it leaks that reply (a GstStructure).
/// Every webrtcbin action that takes a promise goes through a promise for the same reason.
void setLocalDescription(GstElement *webrtc, const GstWebRTCSessionDescription *description);

/// Emits a webrtcbin action that answers through a promise ("create-offer", "create-answer",
/// "set-remote-description", "get-stats": one argument, then the promise), with onReply(promise, data) as the
/// reply handler. webrtcbin owns the promise from here on: onReply must not unref it. A promise that is never
/// replied to (the peer connection closed before the task ran) is freed with webrtcbin's task, and
/// destroy(data) runs then — nothing is left behind either way.
void emitWithReply(GstElement *webrtc, const char *action, const void *argument,
                   void (*onReply)(GstPromise *promise, void *data), void *data, void (*destroy)(void *data));

/// Owns one reference to a GstElement (gst_object_unref on destruction).
struct GstElementUnref
{
    void operator()(GstElement *element) const;
};
using GstElementPtr = std::unique_ptr<GstElement, GstElementUnref>;

/// Owns a GstCaps reference.
struct GstCapsUnref
{
    void operator()(GstCaps *caps) const;
};
using GstCapsPtr = std::unique_ptr<GstCaps, GstCapsUnref>;

} // namespace kvs::media
