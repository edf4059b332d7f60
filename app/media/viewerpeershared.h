#pragma once

// Internal to kvsviewer_media: the GStreamer half of ViewerPeer, shared with the streaming threads.

#include "media/callbackbridge.h"
#include "media/viewerpeer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
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

} // namespace kvs::media
