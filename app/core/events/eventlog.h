#pragma once

#include "core/events/engineevent.h"

#include <QObject>

#include <deque>

namespace kvs {

/// The bounded, in-memory log of connection events: the first stage of the log pipeline
/// (EventLog → EventLogModel → filter proxy → view). Holds at most capacity() events; when full, the
/// oldest are dropped. Not thread-safe: use it from one thread (the engine's).
class EventLog final : public QObject
{
    Q_OBJECT

public:
    explicit EventLog(qsizetype capacity = 20000, QObject *parent = nullptr);

    /// Appends an event (already redacted: see EngineEvent::make()), dropping the oldest when full.
    void append(EngineEvent event);
    void clear();

    qsizetype size() const { return qsizetype(m_events.size()); }
    qsizetype capacity() const { return m_capacity; }
    /// The event at index (0 = oldest still held).
    const EngineEvent &at(qsizetype index) const { return m_events[size_t(index)]; }
    /// How many events were dropped for space since the last clear().
    qint64 droppedCount() const { return m_dropped; }
    /// The index of the latest run's first event: its EventKind::Run header, else 0 (a log without runs).
    qsizetype currentRunStart() const;

signals:
    /// Emitted after one event was appended at index size() - 1.
    void eventAppended(const kvs::EngineEvent &event);
    /// Emitted after the count oldest events were removed to make room.
    void oldestDropped(qsizetype count);
    /// Emitted after clear().
    void cleared();

private:
    std::deque<EngineEvent> m_events;
    qsizetype m_capacity;
    qint64 m_dropped = 0;
};

} // namespace kvs
