#include "media/callbackbridge.h"

#include <QMetaObject>

namespace kvs::media {

void CallbackBridge::post(std::function<void()> work)
{
    std::lock_guard lock(m_mutex);
    if (!m_target)
        return;
    // Queued: the functor runs in the target's thread, and Qt drops it if the target dies first. The
    // detached flag is checked again there, because detach() may come between posting and running.
    QMetaObject::invokeMethod(
        m_target.data(),
        [work = std::move(work), alive = std::weak_ptr<bool>(m_alive)] {
            if (!alive.expired())
                work();
        },
        Qt::QueuedConnection);
}

void CallbackBridge::detach()
{
    std::lock_guard lock(m_mutex);
    m_target = nullptr;
    m_alive.reset();
}

} // namespace kvs::media
