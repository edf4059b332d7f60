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
                         QStringLiteral("droppedEvents"), QStringLiteral("events")}
                 .contains(it.key()))
            file.otherSections.append(redact(it.key().left(64)));
    }
    const QJsonArray events = object.value(u"events").toArray();
    for (const QJsonValue &value : events) {
        // The reader redacts every string once more: an export edited by hand cannot bring a secret in view.
        // Run headers are the export's own structure (earlierRuns), not events to show.
        const std::optional<EngineEvent> event = eventFromExportJson(value.toObject());
        if (!value.isObject() || !event || event->kind == EventKind::Run ||
            file.events.size() >= kMaxEvents) {
            ++file.skippedEvents;
            continue;
        }
        file.events.append(*event);
    }
    return file;
}

} // namespace kvs
