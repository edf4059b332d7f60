#include "core/events/engineevent.h"

#include "core/common/duration.h"
#include "core/common/redaction.h"
#include "core/signaling/connectionstate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kvs {
namespace {

/// The translation context of the event texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::EngineEvent)
};

} // namespace
QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Step:
        return QStringLiteral("step");
    case EventKind::State:
        return QStringLiteral("state");
    case EventKind::Http:
        return QStringLiteral("http");
    case EventKind::Retry:
        return QStringLiteral("retry");
    case EventKind::Message:
        return QStringLiteral("message");
    case EventKind::ClockSkew:
        return QStringLiteral("clockSkew");
    case EventKind::Error:
        return QStringLiteral("error");
    case EventKind::Warning:
        return QStringLiteral("warning");
    case EventKind::Info:
        return QStringLiteral("info");
    case EventKind::Summary:
        return QStringLiteral("summary");
    case EventKind::Run:
        return QStringLiteral("run");
    case EventKind::Media:
        return QStringLiteral("media");
    case EventKind::Ice:
        return QStringLiteral("ice");
    case EventKind::Candidate:
        return QStringLiteral("candidate");
    case EventKind::Stats:
        return QStringLiteral("stats");
    }
    return QStringLiteral("info");
}

EngineEvent EngineEvent::make(EventKind kind, qint64 elapsedMs, const QDateTime &wallTime,
                              const QJsonObject &fields)
{
    return EngineEvent{kind, elapsedMs, wallTime.toUTC(), redactJson(fields).toObject()};
}

QJsonObject EngineEvent::toJson() const
{
    QJsonObject json = fields;
    json.insert(QStringLiteral("event"), eventKindName(kind));
    json.insert(QStringLiteral("t"), elapsedMs);
    return json;
}

QString EngineEvent::field(const char *name) const
{
    const QJsonValue value = fields.value(QLatin1StringView(name));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

QString EngineEvent::text() const
{
    switch (kind) {
    case EventKind::Step: {
        const QString ms = fields.contains(u"ms")
                               ? Text::tr(" (%1)").arg(formatDuration(fields.value(u"ms").toInteger()))
                               : QString();
        // The status is a fixed word of the engine's; shown to people in their language.
        const QString status = field("status");
        QString statusText = status;
        if (status == u"started")
            statusText = Text::tr("started");
        else if (status == u"ok")
            statusText = Text::tr("ok");
        else if (status == u"failed")
            statusText = Text::tr("failed");
        return Text::tr("%1: %2%3").arg(field("name"), statusText, ms);
    }
    case EventKind::State: {
        // People read the state in their words; the identifier stays in the event's fields (JSON).
        const auto state = connectionStateFromName(field("state"));
        return Text::tr("State: %1").arg(state ? connectionStateText(*state) : field("state"));
    }
    case EventKind::Http: {
        QString line = Text::tr("HTTP %1 %2").arg(field("status"), field("operation")).simplified();
        if (!field("errorType").isEmpty())
            line += u' ' % field("errorType");
        if (!field("message").isEmpty())
            line += u": " % field("message");
        if (!field("requestId").isEmpty())
            line += Text::tr(" (request id %1)").arg(field("requestId"));
        return line;
    }
    case EventKind::Retry:
        return Text::tr("Retry %1 in %2: %3")
            .arg(field("attempt"), formatDuration(fields.value(u"delayMs").toInteger()), field("reason"));
    case EventKind::Message: {
        // A summary that starts with the type already names it ("SDP_ANSWER, 1220 characters of SDP").
        const QString type = field("messageType");
        QString summary = field("summary");
        if (!type.isEmpty() && summary.startsWith(type)) {
            summary.remove(0, type.size());
            if (summary.startsWith(u','))
                summary.remove(0, 1);
            summary = summary.trimmed();
        }
        return Text::tr("%1 %2 %3")
            .arg(field("direction") == u"in" ? QStringLiteral("←") : QStringLiteral("→"), type, summary)
            .trimmed();
    }
    case EventKind::ClockSkew:
        return field("message").isEmpty() ? Text::tr("Clock skew: %1 ms").arg(field("offsetMs"))
                                          : Text::tr("Clock skew: %1").arg(field("message"));
    case EventKind::Error:
        return Text::tr("Error %1: %2 %3").arg(field("errorType"), field("message"), field("hint")).trimmed();
    case EventKind::Warning:
        return Text::tr("Warning: %1").arg(field("message"));
    case EventKind::Info:
        return field("message");
    case EventKind::Summary:
        return Text::tr("Summary: %1").arg(field("outcome"));
    case EventKind::Run:
        // The number and time first: a narrow log elides the (long) channel, not when the run began.
        return Text::tr("Run %1 · %2 · %3")
            .arg(field("run"), wallTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")), field("channel"));
    case EventKind::Media: {
        const QString ms = fields.contains(u"ms")
                               ? Text::tr(" (%1)").arg(formatDuration(fields.value(u"ms").toInteger()))
                               : QString();
        const QString status = field("status") == u"ok"       ? Text::tr("ok")
                               : field("status") == u"failed" ? Text::tr("failed")
                                                              : field("status");
        QString line = Text::tr("Media: %1: %2%3").arg(field("text"), status, ms);
        if (!field("detail").isEmpty())
            line += u" — " % field("detail");
        return line;
    }
    case EventKind::Ice:
        return fields.contains(u"connectionState")
                   ? Text::tr("Peer connection: %1").arg(field("connectionState"))
                   : Text::tr("ICE: %1").arg(field("state"));
    case EventKind::Candidate:
        return Text::tr("%1 candidate %2/%3 %4:%5")
            .arg(field("direction") == u"local" ? Text::tr("Local") : Text::tr("Master's"), field("type"),
                 field("transport"), field("address"), field("port"));
    case EventKind::Stats:
        return Text::tr("Media: %1").arg(field("text"));
    }
    return {};
}

} // namespace kvs
