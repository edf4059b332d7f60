#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>

namespace kvs::media {

/// The one border between GStreamer's threads and Qt's: GStreamer callbacks (streaming threads, the ICE
/// agent's thread, promise replies) hand work to post(), which runs it later on the thread of the target
/// QObject — or never, once the target is gone or detach() was called. Nothing else in the code base
/// knows that threads exist. Held by shared_ptr so a late callback never touches freed memory.
class CallbackBridge final
{
public:
    explicit CallbackBridge(QObject *target)
        : m_target(target)
    {}

    /// Runs work on the target's thread (queued, also when called from that thread). Thread-safe.
    void post(std::function<void()> work);
    /// After this, nothing posted runs. Call from the target's thread before tearing the pipeline down.
    void detach();

private:
    std::mutex m_mutex;
    QPointer<QObject> m_target;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); ///< reset by detach()
};

using CallbackBridgePtr = std::shared_ptr<CallbackBridge>;

} // namespace kvs::media
