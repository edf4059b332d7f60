#include "core/events/eventlog.h"

namespace kvs {

EventLog::EventLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{}

void EventLog::append(EngineEvent event)
{
    if (size() >= m_capacity) {
        // Drop a tenth at once so a full log does not shift on every append.
        const qsizetype count = qMax<qsizetype>(1, m_capacity / 10);
        m_events.erase(m_events.begin(), m_events.begin() + count);
        m_dropped += count;
        emit oldestDropped(count);
    }
    m_events.push_back(std::move(event));
    emit eventAppended(m_events.back());
}

qsizetype EventLog::currentRunStart() const
{
    for (qsizetype i = size() - 1; i >= 0; --i)
        if (at(i).kind == EventKind::Run)
            return i;
    return 0;
}

void EventLog::clear()
{
    m_events.clear();
    m_dropped = 0;
    emit cleared();
}

} // namespace kvs
