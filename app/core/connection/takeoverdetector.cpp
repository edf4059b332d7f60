#include "core/connection/takeoverdetector.h"

namespace kvs {

bool TakeoverDetector::noteServiceClose(qint64 nowMs, qint64 livedMs)
{
    if (livedMs >= m_settings.shortLivedMs)
        return false;
    m_shortLivedCloses.append(nowMs);
    while (!m_shortLivedCloses.isEmpty() && nowMs - m_shortLivedCloses.constFirst() > m_settings.windowMs)
        m_shortLivedCloses.removeFirst();
    return m_shortLivedCloses.size() >= m_settings.threshold;
}

} // namespace kvs
