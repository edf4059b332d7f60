#include "core/diagnostics/diagnosticsreport.h"

#include "core/buildinfo.h"
#include "core/common/redaction.h"
#include "core/events/eventjson.h"
#include "core/events/eventlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace kvs {
namespace {

// Only the fields a settings file may hold: the keys are left out on purpose, not redacted.
QJsonObject formWithoutSecrets(const ConnectionForm &form)
{
    return QJsonObject{{QStringLiteral("credentialMode"), credentialModeName(form.credentialMode)},
                       {QStringLiteral("profile"), form.profile},
                       {QStringLiteral("channel"), form.channel},
                       {QStringLiteral("region"), form.region},
                       {QStringLiteral("clientId"), form.clientId},
                       {QStringLiteral("endpointOverride"), form.endpointOverride},
                       {QStringLiteral("caFile"), form.caFile},
                       {QStringLiteral("fips"), form.fips},
                       {QStringLiteral("dualStack"), form.dualStack},
                       {QStringLiteral("maxRetries"), form.maxRetries}};
}

QJsonObject stepJson(const TimelineStep &step)
{
    QJsonObject object{{QStringLiteral("name"), step.name},
                       {QStringLiteral("attempt"), step.attempt},
                       {QStringLiteral("startMs"), step.startMs},
                       {QStringLiteral("status"), step.status}};
    if (!step.running())
        object.insert(QStringLiteral("durationMs"), step.durationMs(step.endMs));
    if (!step.detail.isEmpty())
        object.insert(QStringLiteral("detail"), step.detail);
    return object;
}

} // namespace

DiagnosticsReport::DiagnosticsReport(const ConnectionForm &form, const EventLog &log,
                                     const QDateTime &generatedAt)
    : m_form(formWithoutSecrets(form))
    , m_droppedEvents(log.droppedCount())
    , m_generatedAt(generatedAt)
{
    ConnectionTimeline timeline;
    std::optional<EngineEvent> header; // the current run's RunEvent, if the log has runs
    for (qsizetype i = 0; i < log.size(); ++i) {
        const EngineEvent &event = log.at(i);
        if (event.kind == EventKind::Run && !m_events.isEmpty()) {
            // The run so far becomes a section of its own, oldest first.
            QJsonArray steps;
            for (const TimelineStep &step : timeline.steps())
                steps.append(stepJson(step));
            const RunEvent *started = header ? header->as<RunEvent>() : nullptr;
            QJsonObject run{{QStringLiteral("run"),
                             started ? QJsonValue(started->run) : QJsonValue(QJsonValue::Undefined)},
                            {QStringLiteral("channel"),
                             started ? QJsonValue(started->channel) : QJsonValue(QJsonValue::Undefined)},
                            {QStringLiteral("startedAt"),
                             header ? QJsonValue(header->wallTime.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Undefined)},
                            {QStringLiteral("timeline"), steps}};
            run.insert(QStringLiteral("events"), m_events);
            m_earlierRuns.append(run);
            m_events = QJsonArray();
        }
        timeline.apply(event);
        if (event.kind == EventKind::Run)
            header = event;
        m_events.append(eventToExportJson(event));
    }
    m_steps = timeline.steps();
}

QJsonObject DiagnosticsReport::toJson() const
{
    QJsonArray steps;
    for (const TimelineStep &step : m_steps)
        steps.append(stepJson(step));
    QJsonObject document{
        {QStringLiteral("generatedAt"), m_generatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("kvs-viewer")},
                     {QStringLiteral("version"), QString::fromLatin1(buildinfo::kVersion)}}},
        {QStringLiteral("qt"), QJsonObject{{QStringLiteral("runtime"), QString::fromLatin1(qVersion())},
                                           {QStringLiteral("built"), QStringLiteral(QT_VERSION_STR)}}},
        {QStringLiteral("os"), QJsonObject{{QStringLiteral("name"), QSysInfo::prettyProductName()},
                                           {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                           {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()}}},
        {QStringLiteral("settings"), m_form},
        {QStringLiteral("timeline"), steps},
        {QStringLiteral("droppedEvents"), m_droppedEvents},
        {QStringLiteral("events"), m_events}};
    if (!m_earlierRuns.isEmpty())
        document.insert(QStringLiteral("earlierRuns"), m_earlierRuns);
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        document.insert(it.key(), it.value());
    return document;
}

void DiagnosticsReport::addSection(const QString &key, const QJsonObject &section)
{
    m_sections.insert(key, section);
}

QString DiagnosticsReport::text() const
{
    const QJsonObject redacted = redactJson(toJson()).toObject();
    return redact(QString::fromUtf8(QJsonDocument(redacted).toJson(QJsonDocument::Indented)));
}

} // namespace kvs
