#include "core/diagnostics/diagnosticsfile.h"

#include "core/common/redaction.h"
#include "core/events/eventjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kvs {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kvs::DiagnosticsFile)
};

Error invalid(const QString &message)
{
    return Error{QStringLiteral("InvalidDiagnostics"), message};
}

/// Reads one exported event list into events, at most budget of them; the rest and the junk are counted in
/// skipped.
QList<EngineEvent> readEvents(const QJsonArray &entries, qsizetype &budget, int &skipped)
{
    QList<EngineEvent> events;
    for (const QJsonValue &value : entries) {
        // The serialiser's reader redacts every string once more: an export edited by hand cannot bring a
        // secret in view.
        const std::optional<EngineEvent> event = eventFromExportJson(value.toObject());
        if (!value.isObject() || !event || budget <= 0) {
            ++skipped;
            continue;
        }
        --budget;
        events.append(*event);
    }
    return events;
}

/// A run header for a run whose events do not start with one (an export made before runs had headers).
EngineEvent runHeader(int number, const QJsonValue &channel, const QDateTime &startedAt)
{
    return EngineEvent::make(0, startedAt.isValid() ? startedAt.toUTC() : QDateTime(),
                             RunEvent{number, channel.toString().left(2048)});
}

} // namespace

Result<DiagnosticsFile> DiagnosticsFile::parse(QByteArrayView json)
{
    if (json.size() > kMaxBytes)
        return invalid(Text::tr("The file is larger than %1 MiB: not a diagnostics export.")
                           .arg(kMaxBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Text::tr("The file is not JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(Text::tr("The file is JSON but not an object: not a diagnostics export."));
    const QJsonObject object = document.object();
    if (!object.value(u"events").isArray())
        return invalid(Text::tr("The file has no \"events\" list: not a diagnostics export of this app."));
    DiagnosticsFile file;
    file.appVersion = redact(object.value(u"app").toObject().value(u"version").toString().left(64));
    file.generatedAt = QDateTime::fromString(object.value(u"generatedAt").toString(), Qt::ISODateWithMs);
    file.settings = redactJson(object.value(u"settings").toObject()).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!QStringList{QStringLiteral("generatedAt"), QStringLiteral("app"), QStringLiteral("qt"),
                         QStringLiteral("os"), QStringLiteral("settings"), QStringLiteral("timeline"),
                         QStringLiteral("droppedEvents"), QStringLiteral("events"),
                         QStringLiteral("earlierRuns")}
                 .contains(it.key()))
            file.otherSections.append(redact(it.key().left(64)));
    }
    // The latest run comes first in the budget: it is what the export is usually about.
    qsizetype budget = kMaxEvents;
    file.events = readEvents(object.value(u"events").toArray(), budget, file.skippedEvents);
    const QJsonArray earlier = object.value(u"earlierRuns").toArray();
    QList<DiagnosticsRun> earlierRuns;
    for (qsizetype i = earlier.size() - 1; i >= 0; --i) {
        const QJsonObject run = earlier.at(i).toObject();
        if (!run.value(u"events").isArray()) {
            ++file.skippedEvents; // not a run of this app
            continue;
        }
        DiagnosticsRun read{readEvents(run.value(u"events").toArray(), budget, file.skippedEvents)};
        if (read.events.isEmpty())
            continue;
        if (read.events.constFirst().kind != EventKind::Run)
            read.events.prepend(runHeader(
                run.value(u"run").isDouble() ? run.value(u"run").toInt() : int(i) + 1, run.value(u"channel"),
                QDateTime::fromString(run.value(u"startedAt").toString(), Qt::ISODateWithMs)));
        earlierRuns.prepend(read);
    }
    file.earlierRuns = earlierRuns;
    if (!file.earlierRuns.isEmpty() && !file.events.isEmpty() &&
        file.events.constFirst().kind != EventKind::Run)
        file.events.prepend(runHeader(int(file.earlierRuns.size()) + 1, file.settings.value(u"channel"),
                                      file.events.constFirst().wallTime));
    return file;
}

QList<DiagnosticsRun> DiagnosticsFile::runs() const
{
    QList<DiagnosticsRun> all = earlierRuns;
    if (!events.isEmpty() || all.isEmpty())
        all.append(DiagnosticsRun{events});
    return all;
}

} // namespace kvs
