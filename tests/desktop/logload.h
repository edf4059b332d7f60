#pragma once

#include "core/events/engineevent.h"
#include "core/events/eventlog.h"

#include <QDateTime>
#include <QJsonObject>

namespace kvs::testing {

/// A realistic stream of signaling traffic for the log: ICE candidates in and out, with a step or a
/// warning now and then. Event i of the stream is always the same.
inline EngineEvent loadEvent(qint64 i)
{
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC);
    if (i % 50 == 0)
        return EngineEvent::make(EventKind::Step, i, wall,
                                 {{QStringLiteral("name"), QStringLiteral("ConnectAsViewer")},
                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("ms"), 12}});
    if (i % 97 == 0)
        return EngineEvent::make(
            EventKind::Warning, i, wall,
            {{QStringLiteral("message"), QStringLiteral("slow answer number %1").arg(i)}});
    return EngineEvent::make(
        EventKind::Message, i, wall,
        {{QStringLiteral("direction"), i % 2 ? QStringLiteral("in") : QStringLiteral("out")},
         {QStringLiteral("messageType"), QStringLiteral("ICE_CANDIDATE")},
         {QStringLiteral("summary"), QStringLiteral("candidate:%1 1 udp 2122260223 192.168.1.%2 %3 typ host")
                                         .arg(i)
                                         .arg(i % 250)
                                         .arg(50000 + i % 10000)}});
}

/// Appends events [from, from + count) of the stream to log.
inline void appendLoad(EventLog &log, qint64 from, qint64 count)
{
    for (qint64 i = from; i < from + count; ++i)
        log.append(loadEvent(i));
}

} // namespace kvs::testing
